package org.haven.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every string of the auditor's pages: the audit log, the chain verification, the exports and how to verify
 * them offline, and a defender's history. English here; Dari, Pashto and French in
 * {@code src/main/resources/messages/audit_<code>.properties} (ConsoleMessagesTest fails when one is missing).
 * Templates use {@code {audit:key}}.
 */
@MessageBundle(value = "audit", locale = "en")
public interface AuditMessages {

    @Message("Audit log")
    String log_title();

    @Message("Every change and every look at sensitive data, newest first. The log holds no sensitive value: a protected field shows only that it changed.")
    String log_intro();

    @Message("total: {count}")
    String log_count(String count);

    @Message("Chain verification")
    String verify_title();

    @Message("Haven recomputes the hash of every entry and checks that each one follows the one before. It reads the whole log, so it runs only when you ask.")
    String verify_intro();

    @Message("Verify the whole chain now")
    String verify_run();

    @Message("Keep a checkpoint and the key")
    String keep_title();

    @Message("A checkpoint is Haven's signed statement of how long the log was and how it ended. Keep it outside Haven, every day: nobody can then rewrite the log up to it unnoticed.")
    String keep_intro();

    @Message("Download a new signed checkpoint")
    String download_checkpoint();

    @Message("JSON, the same as GET /audit/checkpoint")
    String download_checkpoint_hint();

    @Message("Download the public key (PEM)")
    String download_key_pem();

    @Message("Key id {keyId}: confirm it with your administrator through another channel.")
    String download_key_hint(String keyId);

    @Message("Download the public key (JSON, the same as GET /audit/public-key)")
    String download_key_json();

    @Message("Filter the log")
    String filters_title();

    @Message("Entity type")
    String label_entity_type();

    @Message("For example defender, request, grant, follow-up, fund, export")
    String hint_entity_type();

    @Message("Entity id")
    String label_entity_id();

    @Message("A UUID, as in the address of its page")
    String hint_uuid();

    @Message("Case id")
    String label_case_id();

    @Message("Actor")
    String label_actor();

    @Message("The person's account name (subject), exactly")
    String hint_actor();

    @Message("Action")
    String label_action();

    @Message("Any action")
    String any_action();

    @Message("From")
    String label_from();

    @Message("UTC, written as 2026-01-31T10:15:30Z")
    String hint_time();

    @Message("Until")
    String label_to();

    @Message("UTC, as 2026-02-01T00:00:00Z; this moment itself is not included")
    String hint_time_to();

    @Message("Show entries")
    String filter_submit();

    @Message("Clear the filters")
    String filter_clear();

    @Message("Entries")
    String entries_title();

    @Message("Newest first. Each changed field shows its value before and after, as the API gives them.")
    String entries_intro();

    @Message("No entry matches these filters.")
    String entries_empty();

    @Message("No.")
    String col_seq();

    @Message("When")
    String col_time();

    @Message("Who, as what")
    String col_actor();

    @Message("Action")
    String col_action();

    @Message("About")
    String col_entity();

    @Message("Reason")
    String col_reason();

    @Message("Changes (before, after)")
    String col_changes();

    @Message("Open the case")
    String open_case();

    @Message("changed (protected: no value is recorded)")
    String change_sensitive();

    @Message("→")
    String change_to();

    @Message("(none)")
    String change_none();

    @Message("Pages of entries")
    String paging_label();

    @Message("Newer entries")
    String paging_previous();

    @Message("Older entries")
    String paging_next();

    @Message("Page {page} of {pages}")
    String paging_page(String page, String pages);

    @Message("Verification of the audit chain")
    String verification_title();

    @Message("Back to the audit log")
    String back_to_log();

    @Message("The chain is valid")
    String chain_valid();

    @Message("Every entry matches its hash and follows the one before: nothing was changed, removed or inserted.")
    String chain_valid_text();

    @Message("The chain is broken at entry {seq}")
    String chain_broken(String seq);

    @Message("Change nothing and ask no one to repair the log. Keep this page, check your older checkpoints, and report it as the guide for auditors says.")
    String chain_broken_text();

    @Message("What Haven found:")
    String chain_problem();

    @Message("Checked at")
    String fact_checked_at();

    @Message("Entries checked")
    String fact_entries();

    @Message("Last entry")
    String fact_head_seq();

    @Message("Hash of the last entry")
    String fact_head_hash();

    @Message("This check is done by Haven itself. To be independent of it, keep checkpoints outside Haven and check them with your own tools (docs/auditors.md).")
    String verification_next();

    @Message("Verify again")
    String verify_again();

    @Message("History of {pseudonym}")
    String defender_history_title(String pseudonym);

