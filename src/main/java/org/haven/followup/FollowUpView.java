package org.haven.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.haven.defender.RiskLevel;

/** A follow-up as the work queue shows it: no notes (they are read through /sensitive). */
public record FollowUpView(UUID id, UUID requestId, UUID defenderId, UUID grantId, FollowUpType type, LocalDate dueOn,
        boolean overdue, String assignedOfficer, FollowUpStatus status, Instant completedAt, Outcome outcome,
        RiskLevel newRiskLevel, String statusReason, Instant createdAt, Instant updatedAt, long version) {

    static FollowUpView of(FollowUp f, LocalDate today) {
        return new FollowUpView(f.id(), f.requestId(), f.defenderId(), f.grantId(), f.type(), f.dueOn(),
                f.status() == FollowUpStatus.PLANNED && f.dueOn().isBefore(today), f.assignedOfficer(), f.status(),
                f.completedAt(), f.outcome(), f.newRiskLevel(), f.statusReason(), f.createdAt(), f.updatedAt(),
                f.version());
    }
}
