package org.haven.legal;

import java.time.Period;

import org.haven.defender.RiskLevel;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Forced-return deadlines and the aggregate report ({@code haven.legal.*}); docs/legal-status.md. */
@ConfigMapping(prefix = "haven.legal")
interface LegalConfig {

    /** An open appeal deadline or removal date this close (or already passed) flags the defender. */
    @WithDefault("P14D")
    Period warningWindow();

    /** The risk level a flag raises the defender to (never lowers it). */
    @WithDefault("CRITICAL")
    RiskLevel raiseRiskTo();

    /** How often the deadline scan runs (a Quarkus scheduler interval such as 1h, or off). */
    @WithDefault("1h")
    String deadlineScanEvery();

    /** Delay before the first scan after start. */
    @WithDefault("1m")
    String deadlineScanDelay();

    /** The aggregate report publishes no count below this (k of the small-cell suppression). */
    @WithDefault("5")
    int reportMinimumCount();
}