    @Message("Every change to this defender's record and every look at their protected details, newest first. Protected values are never in the log.")
    String defender_history_intro();

    @Message("Back to the defender")
    String back_to_defender();

    @Message("History of this record")
    String defender_history_link();

    @Message("Export this case")
    String case_export_title();

    @Message("Its complete history as JSON Lines")
    String case_export_jsonl();

    @Message("Its audit events as CSV")
    String case_export_csv();

    @Message("Export case histories")
    String export_title();

    @Message("One file with complete case histories, ending with a manifest that Haven signs. Every export is recorded in the audit log. Large exports take a while: wait until the download ends.")
    String export_intro();

    @Message("How to verify an export offline")
    String export_verify_link();

    @Message("Which cases")
    String export_filters();

    @Message("Received from")
    String export_from();

    @Message("Received before")
    String export_to();

    @Message("Case status")
    String export_status();

    @Message("Any status")
    String any_status();

    @Message("Assistance type")
    String export_type();

    @Message("Any type")
    String any_type();

    @Message("With a grant from the fund")
    String export_fund();

    @Message("Any fund, or none")
    String any_fund();

    @Message("Format")
    String export_format();

    @Message("JSON Lines: one complete case per line")
    String format_jsonl();

    @Message("CSV: one row per audit event, for a spreadsheet")
    String format_csv();

    @Message("Exports made here are pseudonymous: references and pseudonyms, never names, places or contacts. Keep the file unchanged and work on copies.")
    String export_pseudonymous();

    @Message("Download the export")
    String export_submit();

    @Message("Verify an export offline")
    String verify_page_title();

    @Message("On your own computer, without Haven or a network, you can check that an export is complete and unchanged: its signature, the digest of the whole file, the chain of its lines and the hash of every audit entry in it.")
    String verify_page_intro();

    @Message("Get the verifier, once")
    String step_verifier_title();

    @Message("You need Java 17 or later and a copy of the quarkus-app directory of the Haven version in use (the whole directory). Ask the operators for it and keep it on your own computer.")
    String step_verifier_text();

    @Message("Keep the public key")
    String step_key_title();

    @Message("Download the public key as PEM. Its key id is {keyId}: confirm it with the administrator who made the key, in person or by phone. If the key is ever replaced, keep the old one too: an export is checked with the key in use when it was made.")
    String step_key_text(String keyId);

    @Message("Download the export")
    String step_export_title();

    @Message("Build it with the filters you need. Keep the downloaded file as it is: a spreadsheet that opens and saves it changes it, and the check then fails.")
    String step_export_text();

    @Message("Run the check")
    String step_run_title();

    @Message("In a terminal, in the directory that holds quarkus-app, the export and the key (the same command checks a CSV export):")
    String step_run_text();

    @Message("Read the result")
    String step_read_title();

    @Message("A file exactly as Haven signed it prints:")
    String step_read_valid();

    @Message("Otherwise it prints INVALID and one line per problem:")
    String step_read_invalid();

    @Message("What the verifier may print, and what it means")
    String failures_caption();

    @Message("Printed")
    String col_printed();

    @Message("Meaning")
    String col_meaning();

    @Message("The exit code is 0 for valid, 1 for invalid and 2 when the command could not check at all. If a check fails, do not rely on the file and do not repair it: download it again, check again, and follow the guide for auditors.")
    String step_read_exit();

    @Message("Keep checkpoints")
    String step_keep_title();

    @Message("The manifest names the audit head at the time of the export. Keep a signed checkpoint every day from the audit log page: the entries in your exports can then be compared with a log nobody could rewrite.")
    String step_keep_text();

    @Message("The download stopped early, or the last line was changed or removed.")
    String verify_truncated();

    @Message("Something before the manifest changed; the lines that follow in the output say where.")
    String verify_digest();

    @Message("The manifest was changed, or it was signed with another key (a replaced key, or the wrong PEM file).")
    String verify_signature();

    @Message("Lines are missing, added or in another order before line N.")
    String verify_moved();

    @Message("Line N − 1 was changed.")
    String verify_altered();

    @Message("An audit entry in line N was changed (for example who did it, when, or why).")
    String verify_entry();

    @Message("The command was typed wrongly, or the file or the key could not be read: check the paths and that the key file is the PEM.")
    String verify_unusable();

    // ===== Exports of organisations and activities (issue #18) =====

    @Message("Organisations and activities")
    String export_groups_title();

    @Message("Every organisation's and every activity's history, with its grants and audit trail, as JSON Lines that the same verifier checks. Filters are in the API.")
    String export_groups_intro();

    @Message("Download all organisation histories")
    String export_organisations();

    @Message("Download all activity histories")
    String export_activities();
}
