package org.haven.legal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.haven.shared.privacy.Sensitive;

/** A timeline event's note, read with a reason. toString never prints it. */
public record LegalNote(@Sensitive @Schema(nullable = true, maxLength = RecordLegalEvent.MAX_NOTE) String note) {

    @Override
    public String toString() {
        return "LegalNote[<redacted>]";
    }
}
