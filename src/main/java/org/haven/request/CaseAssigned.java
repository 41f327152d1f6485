package org.haven.request;

import java.util.UUID;

import org.haven.shared.security.Actor;

/**
 * Fired (synchronously, in the assigning transaction) when a case gets a new assigned officer, so
 * that the notifications feature can tell them. Carries no data about the defender.
 */
public record CaseAssigned(UUID requestId, String reference, String team, String officer, Actor by) {
}
