package org.haven.legal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.haven.shared.privacy.Sensitive;
import org.haven.shared.validation.CountryCode;
import org.haven.shared.web.ApiFormats;

/**
 * Body of {@code POST /defenders/{id}/legal-events}. The note is sensitive (sealed with the defender's key, never
 * logged or audited in clear); toString never prints it nor the host country.
 */
public record RecordLegalEvent(
        @NotNull LegalEventKind kind,
        @NotNull @Schema(description = "The day it happened; for APPEAL_DEADLINE the last day to appeal, for "
                + "REMOVAL_ORDER the removal date, for PERMIT_EXPIRY the day the permit ends") LocalDate occurredOn,
        @Schema(nullable = true, pattern = ApiFormats.COUNTRY_PATTERN, maxLength = 2,
                description = "Host country where it happened; the defender's current country if absent")
        @CountryCode String hostCountry,
        @Sensitive @Schema(nullable = true) @Size(max = RecordLegalEvent.MAX_NOTE) String note) {

    /** The longest note. */
    static final int MAX_NOTE = 4000;

    @Override
    public String toString() {
        return "RecordLegalEvent[kind=" + kind + ", occurredOn=" + occurredOn + ", <host country and note redacted>]";
    }
}
