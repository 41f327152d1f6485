package org.haven.defender;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /defenders/{id}/archive}: archiving is a decision and needs a reason. */
public record ArchiveDefender(@NotBlank @Size(max = Defender.REASON_MAX_LENGTH) String reason) {
}
