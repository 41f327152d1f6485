package org.haven.grant;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.haven.shared.error.Refusal;
import org.haven.shared.money.Money;

/** The configured money rules: caps per grant and per defender, and the two-manager threshold. */
@ApplicationScoped
class GrantRules {

    private final GrantConfig config;
    private final GrantRepository grants;
    private final Clock clock;

    GrantRules(GrantConfig config, GrantRepository grants, Clock clock) {
        this.config = config;
        this.grants = grants;
        this.clock = clock;
    }

    /** Four eyes at most: no grant ever needs (or gets) more approvals than this. */
    static final int MAX_APPROVALS = 2;

    /** 1, or 2 above the threshold (and always 2 where no threshold is configured). */
    int approvalsRequired(Money amount) {
        return config.threshold(amount.currency()).map(t -> amount.amount().compareTo(t) > 0 ? MAX_APPROVALS : 1)
                .orElse(MAX_APPROVALS);
    }

    void requireWithinGrantCap(Money amount) {
        BigDecimal cap = capOf(config.perGrantCap().get(amount.currency()), amount.currency());
        if (amount.amount().compareTo(cap) > 0) {
            Money capMoney = new Money(cap, amount.currency()).normalised();
            throw Refusal.rule("grant-cap-exceeded", "amount.amount",
                    "exceeds the per-grant cap of " + capMoney + " by " + amount.minus(capMoney));
        }
    }

    /**
     * The defender's rolling cap, checked at final approval under a per-defender advisory lock so
     * that two approvals for the same defender cannot both slip under it.
     */
    void requireWithinDefenderCap(UUID defenderId, Money amount) {
        BigDecimal cap = capOf(config.perDefenderCap().get(amount.currency()), amount.currency());
        grants.lockDefenderCap(defenderId);
        BigDecimal received = grants.approvedForDefenderSince(defenderId, amount.currency(),
                clock.instant().minus(config.capWindow()));
        BigDecimal after = received.add(amount.amount());
        if (after.compareTo(cap) > 0) {
            Money capMoney = new Money(cap, amount.currency()).normalised();
            throw Refusal.rule("defender-cap-exceeded", "amount.amount",
                    "with this grant the defender would receive " + new Money(after, amount.currency()).normalised()
                            + " within " + config.capWindow().toDays() + " days, exceeding the per-defender cap of "
                            + capMoney + " by " + new Money(after.subtract(cap), amount.currency()).normalised());
        }
    }

    private static BigDecimal capOf(BigDecimal cap, String currency) {
        if (cap == null) {
            throw Refusal.rule("currency-not-configured", "amount.currency",
                    "no grant caps are configured for " + currency + "; ask an administrator");
        }
        return cap;
    }
}
