package org.haven.defender;

/** Filters of the defender list; null means "any". {@code text} matches pseudonym or reference. */
public record DefenderFilter(RiskLevel riskLevel, String currentCountry, AreaOfWork areaOfWork, DefenderStatus status,
        String text) {

    /** The longest search text accepted (as the {@code q} parameter, through {@code Params.text}). */
    public static final int TEXT_MAX_LENGTH = 80;
}
