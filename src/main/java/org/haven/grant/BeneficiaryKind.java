package org.haven.grant;

/**
 * Whom a grant supports. The rules (four eyes, the fund's budget, the per-grant cap) are the same for
 * all three; the rolling cap counts against the beneficiary, never the payee.
 */
public enum BeneficiaryKind {
    /** One defender, through their case (a request IN_ASSESSMENT); capped per defender. */
    DEFENDER,
    /** An organisation or a group of defenders registered as one; capped per organisation. */
    ORGANISATION,
    /** A cost of an activity (travel, stay, interpretation...); capped per activity. */
    ACTIVITY
}
