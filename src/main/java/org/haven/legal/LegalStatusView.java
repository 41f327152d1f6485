package org.haven.legal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.haven.request.AssistanceType;
import org.haven.request.Urgency;

/**
 * A defender's legal status as the timeline gives it: the derived situation, the open deadlines, whether they are
 * at risk of forced return, and, if they are and no legal-aid request is open, the request Haven proposes (never
 * opens by itself): its fields are those of {@code POST /requests}.
 */
public record LegalStatusView(
        UUID defenderId,
        @Schema(maxLength = 16) String defenderReference,
        LegalSituation situation,
        boolean atRiskOfForcedReturn,
        @Schema(description = "The warning window in days", minimum = "0", maximum = "36600") int warningWindowDays,
        @Schema(maxItems = LegalStatusService.MAX_EVENTS) List<DeadlineView> openDeadlines,
        @Schema(maxItems = LegalStatusService.MAX_EVENTS) List<LegalEventView> events,
        @Schema(nullable = true) ProposedRequest proposedRequest) {

    /** An open deadline; {@code pressing} when within the window or passed. */
    public record DeadlineView(UUID eventId, LegalEventKind kind, LocalDate on,
            @Schema(description = "Negative once passed", minimum = "-3660000", maximum = "3660") long daysLeft,
            boolean pressing) {
    }

    /** A legal-aid request for the officer to open (POST /requests with an intake channel), or to ignore. */
    public record ProposedRequest(UUID defenderId, @Schema(maxItems = 1) Set<AssistanceType> assistanceTypes,
            Urgency urgency, @Schema(maxLength = 200) String summary) {
    }
}
