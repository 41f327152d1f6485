package org.haven.legal;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The rules of a defender's legal-status timeline, in one place and without the database (docs/legal-status.md):
 * which situation the events add up to, which deadlines are still open, and when the defender is at risk of
 * forced return. Retracted events take no part in any rule.
 */
final class LegalTimeline {

    /** One event as the rules see it. {@code recordedOn} is the day it was entered, {@code seq} its order. */
    record Entry(UUID id, LegalEventKind kind, LocalDate on, LocalDate recordedOn, long seq, boolean retracted) {

        /**
         * From when the event counts for the situation: the day it happened, except that a removal order,
         * dated on the removal date, counts from the day it is known (recorded) if that is earlier.
         */
        LocalDate effectiveOn() {
            return kind == LegalEventKind.REMOVAL_ORDER && recordedOn.isBefore(on) ? recordedOn : on;
        }
    }

    /** An open deadline: no later event has answered it. */
    record Deadline(UUID eventId, LegalEventKind kind, LocalDate on) {
    }

    private static final Comparator<Entry> CHRONOLOGICAL = Comparator.comparing(Entry::effectiveOn)
            .thenComparingLong(Entry::seq);

    private final List<Entry> live;

    LegalTimeline(List<Entry> entries) {
        this.live = entries.stream().filter(e -> !e.retracted()).sorted(CHRONOLOGICAL).toList();
    }

    /**
     * The situation after every event that has taken effect by {@code today}, in date order (same day: order of
     * recording). Interviews and appeal deadlines do not change it (an interview before any application
     * means an application is pending); an expiry counts once its day has come.
     */
    LegalSituation situation(LocalDate today) {
        LegalSituation current = LegalSituation.NO_RECORD;
        for (Entry e : live) {
            if (e.effectiveOn().isAfter(today)) {
                break;
            }
            current = switch (e.kind()) {
                case ASYLUM_APPLICATION -> LegalSituation.ASYLUM_PENDING;
                case INTERVIEW -> current == LegalSituation.NO_RECORD ? LegalSituation.ASYLUM_PENDING : current;
                case DECISION_GRANTED -> LegalSituation.PROTECTION_GRANTED;
                case DECISION_REFUSED -> LegalSituation.REFUSED;
                case APPEAL_FILED -> LegalSituation.APPEAL_PENDING;
                case APPEAL_DEADLINE -> current;
                case REMOVAL_ORDER -> LegalSituation.REMOVAL_ORDERED;
                case DETENTION -> LegalSituation.DETAINED;
                case PERMIT_EXPIRY -> LegalSituation.PERMIT_EXPIRED;
                case DEPORTATION -> LegalSituation.DEPORTED;
            };
        }
        return current;
    }

    /**
     * Deadlines not yet answered, earliest first. A deadline is answered by an event of an answering kind
     * ({@link LegalEventKind#answers}) that was recorded after it, or that is dated on or after it (a late
     * appeal, or history entered out of order).
     */
    List<Deadline> openDeadlines() {
        return live.stream().filter(d -> d.kind().isDeadline()).filter(d -> live.stream()
                .noneMatch(a -> a.kind().answers(d.kind()) && (a.seq() > d.seq() || !a.on().isBefore(d.on()))))
                .sorted(Comparator.comparing(Entry::on).thenComparingLong(Entry::seq))
                .map(d -> new Deadline(d.id(), d.kind(), d.on())).toList();
    }

    /**
     * The open deadlines that put the defender at risk of forced return today: those within {@code window}
     * from today, and those already passed without an answer.
     */
    List<Deadline> pressingDeadlines(LocalDate today, Period window) {
        LocalDate horizon = today.plus(window);
        return openDeadlines().stream().filter(d -> !d.on().isAfter(horizon)).toList();
    }

    boolean atRiskOfForcedReturn(LocalDate today, Period window) {
        return !pressingDeadlines(today, window).isEmpty();
    }
}
