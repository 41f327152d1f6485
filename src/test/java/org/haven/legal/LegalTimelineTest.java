package org.haven.legal;

import static org.haven.legal.LegalEventKind.APPEAL_DEADLINE;
import static org.haven.legal.LegalEventKind.APPEAL_FILED;
import static org.haven.legal.LegalEventKind.ASYLUM_APPLICATION;
import static org.haven.legal.LegalEventKind.DECISION_GRANTED;
import static org.haven.legal.LegalEventKind.DECISION_REFUSED;
import static org.haven.legal.LegalEventKind.DEPORTATION;
import static org.haven.legal.LegalEventKind.INTERVIEW;
import static org.haven.legal.LegalEventKind.PERMIT_EXPIRY;
import static org.haven.legal.LegalEventKind.REMOVAL_ORDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class LegalTimelineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Period WINDOW = Period.ofDays(14);

    private final List<LegalTimeline.Entry> entries = new ArrayList<>();
    private long seq;

    private LegalTimeline.Entry add(LegalEventKind kind, LocalDate on) {
        return add(kind, on, false);
    }

    private LegalTimeline.Entry add(LegalEventKind kind, LocalDate on, boolean retracted) {
        var e = new LegalTimeline.Entry(UUID.randomUUID(), kind, on, TODAY.minusDays(30).plusDays(seq), ++seq,
                retracted);
        entries.add(e);
        return e;
    }

    private LegalTimeline timeline() {
        return new LegalTimeline(entries);
    }

    @Test
    void nothingRecordedIsNoRecordAndNoRisk() {
        assertEquals(LegalSituation.NO_RECORD, timeline().situation(TODAY));
        assertFalse(timeline().atRiskOfForcedReturn(TODAY, WINDOW));
    }

    @Test
    void theSituationFollowsTheEventsInDateOrder() {
        add(DECISION_REFUSED, TODAY.minusDays(20));
        add(ASYLUM_APPLICATION, TODAY.minusDays(200)); // entered later, happened earlier
        add(INTERVIEW, TODAY.minusDays(100));
        assertEquals(LegalSituation.REFUSED, timeline().situation(TODAY));
        add(APPEAL_FILED, TODAY.minusDays(5));
        assertEquals(LegalSituation.APPEAL_PENDING, timeline().situation(TODAY));
    }

    @Test
    void anExpiryCountsOnceItsDayHasCome() {
        add(DECISION_GRANTED, TODAY.minusDays(300));
        add(PERMIT_EXPIRY, TODAY.plusDays(3));
        assertEquals(LegalSituation.PROTECTION_GRANTED, timeline().situation(TODAY));
        assertEquals(LegalSituation.PERMIT_EXPIRED, timeline().situation(TODAY.plusDays(3)));
    }

    @Test
    void aRemovalOrderCountsFromTheDayItIsKnown() {
        add(DECISION_REFUSED, TODAY.minusDays(40));
        add(REMOVAL_ORDER, TODAY.plusDays(60));
        assertEquals(LegalSituation.REMOVAL_ORDERED, timeline().situation(TODAY));
    }

    @Test
    void anAppealDeadlineWithinTheWindowIsAtRiskUntilTheAppealIsFiled() {
        add(DECISION_REFUSED, TODAY.minusDays(10));
        var deadline = add(APPEAL_DEADLINE, TODAY.plusDays(14));
        assertTrue(timeline().atRiskOfForcedReturn(TODAY, WINDOW));
        assertEquals(deadline.id(), timeline().pressingDeadlines(TODAY, WINDOW).get(0).eventId());
        add(APPEAL_FILED, TODAY);
        assertFalse(timeline().atRiskOfForcedReturn(TODAY, WINDOW));
        assertTrue(timeline().openDeadlines().isEmpty());
    }

    @Test
    void aDeadlineBeyondTheWindowIsOpenButNotYetPressing() {
        add(APPEAL_DEADLINE, TODAY.plusDays(15));
        assertEquals(1, timeline().openDeadlines().size());
        assertFalse(timeline().atRiskOfForcedReturn(TODAY, WINDOW));
        assertTrue(timeline().atRiskOfForcedReturn(TODAY.plusDays(1), WINDOW));
    }

    @Test
    void aPassedDeadlineWithoutAnswerStaysPressing() {
        add(REMOVAL_ORDER, TODAY.minusDays(2));
        assertTrue(timeline().atRiskOfForcedReturn(TODAY, WINDOW));
    }

    @Test
    void anAppealDoesNotAnswerARemovalOrderButProtectionDoes() {
        add(REMOVAL_ORDER, TODAY.plusDays(5));
        add(APPEAL_FILED, TODAY);
        assertTrue(timeline().atRiskOfForcedReturn(TODAY, WINDOW));
        add(DECISION_GRANTED, TODAY);
        assertFalse(timeline().atRiskOfForcedReturn(TODAY, WINDOW));
    }

    @Test
    void anAnswerRecordedBeforeTheDeadlineAndDatedBeforeItDoesNotCount() {
        add(APPEAL_FILED, TODAY.minusDays(300)); // an earlier appeal, in an earlier procedure
        add(APPEAL_DEADLINE, TODAY.plusDays(3));
        assertTrue(timeline().atRiskOfForcedReturn(TODAY, WINDOW));
    }

    @Test
    void retractedEventsTakePartInNoRule() {
        add(APPEAL_DEADLINE, TODAY.plusDays(3), true);
        add(DEPORTATION, TODAY.minusDays(1), true);
        assertFalse(timeline().atRiskOfForcedReturn(TODAY, WINDOW));
        assertEquals(LegalSituation.NO_RECORD, timeline().situation(TODAY));
    }
}
