package org.haven.legal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.haven.shared.web.ApiFormats;

/** One timeline event as staff see it: without its note (read through {@code .../note} with a reason). */
public record LegalEventView(
        UUID id,
        UUID defenderId,
        LegalEventKind kind,
        LocalDate occurredOn,
        @Schema(nullable = true, pattern = ApiFormats.COUNTRY_PATTERN, maxLength = 2) String hostCountry,
        boolean hasNote,
        Instant recordedAt,
        @Schema(maxLength = 255) String recordedBy,
        boolean retracted,
        @Schema(nullable = true) Instant retractedAt,
        @Schema(nullable = true, maxLength = RetractLegalEvent.MAX_REASON) String retractionReason) {

    static LegalEventView of(LegalEvent e) {
        return new LegalEventView(e.id(), e.defenderId(), e.kind(), e.occurredOn(), e.hostCountry(), e.note() != null,
                e.recordedAt(), e.recordedBy(), e.retractedAt() != null, e.retractedAt(), e.retractionReason());
    }
}
