package org.haven.activity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /activities/{id}/outputs}: a strategy paper, an action plan... */
public record RecordOutput(@NotNull OutputKind kind, @NotBlank @Size(max = Activity.TITLE_MAX_LENGTH) String title) {
}
