package org.haven.followup;

import java.util.UUID;

/**
 * Fired (synchronously, in the job's transaction) when a follow-up is marked MISSED: the defender may
 * be out of contact. {@code officer} may be null (nobody assigned).
 */
public record FollowUpMissed(UUID followUpId, UUID requestId, String team, String officer) {
}
