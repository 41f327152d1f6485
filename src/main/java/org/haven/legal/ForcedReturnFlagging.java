package org.haven.legal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditEvent;
import org.haven.audit.AuditLog;
import org.haven.audit.Changes;
import org.haven.defender.DefenderService;
import org.haven.shared.security.Actor;

/**
 * Flags and un-flags defenders at risk of forced return, the same way whoever triggers it: an officer recording
 * or retracting an event, or the scheduled scan. Coordinated in PostgreSQL only: a flag is a row keyed by its
 * deadline event, inserted with "on conflict do nothing", so of two replicas only the one that inserted it raises
 * the risk, audits and fires {@link ForcedReturnRiskFlagged}.
 */
@ApplicationScoped
class ForcedReturnFlagging {

    static final String ENTITY = "legal-event";
    static final Actor SYSTEM = new Actor("system:forced-return-scan", "Haven scheduler", List.of());
    /** How many defenders one scan looks at; the next run takes the rest (answered deadlines in the range count too). */
    static final int SCAN_BATCH = 1000;

    private final LegalEventRepository events;
    private final ForcedReturnFlagRepository flags;
    private final DefenderService defenders;
    private final Event<ForcedReturnRiskFlagged> flagged;
    private final LegalConfig config;
    private final AuditLog audit;
    private final Clock clock;

    ForcedReturnFlagging(LegalEventRepository events, ForcedReturnFlagRepository flags, DefenderService defenders,
            Event<ForcedReturnRiskFlagged> flagged, LegalConfig config, AuditLog audit, Clock clock) {
        this.events = events;
        this.flags = flags;
        this.defenders = defenders;
        this.flagged = flagged;
        this.config = config;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    LegalTimeline timelineOf(UUID defenderId) {
        return new LegalTimeline(events.ofDefender(defenderId).stream().map(LegalEvent::entry).toList());
    }

    /**
     * Brings the defender's flags in line with their timeline: a flag for every pressing deadline, none for the
     * others. Writes rows (flags, the defender's risk) and fires the events now; returns the audit entries for the
     * caller to record after its own (rows first, then the audit chain's lock: docs/operations.md).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    List<AuditEvent> reconcile(UUID defenderId, Actor actor) {
        LegalEventRepository.DefenderFacts defender = events.defenderFacts(defenderId);
        Instant now = clock.instant();
        List<AuditEvent> entries = new ArrayList<>();
        List<LegalTimeline.Deadline> pressing = defender.active()
                ? timelineOf(defenderId).pressingDeadlines(today(), config.warningWindow())
                : List.of();
        Set<UUID> pressingIds = pressing.stream().map(LegalTimeline.Deadline::eventId).collect(Collectors.toSet());
        for (UUID resolved : flags.resolveAllBut(defenderId, pressingIds, now)) {
            entries.add(AuditEvent.of(actor, AuditAction.FORCED_RETURN_FLAG_RESOLVED, ENTITY, resolved)
                    .with(Changes.none().field("defenderId", null, defenderId).field("flag", "OPEN", "RESOLVED")));
        }
        LegalTimeline.Deadline first = null;
        for (LegalTimeline.Deadline d : pressing) {
            boolean newly = flags.insertIfAbsent(d.eventId(), defenderId, defender.team(), d.on(), d.kind(), now) == 1
                    || flags.reopen(d.eventId(), now) == 1;
            if (newly) {
                flagged.fire(new ForcedReturnRiskFlagged(defenderId, defender.reference(), defender.team(), d.on(),
                        d.kind().name()));
                entries.add(AuditEvent.of(actor, AuditAction.FORCED_RETURN_FLAGGED, ENTITY, d.eventId())
                        .with(Changes.none().field("defenderId", null, defenderId).field("deadline", null, d.on())
                                .field("deadlineKind", null, d.kind()).field("flag", null, "OPEN")));
                first = first == null ? d : first;
            }
        }
        if (first != null && defender.riskLevel().compareTo(config.raiseRiskTo()) < 0) {
            // audited by the registry as the defender's change, before this feature's own entries
            defenders.changeRiskLevel(defenderId, config.raiseRiskTo(),
                    "At risk of forced return: " + first.kind() + " on " + first.on(), actor);
        }
        return entries;
    }

    /**
     * The scheduled scan: defenders whose deadline has entered the warning window since the last run. Only one
     * replica scans at a time (advisory lock, released at commit); the flags' key makes it idempotent even if
     * two did. Returns how many defenders it looked at.
     */
    @Transactional
    int scan() {
        if (!events.tryLockDeadlineScan()) {
            return 0;
        }
        LocalDate today = today();
        List<UUID> due = events.defendersWithUnflaggedDeadlines(today.minus(config.warningWindow()),
                today.plus(config.warningWindow()), SCAN_BATCH);
        List<AuditEvent> entries = new ArrayList<>();
        for (UUID defenderId : due) {
            entries.addAll(reconcile(defenderId, SYSTEM));
        }
        entries.forEach(audit::record);
        return due.size();
    }
}
