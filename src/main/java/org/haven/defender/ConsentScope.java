package org.haven.defender;

/** What the defender agreed their data may be used for. */
public enum ConsentScope {
    CASE_MANAGEMENT, SHARING_WITH_PARTNERS, DONOR_REPORTING_PSEUDONYMISED;

    /** How many there are: a set of them has at most this many (published as maxItems). */
    static final int COUNT = 3;
}
