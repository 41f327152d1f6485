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
import org.haven.request.RequestWorkflowService;
import org.haven.shared.money.Money;
import org.haven.shared.security.Actor;
import org.haven.shared.security.CurrentActor;

/**
 * Decisions on grants. {@link Grant#decide} alone says whether a decision is recorded, final or
 * refused; this service locks, applies what a final approval changes elsewhere, and audits. Locks
 * are always taken in one order — grant row, defender cap, fund row, audit chain — so concurrent
 * decisions queue instead of deadlocking.
 */
@ApplicationScoped
class GrantDecisionService {

    private final GrantService grants;
    private final GrantRepository repository;
    private final GrantRules rules;
    private final FundService funds;
    private final RequestWorkflowService requests;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final Clock clock;

    GrantDecisionService(GrantService grants, GrantRepository repository, GrantRules rules, FundService funds,
            RequestWorkflowService requests, CurrentActor currentActor, AuditLog audit, Clock clock) {
        this.grants = grants;
        this.repository = repository;
        this.rules = rules;
        this.funds = funds;
        this.requests = requests;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    GrantView decide(UUID id, DecideOnGrant command) {
        Grant grant = grants.lock(id); // 1. grant row
        Actor actor = currentActor.get();
        Instant now = clock.instant();
        GrantStatus status = grant.status();
        int approvals = grant.approvals().size();
        Boolean screened = grant.sanctionsScreened();
        Boolean fundedElsewhere = grant.fundedElsewhere();
        Grant.Outcome outcome;
        try {
            outcome = grant.decide(actor, command.decision(), command.comment(), command.dueDiligence(),
                    g -> requireWithinCaps(g, now), now);
        } catch (FourEyesViolation refused) {
            audit.recordRefusal(AuditEvent.of(actor, AuditAction.GRANT_DECISION_REFUSED, GrantService.ENTITY, id)
                    .inCase(grant.requestId()).because(refused.auditReason()));
            throw refused;
        }
        String reason = grant.decisionReason();
        if (outcome == Grant.Outcome.REJECTED) {
            audit.record(AuditEvent.of(actor, AuditAction.GRANT_REJECTED, GrantService.ENTITY, id)
                    .inCase(grant.requestId()).because(reason)
                    .with(Changes.none().field("status", status, grant.status())));
            return grants.view(grant);
        }
        Changes changes = Changes.none().field("sanctionsScreened", screened, grant.sanctionsScreened())
                .field("fundedElsewhere", fundedElsewhere, grant.fundedElsewhere())
                .field("approvals", approvals, grant.approvals().size());
        if (outcome == Grant.Outcome.APPROVAL_RECORDED) {
            audit.record(AuditEvent.of(actor, AuditAction.GRANT_APPROVAL_RECORDED, GrantService.ENTITY, id)
                    .inCase(grant.requestId()).because(commentOfLatestApproval(grant)).with(changes));
            return grants.view(grant);
        }
        FundRef fund = funds.commit(grant.fundId(), grant.amount()); // 3. fund row
        // Every row changes before the first audit append takes the chain lock (4., see the class doc).
        requests.supportedByGrant(grant.requestId(), grant.reference(), actor);
        audit.record(AuditEvent.of(actor, AuditAction.GRANT_APPROVED, GrantService.ENTITY, id)
                .inCase(grant.requestId()).because(reason)
                .with(changes.field("status", status, grant.status())
                        .field("fundCommitted", fund.committed().minus(grant.amount()), fund.committed())));
        return grants.view(grant);
    }

    /** At the final approval, asked by the grant. The per-defender lock is the 2nd lock (class doc). */
    private void requireWithinCaps(Grant grant, Instant now) {
        Money amount = grant.amount();
        rules.requireWithinGrantCap(amount);
        repository.lockDefenderCap(grant.defenderId());
        BigDecimal received = repository.approvedForDefenderSince(grant.defenderId(), amount.currency(),
                rules.defenderCapWindowStart(now));
        rules.requireWithinDefenderCap(new Money(received, amount.currency()), amount);
    }

    private static String commentOfLatestApproval(Grant grant) {
        return grant.approvals().get(grant.approvals().size() - 1).comment;
    }

    @Transactional
    GrantView cancel(UUID id, String reason) {
        Grant grant = grants.lock(id);
        Actor actor = currentActor.get();
        GrantStatus before = grant.status();
        grant.cancel(reason.trim(), clock.instant());
        FundRef fund = funds.release(grant.fundId(), grant.amount());
        audit.record(AuditEvent.of(actor, AuditAction.GRANT_CANCELLED, GrantService.ENTITY, id)
                .inCase(grant.requestId()).because(reason.trim())
                .with(Changes.none().field("status", before, grant.status())
                        .field("fundCommitted", fund.committed().plus(grant.amount()), fund.committed())));
        return grants.view(grant);
    }
}
