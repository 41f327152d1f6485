package org.haven.activity;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /activities/{id}/participants/removal}: who leaves the list, and why. */
public record RemoveParticipant(@NotNull UUID defenderId,
        @NotBlank @Size(max = Activity.REASON_MAX_LENGTH) String reason) {
}
