package org.haven.stats;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The caseload overview for managers and auditors: all figures computed by SQL aggregates. */
public record CaseloadOverview(
        Instant computedAt,
        List<OpenRequests> openRequests,
        long requestsPastDeadline,
        DecisionTime decisionTime,
        List<GrantFigures> grants,
        List<FundUtilisation> funds,
        long overdueFollowUps,
        long missedFollowUps) {

    /** Open (undecided or supported, not closed) requests by status and urgency. */
    public record OpenRequests(String status, String urgency, long count) {
    }

    /** Median time from receipt to decision for requests decided in [from, to). */
    public record DecisionTime(Instant from, Instant to, long decided, Double medianHours) {
    }

    /** Grants by status and currency. */
    public record GrantFigures(String status, String currency, long count, BigDecimal amount) {
    }

    /** A fund's budget use. utilisation = committed / total budget, in percent. */
    public record FundUtilisation(UUID fundId, String name, String currency, String status, BigDecimal totalBudget,
            BigDecimal committed, BigDecimal disbursed, BigDecimal available, BigDecimal utilisationPercent) {
    }
}
