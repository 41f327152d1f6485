package org.haven.grant;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.haven.shared.error.Refusal;
import org.haven.shared.money.Money;

/**
 * The configured money rules: caps per grant and per beneficiary (defender, organisation, activity), and
 * the two-manager threshold. Pure: what a beneficiary already received is summed (under the
 * per-beneficiary lock) by the caller.
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

    /**
     * The start of the window over which a beneficiary's grants count toward their cap: rolling for a
     * defender or an organisation, all of an activity's costs for an activity.
     */
    Instant capWindowStart(BeneficiaryKind kind, Instant now) {
        return kind == BeneficiaryKind.ACTIVITY ? Instant.EPOCH : now.minus(config.capWindow());
    }

    /**
     * The beneficiary's cap as a grant meets it, from what they received since {@link #capWindowStart}:
     * the figures {@link #requireWithinBeneficiaryCap} decides on.
     */
    CapUse capUse(BeneficiaryKind kind, Money receivedInWindow, Money amount, Instant now) {
        BigDecimal cap = capsOf(kind).get(amount.currency());
        boolean windowed = kind != BeneficiaryKind.ACTIVITY;
        return new CapUse(kind, receivedInWindow.normalised(),
                cap == null ? null : new Money(cap, amount.currency()).normalised(), receivedInWindow.plus(amount),
                windowed ? capWindowStart(kind, now) : null, windowed ? config.capWindow().toDays() : 0);
    }

    /**
     * The beneficiary's cap: what they received since {@link #capWindowStart} plus this grant. The caller
     * sums under a per-beneficiary lock, so two approvals cannot both slip under it. A payee's grants never
     * count: the cap protects the fair share of whom the money supports.
     */
    void requireWithinBeneficiaryCap(BeneficiaryKind kind, Money receivedInWindow, Money amount) {
        BigDecimal cap = capOf(capsOf(kind).get(amount.currency()), amount.currency());
        BigDecimal after = receivedInWindow.amount().add(amount.amount());
        if (after.compareTo(cap) > 0) {
            Money capMoney = new Money(cap, amount.currency()).normalised();
            Money afterMoney = new Money(after, amount.currency()).normalised();
            Money over = new Money(after.subtract(cap), amount.currency()).normalised();
            throw switch (kind) {
                case DEFENDER -> Refusal.rule("defender-cap-exceeded", "amount.amount",
                        "with this grant the defender would receive " + afterMoney + " within "
                                + config.capWindow().toDays() + " days, exceeding the per-defender cap of "
                                + capMoney + " by " + over);
                case ORGANISATION -> Refusal.rule("organisation-cap-exceeded", "amount.amount",
                        "with this grant the organisation would receive " + afterMoney + " within "
                                + config.capWindow().toDays() + " days, exceeding the per-organisation cap of "
                                + capMoney + " by " + over);
                case ACTIVITY -> Refusal.rule("activity-cap-exceeded", "amount.amount",
                        "with this cost the activity's costs would add up to " + afterMoney
                                + ", exceeding the per-activity cap of " + capMoney + " by " + over);
            };
        }
    }

    private Map<String, BigDecimal> capsOf(BeneficiaryKind kind) {
        return switch (kind) {
            case DEFENDER -> config.perDefenderCap();
            case ORGANISATION -> config.perOrganisationCap();
            case ACTIVITY -> config.perActivityCap();
        };
    }

    private static BigDecimal capOf(BigDecimal cap, String currency) {
        if (cap == null) {
            throw Refusal.rule("currency-not-configured", "amount.currency",
                    "no grant caps are configured for " + currency + "; ask an administrator");
        }
        return cap;
    }
}
