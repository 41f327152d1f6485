package org.haven.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every string of the legal-status pages: a defender's timeline and deadlines, the forced-return overview and the
 * safe aggregate report (docs/legal-status.md). English here; Dari, Pashto and French in
 * {@code src/main/resources/messages/legal_<code>.properties}. Templates use {@code {legal:key}}.
 */
@MessageBundle(value = "legal", locale = "en")
public interface LegalMessages {

    // A defender's legal status

    @Message("Legal status")
    String status_title();

    @Message("Legal status of {pseudonym}")
    String status_heading(String pseudonym);

    @Message("Back to the defender")
    String back_to_defender();

    @Message("Legal status and forced-return deadlines")
    String defender_link();

    @Message("Situation now")
    String situation_label();

    @Message("At risk of forced return")
    String at_risk_title();

    @Message("An appeal deadline or a removal date is within {days} days, or has passed without an answer. Act before it passes.")
    String at_risk_text(int days);

    @Message("Not at risk of forced return: no open deadline within {days} days.")
    String not_at_risk(int days);

    @Message("Proposed: an immediate legal-aid request")
    String proposal_title();

    @Message("Haven proposes this request; it is opened only if you open it. Choose how the request reached you and check the summary.")
    String proposal_intro();

    @Message("Summary")
    String proposal_summary();

    @Message("How it reached you")
    String proposal_channel();

    @Message("Choose a channel")
    String proposal_channel_choose();

    @Message("Open this legal-aid request")
    String proposal_submit();

    @Message("A legal-aid request for this defender is open already.")
    String proposal_open_already();

    @Message("Open deadlines")
    String deadlines_title();

    @Message("No open deadline.")
    String deadlines_empty();

    @Message("Deadline")
    String col_deadline();

    @Message("Date")
    String col_date();

    @Message("Time left")
    String col_time_left();

    @Message("{days} days left")
    String days_left(long days);

    @Message("Today")
    String today();

    @Message("Passed {days} days ago")
    String days_passed(long days);

    @Message("Timeline")
    String timeline_title();

    @Message("Nothing recorded yet.")
    String timeline_empty();

    @Message("Event")
    String col_event();

    @Message("Host country")
    String col_country();

    @Message("Note")
    String col_note();

    @Message("Recorded")
    String col_recorded();

    @Message("Encrypted, not shown here")
    String note_hidden();

    @Message("None")
    String none();

    @Message("Retracted: {reason}")
    String retracted(String reason);

    @Message("Record an event")
    String record_title();

    @Message("For an appeal deadline give the last day to appeal; for a removal order the removal date; for an expiry the day the visa or permit ends.")
    String record_intro();

    @Message("What happened")
    String kind_label();

    @Message("Choose an event")
    String kind_choose();

    @Message("Date")
    String occurred_on_label();

    @Message("Host country")
    String host_country_label();

    @Message("Two letters, such as PK or IR. Empty: the defender's current country.")
    String host_country_hint();

    @Message("Note")
    String note_label();

    @Message("Encrypted with the defender's key; never shown on these pages nor written to the audit log.")
    String note_hint();

    @Message("Record")
    String record_submit();

    @Message("Retract")
    String retract_summary();

    @Message("Why it was entered in error")
    String retract_reason_label();

    @Message("Retract this event")
    String retract_submit();

    // Kinds of event

    @Message("Asylum application")
    String kind_asylum_application();

    @Message("Interview")
    String kind_interview();

    @Message("Decision: protection granted")
    String kind_decision_granted();

    @Message("Decision: refused")
    String kind_decision_refused();

    @Message("Appeal filed")
    String kind_appeal_filed();

    @Message("Appeal deadline")
    String kind_appeal_deadline();

    @Message("Removal order")
    String kind_removal_order();

    @Message("Detention")
    String kind_detention();

    @Message("Visa or permit expiry")
    String kind_permit_expiry();

    @Message("Deportation")
    String kind_deportation();

    // Situations

    @Message("Nothing recorded")
    String situation_no_record();

    @Message("Asylum claim pending")
    String situation_asylum_pending();

    @Message("Protection granted")
    String situation_protection_granted();

    @Message("Refused")
    String situation_refused();

    @Message("Appeal pending")
    String situation_appeal_pending();

    @Message("Removal ordered")
    String situation_removal_ordered();

    @Message("Detained")
    String situation_detained();

    @Message("Visa or permit expired")
    String situation_permit_expired();

    @Message("Deported")
    String situation_deported();

    // The forced-return overview

    @Message("Forced return")
    String overview_title();

    @Message("Defenders of your teams at risk of forced return, and the deadlines ahead. These figures identify people: keep them inside the organisation. For numbers to share, use the safe report.")
    String overview_intro();

    @Message("At risk now")
    String at_risk_count_label();

    @Message("By host country")
    String by_country_title();

    @Message("By gender")
    String by_gender_title();

    @Message("Defenders")
    String col_defenders();

    @Message("Country")
    String col_country_code();

    @Message("Gender")
    String col_gender();

    @Message("Nobody is at risk of forced return.")
    String at_risk_none();

    @Message("Deadlines in the next {days} days, and passed ones not answered")
    String upcoming_title(int days);

    @Message("Defender")
    String col_defender();

    @Message("Flagged")
    String col_flagged();

    @Message("Yes")
    String yes();

    @Message("Not yet")
    String not_yet();

    @Message("Safe report for advocacy and donors")
    String report_link();

    // The safe report

    @Message("Safe report")
    String report_title();

    @Message("Counts of defenders that can be shared outside the organisation: no count below {k} is published, and further counts are hidden so that none can be worked out from the others. No names, no text. The file ends with a signature that proves it came from Haven unchanged.")
    String report_intro(int k);

    @Message("From quarter")
    String from_label();

    @Message("To quarter")
    String to_label();

    @Message("Such as 2026-Q1")
    String quarter_hint();

    @Message("Whose requests")
    String population_label();

    @Message("Supported")
    String population_supported();

    @Message("Every decided request")
    String population_decided();

    @Message("Rows")
    String rows_label();

    @Message("Columns")
    String columns_label();

    @Message("Show the report")
    String report_submit();

    @Message("Download the signed CSV")
    String report_download();

    @Message("x: not published (below {k}, or hidden so that a small count cannot be worked out).")
    String report_legend(int k);

    @Message("Total")
    String total();

    @Message("Country of exile")
    String dimension_country_of_exile();

    @Message("Gender")
    String dimension_gender();

    @Message("Area of work")
    String dimension_area_of_work();

    @Message("Assistance type")
    String dimension_assistance_type();

    @Message("Outcome")
    String dimension_outcome();

    @Message("Quarter")
    String dimension_quarter();

    @Message("Report {id}: {hidden} counts hidden. Every report is recorded in the audit log.")
    String report_issued(String id, int hidden);

    @Message("Not recorded")
    String not_recorded();
}
