package org.haven.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.haven.shared.web.ApiFormats;
import org.haven.shared.web.Versioned;

/** An organisation as staff of its team see it by default: never its contact channels. */
public record OrganisationView(
        UUID id,
        @Schema(pattern = Organisation.REFERENCE_PATTERN, maxLength = Organisation.REFERENCE_MAX_LENGTH) String reference,
        @Schema(maxLength = Organisation.TEAM_MAX_LENGTH) String team,
        OrganisationStatus status,
        @Schema(maxLength = Organisation.NAME_MAX_LENGTH) String name,
        @Schema(maxItems = OrganisationType.COUNT) Set<OrganisationType> types,
        @Schema(nullable = true, pattern = ApiFormats.COUNTRY_PATTERN, maxLength = 2) String country,
        VettingStatus vettingStatus,
        @Schema(nullable = true) LocalDate vettedOn,
        @Schema(nullable = true, maxLength = Organisation.PUBLIC_KEY_MAX_LENGTH) String publicKey,
        Instant registeredAt,
        Instant updatedAt,
        @Schema(nullable = true) Instant archivedAt,
        @Schema(nullable = true, maxLength = Organisation.REASON_MAX_LENGTH) String archiveReason,
        @Schema(minimum = "0", maximum = "9223372036854775807") long version) implements Versioned {

    static OrganisationView of(Organisation o) {
        OrganisationProfile p = o.profile();
        return new OrganisationView(o.id(), o.reference(), o.team(), o.status(), p.name(), p.types(), p.country(),
                o.vettingStatus(), o.vettedOn(), p.publicKey(), o.registeredAt(), o.updatedAt(), o.archivedAt(),
                o.archiveReason(), o.version());
    }
}
