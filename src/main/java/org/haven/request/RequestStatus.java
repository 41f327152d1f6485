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
 *
 * The type is public because other features and the API name statuses; its rules are only for
 * {@link AssistanceRequest}.
 */
public enum RequestStatus {
    RECEIVED, IN_ASSESSMENT, SUPPORTED, DECLINED, REFERRED, WITHDRAWN, CLOSED;

    /** Every transition the workflow allows from this state. */
    Set<RequestStatus> successors() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(IN_ASSESSMENT, WITHDRAWN);
            case IN_ASSESSMENT -> EnumSet.of(SUPPORTED, DECLINED, REFERRED, WITHDRAWN);
            case SUPPORTED -> EnumSet.of(CLOSED);
            case DECLINED, REFERRED, WITHDRAWN, CLOSED -> EnumSet.noneOf(RequestStatus.class);
        };
    }

    /** The transitions a person may ask for directly; SUPPORTED comes only with an approved grant. */
    Set<RequestStatus> manualSuccessors() {
        Set<RequestStatus> targets = EnumSet.noneOf(RequestStatus.class);
        targets.addAll(successors());
        targets.remove(SUPPORTED);
        return targets;
    }

    /** Entering this state is a decision that must be justified. */
    boolean needsReason() {
        return this == DECLINED || this == REFERRED || this == WITHDRAWN || this == CLOSED;
    }

    /** Still waiting for a decision (counts towards "overdue"). */
    boolean undecided() {
        return this == RECEIVED || this == IN_ASSESSMENT;
    }

    /** Nothing follows: DECLINED, REFERRED, WITHDRAWN, CLOSED. */
    public boolean isFinal() {
        return successors().isEmpty();
    }

    /** The assessment is recorded (and replaced) only while the request is being assessed. */
    public boolean acceptsAssessment() {
        return this == IN_ASSESSMENT;
    }
}
