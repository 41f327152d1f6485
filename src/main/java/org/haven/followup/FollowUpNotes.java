package org.haven.followup;

import org.haven.shared.privacy.Sensitive;

/** A follow-up's notes (sensitive). */
public record FollowUpNotes(@Sensitive String notes) {

    @Override
    public String toString() {
        return "FollowUpNotes[<redacted>]";
    }
}
