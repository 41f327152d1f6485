package org.haven.defender;

import org.haven.shared.web.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.haven.shared.web.ApiFormats;

/**
 * A defender as staff see it by default: the profile, never the sensitive details. The published
 * bounds hold because of how each value got here: the server-made reference, the column lengths,
 * and the validation of {@link RegisterDefender}, {@link DefenderProfile} and {@link ArchiveDefender}
 * (an erased defender's pseudonym, "Erased " and the reference, is shorter than any limit).
 */
public record DefenderView(
        UUID id,
        @Schema(pattern = Defender.REFERENCE_PATTERN, maxLength = Defender.REFERENCE_MAX_LENGTH) String reference,
        @Schema(maxLength = Defender.TEAM_MAX_LENGTH) String team,
        DefenderStatus status,
        @Schema(maxLength = Defender.PSEUDONYM_MAX_LENGTH) String pseudonym,
        @Schema(nullable = true) Gender gender,
        @Schema(nullable = true, minimum = "1900", maximum = "9999", description = "Not after the current year")
        Integer birthYear,
        @Schema(nullable = true, pattern = ApiFormats.COUNTRY_PATTERN, maxLength = 2) String nationality,
        @Schema(nullable = true, pattern = ApiFormats.COUNTRY_PATTERN, maxLength = 2) String countryOfOrigin,
        @Schema(nullable = true, pattern = ApiFormats.COUNTRY_PATTERN, maxLength = 2) String currentCountry,
        @Schema(nullable = true) LocalDate inExileSince,
        @Schema(nullable = true) LegalStatus legalStatus,
        @Schema(maxItems = AreaOfWork.COUNT) Set<AreaOfWork> areasOfWork,
        @Schema(nullable = true, maxLength = Defender.ORGANISATION_MAX_LENGTH) String organisation,
        RiskLevel riskLevel,
        @Schema(nullable = true) Consent consent,
        Instant registeredAt,
        Instant updatedAt,
        @Schema(nullable = true) Instant archivedAt,
        @Schema(nullable = true, maxLength = Defender.REASON_MAX_LENGTH) String archiveReason,
        @Schema(minimum = "0", maximum = "9223372036854775807") long version) implements Versioned {

    static DefenderView of(Defender d) {
        DefenderProfile p = d.profile();
        return new DefenderView(d.id(), d.reference(), d.team(), d.status(), p.pseudonym(), p.gender(), p.birthYear(),
                p.nationality(), p.countryOfOrigin(), p.currentCountry(), p.inExileSince(), p.legalStatus(),
                p.areasOfWork(), p.organisation(), p.riskLevel(), p.consent(), d.registeredAt(), d.updatedAt(),
                d.archivedAt(), d.archiveReason(), d.version());
    }
}
