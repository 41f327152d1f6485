package org.haven.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every string of the notification pages (the list and the e-mail preferences). English here; Dari,
 * Pashto and French in {@code src/main/resources/messages/notifications_<code>.properties}. Templates use
 * {@code {notifications:key}}.
 */
@MessageBundle(value = "notifications", locale = "en")
public interface NotificationMessages {

    // The list

    @Message("Notifications")
    String list_title();

    @Message("What happened to the cases, grants and defenders you work on, newest first. A notification names a reference, never a person: open it to see more.")
    String list_intro();

    @Message("{count} unread")
    String unread_count(String count);

    @Message("Show")
    String filter_legend();

    @Message("Unread only")
    String filter_unread();

    @Message("Apply")
    String filter_submit();

    @Message("Mark all read")
    String mark_all_submit();

    @Message("E-mail preferences")
    String preferences_link();

    @Message("Your notifications, newest first")
    String caption();

    @Message("Status")
    String col_state();

    @Message("What")
    String col_what();

    @Message("Reference")
    String col_reference();

    @Message("Deadline")
    String col_deadline();

    @Message("Received")
    String col_received();

    @Message("Action")
    String col_action();

    @Message("Unread")
    String state_unread();

    @Message("Read")
    String state_read();

    @Message("None")
    String no_deadline();

    @Message("Mark read")
    String mark_read_submit();

    @Message("You have no notifications.")
    String empty();

    @Message("You have no unread notifications.")
    String empty_unread();

    @Message("The notification is marked as read.")
    String marked_one();

    @Message("All your notifications are marked as read.")
    String marked_all();

    @Message("Pages of notifications")
    String paging_label();

    @Message("Page {page} of {pages}")
    String page_of(String page, String pages);

    @Message("Newer")
    String page_previous();

    @Message("Older")
    String page_next();

    // What a notification is about (NotificationKind)

    @Message("Case assigned to you")
    String kind_case_assigned();

    @Message("Decision deadline approaching")
    String kind_deadline_near();

    @Message("Decision deadline passed")
    String kind_deadline_passed();

    @Message("Immediate case not yet assessed")
    String kind_immediate_unassessed();

    @Message("Grant waiting for your approval")
    String kind_approval_waiting();

    @Message("Grant still waiting for its second approval")
    String kind_second_approval_overdue();

    @Message("Grant approved")
    String kind_grant_approved();

    @Message("Grant rejected")
    String kind_grant_rejected();

    @Message("Follow-up due")
    String kind_follow_up_due();

    @Message("Follow-up missed: possible loss of contact")
    String kind_follow_up_missed();

    @Message("Defender's risk raised to CRITICAL")
    String kind_risk_critical();

    @Message("At risk of forced return: a deadline is near")
    String kind_forced_return_risk();

    // The preferences

    @Message("Notification preferences")
    String preferences_title();

    @Message("Your notifications are always listed in the console. These settings decide when Haven also sends them by e-mail to the work address of your account. An e-mail names only what happened, the reference and the deadline, with a link here.")
    String preferences_intro();

    @Message("Back to your notifications")
    String back_to_list();

    @Message("Your preferences are saved.")
    String saved();

    @Message("E-mail")
    String email_legend();

    @Message("Send me notifications by e-mail")
    String email_label();

    @Message("Your time zone")
    String time_zone_label();

    @Message("A name such as Asia/Kabul or Europe/Paris. Quiet hours and the digest hour are in this zone.")
    String time_zone_hint();

    @Message("Quiet hours")
    String quiet_legend();

    @Message("No e-mail between these times, except the most urgent kinds; the others are sent when the quiet hours end. Leave both empty for none. From 22:00 until 07:00 spans the night.")
    String quiet_hint();

    @Message("Quiet from")
    String quiet_from_label();

    @Message("Quiet until")
    String quiet_until_label();

    @Message("Daily digest")
    String digest_label();

    @Message("One e-mail a day at this hour with all that came since the last one, instead of one e-mail per notification.")
    String digest_hint();

    @Message("None: one e-mail per notification")
    String digest_none();

    @Message("Save preferences")
    String save_submit();
}
