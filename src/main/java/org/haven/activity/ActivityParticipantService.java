package org.haven.activity;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditEvent;
import org.haven.audit.AuditLog;
import org.haven.audit.Changes;
import org.haven.defender.DefenderRef;
import org.haven.defender.DefenderService;
import org.haven.defender.Gender;
import org.haven.shared.error.Refusal;
import org.haven.shared.security.CurrentActor;

/**
 * An activity's participants: registered defenders of the organising team, listed by reference only
 * with their consent, always counted by gender without names. Added under the activity's row lock,
 * so the bound and "once per activity" hold across replicas.
 */
@ApplicationScoped
public class ActivityParticipantService {

    private final ActivityService activities;
    private final ActivityRepository repository;
    private final ActivityParticipantRepository participants;
    private final DefenderService defenders;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final Clock clock;

    ActivityParticipantService(ActivityService activities, ActivityRepository repository,
            ActivityParticipantRepository participants, DefenderService defenders, CurrentActor currentActor,
            AuditLog audit, Clock clock) {
        this.activities = activities;
        this.repository = repository;
        this.participants = participants;
        this.defenders = defenders;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ParticipantsView participants(UUID activityId) {
        activities.find(activityId);
        return view(participants.of(activityId));
    }

    @Transactional
    public ParticipantsView add(UUID activityId, AddParticipant command) {
        Activity activity = repository.lock(activities.find(activityId).id());
        activity.requireOpenToParticipants();
        DefenderRef defender = defenders.requireActive(command.defenderId(), "defenderId");
        if (!defender.team().equals(activity.team())) {
            throw Refusal.rule("defender-in-another-team", "defenderId",
                    "participants are defenders of the organising team");
        }
        if (participants.find(activityId, defender.id()) != null) {
            throw Refusal.conflict("already-participant", "The defender already takes part in this activity.");
        }
        if (participants.countOf(activityId) >= Activity.MAX_PARTICIPANTS) {
            throw Refusal.rule("too-many-participants", "defenderId",
                    "an activity has at most " + Activity.MAX_PARTICIPANTS + " participants");
        }
        var actor = currentActor.get();
        Gender gender = defenders.genderOf(defender.id());
        participants.persist(ActivityParticipant.add(activityId, defender.id(), defender.reference(), gender,
                command.consentToBeListed(), actor, clock.instant()));
        audit.record(AuditEvent.of(actor, AuditAction.ACTIVITY_PARTICIPANT_ADDED, ActivityService.ENTITY, activityId)
                .with(participant(null, defender.reference(), command.consentToBeListed())
                        .field("listed", null, command.consentToBeListed())));
        participants.flush();
        return view(participants.of(activityId));
    }

    @Transactional
    public ParticipantsView remove(UUID activityId, RemoveParticipant command) {
        repository.lock(activities.find(activityId).id());
        ActivityParticipant participant = participants.find(activityId, command.defenderId());
        if (participant == null) {
            throw Refusal.notFound("Participant");
        }
        participants.delete(participant);
        audit.record(AuditEvent.of(currentActor.get(), AuditAction.ACTIVITY_PARTICIPANT_REMOVED,
                ActivityService.ENTITY, activityId).because(command.reason().trim())
                .with(participant(participant.defenderReference(), null, participant.listed())));
        participants.flush();
        return view(participants.of(activityId));
    }

    /**
     * Who joined or left, in the activity's history: by reference if they consented to be listed; else
     * only that a participant changed, so the history lists no one the participant list does not.
     */
    private static Changes participant(String before, String after, boolean listed) {
        return listed ? Changes.none().field("defender", before, after)
                : Changes.none().sensitive("defender", before, after);
    }

    /** Listed: those who consented. Counted: everyone, by gender (null last). */
    static ParticipantsView view(List<ActivityParticipant> all) {
        Map<Gender, Integer> counts = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (ActivityParticipant p : all) {
            counts.merge(p.gender(), 1, Integer::sum);
        }
        return new ParticipantsView(
                all.stream().filter(ActivityParticipant::listed)
                        .map(p -> new ParticipantsView.Listed(p.defenderId(), p.defenderReference(), p.addedAt()))
                        .toList(),
                all.size(),
                counts.entrySet().stream().map(e -> new ParticipantsView.GenderCount(e.getKey(), e.getValue())).toList());
    }
}
