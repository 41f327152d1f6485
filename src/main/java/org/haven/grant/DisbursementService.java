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
import org.haven.shared.idempotency.IdempotencyStore;
import org.haven.shared.idempotency.IdempotencyStore.StoredResponse;
import org.haven.shared.security.Actor;
import org.haven.shared.security.CurrentActor;
import org.haven.shared.web.ETags;

/** Paying grants out in tranches, and closing them once fully paid. */
@ApplicationScoped
class DisbursementService {

    private final GrantService grants;
    private final DisbursementRepository disbursements;
    private final FundService funds;
    private final FollowUpService followUps;
    private final IdempotencyStore idempotency;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final Clock clock;

    DisbursementService(GrantService grants, DisbursementRepository disbursements, FundService funds,
            FollowUpService followUps, IdempotencyStore idempotency, CurrentActor currentActor, AuditLog audit,
            Clock clock) {
        this.grants = grants;
        this.disbursements = disbursements;
        this.funds = funds;
        this.followUps = followUps;
        this.idempotency = idempotency;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    /** A fresh result, or the stored response of an earlier attempt with the same Idempotency-Key. */
    record Recorded(GrantView view, StoredResponse replay) {
    }

    @Transactional
    Recorded disburse(UUID grantId, RecordDisbursement command, String idempotencyKey) {
        Actor actor = currentActor.get();
        String scope = "POST /grants/" + grantId + "/disbursements|" + actor.subject();
        if (idempotencyKey != null) {
            var earlier = idempotency.claim(scope, idempotencyKey, idempotency.fingerprint(command));
            if (earlier.isPresent()) {
                return new Recorded(null, earlier.get());
            }
        }
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
        followUps.planAfterDisbursement(grantId, grant.requestId(), command.paidOn(), tranche == 1, actor);
        disbursements.flush();
        GrantView view = grants.view(grant);
        if (idempotencyKey != null) {
            idempotency.complete(scope, idempotencyKey, new StoredResponse(201, idempotency.toJson(view),
                    grantId.toString(), ETags.of(view.version())));
        }
        return new Recorded(view, null);
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
