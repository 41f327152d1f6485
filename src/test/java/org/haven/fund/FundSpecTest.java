package org.haven.fund;

import static org.haven.fund.FundBuilder.ADMIN;
import static org.haven.fund.FundBuilder.NOW;
import static org.haven.fund.FundBuilder.TODAY;
import static org.haven.fund.FundBuilder.aFund;
import static org.haven.fund.FundBuilder.change;
import static org.haven.fund.FundBuilder.money;
import static org.haven.support.RefusalAssertions.assertRefused;
import static org.haven.support.RefusalAssertions.assertRefusedOn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.haven.shared.error.Refusal;
import org.haven.shared.error.Refusal.Kind;
import org.junit.jupiter.api.Test;

/**
 * A fund (docs/domain.md, Funds): a donor's budget in one currency for a period; it knows what is
 * committed, disbursed and available, is never overspent, never converts, and only while ACTIVE and
 * within its period takes new commitments. The row lock that serialises commitments and the
 * database's check constraints are exercised by GrantConcurrencyTest and FundApiTest.
 */
class FundSpecTest {

    @Test
    void aNewFundIsActiveWithItsWholeBudgetAvailable() {
        Fund fund = aFund().withBudget("250000", "EUR").created();
        assertEquals(FundStatus.ACTIVE, fund.status());
        assertEquals("EUR", fund.currency());
        assertEquals(money("250000.00", "EUR"), fund.totalBudget());
        assertEquals(money("0.00", "EUR"), fund.committed());
        assertEquals(money("0.00", "EUR"), fund.disbursed());
        assertEquals(money("250000.00", "EUR"), fund.available());
    }

    @Test
    void aFundsPeriodCannotEndBeforeItStarts() {
        assertRefusedOn(Kind.RULE, "period-invalid", "periodEnd",
                () -> aFund().over(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 31)).created());
        Fund fund = aFund().created();
        assertRefusedOn(Kind.RULE, "period-invalid", "periodEnd", () -> fund.change(
                change(fund).period(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 31)).build(), ADMIN, NOW));
    }

    @Test
    void commitmentsReduceWhatIsAvailable() {
        Fund fund = aFund().withBudget("10000", "EUR").created();
        fund.commit(money("3000", "EUR"), TODAY);
        fund.commit(money("2500.50", "EUR"), TODAY);
        assertEquals(money("5500.50", "EUR"), fund.committed());
        assertEquals(money("4499.50", "EUR"), fund.available());
    }

    @Test
    void aFundNeverCommitsBeyondItsBudget() {
        Fund fund = aFund().withBudget("10000", "EUR").created();
        fund.commit(money("7000", "EUR"), TODAY);
        Refusal refusal = assertRefused(Kind.CONFLICT, "insufficient-budget",
                () -> fund.commit(money("3000.01", "EUR"), TODAY));
        assertTrue(refusal.getMessage().contains("3000.00 EUR available"), refusal.getMessage());
        assertEquals(money("7000.00", "EUR"), fund.committed());
        fund.commit(money("3000", "EUR"), TODAY);
        assertEquals(money("0.00", "EUR"), fund.available());
    }

    @Test
    void aClosedFundTakesNoNewCommitments() {
        Fund fund = aFund().closed();
        assertRefused(Kind.CONFLICT, "fund-not-active", () -> fund.commit(money("10", "EUR"), TODAY));
        assertEquals(money("0.00", "EUR"), fund.committed());
    }

    @Test
    void aFundTakesCommitmentsOnlyWithinItsPeriod() {
        Fund fund = aFund().over(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).created();
        assertRefused(Kind.CONFLICT, "fund-not-active",
                () -> fund.commit(money("10", "EUR"), LocalDate.of(2025, 12, 31)));
        assertRefused(Kind.CONFLICT, "fund-not-active",
                () -> fund.commit(money("10", "EUR"), LocalDate.of(2027, 1, 1)));
        fund.commit(money("10", "EUR"), LocalDate.of(2026, 1, 1));
        fund.commit(money("10", "EUR"), LocalDate.of(2026, 12, 31));
        assertEquals(money("20.00", "EUR"), fund.committed());
    }

    @Test
    void grantsAreProposedOnlyAgainstAnActiveFund() {
        aFund().created().requireOpenForProposals("fundId");
        Refusal refusal = assertRefusedOn(Kind.RULE, "fund-not-active", "fundId",
                () -> aFund().closed().requireOpenForProposals("fundId"));
        assertEquals("the fund is CLOSED", refusal.errors().get(0).message());
    }

    @Test
    void thereIsNoConversionBetweenCurrencies() {
        Fund fund = aFund().withBudget("10000", "EUR").created();
        assertRefusedOn(Kind.RULE, "currency-mismatch", "amount.currency",
                () -> fund.commit(money("100", "USD"), TODAY));
        fund.commit(money("100", "EUR"), TODAY);
        assertRefused(Kind.RULE, "currency-mismatch", () -> fund.release(money("100", "USD")));
        assertRefused(Kind.RULE, "currency-mismatch", () -> fund.disburse(money("100", "USD")));
        assertEquals(money("100.00", "EUR"), fund.committed());
        assertEquals(money("0.00", "EUR"), fund.disbursed());
    }

    @Test
    void aFundsCurrencyNeverChanges() {
        Fund fund = aFund().withBudget("10000", "EUR").created();
        assertRefusedOn(Kind.RULE, "currency-immutable", "totalBudget.currency",
                () -> fund.change(change(fund).budget("10000", "USD").build(), ADMIN, NOW));
        assertEquals("EUR", fund.currency());
    }

    @Test
    void theBudgetNeverDropsBelowWhatIsCommitted() {
        Fund fund = aFund().withBudget("10000", "EUR").created();
        fund.commit(money("6000", "EUR"), TODAY);
        assertRefusedOn(Kind.RULE, "budget-below-commitments", "totalBudget.amount",
                () -> fund.change(change(fund).budget("5999.99", "EUR").build(), ADMIN, NOW));
        fund.change(change(fund).budget("6000", "EUR").build(), ADMIN, NOW);
        assertEquals(money("0.00", "EUR"), fund.available());
    }

    @Test
    void aCancelledGrantReleasesItsCommitment() {
        Fund fund = aFund().withBudget("10000", "EUR").created();
        fund.commit(money("4000", "EUR"), TODAY);
        fund.release(money("4000", "EUR"));
        assertEquals(money("0.00", "EUR"), fund.committed());
        assertEquals(money("10000.00", "EUR"), fund.available());
    }

    @Test
    void paymentsAreCountedAsDisbursedAndStayCommitted() {
        Fund fund = aFund().withBudget("10000", "EUR").created();
        fund.commit(money("4000", "EUR"), TODAY);
        fund.disburse(money("1500", "EUR"));
        assertEquals(money("1500.00", "EUR"), fund.disbursed());
        assertEquals(money("4000.00", "EUR"), fund.committed());
        assertEquals(money("6000.00", "EUR"), fund.available());
    }
}
