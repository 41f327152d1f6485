package org.haven.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.haven.defender.DefenderErased;

/**
 * Erasure of a defender removes them from every participant list, in the erasing transaction, so
 * the counts by gender no longer include them. The DEFENDER_ERASED entry covers it; earlier
 * participant entries in the audit log name only the defender's reference, which erasure keeps.
 */
@ApplicationScoped
class ActivityErasure {

    private final ActivityParticipantRepository participants;

    ActivityErasure(ActivityParticipantRepository participants) {
        this.participants = participants;
    }

    void onErasure(@Observes DefenderErased erased) {
        participants.deleteAllOf(erased.defenderId());
    }
}
