package org.haven.grant;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.haven.fund.FundRef;
import org.haven.shared.money.Money;
import org.haven.shared.security.Actor;
import org.haven.shared.security.Roles;

/**
 * Synthetic grants for plain specs: {@code aGrant().of("7000", "EUR").proposed()}. Proposals go
 * through {@link Grant#propose} with the shipped rules (5,000 EUR threshold, 10,000 EUR cap), and
 * approvals through {@link Grant#decide}, so a built grant is always one the rules allow.
 */
final class GrantBuilder {

    static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
    static final Actor OFFICER = officer("officer-amina");
    static final DueDiligence DUE_DILIGENCE_DONE = new DueDiligence(true, false, "Screened, no other donor");
    /** The caps as a final approval sees them when the defender is well within them. */
    static final Grant.Caps WITHIN_CAPS = grant -> {
    };

    private Money amount = money("3000", "EUR");
    private String fundCurrency;
    private final List<ProposeGrant.Tranche> tranches = new ArrayList<>();
    private boolean trancheGated;
    private Actor proposer = OFFICER;
    private GrantRules rules = TestGrantConfig.defaultRules();
    private Supplier<String> reference = () -> "GR-2026-00001";

    private GrantBuilder() {
    }

    static GrantBuilder aGrant() {
        return new GrantBuilder();
    }

    GrantBuilder of(String amount, String currency) {
        this.amount = money(amount, currency);
        return this;
    }

    GrantBuilder againstAFundIn(String currency) {
        this.fundCurrency = currency;
        return this;
    }

    GrantBuilder withTranche(String amount, String currency) {
        tranches.add(new ProposeGrant.Tranche(money(amount, currency), LocalDate.of(2026, 4, 1)));
        return this;
    }

    GrantBuilder trancheGated() {
        this.trancheGated = true;
        return this;
    }

    GrantBuilder proposedBy(Actor proposer) {
        this.proposer = proposer;
        return this;
    }

    GrantBuilder numberedBy(Supplier<String> reference) {
        this.reference = reference;
        return this;
    }

    GrantBuilder under(GrantRules rules) {
        this.rules = rules;
        return this;
    }

    Grant proposed() {
        FundRef fund = new FundRef(UUID.randomUUID(), "Emergency fund 2026",
                fundCurrency == null ? amount.currency() : fundCurrency, null, null, null);
        ProposeGrant proposal = new ProposeGrant(UUID.randomUUID(), fund.id(), amount, "  Relocation costs  ",
                tranches.isEmpty() ? null : List.copyOf(tranches), trancheGated, null, null, null, null);
        return Grant.propose(new Grant.For(Beneficiary.defender(UUID.randomUUID(), UUID.randomUUID()),
                "team-kabul-desk", null), fund, proposal, rules, reference, proposer, NOW);
    }

    /** Proposed, then approved by as many different managers as it needs, with due diligence. */
    Grant approved() {
        Grant grant = proposed();
        for (int i = 1; i <= grant.approvalsRequired(); i++) {
            grant.decide(manager("manager-" + i), Decision.APPROVE, "Sound plan", DUE_DILIGENCE_DONE, WITHIN_CAPS,
                    NOW);
        }
        return grant;
    }

    static Money money(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    static Actor manager(String subject) {
        return new Actor(subject, "Manager " + subject, List.of(Roles.PROGRAMME_MANAGER));
    }

    static Actor officer(String subject) {
        return new Actor(subject, "Officer " + subject, List.of(Roles.PROTECTION_OFFICER));
    }

    /** Someone holding both roles, who may propose and (on others' grants) decide. */
    static Actor officerAndManager(String subject) {
        return new Actor(subject, "Dual " + subject, List.of(Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER));
    }
}
