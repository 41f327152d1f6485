package org.haven.legal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /defenders/{id}/legal-events/{eventId}/retraction}: an event entered in error, and why. */
public record RetractLegalEvent(@NotBlank @Size(max = RetractLegalEvent.MAX_REASON) String reason) {

    static final int MAX_REASON = 2000;
}
