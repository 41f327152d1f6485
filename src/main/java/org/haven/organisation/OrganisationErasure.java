package org.haven.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.haven.defender.DefenderErased;

/**
 * Erasure of a defender removes their links to organisations, in the erasing transaction. The
 * defender's DEFENDER_ERASED entry covers it; earlier link entries in the audit log name only the
 * defender's reference, which stays after erasure.
 */
@ApplicationScoped
class OrganisationErasure {

    private final OrganisationMemberRepository members;

    OrganisationErasure(OrganisationMemberRepository members) {
        this.members = members;
    }

    void onErasure(@Observes DefenderErased erased) {
        members.deleteAllOf(erased.defenderId());
    }
}
