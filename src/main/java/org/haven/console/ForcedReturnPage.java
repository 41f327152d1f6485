package org.haven.console;

import java.util.List;
import java.util.UUID;

import org.haven.legal.ForcedReturnOverview;

/** The forced-return overview in the reader's words. */
record ForcedReturnPage(String atRisk, int horizonDays, List<Count> byCountry, List<Count> byGender,
        List<Deadline> deadlines) {

    record Count(String category, String defenders) {
    }

    record Deadline(UUID defenderId, String reference, String pseudonym, String kind, String on, String onIso,
            String timeLeft, boolean passed, boolean flagged) {
    }

    static ForcedReturnPage of(ForcedReturnOverview o, ConsoleFormat format, LegalMessages m, DefenderMessages words) {
        return new ForcedReturnPage(format.number(o.atRisk()), o.horizonDays(),
                o.atRiskByHostCountry().stream().map(c -> new Count("NOT_RECORDED".equals(c.category()) ? m.not_recorded()
                        : c.category(), format.number(c.defenders()))).toList(),
                o.atRiskByGender().stream().map(c -> new Count(LegalLabels.gender(c.category(), words, m),
                        format.number(c.defenders()))).toList(),
                o.upcomingDeadlines().stream().map(d -> new Deadline(d.defenderId(), d.defenderReference(), d.pseudonym(),
                        LegalLabels.kind(d.kind(), m), format.date(d.on()), d.on().toString(),
                        LegalLabels.timeLeft(d.daysLeft(), m), d.daysLeft() < 0, d.flagged())).toList());
    }
}
