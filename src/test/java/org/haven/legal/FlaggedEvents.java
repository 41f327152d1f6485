package org.haven.legal;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Collects the forced-return events the application fires, as the notifications feature will observe them. */
@ApplicationScoped
public class FlaggedEvents {

    private final List<ForcedReturnRiskFlagged> seen = new CopyOnWriteArrayList<>();

    void on(@Observes ForcedReturnRiskFlagged event) {
        seen.add(event);
    }

    List<ForcedReturnRiskFlagged> of(String defenderId) {
        UUID id = UUID.fromString(defenderId);
        return seen.stream().filter(e -> e.defenderId().equals(id)).toList();
    }
}
