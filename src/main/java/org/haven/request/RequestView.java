package org.haven.request;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.haven.shared.money.Money;

/** A request as staff see it by default: no narrative, no assessment notes. */
public record RequestView(
        UUID id,
        String reference,
        UUID defenderId,
        String team,
        Set<AssistanceType> assistanceTypes,
        Urgency urgency,
        Instant decisionDeadline,
        boolean overdue,
        String summary,
        Money requestedAmount,
        IntakeChannel intakeChannel,
        String referringPartner,
        RequestStatus status,
        String statusReason,
        Set<RequestStatus> allowedTransitions,
        String assignedOfficer,
        AssessmentView assessment,
        Instant receivedAt,
        Instant updatedAt,
        Instant decidedAt,
        Instant closedAt,
        long version) {

    /** The non-sensitive part of the assessment. */
    public record AssessmentView(CheckResult identity, CheckResult situation, CheckResult need, String hostCountry,
            Integer plannedDurationMonths, Integer familyMembersIncluded, Instant assessedAt, String assessedBy,
            boolean complete) {
    }

    static RequestView of(AssistanceRequest r, Instant now) {
        Assessment a = r.assessment();
        AssessmentView assessment = a.recorded()
                ? new AssessmentView(a.identity, a.situation, a.need, a.hostCountry, a.plannedDurationMonths,
                        a.familyMembersIncluded, a.assessedAt, a.assessedBy, r.assessmentComplete())
                : null;
        return new RequestView(r.id(), r.reference(), r.defenderId(), r.team(), EnumSet.copyOf(r.assistanceTypes()), r.urgency(),
                r.decisionDeadline(), isOverdue(r, now), r.summary(), r.requestedAmount(), r.intakeChannel(),
                r.referringPartner(), r.status(), r.statusReason(), r.status().manualSuccessors(), r.assignedOfficer(),
                assessment, r.receivedAt(), r.updatedAt(), r.decidedAt(), r.closedAt(), r.version());
    }

    static boolean isOverdue(AssistanceRequest r, Instant now) {
        return r.status().undecided() && r.decisionDeadline().isBefore(now);
    }
}
