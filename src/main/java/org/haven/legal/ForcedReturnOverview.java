package org.haven.legal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The protection desk's view of forced-return risk within the caller's need-to-know: how many defenders are
 * flagged, by host country and by gender, and the open deadlines coming up. Internal figures, not suppressed:
 * for figures that leave the organisation, use the aggregate report.
 */
public record ForcedReturnOverview(
        LocalDate today,
        @Schema(minimum = "0", maximum = "36600") int warningWindowDays,
        @Schema(minimum = "1", maximum = "" + ForcedReturnOverviewService.MAX_HORIZON_DAYS) int horizonDays,
        @Schema(description = "Defenders with at least one open flag", minimum = "0",
                maximum = "9223372036854775807") long atRisk,
        @Schema(maxItems = 250, description = "Countries, and NOT_RECORDED") List<Count> atRiskByHostCountry,
        @Schema(maxItems = 6) List<Count> atRiskByGender,
        @Schema(maxItems = ForcedReturnOverviewService.MAX_DEADLINES) List<UpcomingDeadline> upcomingDeadlines) {

    /** Defenders in one category; a defender flagged for deadlines in two host countries counts in both. */
    public record Count(@Schema(maxLength = 16) String category,
            @Schema(minimum = "0", maximum = "9223372036854775807") long defenders) {
    }

    /** An open deadline, passed ones included while unanswered; {@code flagged} while its flag is open. */
    public record UpcomingDeadline(UUID eventId, UUID defenderId, @Schema(maxLength = 16) String defenderReference,
            @Schema(maxLength = 80) String pseudonym, @Schema(maxLength = 64) String team, LegalEventKind kind,
            LocalDate on, @Schema(description = "Negative once passed", minimum = "-3660000", maximum = "3660")
            long daysLeft, boolean flagged) {
    }
}
