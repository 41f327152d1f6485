package org.haven.activity;

import static org.haven.support.RefusalAssertions.assertRefused;
import static org.haven.support.RefusalAssertions.assertRefusedOn;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.haven.shared.error.Refusal;
import org.haven.shared.security.Actor;
import org.junit.jupiter.api.Test;

/** The activity's own rules, without Quarkus or a database. */
class ActivitySpecTest {

    private static final Actor OFFICER = new Actor("officer-1", "Officer One", List.of("protection-officer"));
    private static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-03-10");

    private static ActivityDetails details(LocalDate starts, LocalDate ends) {
        return new ActivityDetails(ActivityType.WORKSHOP, " Synthetic workshop ", starts, ends, List.of());
    }

    private static Activity planned(LocalDate starts) {
        return Activity.plan(UUID.randomUUID(), "ACT-000001", "team-a", details(starts, starts.plusDays(2)), null, null,
                OFFICER, NOW);
    }

    @Test
    void anActivityDoesNotEndBeforeItStarts() {
        assertRefusedOn(Refusal.Kind.RULE, "dates-invalid", "endsOn", () -> Activity.plan(UUID.randomUUID(),
                "ACT-000001", "team-a", details(TODAY, TODAY.minusDays(1)), null, null, OFFICER, NOW));
    }

    @Test
    void aFollowUpActivityIsOfTheSameTeamAndDoesNotStartBeforeTheFirst() {
        var first = new Activity.Followed(UUID.randomUUID(), "team-a", TODAY);
        assertRefusedOn(Refusal.Kind.RULE, "follow-up-before-activity", "startsOn", () -> Activity.plan(
                UUID.randomUUID(), "ACT-000002", "team-a", details(TODAY.minusDays(1), TODAY), null, first, OFFICER, NOW));
        var otherTeam = new Activity.Followed(UUID.randomUUID(), "team-b", TODAY);
        assertRefusedOn(Refusal.Kind.RULE, "activity-in-another-team", "followsActivityId", () -> Activity.plan(
                UUID.randomUUID(), "ACT-000003", "team-a", details(TODAY, TODAY), null, otherTeam, OFFICER, NOW));
        Activity followUp = Activity.plan(UUID.randomUUID(), "ACT-000004", "team-a", details(TODAY, TODAY), null,
                first, OFFICER, NOW);
        assertEquals(first.id(), followUp.followsActivityId());
    }

    @Test
    void anActivityIsHeldOnlyOnceItHasStarted() {
        assertRefusedOn(Refusal.Kind.RULE, "not-yet-started", "target",
                () -> planned(TODAY.plusDays(1)).moveTo(ActivityStatus.HELD, null, TODAY, OFFICER, NOW));
        Activity started = planned(TODAY);
        started.moveTo(ActivityStatus.HELD, null, TODAY, OFFICER, NOW);
        assertEquals(ActivityStatus.HELD, started.status());
    }

    @Test
    void aCancellationNeedsAReasonAndIsFinal() {
        Activity activity = planned(TODAY.plusDays(3));
        assertRefusedOn(Refusal.Kind.RULE, "reason-required", "reason",
                () -> activity.moveTo(ActivityStatus.CANCELLED, " ", TODAY, OFFICER, NOW));
        activity.moveTo(ActivityStatus.CANCELLED, "Visas refused", TODAY, OFFICER, NOW);
        assertRefused(Refusal.Kind.CONFLICT, "illegal-transition",
                () -> activity.moveTo(ActivityStatus.HELD, null, TODAY, OFFICER, NOW));
        assertRefused(Refusal.Kind.CONFLICT, "activity-cancelled", activity::requireOpenToParticipants);
        assertRefused(Refusal.Kind.CONFLICT, "activity-cancelled",
                () -> activity.change(details(TODAY, TODAY), null, null, OFFICER, NOW));
    }

    @Test
    void aChangeKeepsFollowUpsAfterTheActivityTheyFollow() {
        Activity followUp = planned(TODAY.plusDays(10));
        assertRefusedOn(Refusal.Kind.RULE, "follow-up-before-activity", "startsOn",
                () -> followUp.change(details(TODAY.plusDays(4), TODAY.plusDays(5)), TODAY.plusDays(5), null,
                        OFFICER, NOW));
        Activity first = planned(TODAY.plusDays(1));
        assertRefusedOn(Refusal.Kind.RULE, "follow-up-before-activity", "startsOn",
                () -> first.change(details(TODAY.plusDays(11), TODAY.plusDays(12)), null, TODAY.plusDays(10),
                        OFFICER, NOW));
        first.change(details(TODAY.plusDays(10), TODAY.plusDays(10)), null, TODAY.plusDays(10), OFFICER, NOW);
        followUp.change(details(TODAY.plusDays(5), TODAY.plusDays(6)), TODAY.plusDays(5), null, OFFICER, NOW);
    }

    @Test
    void outputsComeFromAHeldActivity() {
        Activity activity = planned(TODAY);
        assertRefused(Refusal.Kind.CONFLICT, "activity-not-held",
                () -> activity.recordOutput(OutputKind.ACTION_PLAN, "Plan", OFFICER, NOW));
        activity.moveTo(ActivityStatus.HELD, null, TODAY, OFFICER, NOW);
        activity.recordOutput(OutputKind.STRATEGY_PAPER, " Draft strategy ", OFFICER, NOW);
        assertEquals("Draft strategy", activity.outputs().get(0).title);
    }
}
