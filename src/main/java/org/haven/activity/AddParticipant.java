package org.haven.activity;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /activities/{id}/participants}. */
public record AddParticipant(
        @NotNull UUID defenderId,
        @Schema(description = "Whether the defender agreed to be listed by reference; otherwise only counted")
        @NotNull Boolean consentToBeListed) {
}
