package org.haven.audit;

/**
 * What happened. One constant per kind of decision or change; {@code reasonRequired} marks the
 * decisions that must carry a justification in the log. The names are stored in entries, which are
 * never changed, and published as the values of {@code action}: add constants, never rename one.
 */
public enum AuditAction {
    DEFENDER_REGISTERED(false),
    DEFENDER_PROFILE_CHANGED(false),
    DEFENDER_SENSITIVE_DETAILS_CHANGED(false),
    DEFENDER_ARCHIVED(true),
    REQUEST_CREATED(false),
    REQUEST_DETAILS_CHANGED(false),
    REQUEST_NARRATIVE_CHANGED(false),
    /** Reason required for DECLINED, REFERRED, WITHDRAWN, CLOSED: the workflow enforces it per target. */
    REQUEST_STATUS_CHANGED(false),
    REQUEST_ASSESSED(false),
    REQUEST_ASSIGNED(false),
    FUND_CREATED(false),
    FUND_CHANGED(false),
    GRANT_PROPOSED(false),
    /** First of two approvals for a grant above the two-manager threshold. */
    GRANT_APPROVAL_RECORDED(true),
    GRANT_APPROVED(false),
    GRANT_REJECTED(true),
    GRANT_WITHDRAWN(true),
    GRANT_CANCELLED(true),
    GRANT_CLOSED(false),
    GRANT_DISBURSED(false),
    /** A decision the system refused and kept on record (e.g. a proposer deciding on their own grant). */
    GRANT_DECISION_REFUSED(true),
    /** The defender's risk level changed as the outcome of a follow-up. */
    DEFENDER_RISK_CHANGED(false),
    FOLLOW_UP_PLANNED(false),
    FOLLOW_UP_COMPLETED(false),
    FOLLOW_UP_CANCELLED(true),
    FOLLOW_UP_MISSED(false),
    /** Someone read sensitive data: who saw whose data, when and why. */
    DEFENDER_SENSITIVE_VIEWED(true),
    REQUEST_SENSITIVE_VIEWED(true),
    FOLLOW_UP_NOTES_VIEWED(true),
    /** An export began: who, which filters, whether sensitive fields are included (and why). */
    EXPORT_STARTED(false),
    /** An export finished: how many cases and events, and the digest of what was handed out. */
    EXPORT_COMPLETED(false),
    /** A KEK rotation re-wrapped data keys with the primary key-encryption key (entity type "kek"). */
    KEYS_REWRAPPED(false),
    /** A defender's personal data was erased (data key destroyed, fields blanked). */
    DEFENDER_ERASED(true),
    ORGANISATION_REGISTERED(false),
    ORGANISATION_PROFILE_CHANGED(false),
    ORGANISATION_CONTACTS_CHANGED(false),
    /** A due-diligence decision on an organisation (status, date), with its reason. */
    ORGANISATION_VETTED(true),
    ORGANISATION_ARCHIVED(true),
    ORGANISATION_SENSITIVE_VIEWED(true),
    /** A defender was linked to an organisation (entry about the organisation; the defender by reference). */
    ORGANISATION_MEMBER_LINKED(false),
    ORGANISATION_MEMBER_REMOVED(true),
    ACTIVITY_PLANNED(false),
    ACTIVITY_CHANGED(false),
    ACTIVITY_LOCATION_CHANGED(false),
    ACTIVITY_SENSITIVE_VIEWED(true),
    /** HELD, or CANCELLED (the activity requires a reason for it). */
    ACTIVITY_STATUS_CHANGED(false),
    ACTIVITY_PARTICIPANT_ADDED(false),
    ACTIVITY_PARTICIPANT_REMOVED(true),
    ACTIVITY_OUTPUT_RECORDED(false),
    /** An event of a defender's legal-status timeline was recorded (entity type "legal-event"). */
    LEGAL_EVENT_RECORDED(false),
    /** A timeline event entered in error was retracted; it stays on record as retracted. */
    LEGAL_EVENT_RETRACTED(true),
    LEGAL_EVENT_NOTE_VIEWED(true),
    /** An appeal deadline or removal date came within the warning window: at risk of forced return. */
    FORCED_RETURN_FLAGGED(false),
    /** The deadline of a forced-return flag was answered, retracted or its defender erased. */
    FORCED_RETURN_FLAG_RESOLVED(false),
    /** An aggregate (small-cell suppressed) report was issued: who, which table, its digest. */
    AGGREGATE_REPORT_ISSUED(false);

    private final boolean reasonRequired;

    AuditAction(boolean reasonRequired) {
        this.reasonRequired = reasonRequired;
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }
}
