package org.haven.grant;

/**
 * Whether a programme manager may decide on a grant now, by the four-eyes rules of {@link Grant#decide}
 * (in its order), so that a page offers the decision only to those the decision would not refuse. The
 * roles are the caller's business; the decision checks everything again.
 */
public enum DecisionStanding {
    /** The grant awaits a decision this person may give. */
    MAY_DECIDE,
    /** They proposed it: another manager decides ({@code own-proposal}). */
    OWN_PROPOSAL,
    /** They gave the first of its two approvals: the second comes from another manager. */
    ALREADY_APPROVED,
    /** It is no longer PROPOSED: approved, rejected, withdrawn, cancelled or closed. */
    NOT_AWAITING_DECISION
}
