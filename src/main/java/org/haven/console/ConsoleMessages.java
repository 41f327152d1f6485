package org.haven.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every string the console shows. English here; Dari, Pashto and French in
 * {@code src/main/resources/messages/msg_<code>.properties}, under the same keys
 * (ConsoleMessagesTest fails when one is missing). Templates use {@code {msg:key}}.
 */
@MessageBundle(value = "msg", locale = "en")
public interface ConsoleMessages {

    // Layout

    @Message("Haven")
    String app_name();

    @Message("Skip to main content")
    String skip_to_content();

    @Message("Main menu")
    String nav_label();

    @Message("My caseload")
    String nav_caseload();

    @Message("Defenders")
    String nav_defenders();

    @Message("Follow-ups")
    String nav_follow_ups();

    @Message("Approvals")
    String nav_approvals();

    @Message("Overview")
    String nav_overview();

    @Message("Funds")
    String nav_funds();

    @Message("Audit log")
    String nav_audit();

    @Message("Exports")
    String nav_exports();

    @Message("Keys")
    String nav_keys();

    @Message("Notifications")
    String nav_notifications();

    @Message("{count} unread")
    String nav_unread(String count);

    @Message("Signed in as {name}, {role}")
    String signed_in_as(String name, String role);

    @Message("Sign out")
    String sign_out();

    @Message("Language")
    String language_label();

    @Message("Change language")
    String language_apply();

    @Message("Protection officer")
    String role_protection_officer();

    @Message("Programme manager")
    String role_programme_manager();

    @Message("Auditor")
    String role_auditor();

    @Message("Administrator")
    String role_admin();

    @Message("You can read this page. Your role does not change cases.")
    String read_only_notice();

    // Caseload

    @Message("My caseload")
    String caseload_title();

    @Message("Cases of your teams and cases assigned to you that wait for a decision. Overdue cases come first, then the nearest deadline.")
    String caseload_intro();

    @Message("Refresh")
    String caseload_refresh();

    @Message("As of {time}")
    String caseload_as_of(String time);

    @Message("Overdue")
    String section_overdue();

    @Message("In assessment")
    String section_in_assessment();

    @Message("Received, not yet assessed")
    String section_received();

    @Message("Cases: {count}")
    String section_count(String count);

    @Message("Showing the first {shown} of {total}.")
    String section_more(String shown, String total);

    @Message("No case here.")
    String section_empty();

    @Message("Reference")
    String col_reference();

    @Message("Urgency")
    String col_urgency();

    @Message("Status")
    String col_status();

    @Message("Decision due")
    String col_deadline();

    @Message("Time left")
    String col_time_left();

    @Message("Assigned to")
    String col_assigned();

    @Message("Summary")
    String col_summary();

    @Message("Immediate")
    String urgency_immediate();

    @Message("Urgent")
    String urgency_urgent();

    @Message("Standard")
    String urgency_standard();

    @Message("Received")
    String status_received();

    @Message("In assessment")
    String status_in_assessment();

    @Message("Supported")
    String status_supported();

    @Message("Declined")
    String status_declined();

    @Message("Referred")
    String status_referred();

    @Message("Withdrawn")
    String status_withdrawn();

    @Message("Closed")
    String status_closed();

    @Message("{amount} left")
    String time_left(String amount);

    @Message("Overdue by {amount}")
    String time_overdue(String amount);

    @Message("{days} d {hours} h")
    String duration_days_hours(String days, String hours);

    @Message("{hours} h {minutes} min")
    String duration_hours_minutes(String hours, String minutes);

    @Message("You")
    String assigned_you();

    @Message("Not assigned")
    String assigned_nobody();

    @Message("Another officer")
    String assigned_other();

    // Errors and signing out

    @Message("You do not have access to this page")
    String error_forbidden_title();

    @Message("Your role does not include this page. If your work needs it, ask an administrator.")
    String error_forbidden_text();

    @Message("This form could not be accepted")
    String error_form_title();

    @Message("Nothing was changed. The form was not sent from this page, or it was too old. Open the page again and repeat what you did.")
    String error_form_text();

    @Message("You have signed out")
    String signed_out_title();

    @Message("Your session has ended here and at the sign-in service. On a shared device, also close the browser.")
    String signed_out_text();

    @Message("Sign in again")
    String sign_in_again();

    // Forms

    @Message("This field is required.")
    String field_required();

    @Message("Too long: at most {max} characters.")
    String field_too_long(String max);

    @Message("Too many: at most {max}.")
    String field_too_many(String max);

    @Message("Too small.")
    String field_too_small();

    @Message("Too large.")
    String field_too_large();

    @Message("Must not be in the future.")
    String field_in_future();

    @Message("Must not be in the past.")
    String field_in_past();

    @Message("This value is not valid here.")
    String field_invalid();

    @Message("Nothing was saved. Please correct the following:")
    String form_not_saved();

    @Message("Your change was not saved")
    String form_stale_title();

    @Message("Not found")
    String error_not_found_title();

    @Message("This could not be done")
    String error_refused_title();

    @Message("Erased")
    String error_gone_title();

    @Message("Forced return")
    String nav_forced_return();

    @Message("Organisations")
    String nav_organisations();

    @Message("Activities")
    String nav_activities();
}
