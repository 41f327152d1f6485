package org.haven.followup;

import java.util.UUID;

/**
 * Fired (synchronously, in the job's transaction) when a follow-up is marked MISSED: the defender may
 * be out of contact. {@code officer} may be null (nobody assigned); {@code requestId} is null for a
 * follow-up of a grant to an organisation or an activity (then {@code grantId} is not).
 */
public record FollowUpMissed(UUID followUpId, UUID requestId, UUID grantId, String team, String officer) {
}
