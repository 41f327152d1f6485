package org.haven.defender;

/** Filters of the defender list; null means "any". {@code text} matches pseudonym or reference. */
record DefenderFilter(RiskLevel riskLevel, String currentCountry, AreaOfWork areaOfWork, DefenderStatus status,
        String text) {
}
