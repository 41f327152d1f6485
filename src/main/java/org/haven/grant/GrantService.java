package org.haven.grant;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
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
public class GrantService {

    static final String ENTITY = "grant";

    private final GrantRepository grants;
    private final DisbursementRepository disbursements;
    private final Requests requests;
    private final FundService funds;
    private final GrantRules rules;
    private final GrantAnnouncements announcements;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final Clock clock;

    GrantService(GrantRepository grants, DisbursementRepository disbursements, Requests requests,
            FundService funds, GrantRules rules, GrantAnnouncements announcements, CurrentActor currentActor,
            AuditLog audit, Clock clock) {
        this.grants = grants;
        this.disbursements = disbursements;
        this.requests = requests;
        this.funds = funds;
        this.rules = rules;
        this.announcements = announcements;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public GrantView propose(ProposeGrant command) {
        Actor actor = currentActor.get();
        RequestRef request = requests.requireInAssessment(command.requestId(), "requestId");
        FundRef fund = funds.requireActive(command.fundId(), "fundId");
        Instant now = clock.instant();
        Grant grant = Grant.propose(new Grant.Case(request.id(), request.defenderId(), request.team()), fund, command,
                rules, () -> grants.nextReference(now), actor, now);
        grants.persist(grant);
        announcements.awaitingApproval(grant);
        audit.record(AuditEvent.of(actor, AuditAction.GRANT_PROPOSED, ENTITY, grant.id()).inCase(request.id())
                .with(Changes.none().field("reference", null, grant.reference())
                        .field("status", null, grant.status())
                        .field("amount", null, grant.amount())
                        .field("fundId", null, fund.id())
                        .sensitive("purpose", null, grant.purpose())
                        .field("plannedTranches", null, grant.plannedTranches().size())
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
        return view(find(id));
    }

    /** A grant the caller may see (need-to-know), without a lock; else 404. */
    Grant find(UUID id) {
        Grant grant = grants.findById(id);
        if (grant == null || !currentActor.scope().sees(grant.team(), null)) {
            throw Refusal.notFound("Grant");
        }
        return grant;
    }

    @Transactional
    public Page<GrantView> list(GrantStatus status, UUID fundId, UUID requestId, UUID defenderId, PageRequest page) {
        return grants.search(status, fundId, requestId, defenderId, currentActor.scope(), page).map(this::view);
    }

    Grant lock(UUID id) {
        Grant grant = grants.lock(id);
        if (grant == null || !currentActor.scope().sees(grant.team(), null)) {
            throw Refusal.notFound("Grant");
        }
        return grant;
    }

    /**
     * The defender's rolling cap as approving this grant at {@code now} would meet it: the sum the final
     * approval checks under the per-defender lock, read here for the approval and for the pages alike.
     */
    DefenderCapUse defenderCapUse(Grant grant, Instant now) {
        Money amount = grant.amount();
        BigDecimal received = grants.approvedForDefenderSince(grant.defenderId(), amount.currency(),
                rules.defenderCapWindowStart(now));
        return rules.defenderCapUse(new Money(received, amount.currency()), amount, now);
    }

    GrantView view(Grant grant) {
        return GrantView.of(grant, disbursements.ofGrant(grant.id()));
    }
}
