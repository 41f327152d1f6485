package org.haven.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every string of the administrator's pages (keys and their rotation, erasure of a defender) and of an
 * erased defender's page. English here; Dari, Pashto and French in
 * {@code src/main/resources/messages/admin_<code>.properties}. Templates use {@code {admin:key}}.
 */
@MessageBundle(value = "admin", locale = "en")
public interface AdminMessages {

    // The keys page

    @Message("Encryption keys")
    String keys_title();

    @Message("Each defender's protected details, the narratives and notes of their cases and the notes of their follow-ups are encrypted with a key of their own, the defender's data key. Every data key is locked with a key-encryption key (KEK). The KEKs are kept in the service's configuration, never in the database, and never shown here: this page shows only their names and counts.")
    String keys_intro();

    @Message("Now")
    String status_title();

    @Message("Primary key-encryption key")
    String primary_label();

    @Message("New data keys are locked with this key, and a rotation locks every older data key with it.")
    String primary_hint();

    @Message("Rotation")
    String pending_label();

    @Message("Needed: {count} data keys are still locked with an older key-encryption key.")
    String pending_yes(String count);

    @Message("Not needed: every data key is locked with the primary key-encryption key.")
    String pending_no();

    @Message("Destroyed data keys")
    String destroyed_label();

    @Message("{count}, one for each erased defender. Nothing can open their data again.")
    String destroyed_value(String count);

    @Message("Key-encryption keys")
    String keks_caption();

    @Message("Name")
    String col_kek();

    @Message("Role")
    String col_role();

    @Message("Configured in this service")
    String col_configured();

    @Message("Data keys locked with it")
    String col_data_keys();

    @Message("Primary")
    String role_primary();

    @Message("Older key")
    String role_older();

    @Message("Yes")
    String yes();

    @Message("No: data keys locked with it cannot be opened here. Configure it again before you rotate.")
    String configured_no();

    @Message("When to rotate")
    String when_title();

    @Message("After operations has added a new key-encryption key to every copy of the service and made it the primary one: rotation then locks every data key with it, so that the old key can be retired.")
    String when_new_primary();

    @Message("At once if an old key-encryption key may have leaked, after the same steps.")
    String when_leak();

    @Message("After erasures, when old backups must become unreadable sooner than they expire: rotate, take a fresh backup, then have the old key destroyed.")
    String when_erasures();

    @Message("Rotation changes no data: it locks the data keys again, in small steps, while everyone keeps working. If it stops half way, run it again. Every run is recorded in the audit log.")
    String rotation_note();

    @Message("Rotate now")
    String rotate_title();

    @Message("I have checked that every copy of the service now runs with {primary} as its primary key-encryption key.")
    String confirm_label(String primary);

    @Message("Confirmation")
    String confirm_field();

    @Message("Tick this box to confirm before the rotation runs.")
    String confirm_required();

    @Message("Lock every data key with {primary}")
    String rotate_submit(String primary);

    @Message("Rotation finished")
    String result_title();

    @Message("Locked with {primary} by this run: {count} data keys.")
    String result_rewrapped(String primary, String count);

    @Message("Already locked with it before: {count}.")
    String result_current(String count);

    @Message("Destroyed, with nothing to lock: {count}.")
    String result_destroyed(String count);

    @Message("Nothing was changed.")
    String result_nothing_changed();

    // Erasure of a defender

    @Message("Erase this defender")
    String erase_link();

    @Message("Erase a defender's personal data")
    String erase_title();

    @Message("Back to the defender")
    String back_to_defender();

    @Message("Defender")
    String defender_label();

    @Message("Reference")
    String reference_label();

    @Message("Erasure cannot be undone")
    String erase_warning_title();

    @Message("Erasure is the defender's right to be forgotten. It is done at once, by you alone, and nobody can reverse it: not you, not an operator, not from the database.")
    String erase_warning();

    @Message("What is removed")
    String removes_title();

    @Message("The protected details (legal name, other names, city, contacts, risk notes): their key is destroyed, so they can never be read again.")
    String removes_protected();

    @Message("The profile: the pseudonym becomes \"Erased\" with the reference; gender, year of birth, nationality, countries, legal status, areas of work, organisation and consent are emptied.")
    String removes_profile();

    @Message("In their cases and follow-ups: narratives, assessment notes, follow-up notes, case summaries, referring partners and reasons of status changes.")
    String removes_cases();

    @Message("What stays")
    String keeps_title();

    @Message("The reference, team, risk level, status and dates; the cases' references, statuses, amounts and dates; grants and payments with their purposes and comments, so that the figures and the money trail stay complete.")
    String keeps_records();

    @Message("The audit log: who did what and when, and every reason given, this erasure's reason included. It never held the protected details and it is never changed.")
    String keeps_audit();

    @Message("Copies outside the live database (backups, exports, files) until they expire or are destroyed.")
    String keeps_copies();

    @Message("Reason for the erasure")
    String reason_label();

    @Message("Recorded in the audit log for good, in clear. No names, places or contacts: \"The defender asked to be forgotten\" is enough.")
    String reason_hint();

    @Message("Type the reference to confirm")
    String confirmation_label();

    @Message("Type {reference} exactly as shown.")
    String confirmation_hint(String reference);

    @Message("This is not the reference {reference}. Nothing was erased.")
    String confirmation_mismatch(String reference);

    @Message("Erase for good")
    String erase_submit();

    @Message("Cancel")
    String cancel();

    // An erased defender's page

    @Message("This defender's personal data was erased on {when}. It cannot be recovered or shown.")
    String erased_notice(String when);

    @Message("Erased")
    String erased_at_label();
}
