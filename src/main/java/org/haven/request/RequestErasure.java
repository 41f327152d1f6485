package org.haven.request;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.haven.defender.DefenderErased;

/** Blanks the free texts of an erased defender's cases, in the erasing transaction. */
@ApplicationScoped
class RequestErasure {

    private final RequestRepository requests;
    private final Clock clock;

    RequestErasure(RequestRepository requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    void onErasure(@Observes DefenderErased erased) {
        requests.list("defenderId", erased.defenderId()).forEach(r -> r.eraseIdentifyingText(clock.instant()));
    }
}
