package org.haven.defender;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** One line of the defender list: pseudonymous, nothing sensitive. */
public record DefenderSummary(UUID id, String reference, String pseudonym, DefenderStatus status,
        RiskLevel riskLevel, String currentCountry, Set<AreaOfWork> areasOfWork) {

    static DefenderSummary of(Defender d) {
        return new DefenderSummary(d.id(), d.reference(), d.pseudonym(), d.status(), d.riskLevel(),
                d.currentCountry(), d.areasOfWork().isEmpty() ? Set.of() : EnumSet.copyOf(d.areasOfWork()));
    }
}
