package org.haven.activity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.haven.defender.Gender;

/**
 * An activity's participants: by reference only those who consented to be listed; everyone in the
 * counts, by gender, without names (for reports).
 */
public record ParticipantsView(
        @Schema(maxItems = Activity.MAX_PARTICIPANTS) List<Listed> listed,
        @Schema(minimum = "0", maximum = "" + Activity.MAX_PARTICIPANTS) int total,
        @Schema(maxItems = 6) List<GenderCount> byGender) {

    /** A participant who agreed to be listed. */
    public record Listed(UUID defenderId, @Schema(pattern = "^HRD-[0-9]{6,12}$", maxLength = 16) String defenderReference,
            Instant addedAt) {
    }

    /** How many participants gave this gender; {@code gender} null: not recorded. */
    public record GenderCount(@Schema(nullable = true) Gender gender,
            @Schema(minimum = "1", maximum = "" + Activity.MAX_PARTICIPANTS) int count) {
    }
}
