package org.haven.legal;

/**
 * A defender's current legal situation in the host country, derived from the timeline
 * ({@link LegalTimeline#situation()}); never entered by hand.
 */
public enum LegalSituation {
    /** Nothing recorded yet. */
    NO_RECORD,
    ASYLUM_PENDING,
    PROTECTION_GRANTED,
    REFUSED,
    APPEAL_PENDING,
    REMOVAL_ORDERED,
    DETAINED,
    PERMIT_EXPIRED,
    DEPORTED
}
