package org.haven.defender;

import java.util.UUID;

import org.haven.shared.security.Actor;

/**
 * Fired (synchronously, in the erasing transaction) when a defender is erased, so that features
 * holding data about them blank it without the registry depending on them.
 */
public record DefenderErased(UUID defenderId, Actor actor) {
}
