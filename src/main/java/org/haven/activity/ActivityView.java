package org.haven.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.haven.shared.web.Versioned;

/** An activity as its team sees it by default: never its location. */
public record ActivityView(
        UUID id,
        @Schema(pattern = Activity.REFERENCE_PATTERN, maxLength = Activity.REFERENCE_MAX_LENGTH) String reference,
        @Schema(maxLength = Activity.TEAM_MAX_LENGTH) String team,
        ActivityType type,
        @Schema(maxLength = Activity.TITLE_MAX_LENGTH) String title,
        LocalDate startsOn,
        LocalDate endsOn,
        ActivityStatus status,
        @Schema(nullable = true, maxLength = Activity.REASON_MAX_LENGTH) String statusReason,
        @Schema(nullable = true) UUID followsActivityId,
        @Schema(maxItems = Activity.MAX_PARTNERS) List<UUID> partnerOrganisationIds,
        @Schema(maxItems = Activity.MAX_OUTPUTS) List<OutputView> outputs,
        Instant createdAt,
        Instant updatedAt,
        @Schema(minimum = "0", maximum = "9223372036854775807") long version) implements Versioned {

    /** One output. */
    public record OutputView(OutputKind kind, @Schema(maxLength = Activity.TITLE_MAX_LENGTH) String title,
            Instant recordedAt) {
    }

    static ActivityView of(Activity a) {
        ActivityDetails d = a.details();
        return new ActivityView(a.id(), a.reference(), a.team(), d.type(), d.title(), d.startsOn(), d.endsOn(),
                a.status(), a.statusReason(), a.followsActivityId(),
                d.partnerOrganisationIds().stream().sorted().toList(),
                a.outputs().stream().map(o -> new OutputView(o.kind, o.title, o.recordedAt)).toList(),
                a.createdAt(), a.updatedAt(), a.version());
    }
}
