package org.haven.grant;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditEvent;
import org.haven.audit.AuditLog;
import org.haven.audit.Changes;
import org.haven.fund.FundRef;
import org.haven.fund.FundService;
import org.haven.request.RequestRef;
import org.haven.request.Requests;
import org.haven.shared.error.Refusal;
import org.haven.shared.money.Money;
import org.haven.shared.paging.Page;
import org.haven.shared.paging.PageRequest;
import org.haven.shared.security.Actor;
import org.haven.shared.security.CurrentActor;

/** Proposing and withdrawing grants, and reading them. Decisions live in {@link GrantDecisionService}. */
@ApplicationScoped
class GrantService {

    static final String ENTITY = "grant";

    private final GrantRepository grants;
    private final DisbursementRepository disbursements;
    private final Requests requests;
    private final FundService funds;
    private final GrantRules rules;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final Clock clock;

    GrantService(GrantRepository grants, DisbursementRepository disbursements, Requests requests,
            FundService funds, GrantRules rules, CurrentActor currentActor, AuditLog audit, Clock clock) {
        this.grants = grants;
        this.disbursements = disbursements;
        this.requests = requests;
        this.funds = funds;
        this.rules = rules;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    GrantView propose(ProposeGrant command) {
        Actor actor = currentActor.get();
        RequestRef request = requests.requireInAssessment(command.requestId(), "requestId");
        FundRef fund = funds.requireActive(command.fundId(), "fundId");
        Money amount = command.amount();
        if (!amount.currency().equals(fund.currency())) {
            throw Refusal.rule("currency-mismatch", "amount.currency",
                    "the fund is in " + fund.currency() + "; a grant is in its fund's currency (no conversion)");
        }
        rules.requireWithinGrantCap(amount);
        List<PlannedTranche> tranches = tranches(command, amount);
        Instant now = clock.instant();
        Grant grant = Grant.propose(grants.nextReference(now), request.id(), request.defenderId(), request.team(),
                fund.id(), amount,
                command.purpose(), tranches, Boolean.TRUE.equals(command.trancheGated()),
                rules.approvalsRequired(amount), actor, now);
        grants.persist(grant);
        audit.record(AuditEvent.of(actor, AuditAction.GRANT_PROPOSED, ENTITY, grant.id()).inCase(request.id())
                .with(Changes.none().field("reference", null, grant.reference())
                        .field("status", null, grant.status())
                        .field("amount", null, grant.amount())
                        .field("fundId", null, fund.id())
                        .sensitive("purpose", null, grant.purpose())
                        .field("plannedTranches", null, tranches.size())
                        .field("trancheGated", null, grant.trancheGated())
                        .field("approvalsRequired", null, grant.approvalsRequired())));
        grants.flush();
        return view(grant);
    }

    @Transactional
    GrantView withdraw(UUID id, String reason) {
        Grant grant = lock(id);
        Actor actor = currentActor.get();
        GrantStatus before = grant.status();
        grant.withdraw(reason.trim(), clock.instant());
        audit.record(AuditEvent.of(actor, AuditAction.GRANT_WITHDRAWN, ENTITY, id).inCase(grant.requestId())
                .because(reason.trim()).with(Changes.none().field("status", before, grant.status())));
        return view(grant);
    }

    @Transactional
    GrantView get(UUID id) {
        Grant grant = grants.findById(id);
        if (grant == null || !currentActor.scope().sees(grant.team(), null)) {
            throw Refusal.notFound("Grant");
        }
        return view(grant);
    }

    @Transactional
    Page<GrantView> list(GrantStatus status, UUID fundId, UUID requestId, UUID defenderId, PageRequest page) {
        return grants.search(status, fundId, requestId, defenderId, currentActor.scope(), page).map(this::view);
    }

    Grant lock(UUID id) {
        Grant grant = grants.lock(id);
        if (grant == null || !currentActor.scope().sees(grant.team(), null)) {
            throw Refusal.notFound("Grant");
        }
        return grant;
    }

    GrantView view(Grant grant) {
        return GrantView.of(grant, disbursements.ofGrant(grant.id()));
    }

    private static List<PlannedTranche> tranches(ProposeGrant command, Money amount) {
        List<PlannedTranche> tranches = new ArrayList<>();
        if (command.plannedTranches() == null || command.plannedTranches().isEmpty()) {
            return tranches;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < command.plannedTranches().size(); i++) {
            ProposeGrant.Tranche t = command.plannedTranches().get(i);
            if (!t.amount().currency().equals(amount.currency())) {
                throw Refusal.rule("currency-mismatch", "plannedTranches[" + i + "].amount.currency",
                        "tranches are in the grant's currency " + amount.currency());
            }
            sum = sum.add(t.amount().amount());
            tranches.add(new PlannedTranche(t.amount().normalised().amount(), t.plannedOn()));
        }
        if (sum.compareTo(amount.amount()) != 0) {
            throw Refusal.rule("tranches-do-not-add-up", "plannedTranches",
                    "the planned tranches add up to " + new Money(sum, amount.currency()).normalised()
                            + ", not to the grant amount " + amount.normalised());
        }
        return tranches;
    }
}
