package org.haven.followup;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.haven.shared.privacy.Sensitive;

/** A follow-up's notes (sensitive). */
public record FollowUpNotes(@Sensitive @Schema(nullable = true, maxLength = RecordOutcome.MAX_NOTES) String notes) {

    @Override
    public String toString() {
        return "FollowUpNotes[<redacted>]";
    }
}
