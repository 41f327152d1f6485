package org.haven.organisation;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /organisations/{id}/members/removal}: whose link ends, and why. */
public record EndMembership(@NotNull UUID defenderId, @NotBlank @Size(max = Organisation.REASON_MAX_LENGTH) String reason) {
}
