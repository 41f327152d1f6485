package org.haven.grant;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.haven.shared.error.Refusal;
import org.haven.shared.money.Money;

/**
 * The configured money rules: caps per grant and per defender, and the two-manager threshold. Pure:
 * what a defender already received is summed (under the per-defender lock) by the caller.
 */
@ApplicationScoped
class GrantRules {

    private final GrantConfig config;

    GrantRules(GrantConfig config) {
        this.config = config;
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

    /** The start of the rolling window over which a defender's grants count toward their cap. */
    Instant defenderCapWindowStart(Instant now) {
        return now.minus(config.capWindow());
    }

    /**
     * The defender's rolling cap as a grant meets it, from what they received since
     * {@link #defenderCapWindowStart}: the figures {@link #requireWithinDefenderCap} decides on.
     */
    DefenderCapUse defenderCapUse(Money receivedInWindow, Money amount, Instant now) {
        BigDecimal cap = config.perDefenderCap().get(amount.currency());
        return new DefenderCapUse(receivedInWindow.normalised(),
                cap == null ? null : new Money(cap, amount.currency()).normalised(), receivedInWindow.plus(amount),
                defenderCapWindowStart(now), config.capWindow().toDays());
    }

    /**
     * The defender's rolling cap: what they received since {@link #defenderCapWindowStart} plus this
     * grant. The caller sums under a per-defender lock, so two approvals cannot both slip under it.
     */
    void requireWithinDefenderCap(Money receivedInWindow, Money amount) {
        BigDecimal cap = capOf(config.perDefenderCap().get(amount.currency()), amount.currency());
        BigDecimal after = receivedInWindow.amount().add(amount.amount());
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
