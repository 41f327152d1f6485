package org.haven.defender;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /defenders/{id}/archive}: archiving is a decision and needs a reason. */
public record ArchiveDefender(@NotBlank @Size(max = 2000) String reason) {
}
