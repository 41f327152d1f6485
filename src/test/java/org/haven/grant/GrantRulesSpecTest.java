package org.haven.grant;

import static org.haven.grant.GrantBuilder.NOW;
import static org.haven.grant.GrantBuilder.money;
import static org.haven.support.RefusalAssertions.assertRefused;
import static org.haven.support.RefusalAssertions.assertRefusedOn;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import org.haven.shared.error.Refusal;
import org.haven.shared.error.Refusal.Kind;
import org.junit.jupiter.api.Test;

/**
 * The money rules per currency (docs/domain.md, Grants: four eyes above a threshold, caps), with the
 * shipped settings: 5,000 EUR / 5,500 USD threshold, 10,000 EUR / 11,000 USD per grant, 15,000 EUR /
 * 16,500 USD per defender over 365 days. What a defender already received is summed by the database
 * under a per-defender lock (GrantApiTest, GrantConcurrencyTest); here it is given.
 */
class GrantRulesSpecTest {

    private final GrantRules rules = TestGrantConfig.defaultRules();

    @Test
    void aboveTheThresholdTwoManagersMustApprove() {
        assertEquals(1, rules.approvalsRequired(money("5000.00", "EUR")));
        assertEquals(2, rules.approvalsRequired(money("5000.01", "EUR")));
        assertEquals(1, rules.approvalsRequired(money("5500", "USD")));
        assertEquals(2, rules.approvalsRequired(money("5501", "USD")));
    }

    @Test
    void aCurrencyWithoutAThresholdAlwaysNeedsTwoManagers() {
        GrantRules chfWithoutThreshold = new GrantRules(new TestGrantConfig(Map.of(),
                Map.of("CHF", new BigDecimal("9000")), Map.of("CHF", new BigDecimal("14000")), Map.of(), Map.of(),
                Duration.ofDays(365)));
        assertEquals(2, chfWithoutThreshold.approvalsRequired(money("10", "CHF")));
    }

    @Test
    void noGrantExceedsThePerGrantCap() {
        assertDoesNotThrow(() -> rules.requireWithinGrantCap(money("10000", "EUR")));
        Refusal refusal = assertRefusedOn(Kind.RULE, "grant-cap-exceeded", "amount.amount",
                () -> rules.requireWithinGrantCap(money("10000.01", "EUR")));
        assertTrue(refusal.errors().get(0).message().contains("per-grant cap of 10000.00 EUR by 0.01 EUR"));
        assertDoesNotThrow(() -> rules.requireWithinGrantCap(money("11000", "USD")));
        assertRefused(Kind.RULE, "grant-cap-exceeded", () -> rules.requireWithinGrantCap(money("11001", "USD")));
    }

    @Test
    void aCurrencyWithoutCapsTakesNoGrants() {
        assertRefusedOn(Kind.RULE, "currency-not-configured", "amount.currency",
                () -> rules.requireWithinGrantCap(money("100", "GBP")));
        assertRefusedOn(Kind.RULE, "currency-not-configured", "amount.currency",
                () -> rules.requireWithinBeneficiaryCap(BeneficiaryKind.DEFENDER, money("0", "GBP"), money("100", "GBP")));
    }

    @Test
    void noDefenderReceivesMoreThanTheirCapWithinTheWindow() {
        assertDoesNotThrow(() -> rules.requireWithinBeneficiaryCap(BeneficiaryKind.DEFENDER, money("9000", "EUR"), money("6000", "EUR")));
        Refusal refusal = assertRefusedOn(Kind.RULE, "defender-cap-exceeded", "amount.amount",
                () -> rules.requireWithinBeneficiaryCap(BeneficiaryKind.DEFENDER, money("9000", "EUR"), money("9000", "EUR")));
        String message = refusal.errors().get(0).message();
        assertTrue(message.contains("would receive 18000.00 EUR within 365 days"), message);
        assertTrue(message.contains("per-defender cap of 15000.00 EUR by 3000.00 EUR"), message);
    }

    @Test
    void theDefenderCapCountsTheGrantsOfTheLast365Days() {
        assertEquals(NOW.minus(Duration.ofDays(365)), rules.capWindowStart(BeneficiaryKind.DEFENDER, NOW));
    }

    @Test
    void theDefenderCapUseShowsTheFiguresTheCapDecidesOn() {
        CapUse within = rules.capUse(BeneficiaryKind.DEFENDER, money("9000", "EUR"), money("6000", "EUR"), NOW);
        assertEquals(money("9000.00", "EUR"), within.receivedInWindow());
        assertEquals(money("15000.00", "EUR"), within.cap());
        assertEquals(money("15000.00", "EUR"), within.afterThisGrant());
        assertEquals(NOW.minus(Duration.ofDays(365)), within.windowStart());
        assertEquals(365, within.windowDays());
        assertEquals(false, within.exceeded(), "exactly the cap is allowed, as requireWithinBeneficiaryCap allows it");
        assertDoesNotThrow(() -> rules.requireWithinBeneficiaryCap(BeneficiaryKind.DEFENDER, money("9000", "EUR"), money("6000", "EUR")));

        CapUse over = rules.capUse(BeneficiaryKind.DEFENDER, money("9000", "EUR"), money("6000.01", "EUR"), NOW);
        assertTrue(over.exceeded());
        assertRefused(Kind.RULE, "defender-cap-exceeded",
                () -> rules.requireWithinBeneficiaryCap(BeneficiaryKind.DEFENDER, money("9000", "EUR"), money("6000.01", "EUR")));
        assertTrue(rules.capUse(BeneficiaryKind.DEFENDER, money("0", "GBP"), money("1", "GBP"), NOW).exceeded(),
                "no cap configured: an approval would be refused");
    }

    @Test
    void anOrganisationIsCappedOverTheWindowAndAnActivityOverAllItsCosts() {
        assertEquals(NOW.minus(Duration.ofDays(365)), rules.capWindowStart(BeneficiaryKind.ORGANISATION, NOW));
        assertEquals(java.time.Instant.EPOCH, rules.capWindowStart(BeneficiaryKind.ACTIVITY, NOW));
        assertDoesNotThrow(() -> rules.requireWithinBeneficiaryCap(BeneficiaryKind.ORGANISATION,
                money("30000", "EUR"), money("10000", "EUR")));
        Refusal organisation = assertRefusedOn(Kind.RULE, "organisation-cap-exceeded", "amount.amount",
                () -> rules.requireWithinBeneficiaryCap(BeneficiaryKind.ORGANISATION, money("30000", "EUR"),
                        money("10000.01", "EUR")));
        assertTrue(organisation.errors().get(0).message().contains("per-organisation cap of 40000.00 EUR by 0.01 EUR"),
                organisation.errors().get(0).message());
        assertRefusedOn(Kind.RULE, "activity-cap-exceeded", "amount.amount",
                () -> rules.requireWithinBeneficiaryCap(BeneficiaryKind.ACTIVITY, money("25000", "EUR"),
                        money("5000.01", "EUR")));
        CapUse activity = rules.capUse(BeneficiaryKind.ACTIVITY, money("25000", "EUR"), money("5000", "EUR"), NOW);
        assertEquals(null, activity.windowStart(), "an activity's costs count whenever they were approved");
        assertEquals(money("30000.00", "EUR"), activity.cap());
        assertEquals(false, activity.exceeded());
    }
}
