package org.haven.activity;

import java.util.UUID;

/** What other features (grants) may know of an activity. */
public record ActivityRef(UUID id, String reference, String team, ActivityStatus status) {
}
