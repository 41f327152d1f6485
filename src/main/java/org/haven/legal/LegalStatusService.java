package org.haven.legal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditEvent;
import org.haven.audit.AuditLog;
import org.haven.audit.Changes;
import org.haven.defender.DefenderErased;
import org.haven.defender.DefenderService;
import org.haven.defender.DefenderStatus;
import org.haven.defender.DefenderView;
import org.haven.protection.SensitiveVault;
import org.haven.request.AssistanceType;
import org.haven.request.RequestStatus;
import org.haven.request.RequestSummary;
import org.haven.request.Requests;
import org.haven.request.Urgency;
import org.haven.shared.error.Refusal;
import org.haven.shared.paging.PageRequest;
import org.haven.shared.security.Actor;
import org.haven.shared.security.CurrentActor;

/**
 * A defender's legal-status timeline: recording and retracting events, reading it with the situation and
 * deadlines it gives, and its notes. Every change is audited; the defender must be visible to the caller
 * (need-to-know: 404 otherwise). Public for the console, which calls the same methods as the API.
 */
@ApplicationScoped
public class LegalStatusService {

    static final String NOTE_FIELD = "legalEvent.note";
    /** How far back and ahead a timeline date may lie. */
    static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);
    static final int MAX_YEARS_AHEAD = 10;
    /** The most events one defender's timeline holds (retracted included); the API publishes it as a bound. */
    public static final int MAX_EVENTS = 500;
    private static final Set<RequestStatus> OPEN = EnumSet.of(RequestStatus.RECEIVED, RequestStatus.IN_ASSESSMENT,
            RequestStatus.SUPPORTED);

    private final LegalEventRepository events;
    private final ForcedReturnFlagging flagging;
    private final DefenderService defenders;
    private final Requests requests;
    private final SensitiveVault vault;
    private final LegalConfig config;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final Clock clock;

    LegalStatusService(LegalEventRepository events, ForcedReturnFlagging flagging, DefenderService defenders,
            Requests requests, SensitiveVault vault, LegalConfig config, CurrentActor currentActor, AuditLog audit,
            Clock clock) {
        this.events = events;
        this.flagging = flagging;
        this.defenders = defenders;
        this.requests = requests;
        this.vault = vault;
        this.config = config;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    /** The timeline with what it adds up to today. */
    @Transactional
    public LegalStatusView status(UUID defenderId) {
        DefenderView defender = defenders.get(defenderId);
        List<LegalEvent> timeline = events.ofDefender(defenderId);
        LegalTimeline rules = new LegalTimeline(timeline.stream().map(LegalEvent::entry).toList());
        LocalDate today = flagging.today();
        LocalDate horizon = today.plus(config.warningWindow());
        var deadlines = rules.openDeadlines().stream().map(d -> new LegalStatusView.DeadlineView(d.eventId(), d.kind(),
                d.on(), ChronoUnit.DAYS.between(today, d.on()), !d.on().isAfter(horizon))).toList();
        boolean atRisk = defender.status() == DefenderStatus.ACTIVE
                && rules.atRiskOfForcedReturn(today, config.warningWindow());
        LegalStatusView.ProposedRequest proposal = null;
        if (atRisk && !hasOpenLegalAidRequest(defenderId)) {
            LegalTimeline.Deadline first = rules.pressingDeadlines(today, config.warningWindow()).get(0);
            proposal = new LegalStatusView.ProposedRequest(defenderId, EnumSet.of(AssistanceType.LEGAL),
                    Urgency.IMMEDIATE, "Legal aid against forced return: " + first.kind() + " on " + first.on());
        }
        int windowDays = (int) ChronoUnit.DAYS.between(today, horizon);
        return new LegalStatusView(defenderId, defender.reference(), rules.situation(today), atRisk, windowDays,
                deadlines, timeline.stream().map(LegalEventView::of).toList(), proposal);
    }

    private boolean hasOpenLegalAidRequest(UUID defenderId) {
        int page = 0;
        while (true) {
            var found = requests.ofDefender(defenderId, new PageRequest(page, 100));
            for (RequestSummary r : found.items()) {
                if (OPEN.contains(r.status()) && r.assistanceTypes().contains(AssistanceType.LEGAL)) {
                    return true;
                }
            }
            if ((long) (page + 1) * 100 >= found.totalItems()) {
                return false;
            }
            page++;
        }
    }

    @Transactional
    public LegalEventView record(UUID defenderId, RecordLegalEvent command) {
        DefenderView defender = requireActive(defenderId);
        requirePlausibleDate(command.kind(), command.occurredOn());
        if (events.count("defenderId", defenderId) >= MAX_EVENTS) {
            throw Refusal.conflict("timeline-full", "This defender's timeline already holds the most events it can ("
                    + MAX_EVENTS + ").");
        }
        Actor actor = currentActor.get();
        String hostCountry = command.hostCountry() != null ? command.hostCountry() : defender.currentCountry();
        String note = command.note() == null || command.note().isBlank() ? null : command.note();
        LegalEvent event = LegalEvent.record(defenderId, defender.team(), command.kind(), command.occurredOn(),
                hostCountry, vault.seal(defenderId, NOTE_FIELD, note), events.nextSeq(), actor, clock.instant());
        events.persist(event);
        events.flush();
        List<AuditEvent> flags = flagging.reconcile(defenderId, actor);
        audit.record(AuditEvent.of(actor, AuditAction.LEGAL_EVENT_RECORDED, ForcedReturnFlagging.ENTITY, event.id())
                .with(Changes.none().field("defenderId", null, defenderId).field("kind", null, event.kind())
                        .field("occurredOn", null, event.occurredOn())
                        .sensitive("hostCountry", null, event.hostCountry()).sensitive("note", null, note)));
        flags.forEach(audit::record);
        return LegalEventView.of(event);
    }

    @Transactional
    public LegalEventView retract(UUID eventId, String reason) {
        LegalEvent event = find(eventId);
        UUID defenderId = event.defenderId();
        requireActive(defenderId);
        Actor actor = currentActor.get();
        event.retract(reason, actor, clock.instant());
        events.flush();
        List<AuditEvent> flags = flagging.reconcile(defenderId, actor);
        audit.record(AuditEvent.of(actor, AuditAction.LEGAL_EVENT_RETRACTED, ForcedReturnFlagging.ENTITY, eventId)
                .because(event.retractionReason())
                .with(Changes.none().field("defenderId", null, defenderId).field("retracted", false, true)));
        flags.forEach(audit::record);
        return LegalEventView.of(event);
    }

    /** Every read of a note is recorded, with its reason; 410 once the defender is erased. */
    @Transactional
    public String note(UUID eventId, String reason) {
        LegalEvent event = find(eventId);
        UUID defenderId = event.defenderId();
        DefenderView defender = defenders.get(defenderId);
        if (defender.status() == DefenderStatus.ERASED) {
            throw Refusal.gone("data-erased", "This defender's personal data was erased; it cannot be recovered.");
        }
        audit.record(AuditEvent.of(currentActor.get(), AuditAction.LEGAL_EVENT_NOTE_VIEWED,
                ForcedReturnFlagging.ENTITY, eventId).because(reason));
        return vault.open(defenderId, NOTE_FIELD, event.note());
    }

    /**
     * Blanks an erased defender's notes (already unreadable) and host countries, covered by the erasure's own
     * audit entry, and resolves their open flags, each audited as resolved (nothing about the person in them).
     */
    void onErasure(@Observes DefenderErased erased) {
        events.ofDefender(erased.defenderId()).forEach(LegalEvent::eraseIdentifyingData);
        events.flush();
        flagging.reconcile(erased.defenderId(), erased.actor()).forEach(audit::record);
    }

    private DefenderView requireActive(UUID defenderId) {
        DefenderView defender = defenders.get(defenderId);
        if (defender.status() != DefenderStatus.ACTIVE) {
            throw Refusal.conflict("defender-not-active",
                    "The defender is " + defender.status() + "; only ACTIVE defenders' timelines change.");
        }
        return defender;
    }

    private void requirePlausibleDate(LegalEventKind kind, LocalDate on) {
        LocalDate today = flagging.today();
        if (on.isBefore(EARLIEST)) {
            throw Refusal.rule("validation-failed", "occurredOn", "must not be before " + EARLIEST);
        }
        if (on.isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
            throw Refusal.rule("validation-failed", "occurredOn",
                    "must not be more than " + MAX_YEARS_AHEAD + " years ahead");
        }
        if (!kind.datedAhead() && on.isAfter(today)) {
            throw Refusal.rule("validation-failed", "occurredOn", "must not be in the future for " + kind);
        }
    }

    /** The event if its defender is visible to the caller (need-to-know), else 404 as if it did not exist. */
    private LegalEvent find(UUID eventId) {
        LegalEvent event = events.findById(eventId);
        if (event == null) {
            throw Refusal.notFound("Legal event");
        }
        try {
            defenders.get(event.defenderId());
        } catch (Refusal notVisible) {
            throw Refusal.notFound("Legal event");
        }
        return event;
    }
}
