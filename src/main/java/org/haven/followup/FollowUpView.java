package org.haven.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.haven.defender.RiskLevel;

/**
 * A follow-up as the work queue shows it: no notes (they are read through /sensitive). The officer is
 * a token subject in a 255-character column; a status reason is a cancellation's reason or a short
 * text of the server's.
 */
public record FollowUpView(UUID id,
        @Schema(nullable = true, description = "Null for a follow-up of a grant to an organisation or an activity")
        UUID requestId,
        @Schema(nullable = true, description = "Null for a follow-up of a grant to an organisation or an activity")
        UUID defenderId,
        @Schema(nullable = true, description = "Null when planned for a request without a grant") UUID grantId,
        FollowUpType type, LocalDate dueOn, boolean overdue,
        @Schema(nullable = true, maxLength = 255) String assignedOfficer,
        FollowUpStatus status,
        @Schema(nullable = true) Instant completedAt,
        @Schema(nullable = true) Outcome outcome,
        @Schema(nullable = true) RiskLevel newRiskLevel,
        @Schema(nullable = true, maxLength = CancelFollowUp.MAX_REASON) String statusReason,
        Instant createdAt, Instant updatedAt, @Schema(minimum = "0", maximum = "" + Long.MAX_VALUE) long version) {

    static FollowUpView of(FollowUp f, LocalDate today) {
        return new FollowUpView(f.id(), f.requestId(), f.defenderId(), f.grantId(), f.type(), f.dueOn(),
                f.overdue(today), f.assignedOfficer(), f.status(),
                f.completedAt(), f.outcome(), f.newRiskLevel(), f.statusReason(), f.createdAt(), f.updatedAt(),
                f.version());
    }
}
