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
import org.haven.fund.FundService;
import org.haven.followup.FollowUpService;
import org.haven.shared.security.Actor;
import org.haven.shared.security.CurrentActor;

/** Paying grants out in tranches, and closing them once fully paid. */
@ApplicationScoped
class DisbursementService {

    private final GrantService grants;
    private final DisbursementRepository disbursements;
    private final FundService funds;
    private final FollowUpService followUps;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final Clock clock;

    DisbursementService(GrantService grants, DisbursementRepository disbursements, FundService funds,
            FollowUpService followUps, CurrentActor currentActor, AuditLog audit,
            Clock clock) {
        this.grants = grants;
        this.disbursements = disbursements;
        this.funds = funds;
        this.followUps = followUps;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    GrantView disburse(UUID grantId, RecordDisbursement command) {
        Actor actor = currentActor.get();
        Grant grant = grants.lock(grantId);
        var before = grant.disbursed();
        int paidSoFar = disbursements.ofGrant(grantId).size();
        Instant now = clock.instant();
        grant.disburse(command.amount(), paidSoFar, followUps.financialReportsDone(grantId), now);
        int tranche = paidSoFar + 1;
        Disbursement disbursement = new Disbursement(grantId, tranche, command.amount(), command.paidOn(),
                command.method(), command.reference().trim(), actor.subject(), now);
        disbursements.persist(disbursement);
        funds.disburse(grant.fundId(), command.amount());
        audit.record(AuditEvent.of(actor, AuditAction.GRANT_DISBURSED, GrantService.ENTITY, grantId)
                .inCase(grant.requestId())
                .with(Changes.none().field("trancheNumber", null, tranche)
                        .field("amount", null, disbursement.amount())
                        .field("paidOn", null, command.paidOn())
                        .field("method", null, command.method())
                        .field("disbursed", before, grant.disbursed())));
        if (grant.requestId() != null) {
            followUps.planAfterDisbursement(grantId, grant.requestId(), command.paidOn(), tranche == 1, actor);
        } else {
            followUps.planAfterDisbursementWithoutCase(grantId, grant.beneficiaryId(), grant.team(),
                    grant.proposedBy(), command.paidOn(), tranche == 1, actor);
        }
        disbursements.flush();
        return grants.view(grant);
    }

    @Transactional
    GrantView close(UUID grantId) {
        Grant grant = grants.lock(grantId);
        Actor actor = currentActor.get();
        GrantStatus before = grant.status();
        grant.close(followUps.financialReportsDone(grantId), followUps.financialReportsPlanned(grantId),
                clock.instant());
        audit.record(AuditEvent.of(actor, AuditAction.GRANT_CLOSED, GrantService.ENTITY, grantId)
                .inCase(grant.requestId()).with(Changes.none().field("status", before, grant.status())));
        return grants.view(grant);
    }
}
