package org.haven.grant;

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
import org.haven.request.Requests;
import org.haven.shared.error.Refusal;
import org.haven.shared.security.Actor;
import org.haven.shared.security.CurrentActor;

/**
 * Decisions on grants with four eyes. Locks are always taken in one order — grant row, defender
 * cap, fund row, audit chain — so concurrent decisions queue instead of deadlocking.
 */
@ApplicationScoped
class GrantDecisionService {

    private final GrantService grants;
    private final GrantRules rules;
    private final FundService funds;
    private final Requests requests;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final Clock clock;

    GrantDecisionService(GrantService grants, GrantRules rules, FundService funds, Requests requests,
            CurrentActor currentActor, AuditLog audit, Clock clock) {
        this.grants = grants;
        this.rules = rules;
        this.funds = funds;
        this.requests = requests;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    GrantView decide(UUID id, DecideOnGrant command) {
        Grant grant = grants.lock(id);
        Actor actor = currentActor.get();
        if (grant.proposedBy(actor)) {
            audit.recordRefusal(AuditEvent.of(actor, AuditAction.GRANT_DECISION_REFUSED, GrantService.ENTITY, id)
                    .inCase(grant.requestId())
                    .because("The proposer may not decide on their own proposal (attempted " + command.decision() + ")"));
            throw Refusal.forbidden("own-proposal",
                    "You proposed this grant; another programme manager must decide on it.");
        }
        String comment = command.comment() == null || command.comment().isBlank() ? null : command.comment().trim();
        return command.decision() == Decision.REJECT ? reject(grant, comment, actor)
                : approve(grant, comment, command.dueDiligence(), actor);
    }

    private GrantView reject(Grant grant, String comment, Actor actor) {
        if (comment == null) {
            throw Refusal.rule("comment-required", "comment", "a rejection needs a comment");
        }
        GrantStatus before = grant.status();
        grant.reject(comment, clock.instant());
        audit.record(AuditEvent.of(actor, AuditAction.GRANT_REJECTED, GrantService.ENTITY, grant.id())
                .inCase(grant.requestId()).because(comment)
                .with(Changes.none().field("status", before, grant.status())));
        return grants.view(grant);
    }

    private GrantView approve(Grant grant, String comment, DueDiligence dueDiligence, Actor actor) {
        grant.requireProposed();
        if (grant.approvedBy(actor)) {
            audit.recordRefusal(AuditEvent.of(actor, AuditAction.GRANT_DECISION_REFUSED, GrantService.ENTITY,
                    grant.id()).inCase(grant.requestId())
                    .because("The same manager may not give both approvals of a grant above the threshold"));
            throw Refusal.forbidden("second-approver-must-differ",
                    "You already approved this grant; the second approval must come from another programme manager.");
        }
        Changes changes = Changes.none();
        if (dueDiligence != null) {
            changes.field("sanctionsScreened", grant.sanctionsScreened(), dueDiligence.sanctionsScreened())
                    .field("fundedElsewhere", grant.fundedElsewhere(), dueDiligence.fundedElsewhere());
            grant.recordDueDiligence(dueDiligence, actor);
        }
        Instant now = clock.instant();
        if (!grant.nextApprovalIsFinal()) {
            if (comment == null) {
                throw Refusal.rule("comment-required", "comment",
                        "an approval of a grant above the two-manager threshold needs a comment");
            }
            grant.approve(actor, comment, now);
            audit.record(AuditEvent.of(actor, AuditAction.GRANT_APPROVAL_RECORDED, GrantService.ENTITY, grant.id())
                    .inCase(grant.requestId()).because(comment)
                    .with(changes.field("approvals", 0, grant.approvals().size())));
            return grants.view(grant);
        }
        if (grant.approvalsRequired() > 1 && comment == null) {
            throw Refusal.rule("comment-required", "comment",
                    "an approval of a grant above the two-manager threshold needs a comment");
        }
        rules.requireWithinGrantCap(grant.amount());
        rules.requireWithinDefenderCap(grant.defenderId(), grant.amount());
        GrantStatus before = grant.status();
        grant.approve(actor, comment, now);
        FundRef fund = funds.commit(grant.fundId(), grant.amount());
        // Every row changes before the first audit append takes the chain lock (lock order, see class doc).
        requests.supportedByGrant(grant.requestId(), grant.reference(), actor);
        audit.record(AuditEvent.of(actor, AuditAction.GRANT_APPROVED, GrantService.ENTITY, grant.id())
                .inCase(grant.requestId()).because(comment)
                .with(changes.field("status", before, grant.status())
                        .field("approvals", grant.approvals().size() - 1, grant.approvals().size())
                        .field("fundCommitted", fund.committed().minus(grant.amount()), fund.committed())));
        return grants.view(grant);
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
