package org.haven.legal;

/**
 * What happened in a defender's legal situation in the host country. The date of an event is the day it
 * happened, except for the two deadlines: an {@code APPEAL_DEADLINE} is dated on the last day to appeal, a
 * {@code REMOVAL_ORDER} on the date set for removal, a {@code PERMIT_EXPIRY} on the day the visa or permit ends.
 */
public enum LegalEventKind {
    ASYLUM_APPLICATION, INTERVIEW, DECISION_GRANTED, DECISION_REFUSED, APPEAL_FILED, APPEAL_DEADLINE, REMOVAL_ORDER,
    DETENTION, PERMIT_EXPIRY, DEPORTATION;

    /** A date that must not be missed: it can raise a forced-return flag. */
    public boolean isDeadline() {
        return this == APPEAL_DEADLINE || this == REMOVAL_ORDER;
    }

    /** Whether its date may lie ahead: a deadline, an expiry, a scheduled interview. */
    boolean datedAhead() {
        return isDeadline() || this == PERMIT_EXPIRY || this == INTERVIEW;
    }

    /** Whether an event of this kind, recorded after a deadline of {@code deadline}'s kind, answers it. */
    boolean answers(LegalEventKind deadline) {
        return switch (deadline) {
            case APPEAL_DEADLINE -> this == APPEAL_FILED || this == DECISION_GRANTED || this == DEPORTATION;
            case REMOVAL_ORDER -> this == DECISION_GRANTED || this == DEPORTATION;
            default -> false;
        };
    }
}
