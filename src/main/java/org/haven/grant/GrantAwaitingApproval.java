package org.haven.grant;

import java.util.Set;
import java.util.UUID;

/**
 * Fired (synchronously, in the same transaction) when a grant needs a manager's approval: at its
 * proposal, and after a first of two approvals. {@code excluded} are those who may not give it (the
 * proposer, the approvers so far); {@code approvalsGiven} tells the two occasions apart.
 */
public record GrantAwaitingApproval(UUID grantId, String reference, String team, Set<String> excluded,
        int approvalsGiven) {

    public GrantAwaitingApproval {
        excluded = Set.copyOf(excluded);
    }
}
