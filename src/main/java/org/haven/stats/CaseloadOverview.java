package org.haven.stats;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.haven.fund.FundStatus;
import org.haven.grant.GrantStatus;
import org.haven.request.Urgency;
import org.haven.shared.web.ApiFormats;

/**
 * The caseload overview for managers and auditors: all figures computed by SQL aggregates. Grants
 * are grouped by status and currency, and every fund is listed: neither list has a bound to publish
 * (currencies and funds are not limited in number).
 */
public record CaseloadOverview(
        Instant computedAt,
        @Schema(maxItems = OpenRequests.GROUPS) List<OpenRequests> openRequests,
        @Schema(minimum = "0", maximum = "" + Long.MAX_VALUE) long requestsPastDeadline,
        DecisionTime decisionTime,
        DeadlinesKept decisionsWithinDeadline,
        List<GrantFigures> grants,
        List<FundUtilisation> funds,
        @Schema(minimum = "0", maximum = "" + Long.MAX_VALUE) long overdueFollowUps,
        @Schema(minimum = "0", maximum = "" + Long.MAX_VALUE) long missedFollowUps,
        GroupWork groupWork) {

    /** Open (undecided or supported, not closed) requests by status and urgency; only non-empty groups. */
    public record OpenRequests(
            @Schema(enumeration = { "RECEIVED", "IN_ASSESSMENT", "SUPPORTED" }) String status,
            @Schema(type = SchemaType.STRING, implementation = Urgency.class) String urgency,
            @Schema(minimum = "1", maximum = "" + Long.MAX_VALUE) long count) {

        /** Three open statuses times three urgencies. */
        static final int GROUPS = 9;
    }

    /** Median time from receipt to decision for requests decided in [from, to). */
    public record DecisionTime(Instant from, Instant to,
            @Schema(minimum = "0", maximum = "" + Long.MAX_VALUE) long decided,
            @Schema(nullable = true, description = "Null when nothing was decided in the period") Double medianHours) {
    }

    /**
     * Requests decided in [from, to), and how many of them by their decision deadline; the same by week
     * (Monday to Sunday, UTC) for the last {@value #WEEKS} weeks of the period, oldest first, empty weeks
     * included.
     */
    public record DeadlinesKept(Instant from, Instant to,
            @Schema(minimum = "0", maximum = "" + Long.MAX_VALUE) long decided,
            @Schema(minimum = "0", maximum = "" + Long.MAX_VALUE) long withinDeadline,
            @Schema(maxItems = WEEKS) List<DecisionWeek> weeks) {

        /** How many weeks the trend shows at most. */
        public static final int WEEKS = 12;
    }

    /** One week of {@link DeadlinesKept}: requests decided in it, and how many by their deadline. */
    public record DecisionWeek(LocalDate weekStart,
            @Schema(minimum = "0", maximum = "" + Long.MAX_VALUE) long decided,
            @Schema(minimum = "0", maximum = "" + Long.MAX_VALUE) long withinDeadline) {
    }

    /** Grants by status and currency; only non-empty groups. */
    public record GrantFigures(
            @Schema(type = SchemaType.STRING, implementation = GrantStatus.class) String status,
            @Schema(maxLength = 3, pattern = ApiFormats.CURRENCY_PATTERN) String currency,
            @Schema(minimum = "1", maximum = "" + Long.MAX_VALUE) long count,
            BigDecimal amount) {
    }

    /** A fund's budget use. utilisation = committed / total budget, in percent. The name is at most 200 characters. */
    public record FundUtilisation(UUID fundId, @Schema(maxLength = 200) String name,
            @Schema(maxLength = 3, pattern = ApiFormats.CURRENCY_PATTERN) String currency,
            @Schema(type = SchemaType.STRING, implementation = FundStatus.class) String status, BigDecimal totalBudget,
            BigDecimal committed, BigDecimal disbursed, BigDecimal available, BigDecimal utilisationPercent) {
    }
}
