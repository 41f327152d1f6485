package org.haven.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditEvent;
import org.haven.audit.AuditLog;
import org.haven.audit.Changes;
import org.haven.defender.DefenderErased;
import org.haven.defender.DefenderService;
import org.haven.protection.SensitiveVault;
import org.haven.request.RequestRef;
import org.haven.request.Requests;
import org.haven.shared.error.Refusal;
import org.haven.shared.paging.Page;
import org.haven.shared.paging.PageRequest;
import org.haven.shared.security.Actor;
import org.haven.shared.security.CurrentActor;

/** Planning, completing, cancelling and missing follow-ups; every change audited. */
@ApplicationScoped
public class FollowUpService {

    static final String ENTITY = "follow-up";
    static final Actor SYSTEM = new Actor("system:follow-up-scheduler", "Haven scheduler", List.of());

    private final FollowUpRepository followUps;
    private final SensitiveVault vault;
    private final Requests requests;
    private final DefenderService defenders;
    private final FollowUpConfig config;
    private final Event<FollowUpMissed> misses;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final Clock clock;

    FollowUpService(FollowUpRepository followUps, SensitiveVault vault, Requests requests,
            DefenderService defenders, FollowUpConfig config, Event<FollowUpMissed> misses, CurrentActor currentActor,
            AuditLog audit, Clock clock) {
        this.followUps = followUps;
        this.vault = vault;
        this.requests = requests;
        this.defenders = defenders;
        this.config = config;
        this.misses = misses;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    @Transactional
    public FollowUpView plan(PlanFollowUp command) {
        RequestRef request = requests.requireOpenToFollowUps(command.requestId(), "requestId");
        String officer = command.assignedOfficer() == null ? request.assignedOfficer() : command.assignedOfficer();
        FollowUp planned = planFor(about(request), null, command.type(), command.dueOn(), officer,
                currentActor.get());
        return FollowUpView.of(planned, today());
    }

    /**
     * Called in the transaction of a grant payment: every payment plans a financial report, the first
     * also a check-in, at the configured offsets from the payment date.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void planAfterDisbursement(UUID grantId, UUID requestId, LocalDate paidOn, boolean firstPayment,
            Actor actor) {
        RequestRef request = requests.find(requestId);
        for (FollowUp.Due due : FollowUp.plannedAfterPayment(paidOn, firstPayment, config.checkInAfter(),
                config.financialReportAfter())) {
            planFor(about(request), grantId, due.type(), due.dueOn(), request.assignedOfficer(), actor);
        }
    }

    /**
     * As {@link #planAfterDisbursement}, for a grant without a case (to an organisation or an activity):
     * the follow-ups belong to the grant's team, are assigned to the officer who proposed it, and their
     * notes are sealed with the beneficiary's data key.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void planAfterDisbursementWithoutCase(UUID grantId, UUID beneficiaryId, String team, String officer,
            LocalDate paidOn, boolean firstPayment, Actor actor) {
        for (FollowUp.Due due : FollowUp.plannedAfterPayment(paidOn, firstPayment, config.checkInAfter(),
                config.financialReportAfter())) {
            planFor(FollowUp.About.grantWithoutCase(beneficiaryId, team), grantId, due.type(), due.dueOn(), officer,
                    actor);
        }
    }

    /** Financial reports of a grant that are DONE (tranche gating and closure use it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public long financialReportsDone(UUID grantId) {
        return followUps.countByGrant(grantId, FollowUpType.FINANCIAL_REPORT, FollowUpStatus.DONE);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public long financialReportsPlanned(UUID grantId) {
        return followUps.countByGrant(grantId, FollowUpType.FINANCIAL_REPORT, FollowUpStatus.PLANNED);
    }

    long plannedFor(UUID requestId) {
        return followUps.countByRequestAndStatus(requestId, FollowUpStatus.PLANNED);
    }

    /** The follow-ups of one request, earliest due first, as {@code GET /follow-ups?requestId=} lists them. */
    @Transactional
    public Page<FollowUpView> ofRequest(UUID requestId, PageRequest page) {
        return list(new FollowUpRepository.Filter(null, null, null, requestId, null, null), page);
    }

    @Transactional
    public FollowUpView complete(UUID id, RecordOutcome command) {
        FollowUp followUp = lock(id);
        Actor actor = currentActor.get();
        Instant now = clock.instant();
        followUp.complete(command.completedAt(), command.outcome(),
                vault.seal(followUp.holderId(), "followUp.notes", command.notes()), command.newRiskLevel(), now);
        if (command.newRiskLevel() != null) {
            // the defender's row changes before any audit append takes the chain lock
            defenders.changeRiskLevel(followUp.defenderId(), command.newRiskLevel(),
                    "Follow-up outcome " + command.outcome(), actor);
        }
        audit.record(AuditEvent.of(actor, AuditAction.FOLLOW_UP_COMPLETED, ENTITY, id).inCase(followUp.requestId())
                .with(Changes.none().field("status", FollowUpStatus.PLANNED, followUp.status())
                        .field("outcome", null, followUp.outcome())
                        .field("completedAt", null, followUp.completedAt())
                        .field("newRiskLevel", null, followUp.newRiskLevel())
                        .sensitive("notes", null, command.notes())));
        if (command.nextFollowUp() != null) {
            planFor(followUp.about(), followUp.grantId(), command.nextFollowUp().type(),
                    command.nextFollowUp().dueOn(), followUp.assignedOfficer(), actor);
        }
        return FollowUpView.of(followUp, today());
    }

    @Transactional
    FollowUpView cancel(UUID id, String reason) {
        FollowUp followUp = lock(id);
        Actor actor = currentActor.get();
        followUp.cancel(reason, clock.instant());
        audit.record(AuditEvent.of(actor, AuditAction.FOLLOW_UP_CANCELLED, ENTITY, id).inCase(followUp.requestId())
                .because(followUp.statusReason())
                .with(Changes.none().field("status", FollowUpStatus.PLANNED, followUp.status())));
        return FollowUpView.of(followUp, today());
    }

    /**
     * Marks PLANNED follow-ups past the grace period MISSED, audited as the system. Only one replica
     * runs it at a time (advisory lock); the others skip this round. Returns how many were marked.
     */
    @Transactional
    int markMissed() {
        if (!followUps.tryLockMissedJob()) {
            return 0;
        }
        LocalDate cutoff = FollowUp.missedIfDueBefore(today(), config.missedAfter());
        Instant now = clock.instant();
        int marked = 0;
        for (FollowUp followUp : followUps.plannedDueBefore(cutoff, 500)) {
            followUp.markMissed(now);
            misses.fire(new FollowUpMissed(followUp.id(), followUp.requestId(), followUp.grantId(),
                    followUp.team(), followUp.assignedOfficer()));
            audit.record(AuditEvent.of(SYSTEM, AuditAction.FOLLOW_UP_MISSED, ENTITY, followUp.id())
                    .inCase(followUp.requestId())
                    .with(Changes.none().field("status", FollowUpStatus.PLANNED, followUp.status())
                            .field("dueOn", null, followUp.dueOn())));
            marked++;
        }
        return marked;
    }

    @Transactional
    public FollowUpView get(UUID id) {
        return FollowUpView.of(find(id), today());
    }

    record VersionedNotes(String notes, long version) {
    }

    /** Every read of the notes is recorded, with its reason. */
    @Transactional
    VersionedNotes notes(UUID id, String reason) {
        FollowUp followUp = find(id);
        audit.record(AuditEvent.of(currentActor.get(), AuditAction.FOLLOW_UP_NOTES_VIEWED, ENTITY, id)
                .inCase(followUp.requestId()).because(reason));
        return new VersionedNotes(vault.open(followUp.holderId(), "followUp.notes", followUp.notes()),
                followUp.version());
    }

    @Transactional
    Page<FollowUpView> list(FollowUpRepository.Filter filter, PageRequest page) {
        LocalDate today = today();
        return followUps.search(filter, currentActor.scope(), today, page).map(f -> FollowUpView.of(f, today));
    }

    /**
     * The work queue as {@code GET /follow-ups?status=PLANNED} serves it, for the web console: what is
     * still to do in the caller's need-to-know scope, earliest due date (so the overdue) first.
     */
    @Transactional
    public Page<FollowUpView> queue(PageRequest page) {
        return list(new FollowUpRepository.Filter(FollowUpStatus.PLANNED, null, null, null, null, null), page);
    }

    /** Blanks an erased defender's follow-up notes (already unreadable) in the erasing transaction. */
    void onErasure(@Observes DefenderErased erased) {
        followUps.list("defenderId", erased.defenderId()).forEach(f -> f.eraseIdentifyingText(clock.instant()));
    }

    private static FollowUp.About about(RequestRef request) {
        return FollowUp.About.theCase(request.id(), request.defenderId(), request.team());
    }

    private FollowUp planFor(FollowUp.About about, UUID grantId, FollowUpType type, LocalDate dueOn, String officer,
            Actor actor) {
        FollowUp followUp = FollowUp.plan(about, grantId, type, dueOn, officer, actor, clock.instant());
        followUps.persist(followUp);
        audit.record(AuditEvent.of(actor, AuditAction.FOLLOW_UP_PLANNED, ENTITY, followUp.id())
                .inCase(about.requestId())
                .with(Changes.none().field("type", null, type).field("dueOn", null, dueOn)
                        .field("assignedOfficer", null, officer).field("grantId", null, grantId)
                        .field("status", null, followUp.status())));
        return followUp;
    }

    private FollowUp lock(UUID id) {
        FollowUp followUp = followUps.lock(id);
        if (followUp == null || !currentActor.scope().sees(followUp.team(), followUp.assignedOfficer())) {
            throw Refusal.notFound("Follow-up");
        }
        return followUp;
    }

    private FollowUp find(UUID id) {
        FollowUp followUp = followUps.findById(id);
        if (followUp == null || !currentActor.scope().sees(followUp.team(), followUp.assignedOfficer())) {
            throw Refusal.notFound("Follow-up");
        }
        return followUp;
    }
}
