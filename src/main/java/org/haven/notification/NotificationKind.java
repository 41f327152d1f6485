package org.haven.notification;

/**
 * What a notification is about. The subject line is all a message says besides the reference, the
 * deadline and a console link: never a defender's name, place or story.
 */
public enum NotificationKind {
    CASE_ASSIGNED("Case assigned to you"),
    DEADLINE_NEAR("Decision deadline approaching"),
    DEADLINE_PASSED("Decision deadline passed"),
    IMMEDIATE_UNASSESSED("Immediate case not yet assessed"),
    APPROVAL_WAITING("Grant waiting for your approval"),
    SECOND_APPROVAL_OVERDUE("Grant still waiting for its second approval"),
    GRANT_APPROVED("Grant approved"),
    GRANT_REJECTED("Grant rejected"),
    FOLLOW_UP_DUE("Follow-up due"),
    FOLLOW_UP_MISSED("Follow-up missed: possible loss of contact"),
    RISK_CRITICAL("Defender's risk raised to CRITICAL"),
    FORCED_RETURN_RISK("Defender at risk of forced return: deadline approaching");

    private final String title;

    NotificationKind(String title) {
        this.title = title;
    }

    /** The English title, for e-mails and webhooks (the console shows its own translation). */
    public String title() {
        return title;
    }
}
