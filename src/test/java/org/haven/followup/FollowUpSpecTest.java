package org.haven.followup;

import static org.haven.followup.FollowUpBuilder.NOW;
import static org.haven.followup.FollowUpBuilder.TODAY;
import static org.haven.followup.FollowUpBuilder.aFollowUp;
import static org.haven.followup.FollowUpBuilder.bytes;
import static org.haven.support.RefusalAssertions.assertRefused;
import static org.haven.support.RefusalAssertions.assertRefusedOn;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.haven.defender.RiskLevel;
import org.haven.followup.FollowUp.Due;
import org.haven.shared.error.Refusal;
import org.haven.shared.error.Refusal.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Follow-ups (docs/domain.md#follow-ups): planned, then done, cancelled or missed; what payments plan. */
class FollowUpSpecTest {

    private static final Period GRACE = Period.ofDays(7);

    @Test
    void aFollowUpStartsPlannedForItsCaseAndGrant() {
        UUID grant = UUID.randomUUID();
        FollowUp followUp = aFollowUp().ofType(FollowUpType.FINANCIAL_REPORT).forGrant(grant).planned();
        assertEquals(FollowUpStatus.PLANNED, followUp.status());
        assertEquals(grant, followUp.grantId());
        assertEquals("team-kabul-desk", followUp.team());
        assertEquals(FollowUpType.FINANCIAL_REPORT, followUp.type());
    }

    @Test
    void aCompletedFollowUpKeepsItsOutcomeNotesAndNewRiskLevel() {
        FollowUp followUp = aFollowUp().planned();
        followUp.complete(NOW.minusSeconds(600), Outcome.RISK_INCREASED, bytes("Synthetic note"), RiskLevel.CRITICAL,
                NOW);
        assertEquals(FollowUpStatus.DONE, followUp.status());
        assertEquals(Outcome.RISK_INCREASED, followUp.outcome());
        assertEquals(NOW.minusSeconds(600), followUp.completedAt());
        assertArrayEquals(bytes("Synthetic note"), followUp.notes());
        assertEquals(RiskLevel.CRITICAL, followUp.newRiskLevel());
    }

    @Test
    void anOutcomeCannotBeDatedInTheFuture() {
        FollowUp followUp = aFollowUp().planned();
        assertRefusedOn(Kind.RULE, "validation-failed", "completedAt",
                () -> followUp.complete(NOW.plusSeconds(1), Outcome.SAFE, null, null, NOW));
        assertEquals(FollowUpStatus.PLANNED, followUp.status());
    }

    @ParameterizedTest
    @EnumSource(names = "PLANNED", mode = EnumSource.Mode.EXCLUDE)
    void onlyAPlannedFollowUpCanBeCompleted(FollowUpStatus status) {
        FollowUp followUp = aFollowUp().in(status);
        assertRefused(Kind.CONFLICT, codeFor(status),
                () -> followUp.complete(NOW, Outcome.SAFE, null, RiskLevel.LOW, NOW));
        assertEquals(status, followUp.status());
    }

    @ParameterizedTest
    @EnumSource(names = "PLANNED", mode = EnumSource.Mode.EXCLUDE)
    void onlyAPlannedFollowUpCanBeCancelled(FollowUpStatus status) {
        FollowUp followUp = aFollowUp().in(status);
        assertRefused(Kind.CONFLICT, codeFor(status), () -> followUp.cancel("Too late", NOW));
        assertEquals(status, followUp.status());
    }

    @ParameterizedTest
    @EnumSource(names = "PLANNED", mode = EnumSource.Mode.EXCLUDE)
    void onlyAPlannedFollowUpCanBeMarkedMissed(FollowUpStatus status) {
        FollowUp followUp = aFollowUp().in(status);
        assertRefused(Kind.CONFLICT, codeFor(status), () -> followUp.markMissed(NOW));
        assertEquals(status, followUp.status());
    }

    @Test
    void aCancelledFollowUpKeepsItsReasonTrimmed() {
        FollowUp followUp = aFollowUp().planned();
        followUp.cancel("  Defender relocated to a partner programme ", NOW);
        assertEquals(FollowUpStatus.CANCELLED, followUp.status());
        assertEquals("Defender relocated to a partner programme", followUp.statusReason());
    }

    @Test
    void aFollowUpIsOverdueOnceItsDueDateHasPassedWhilePlanned() {
        assertFalse(aFollowUp().dueOn(TODAY).planned().overdue(TODAY), "due today is not late yet");
        assertTrue(aFollowUp().dueOn(TODAY.minusDays(1)).planned().overdue(TODAY));
        for (FollowUpStatus status : List.of(FollowUpStatus.DONE, FollowUpStatus.CANCELLED, FollowUpStatus.MISSED)) {
            assertFalse(aFollowUp().dueOn(TODAY.minusDays(30)).in(status).overdue(TODAY), status.name());
        }
    }

    @Test
    void aPlannedFollowUpIsMissedOnlyAWeekAfterItsDueDate() {
        LocalDate cutoff = FollowUp.missedIfDueBefore(TODAY, GRACE);
        assertFalse(TODAY.minusDays(7).isBefore(cutoff), "due exactly a week ago: still within the grace period");
        assertTrue(TODAY.minusDays(8).isBefore(cutoff), "due eight days ago: missed");
    }

    @Test
    void aMissedFollowUpSaysWhichDueDateItMissed() {
        FollowUp followUp = aFollowUp().dueOn(LocalDate.parse("2026-05-01")).planned();
        followUp.markMissed(NOW);
        assertEquals(FollowUpStatus.MISSED, followUp.status());
        assertEquals("Not done within the grace period after 2026-05-01", followUp.statusReason());
    }

    @Test
    void theFirstPaymentPlansACheckInAndAFinancialReport() {
        assertEquals(List.of(new Due(FollowUpType.CHECK_IN, LocalDate.parse("2026-03-31")),
                new Due(FollowUpType.FINANCIAL_REPORT, LocalDate.parse("2026-05-30"))),
                FollowUp.plannedAfterPayment(LocalDate.parse("2026-03-01"), true, Period.ofDays(30),
                        Period.ofDays(90)));
    }

    @Test
    void everyLaterPaymentPlansOnlyAFinancialReport() {
        assertEquals(List.of(new Due(FollowUpType.FINANCIAL_REPORT, LocalDate.parse("2026-06-30"))),
                FollowUp.plannedAfterPayment(LocalDate.parse("2026-04-01"), false, Period.ofDays(30),
                        Period.ofDays(90)));
    }

    @Test
    void aCaseWithAPlannedFollowUpCannotClose() {
        Optional<Refusal> objection = FollowUpClosingGuard.objectionFor(2);
        assertTrue(objection.isPresent());
        assertEquals(Kind.CONFLICT, objection.get().kind());
        assertEquals("follow-ups-planned", objection.get().code());
        assertEquals(Optional.empty(), FollowUpClosingGuard.objectionFor(0), "none planned: no objection");
    }

    @Test
    void erasureBlanksTheNotesAndTheReason() {
        FollowUp done = aFollowUp().in(FollowUpStatus.DONE);
        done.eraseIdentifyingText(NOW);
        assertNull(done.notes());
        assertEquals(Outcome.SAFE, done.outcome(), "the outcome stays for accountability");
        FollowUp cancelled = aFollowUp().in(FollowUpStatus.CANCELLED);
        cancelled.eraseIdentifyingText(NOW);
        assertEquals("(erased)", cancelled.statusReason());
        assertEquals(FollowUpStatus.CANCELLED, cancelled.status());
    }

    /** The codes docs/api.md documents: they name the status that refused. */
    private static String codeFor(FollowUpStatus status) {
        return switch (status) {
            case DONE -> "follow-up-done";
            case CANCELLED -> "follow-up-cancelled";
            case MISSED -> "follow-up-missed";
            case PLANNED -> throw new IllegalArgumentException("a planned follow-up is not refused");
        };
    }
}
