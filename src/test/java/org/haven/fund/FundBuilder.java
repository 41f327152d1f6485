package org.haven.fund;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.haven.shared.money.Money;
import org.haven.shared.security.Actor;
import org.haven.shared.security.Roles;

/** Synthetic funds for plain specs: {@code aFund().withBudget("10000", "EUR").created()}. */
final class FundBuilder {

    static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final Actor ADMIN = new Actor("admin-ines", "Ines", List.of(Roles.ADMIN));

    private String name = "Emergency fund 2026";
    private Money budget = money("10000", "EUR");
    private LocalDate periodStart = LocalDate.of(2026, 1, 1);
    private LocalDate periodEnd = LocalDate.of(2026, 12, 31);

    private FundBuilder() {
    }

    static FundBuilder aFund() {
        return new FundBuilder();
    }

    FundBuilder withBudget(String amount, String currency) {
        this.budget = money(amount, currency);
        return this;
    }

    FundBuilder over(LocalDate start, LocalDate end) {
        this.periodStart = start;
        this.periodEnd = end;
        return this;
    }

    Fund created() {
        return Fund.create(new CreateFund(name, "A foundation", budget, periodStart, periodEnd), ADMIN, NOW);
    }

    /** The fund as created, then closed by a change. */
    Fund closed() {
        Fund fund = created();
        fund.change(change(fund).status(FundStatus.CLOSED).build(), ADMIN, NOW);
        return fund;
    }

    /** A full change of the fund (PUT), starting from its current values. */
    static Change change(Fund fund) {
        return new Change(fund);
    }

    static Money money(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    static final class Change {
        private Money budget;
        private LocalDate periodStart;
        private LocalDate periodEnd;
        private FundStatus status;
        private final String name;
        private final String donor;

        private Change(Fund fund) {
            this.name = fund.name();
            this.donor = fund.donor();
            this.budget = fund.totalBudget();
            this.periodStart = fund.periodStart();
            this.periodEnd = fund.periodEnd();
            this.status = fund.status();
        }

        Change budget(String amount, String currency) {
            this.budget = money(amount, currency);
            return this;
        }

        Change period(LocalDate start, LocalDate end) {
            this.periodStart = start;
            this.periodEnd = end;
            return this;
        }

        Change status(FundStatus status) {
            this.status = status;
            return this;
        }

        ChangeFund build() {
            return new ChangeFund(name, donor, budget, periodStart, periodEnd, status);
        }
    }
}
