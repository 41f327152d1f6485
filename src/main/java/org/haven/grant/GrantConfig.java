package org.haven.grant;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Grant rules by currency ({@code haven.grants.*}), e.g. {@code haven.grants.per-grant-cap.EUR=10000}.
 * A currency without a configured cap takes no grants: better refused than uncapped.
 */
@ConfigMapping(prefix = "haven.grants")
interface GrantConfig {

    /** Above this amount a grant needs two different programme managers. Missing: always two. */
    Map<String, BigDecimal> twoManagerThreshold();

    /** The largest single grant. */
    Map<String, BigDecimal> perGrantCap();

    /** The most one defender may receive over {@link #capWindow()} across all their grants. */
    Map<String, BigDecimal> perDefenderCap();

    /** The most one organisation (or group) may receive over {@link #capWindow()} across its grants. */
    Map<String, BigDecimal> perOrganisationCap();

    /** The most one activity's costs may add up to, across all its cost grants (no window). */
    Map<String, BigDecimal> perActivityCap();

    @WithDefault("P365D")
    Duration capWindow();

    default Optional<BigDecimal> threshold(String currency) {
        return Optional.ofNullable(twoManagerThreshold().get(currency));
    }
}
