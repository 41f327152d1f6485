package org.haven.followup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /follow-ups/{id}/cancellation}: cancelling needs a reason. */
public record CancelFollowUp(@NotBlank @Size(max = 2000) String reason) {
}
