package org.haven.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What every role of the team sees of an activity, and the body of {@code PUT /activities/{id}}
 * (full replacement; the location is changed through {@code /sensitive}).
 */
public record ActivityDetails(
        @NotNull ActivityType type,
        @NotBlank @Size(max = Activity.TITLE_MAX_LENGTH) String title,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn,
        @Schema(description = "Partner organisations of the organising team")
        @Size(max = Activity.MAX_PARTNERS) List<@NotNull UUID> partnerOrganisationIds) {
}
