package org.haven.grant;

import static org.haven.grant.GrantBuilder.NOW;
import static org.haven.grant.GrantBuilder.aGrant;
import static org.haven.grant.GrantBuilder.money;
import static org.haven.support.RefusalAssertions.assertRefused;
import static org.haven.support.RefusalAssertions.assertRefusedOn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;

import org.haven.shared.error.Refusal;
import org.haven.shared.error.Refusal.Kind;
import org.junit.jupiter.api.Test;

/**
 * A grant's life after the four-eyes decision (docs/domain.md, Grants): proposal, withdrawal,
 * cancellation while nothing is paid, payments one tranche at a time never beyond the grant,
 * tranche gating, and closure once fully paid and reported on.
 */
class GrantLifecycleSpecTest {

    private static final java.time.Instant LATER = NOW.plusSeconds(3600);

    @Test
    void aProposalStartsProposedWithNothingPaid() {
        Grant grant = aGrant().of("3000", "EUR").proposed();
        assertEquals(GrantStatus.PROPOSED, grant.status());
        assertEquals("GR-2026-00001", grant.reference());
        assertEquals(money("3000.00", "EUR"), grant.amount());
        assertEquals(money("0.00", "EUR"), grant.disbursed());
        assertEquals("Relocation costs", grant.purpose());
        assertEquals(1, grant.approvalsRequired());
        assertTrue(grant.approvals().isEmpty());
    }

    @Test
    void aGrantIsInItsFundsCurrency() {
        assertRefusedOn(Kind.RULE, "currency-mismatch", "amount.currency",
                () -> aGrant().of("1000", "USD").againstAFundIn("EUR").proposed());
    }

    @Test
    void aProposalAboveThePerGrantCapIsRefused() {
        Refusal refusal = assertRefusedOn(Kind.RULE, "grant-cap-exceeded", "amount.amount",
                () -> aGrant().of("10500", "EUR").proposed());
        assertTrue(refusal.errors().get(0).message().contains("by 500.00 EUR"));
    }

    @Test
    void aboveTheThresholdAProposalNeedsTwoApprovals() {
        assertEquals(1, aGrant().of("5000", "EUR").proposed().approvalsRequired());
        assertEquals(2, aGrant().of("5000.01", "EUR").proposed().approvalsRequired());
    }

    @Test
    void plannedTranchesAddUpToTheGrant() {
        Refusal refusal = assertRefusedOn(Kind.RULE, "tranches-do-not-add-up", "plannedTranches",
                () -> aGrant().of("8000", "EUR").withTranche("5000", "EUR").withTranche("2000", "EUR").proposed());
        assertTrue(refusal.getMessage().contains("add up to 7000.00 EUR, not to the grant amount 8000.00 EUR"));
        Grant grant = aGrant().of("8000", "EUR").withTranche("5000", "EUR").withTranche("3000", "EUR").proposed();
        assertEquals(2, grant.plannedTranches().size());
    }

    @Test
    void plannedTranchesAreInTheGrantsCurrency() {
        assertRefusedOn(Kind.RULE, "currency-mismatch", "plannedTranches[1].amount.currency",
                () -> aGrant().of("8000", "EUR").withTranche("5000", "EUR").withTranche("3000", "USD").proposed());
    }

    @Test
    void aRefusedProposalUsesNoReferenceNumber() {
        AtomicBoolean numbered = new AtomicBoolean();
        assertRefused(Kind.RULE, "grant-cap-exceeded", () -> aGrant().of("20000", "EUR").numberedBy(() -> {
            numbered.set(true);
            return "GR-2026-00002";
        }).proposed());
        assertFalse(numbered.get());
    }

    @Test
    void onlyAProposedGrantCanBeWithdrawn() {
        Grant grant = aGrant().proposed();
        grant.withdraw("Defender relocated", LATER);
        assertEquals(GrantStatus.WITHDRAWN, grant.status());
        assertEquals("Defender relocated", grant.decisionReason());
        assertRefusedOn(Kind.CONFLICT, "grant-withdrawn", "status", () -> grant.withdraw("again", LATER));
        Grant approved = aGrant().approved();
        assertRefusedOn(Kind.CONFLICT, "grant-approved", "status", () -> approved.withdraw("too late", LATER));
    }

    @Test
    void anApprovedGrantIsCancelledWhileNothingIsPaid() {
        Grant grant = aGrant().approved();
        grant.cancel("Duplicate support", LATER);
        assertEquals(GrantStatus.CANCELLED, grant.status());
        assertEquals("Duplicate support", grant.decisionReason());
        assertRefusedOn(Kind.CONFLICT, "grant-proposed", "status", () -> aGrant().proposed().cancel("x", LATER));
    }

