package org.haven.audit;

/**
 * What happened. One constant per kind of decision or change; {@code reasonRequired} marks the
 * decisions that must carry a justification in the log.
 */
public enum AuditAction {
    DEFENDER_REGISTERED(false),
    DEFENDER_PROFILE_CHANGED(false),
    DEFENDER_SENSITIVE_DETAILS_CHANGED(false),
    DEFENDER_ARCHIVED(true);

    private final boolean reasonRequired;

    AuditAction(boolean reasonRequired) {
        this.reasonRequired = reasonRequired;
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }
}
