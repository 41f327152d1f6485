package org.haven.defender;

import java.util.UUID;

import org.haven.shared.security.Actor;

/**
 * Fired (synchronously, in the changing transaction) when a defender's risk level becomes CRITICAL,
 * at registration or by a change. Carries the reference and team only, never the person's details.
 */
public record RiskRaisedToCritical(UUID defenderId, String reference, String team, Actor by) {
}