    @Test
    void aGrantWithMoneyPaidCannotBeCancelled() {
        Grant grant = aGrant().of("3000", "EUR").approved();
        grant.disburse(money("1000", "EUR"), 0, 0, LATER);
        assertRefused(Kind.CONFLICT, "grant-partly-disbursed", () -> grant.cancel("x", LATER));
        assertEquals(GrantStatus.APPROVED, grant.status());
    }

    @Test
    void paymentsNeverExceedTheApprovedAmount() {
        Grant grant = aGrant().of("3000", "EUR").approved();
        grant.disburse(money("1000", "EUR"), 0, 0, LATER);
        Refusal refusal = assertRefusedOn(Kind.RULE, "exceeds-approved-amount", "amount",
                () -> grant.disburse(money("2500", "EUR"), 1, 0, LATER));
        assertTrue(refusal.errors().get(0).message().contains("by 500.00 EUR"));
        assertEquals(money("1000.00", "EUR"), grant.disbursed());
        grant.disburse(money("2000", "EUR"), 1, 0, LATER);
        assertEquals(money("0.00", "EUR"), grant.remaining());
    }

    @Test
    void onlyAnApprovedGrantIsPaid() {
        assertRefusedOn(Kind.CONFLICT, "grant-proposed", "status",
                () -> aGrant().proposed().disburse(money("10", "EUR"), 0, 0, LATER));
    }

    @Test
    void paymentsAreInTheGrantsCurrency() {
        Grant grant = aGrant().approved();
        assertRefusedOn(Kind.RULE, "currency-mismatch", "amount.currency",
                () -> grant.disburse(money("100", "USD"), 0, 0, LATER));
    }

    @Test
    void aTrancheGatedGrantPaysTheNextTrancheOnlyAfterTheReportOnThePreviousOne() {
        Grant grant = aGrant().of("3000", "EUR").trancheGated().approved();
        grant.disburse(money("1000", "EUR"), 0, 0, LATER);
        assertRefused(Kind.CONFLICT, "previous-report-missing",
                () -> grant.disburse(money("1000", "EUR"), 1, 0, LATER));
        grant.disburse(money("1000", "EUR"), 1, 1, LATER);
        assertRefused(Kind.CONFLICT, "previous-report-missing",
                () -> grant.disburse(money("1000", "EUR"), 2, 1, LATER));
        assertEquals(money("2000.00", "EUR"), grant.disbursed());
    }

    @Test
    void aGrantWithoutGatingPaysWithoutWaitingForReports() {
        Grant grant = aGrant().of("3000", "EUR").approved();
        grant.disburse(money("1000", "EUR"), 0, 0, LATER);
        grant.disburse(money("1000", "EUR"), 1, 0, LATER);
        assertEquals(money("2000.00", "EUR"), grant.disbursed());
    }

    @Test
    void aGrantClosesOnlyWhenFullyPaid() {
        Grant grant = aGrant().of("3000", "EUR").approved();
        grant.disburse(money("1000", "EUR"), 0, 0, LATER);
        Refusal refusal = assertRefused(Kind.CONFLICT, "grant-not-fully-disbursed", () -> grant.close(1, 0, LATER));
        assertTrue(refusal.getMessage().contains("2000.00 EUR is still to be paid"));
        assertEquals(GrantStatus.APPROVED, grant.status());
    }

    @Test
    void aGrantClosesOnlyWhenItsFinancialReportsAreDone() {
        Grant grant = aGrant().of("3000", "EUR").approved();
        grant.disburse(money("3000", "EUR"), 0, 0, LATER);
        assertRefused(Kind.CONFLICT, "financial-report-pending", () -> grant.close(0, 0, LATER));
        assertRefused(Kind.CONFLICT, "financial-report-pending", () -> grant.close(1, 1, LATER));
        grant.close(1, 0, LATER);
        assertEquals(GrantStatus.CLOSED, grant.status());
    }

    @Test
    void aClosedGrantTakesNoMorePayments() {
        Grant grant = aGrant().of("3000", "EUR").approved();
        grant.disburse(money("3000", "EUR"), 0, 0, LATER);
        grant.close(1, 0, LATER);
        assertRefusedOn(Kind.CONFLICT, "grant-closed", "status", () -> grant.disburse(money("1", "EUR"), 1, 1, LATER));
        assertRefusedOn(Kind.CONFLICT, "grant-closed", "status", () -> grant.cancel("x", LATER));
    }
}
