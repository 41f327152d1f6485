package org.haven.grant;

/**
 * PROPOSED -> APPROVED | REJECTED | WITHDRAWN; APPROVED -> CANCELLED (nothing disbursed) | CLOSED
 * (fully disbursed). Enforced by {@link Grant}.
 */
public enum GrantStatus {
    PROPOSED, APPROVED, REJECTED, WITHDRAWN, CANCELLED, CLOSED
}
