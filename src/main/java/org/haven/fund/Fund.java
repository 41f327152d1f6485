package org.haven.fund;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.haven.shared.error.Refusal;
import org.haven.shared.money.Money;
import org.haven.shared.security.Actor;

/**
 * A donor's fund in one currency. {@code committed} (approved grants not cancelled) and
 * {@code disbursed} change only under a row lock, in the transaction of the grant decision, so the
 * figures are always consistent and the budget can never be overspent (the database also checks).
 */
@Entity
@Table(name = "fund")
public class Fund {

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String donor;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(name = "total_budget", nullable = false)
    private BigDecimal totalBudget;

    @Column(name = "committed_amount", nullable = false)
    private BigDecimal committed;

    @Column(name = "disbursed_amount", nullable = false)
    private BigDecimal disbursed;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FundStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected Fund() {
        // for JPA
    }

    static Fund create(CreateFund command, Actor actor, Instant now) {
        Fund fund = new Fund();
        fund.id = UUID.randomUUID();
        fund.currency = command.totalBudget().currency();
        fund.committed = Money.zero(fund.currency).amount();
        fund.disbursed = Money.zero(fund.currency).amount();
        fund.status = FundStatus.ACTIVE;
        fund.createdAt = now;
        fund.apply(command.name(), command.donor(), command.totalBudget(), command.periodStart(), command.periodEnd());
        fund.touch(actor, now);
        return fund;
    }

    void change(ChangeFund command, Actor actor, Instant now) {
        if (!command.totalBudget().currency().equals(currency)) {
            throw Refusal.rule("currency-immutable", "totalBudget.currency",
                    "a fund's currency cannot change (it is " + currency + ")");
        }
        if (command.totalBudget().amount().compareTo(committed) < 0) {
            throw Refusal.rule("budget-below-commitments", "totalBudget.amount",
                    "must be at least the committed " + new Money(committed, currency));
        }
        apply(command.name(), command.donor(), command.totalBudget(), command.periodStart(), command.periodEnd());
        status = command.status();
        touch(actor, now);
    }

    private void apply(String newName, String newDonor, Money budget, LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            throw Refusal.rule("period-invalid", "periodEnd", "must not be before periodStart");
        }
        name = newName.trim();
        donor = newDonor.trim();
        totalBudget = budget.normalised().amount();
        periodStart = start;
        periodEnd = end;
    }

    /**
     * Grants are proposed only against an ACTIVE fund. Its period and budget are checked when the
     * grant is finally approved ({@link #commit}), when money is committed.
     */
    void requireOpenForProposals(String field) {
        if (status != FundStatus.ACTIVE) {
            throw Refusal.rule("fund-not-active", field, "the fund is " + status);
        }
    }

    /** Commits an approved grant's amount; refuses if the fund cannot cover it. Call under the row lock. */
    void commit(Money amount, LocalDate today) {
        requireCurrency(amount);
        if (status != FundStatus.ACTIVE || today.isBefore(periodStart) || today.isAfter(periodEnd)) {
            throw Refusal.conflict("fund-not-active",
                    "The fund is not open for new commitments (status " + status + ", period " + periodStart + " to "
                            + periodEnd + ").");
        }
        if (amount.greaterThan(available())) {
            throw Refusal.conflict("insufficient-budget", "The fund has " + available()
                    + " available; this grant needs " + amount.normalised() + ".");
        }
        committed = committed.add(amount.amount());
    }

    /** Releases a cancelled grant's commitment. Call under the row lock. */
    void release(Money amount) {
        requireCurrency(amount);
        committed = committed.subtract(amount.amount());
    }

    /** Records money paid out of this fund. Call under the row lock. */
    void disburse(Money amount) {
        requireCurrency(amount);
        disbursed = disbursed.add(amount.amount());
    }

    private void requireCurrency(Money amount) {
        if (!amount.currency().equals(currency)) {
            throw Refusal.rule("currency-mismatch", "amount.currency",
                    "the fund is in " + currency + "; no conversion between currencies");
        }
    }

    private void touch(Actor actor, Instant now) {
        updatedAt = now;
        updatedBy = actor.subject();
    }

    Money available() {
        return new Money(totalBudget.subtract(committed), currency).normalised();
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String currency() {
        return currency;
    }

    public FundStatus status() {
        return status;
    }

    String name() {
        return name;
    }

    String donor() {
        return donor;
    }

    Money totalBudget() {
        return new Money(totalBudget, currency).normalised();
    }

    Money committed() {
        return new Money(committed, currency).normalised();
    }

    Money disbursed() {
        return new Money(disbursed, currency).normalised();
    }

    LocalDate periodStart() {
        return periodStart;
    }

    LocalDate periodEnd() {
        return periodEnd;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
