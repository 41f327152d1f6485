package org.haven.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.haven.shared.privacy.Sensitive;

/** Body of {@code POST /activities}: the details, the (sensitive) location, and what it follows. */
public record PlanActivity(
        @NotNull ActivityType type,
        @NotBlank @Size(max = Activity.TITLE_MAX_LENGTH) String title,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn,
        @Size(max = Activity.MAX_PARTNERS) List<@NotNull UUID> partnerOrganisationIds,
        @Sensitive @Size(max = ActivityLocation.MAX_LENGTH) String location,
        @Schema(description = "The activity this one follows up (same team, not starting before it)")
        UUID followsActivityId,
        @Size(max = Activity.TEAM_MAX_LENGTH) String team) {

    ActivityDetails details() {
        return new ActivityDetails(type, title, startsOn, endsOn, partnerOrganisationIds);
    }

    @Override
    public String toString() {
        return "PlanActivity[type=" + type + ", <title and location redacted>]";
    }
}
