package org.haven.organisation;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** Body of {@code POST /organisations/{id}/members}: link a defender of the same team. */
public record LinkDefender(@NotNull UUID defenderId, @NotNull MemberRole role) {
}
