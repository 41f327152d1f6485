package org.haven.request;

import org.haven.shared.web.Versioned;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.haven.shared.money.Money;
import org.haven.shared.security.Actor;
import org.haven.shared.web.ApiFormats;

/** A request as staff see it by default: no narrative, no assessment notes. */
public record RequestView(
        UUID id,
        @Schema(maxLength = RequestRepository.REFERENCE_MAX_LENGTH, pattern = RequestRepository.REFERENCE_PATTERN)
        String reference,
        UUID defenderId,
        @Schema(maxLength = Actor.TEAM_MAX_LENGTH) String team,
        @Schema(maxItems = AssistanceType.COUNT) Set<AssistanceType> assistanceTypes,
        Urgency urgency,
        Instant decisionDeadline,
        boolean overdue,
        @Schema(maxLength = OpenRequest.MAX_SUMMARY) String summary,
        @Schema(nullable = true) Money requestedAmount,
        IntakeChannel intakeChannel,
        @Schema(nullable = true, maxLength = 200) String referringPartner,
        RequestStatus status,
        @Schema(nullable = true, maxLength = 2000, description = "The reason given for the last transition")
        String statusReason,
        @Schema(maxItems = 7, description = "At most every status there is") Set<RequestStatus> allowedTransitions,
        @Schema(nullable = true, maxLength = Actor.MAX_LENGTH) String assignedOfficer,
        @Schema(nullable = true) AssessmentView assessment,
        Instant receivedAt,
        Instant updatedAt,
        @Schema(nullable = true) Instant decidedAt,
        @Schema(nullable = true) Instant closedAt,
        @Schema(minimum = "0", maximum = "" + Long.MAX_VALUE) long version) implements Versioned {

    /** The non-sensitive part of the assessment; the relocation fields are null when it plans no relocation. */
    public record AssessmentView(CheckResult identity, CheckResult situation, CheckResult need,
            @Schema(nullable = true, maxLength = 2, pattern = ApiFormats.COUNTRY_PATTERN) String hostCountry,
            @Schema(nullable = true, minimum = "1", maximum = "24") Integer plannedDurationMonths,
            @Schema(nullable = true, minimum = "0", maximum = "20") Integer familyMembersIncluded,
            Instant assessedAt, @Schema(maxLength = Actor.MAX_LENGTH) String assessedBy,
            boolean complete) {
    }

    static RequestView of(AssistanceRequest r, Instant now) {
        Assessment a = r.assessment();
        AssessmentView assessment = a.recorded()
                ? new AssessmentView(a.identity, a.situation, a.need, a.hostCountry, a.plannedDurationMonths,
                        a.familyMembersIncluded, a.assessedAt, a.assessedBy, r.assessmentComplete())
                : null;
        return new RequestView(r.id(), r.reference(), r.defenderId(), r.team(), EnumSet.copyOf(r.assistanceTypes()), r.urgency(),
                r.decisionDeadline(), r.overdue(now), r.summary(), r.requestedAmount(), r.intakeChannel(),
                r.referringPartner(), r.status(), r.statusReason(), r.status().manualSuccessors(), r.assignedOfficer(),
                assessment, r.receivedAt(), r.updatedAt(), r.decidedAt(), r.closedAt(), r.version());
    }
}
