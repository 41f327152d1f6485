package org.haven.grant;

/** A programme manager's decision on a proposal. */
public enum Decision {
    APPROVE, REJECT
}
