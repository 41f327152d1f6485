package org.haven.followup;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.haven.defender.RiskLevel;
import org.haven.shared.privacy.Sensitive;

/**
 * Body of {@code POST /follow-ups/{id}/outcome}. Notes are sensitive. A new risk level updates the
 * defender; a next follow-up is planned in the same transaction.
 */
public record RecordOutcome(
        @NotNull Instant completedAt,
        @NotNull Outcome outcome,
        @Sensitive @Size(max = RecordOutcome.MAX_NOTES) String notes,
        RiskLevel newRiskLevel,
        @Valid Next nextFollowUp) {

    /** The longest notes; the only way notes are written. */
    static final int MAX_NOTES = 4000;

    /** The follow-up to plan next. */
    public record Next(@NotNull FollowUpType type, @NotNull LocalDate dueOn) {
    }

    @Override
    public String toString() {
        return "RecordOutcome[outcome=" + outcome + ", <notes redacted>]";
    }
}
