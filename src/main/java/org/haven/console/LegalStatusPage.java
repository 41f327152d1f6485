package org.haven.console;

import java.util.List;
import java.util.UUID;

import org.haven.defender.DefenderView;
import org.haven.legal.LegalEventView;
import org.haven.legal.LegalStatusView;

/** A defender's legal status as the page shows it: every value already in the reader's words. */
record LegalStatusPage(UUID defenderId, String pseudonym, String reference, String situation, boolean atRisk,
        int windowDays, List<Deadline> deadlines, List<Event> events, LegalStatusView.ProposedRequest proposal,
        boolean legalAidOpen) {

    record Deadline(String kind, String on, String onIso, String timeLeft, boolean pressing) {
    }

    record Event(UUID id, String kind, String on, String onIso, String country, boolean hasNote, String recorded,
            boolean retracted, String retractionReason) {
    }

    static LegalStatusPage of(LegalStatusView view, DefenderView defender, ConsoleFormat format, LegalMessages m) {
        List<Deadline> deadlines = view.openDeadlines().stream().map(d -> new Deadline(LegalLabels.kind(d.kind(), m),
                format.date(d.on()), d.on().toString(), LegalLabels.timeLeft(d.daysLeft(), m),
                d.pressing())).toList();
        List<Event> events = view.events().stream().map((LegalEventView e) -> new Event(e.id(),
                LegalLabels.kind(e.kind(), m), format.date(e.occurredOn()), e.occurredOn().toString(),
                e.hostCountry(), e.hasNote(), format.dateTime(e.recordedAt()), e.retracted(), e.retractionReason()))
                .toList();
        return new LegalStatusPage(view.defenderId(), defender.pseudonym(), defender.reference(),
                LegalLabels.situation(view.situation(), m), view.atRiskOfForcedReturn(), view.warningWindowDays(),
                deadlines, events, view.proposedRequest(), view.atRiskOfForcedReturn() && view.proposedRequest() == null);
    }
}
