package org.haven.followup;

import java.time.Period;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Follow-up scheduling ({@code haven.followups.*}). */
@ConfigMapping(prefix = "haven.followups")
interface FollowUpConfig {

    /** After the first payment of a grant: a check-in this long after the payment date. */
    @WithDefault("P30D")
    Period checkInAfter();

    /** After each payment: a financial report this long after the payment date. */
    @WithDefault("P90D")
    Period financialReportAfter();

    /** A PLANNED follow-up becomes MISSED this long after its due date. */
    @WithDefault("P7D")
    Period missedAfter();

    /** How often the missed-follow-up job runs (a Quarkus scheduler interval such as 1h). */
    @WithDefault("1h")
    String missedJobEvery();

    /** Delay before the first run after start. */
    @WithDefault("1m")
    String missedJobDelay();
}
