package org.haven.grant;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.haven.defender.DefenderErased;

/** Blanks the free texts of an erased defender's grants, in the erasing transaction. */
@ApplicationScoped
class GrantErasure {

    private final GrantRepository grants;
    private final Clock clock;

    GrantErasure(GrantRepository grants, Clock clock) {
        this.grants = grants;
        this.clock = clock;
    }

    void onErasure(@Observes DefenderErased erased) {
        grants.list("beneficiary.defenderId", erased.defenderId()).forEach(g -> g.eraseIdentifyingText(clock.instant()));
    }
}
