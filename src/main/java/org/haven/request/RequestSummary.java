package org.haven.request;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** One line of a work queue. */
public record RequestSummary(UUID id, String reference, UUID defenderId, Set<AssistanceType> assistanceTypes,
        Urgency urgency, RequestStatus status, Instant decisionDeadline, boolean overdue, String assignedOfficer,
        String summary) {

    static RequestSummary of(AssistanceRequest r, Instant now) {
        return new RequestSummary(r.id(), r.reference(), r.defenderId(), EnumSet.copyOf(r.assistanceTypes()),
                r.urgency(), r.status(), r.decisionDeadline(), RequestView.isOverdue(r, now), r.assignedOfficer(),
                r.summary());
    }
}
