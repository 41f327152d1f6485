package org.haven.activity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /activities/{id}/transitions}: HELD, or CANCELLED with a reason. */
public record MoveActivity(@NotNull ActivityStatus target, @Size(max = Activity.REASON_MAX_LENGTH) String reason) {
}
