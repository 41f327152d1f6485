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
import org.haven.organisation.OrganisationService;
import org.haven.request.Requests;
import org.haven.shared.error.Refusal;
import org.haven.shared.money.Money;
import org.haven.shared.security.Actor;
import org.haven.shared.security.CurrentActor;

/**
 * Decisions on grants. {@link Grant#decide} alone says whether a decision is recorded, final or
 * refused; this service locks, applies what a final approval changes elsewhere, and audits. Locks
 * are always taken in one order — grant row, beneficiary cap, fund row, audit chain — so concurrent
 * decisions queue instead of deadlocking.
 */
@ApplicationScoped
public class GrantDecisionService {

    private final GrantService grants;
    private final GrantRepository repository;
    private final GrantRules rules;
    private final FundService funds;
    private final Requests requests;
    private final OrganisationService organisations;
    private final GrantAnnouncements announcements;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final Clock clock;

    GrantDecisionService(GrantService grants, GrantRepository repository, GrantRules rules, FundService funds,
            Requests requests, OrganisationService organisations, GrantAnnouncements announcements,
            CurrentActor currentActor, AuditLog audit, Clock clock) {
        this.grants = grants;
        this.repository = repository;
        this.rules = rules;
        this.funds = funds;
        this.requests = requests;
        this.organisations = organisations;
        this.announcements = announcements;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    GrantView decide(UUID id, DecideOnGrant command) {
        return decide(grants.lock(id), command); // 1. the grant row
    }

    /**
     * A decision taken on the grant as the decider saw it at {@code expectedVersion} (the console's form):
     * if it changed since (another approval, a withdrawal), nothing is decided ({@code stale-version}).
     */
    @Transactional
    public GrantView decide(UUID id, long expectedVersion, DecideOnGrant command) {
        Grant grant = grants.lock(id); // 1. the grant row
        if (grant.version() != expectedVersion) {
            throw Refusal.stale();
        }
        return decide(grant, command);
    }

    private GrantView decide(Grant grant, DecideOnGrant command) {
        Actor actor = currentActor.get();
        Instant now = clock.instant();
        Before before = Before.of(grant);
        Grant.Outcome outcome;
        try {
            outcome = grant.decide(actor, command.decision(), command.comment(), command.dueDiligence(),
                    g -> requireFinalApprovalChecks(g, now), now); // 2. the beneficiary cap, at a final approval
        } catch (FourEyesViolation refused) {
            audit.recordRefusal(event(actor, AuditAction.GRANT_DECISION_REFUSED, grant)
                    .because(refused.auditReason()));
            throw refused;
        }
        if (outcome == Grant.Outcome.APPROVAL_RECORDED) {
            announcements.awaitingApproval(grant);
        } else {
            announcements.decided(grant, actor);
        }
        switch (outcome) {
            case REJECTED -> audit.record(event(actor, AuditAction.GRANT_REJECTED, grant)
                    .because(grant.decisionReason())
                    .with(Changes.none().field("status", before.status, grant.status())));
            case APPROVAL_RECORDED -> audit.record(event(actor, AuditAction.GRANT_APPROVAL_RECORDED, grant)
                    .because(commentOfLatestApproval(grant)).with(before.approvalChanges(grant)));
            case APPROVED -> {
                FundRef fund = funds.commit(grant.fundId(), grant.amount()); // 3. the fund row
                // Every row changes before the audit append takes the chain lock (4., see the class doc).
                if (grant.beneficiaryKind() == BeneficiaryKind.DEFENDER) {
                    requests.supportedByGrant(grant.requestId(), grant.reference(), actor);
                }
                audit.record(event(actor, AuditAction.GRANT_APPROVED, grant).because(grant.decisionReason())
                        .with(before.approvalChanges(grant).field("status", before.status, grant.status())
                                .field("fundCommitted", fund.committed().minus(grant.amount()), fund.committed())));
            }
        }
        return grants.view(grant);
    }

    /** The grant as it was before a decision, for the audit entry's before/after values. */
    private record Before(GrantStatus status, int approvals, Boolean sanctionsScreened, Boolean fundedElsewhere) {

        static Before of(Grant grant) {
            return new Before(grant.status(), grant.approvals().size(), grant.sanctionsScreened(),
                    grant.fundedElsewhere());
        }

        /** An approval adds one approval and may record the due diligence. */
        Changes approvalChanges(Grant grant) {
            return Changes.none().field("sanctionsScreened", sanctionsScreened, grant.sanctionsScreened())
                    .field("fundedElsewhere", fundedElsewhere, grant.fundedElsewhere())
                    .field("approvals", approvals, grant.approvals().size());
        }
    }

    private static AuditEvent event(Actor actor, AuditAction action, Grant grant) {
        return AuditEvent.of(actor, action, GrantService.ENTITY, grant.id()).inCase(grant.requestId());
    }

    /**
     * At the final approval, asked by the grant: every organisation supported or paid is vetted, and the
     * caps hold. The per-beneficiary lock is the 2nd lock (class doc).
     */
    private void requireFinalApprovalChecks(Grant grant, Instant now) {
        if (grant.organisationId() != null) {
            PayeeRules.requireVetted(organisations.requireActive(grant.organisationId(), "organisationId"),
                    "organisationId");
        }
        if (grant.payeeOrganisationId() != null) {
            PayeeRules.requireVetted(organisations.requireActive(grant.payeeOrganisationId(), "payeeOrganisationId"),
                    "payeeOrganisationId");
        }
        Money amount = grant.amount();
        rules.requireWithinGrantCap(amount);
        repository.lockBeneficiaryCap(grant.beneficiaryId());
        rules.requireWithinBeneficiaryCap(grant.beneficiaryKind(), grants.capUse(grant, now).receivedInWindow(),
                amount);
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
