package org.haven.grant;

import java.util.UUID;

import org.haven.shared.security.Actor;

/** Fired (synchronously, in the deciding transaction) when a grant is finally approved or rejected. */
public record GrantDecided(UUID grantId, String reference, String team, String proposer, GrantStatus outcome,
        Actor by) {
}
