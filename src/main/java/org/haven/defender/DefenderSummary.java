package org.haven.defender;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.haven.shared.web.ApiFormats;

/** One line of the defender list: pseudonymous, nothing sensitive. Bounds as in {@link DefenderView}. */
public record DefenderSummary(UUID id,
        @Schema(pattern = Defender.REFERENCE_PATTERN, maxLength = Defender.REFERENCE_MAX_LENGTH) String reference,
        @Schema(maxLength = Defender.PSEUDONYM_MAX_LENGTH) String pseudonym,
        DefenderStatus status,
        RiskLevel riskLevel,
        @Schema(nullable = true, pattern = ApiFormats.COUNTRY_PATTERN, maxLength = 2) String currentCountry,
        @Schema(maxItems = AreaOfWork.COUNT) Set<AreaOfWork> areasOfWork) {

    static DefenderSummary of(Defender d) {
        return new DefenderSummary(d.id(), d.reference(), d.pseudonym(), d.status(), d.riskLevel(),
                d.currentCountry(), d.areasOfWork().isEmpty() ? Set.of() : EnumSet.copyOf(d.areasOfWork()));
    }
}
