package org.haven.followup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /follow-ups/{id}/cancellation}: cancelling needs a reason. */
public record CancelFollowUp(@NotBlank @Size(max = CancelFollowUp.MAX_REASON) String reason) {

    /** The longest reason; also the bound of a follow-up's status reason (the other reasons are short). */
    static final int MAX_REASON = 2000;
}
