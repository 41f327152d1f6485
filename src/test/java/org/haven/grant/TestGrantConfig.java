package org.haven.grant;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

/** Grant settings for plain specs, without SmallRye Config. */
record TestGrantConfig(Map<String, BigDecimal> twoManagerThreshold, Map<String, BigDecimal> perGrantCap,
        Map<String, BigDecimal> perDefenderCap, Map<String, BigDecimal> perOrganisationCap,
        Map<String, BigDecimal> perActivityCap, Duration capWindow) implements GrantConfig {

    /** The shipped defaults (application.properties): EUR and USD only. */
    static GrantRules defaultRules() {
        return new GrantRules(new TestGrantConfig(
                Map.of("EUR", new BigDecimal("5000"), "USD", new BigDecimal("5500")),
                Map.of("EUR", new BigDecimal("10000"), "USD", new BigDecimal("11000")),
                Map.of("EUR", new BigDecimal("15000"), "USD", new BigDecimal("16500")),
                Map.of("EUR", new BigDecimal("40000"), "USD", new BigDecimal("44000")),
                Map.of("EUR", new BigDecimal("30000"), "USD", new BigDecimal("33000")),
                Duration.ofDays(365)));
    }
}
