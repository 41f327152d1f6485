package org.haven.defender;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /defenders/{id}/erasure}: erasure is irreversible and needs a recorded reason. */
public record EraseDefender(@NotBlank @Size(max = Defender.REASON_MAX_LENGTH) String reason) {
}
