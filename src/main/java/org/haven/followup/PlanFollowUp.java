package org.haven.followup;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /follow-ups}: a follow-up planned by hand. */
public record PlanFollowUp(@NotNull UUID requestId, @NotNull FollowUpType type, @NotNull LocalDate dueOn,
        @Size(max = 255) String assignedOfficer) {
}
