package org.haven.request;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /requests/{id}/transitions}: the state to move to, and why. */
public record Transition(@NotNull RequestStatus target, @Size(max = 2000) String reason) {
}
