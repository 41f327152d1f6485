package org.haven.activity;

import java.util.Set;

/** PLANNED until it is held or cancelled; HELD and CANCELLED are final. */
public enum ActivityStatus {
    PLANNED, HELD, CANCELLED;

    Set<ActivityStatus> next() {
        return this == PLANNED ? Set.of(HELD, CANCELLED) : Set.of();
    }
}
