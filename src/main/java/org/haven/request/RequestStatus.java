package org.haven.request;

import java.util.EnumSet;
import java.util.Set;

/**
 * The case workflow, in one place:
 *
 * <pre>
 * RECEIVED -> IN_ASSESSMENT | WITHDRAWN
 * IN_ASSESSMENT -> SUPPORTED (only through an approved grant) | DECLINED | REFERRED | WITHDRAWN
 * SUPPORTED -> CLOSED
 * DECLINED, REFERRED, WITHDRAWN, CLOSED: final
 * </pre>
 */
public enum RequestStatus {
    RECEIVED, IN_ASSESSMENT, SUPPORTED, DECLINED, REFERRED, WITHDRAWN, CLOSED;

    /** Every transition the workflow allows from this state. */
    public Set<RequestStatus> successors() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(IN_ASSESSMENT, WITHDRAWN);
            case IN_ASSESSMENT -> EnumSet.of(SUPPORTED, DECLINED, REFERRED, WITHDRAWN);
            case SUPPORTED -> EnumSet.of(CLOSED);
            case DECLINED, REFERRED, WITHDRAWN, CLOSED -> EnumSet.noneOf(RequestStatus.class);
        };
    }

    /** The transitions a person may ask for directly; SUPPORTED comes only with an approved grant. */
    public Set<RequestStatus> manualSuccessors() {
        Set<RequestStatus> targets = EnumSet.noneOf(RequestStatus.class);
        targets.addAll(successors());
        targets.remove(SUPPORTED);
        return targets;
    }

    /** Entering this state is a decision that must be justified. */
    public boolean needsReason() {
        return this == DECLINED || this == REFERRED || this == WITHDRAWN || this == CLOSED;
    }

    /** Still waiting for a decision (counts towards "overdue"). */
    public boolean undecided() {
        return this == RECEIVED || this == IN_ASSESSMENT;
    }

    public boolean isFinal() {
        return successors().isEmpty();
    }
}
