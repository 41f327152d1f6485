package org.haven.request;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of a work queue. An officer is a token subject, stored in a 255-character column. */
public record RequestSummary(
        UUID id,
        @Schema(maxLength = RequestRepository.REFERENCE_MAX_LENGTH, pattern = RequestRepository.REFERENCE_PATTERN)
        String reference,
        UUID defenderId,
        @Schema(maxItems = AssistanceType.COUNT) Set<AssistanceType> assistanceTypes,
        Urgency urgency,
        RequestStatus status,
        Instant decisionDeadline,
        boolean overdue,
        @Schema(nullable = true, maxLength = 255) String assignedOfficer,
        @Schema(maxLength = OpenRequest.MAX_SUMMARY) String summary) {

    static RequestSummary of(AssistanceRequest r, Instant now) {
        return new RequestSummary(r.id(), r.reference(), r.defenderId(), EnumSet.copyOf(r.assistanceTypes()),
                r.urgency(), r.status(), r.decisionDeadline(), r.overdue(now), r.assignedOfficer(),
                r.summary());
    }
}
