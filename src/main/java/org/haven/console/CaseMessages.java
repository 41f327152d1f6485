package org.haven.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every string of the case pages (open a request, the case page). English here; Dari, Pashto and French in
 * {@code src/main/resources/messages/cases_<code>.properties} under the same keys. Templates use
 * {@code {cases:key}}.
 */
@MessageBundle(value = "cases", locale = "en")
public interface CaseMessages {

    // Open a request

    @Message("Open a request")
    String open_title();

    @Message("Record a request for help from a defender. The case gets its reference and decision deadline when you open it. Fields without \"(optional)\" are required.")
    String open_intro();

    @Message("Defender")
    String open_defender();

    @Message("Defender's id")
    String open_defender_id();

    @Message("Open the request from the defender's page, or paste the id from the address of that page (/console/defenders/…).")
    String open_defender_id_hint();

    @Message("Assistance needed")
    String open_assistance_types();

    @Message("Urgency")
    String open_urgency();

    @Message("Summary")
    String open_summary();

    @Message("A short line that does not identify anyone: no names, places or contacts. At most 200 characters.")
    String open_summary_hint();

    @Message("Narrative (optional)")
    String open_narrative();

    @Message("What happened and what is needed, in the defender's or partner's words. Sensitive: stored encrypted and shown only to someone who gives a reason.")
    String open_narrative_hint();

    @Message("Amount requested (optional)")
    String open_amount();

    @Message("Leave both empty if no amount was asked for.")
    String open_amount_hint();

    @Message("Amount")
    String open_amount_value();

    @Message("Currency")
    String open_amount_currency();

    @Message("Three-letter code, e.g. EUR, USD, AFN.")
    String open_amount_currency_hint();

    @Message("Received through")
    String open_channel();

    @Message("Referring partner (optional)")
    String open_partner();

    @Message("The organisation that referred the defender, if any.")
    String open_partner_hint();

    @Message("Open the request")
    String open_submit();

    @Message("Choose…")
    String choose();

    @Message("None")
    String none();

    @Message("{field}: {problem}")
    String field_problem(String field, String problem);

    // Case page

    @Message("Case")
    String case_heading();

    @Message("Defender")
    String defender();

    @Message("The defender's page")
    String defender_link();

    @Message("Received")
    String received();

    @Message("Narrative")
    String narrative();

    @Message("Amount requested")
    String requested_amount();

    @Message("Referring partner")
    String referring_partner();

    @Message("reason:")
    String status_reason();

    @Message("decided {time}")
    String decided_at(String time);

    // Narrative

    @Message("Narrative and assessment notes")
    String narrative_title();

    @Message("The narrative and the assessment notes are sensitive and hidden. To read them, say why; your reading and your reason are recorded in the case's history.")
    String narrative_hidden();

    @Message("Why do you need to see them?")
    String reveal_reason();

    @Message("Recorded in the case's history with your name. At most 500 characters.")
    String reveal_reason_hint();

    @Message("Show, with this reason")
    String reveal_submit();

    @Message("Shown for this page only. Your reading and your reason were recorded in the case's history.")
    String sensitive_shown();

    @Message("Sensitive: stored encrypted and shown only to someone who gives a reason.")
    String sensitive_hint();

    // Assessment

    @Message("Assessment")
    String assessment_title();

    @Message("No assessment is recorded yet.")
    String assessment_none();

    @Message("An assessment is recorded while the case is in assessment.")
    String assessment_not_now();

    @Message("To change the assessment, first show the narrative and notes with a reason (above): saving replaces the whole assessment, and notes not shown would be erased.")
    String assessment_show_notes_first();

    @Message("Identity: is the person a human rights defender?")
    String assessment_identity();

    @Message("Note on identity (optional)")
    String assessment_identity_note();

    @Message("Situation: are they at risk because of their work?")
    String assessment_situation();

    @Message("Note on the situation (optional)")
    String assessment_situation_note();

    @Message("Need: is this help needed and not available elsewhere?")
    String assessment_need();

    @Message("Note on the need (optional)")
    String assessment_need_note();

    @Message("Risk assessment")
    String assessment_risk();

    @Message("Recorded")
    String assessment_recorded();

    @Message("Complete")
    String assessment_state();

    @Message("Yes: identity, situation, need and risk are recorded")
    String assessment_complete();

    @Message("No: something is still missing")
    String assessment_incomplete();

    @Message("Saving replaces the recorded assessment, notes included. Notes and risk assessment are filled in only after they were shown with a reason; to keep or change them, show them first.")
    String assessment_replaces();

    @Message("Save the assessment")
    String assessment_submit();

    @Message("Met")
    String check_met();

    @Message("Not met")
    String check_not_met();

    @Message("Unclear")
    String check_unclear();

    @Message("Relocation plan (for temporary relocation)")
    String relocation_title();

    @Message("Fill in when temporary relocation is requested; leave empty otherwise.")
    String relocation_hint();

    @Message("Host country")
    String relocation_host_country();

    @Message("Two-letter country code, e.g. DE.")
    String relocation_host_country_hint();

    @Message("Host organisation (optional)")
    String relocation_host_organisation();

    @Message("Planned duration in months")
    String relocation_months();

    @Message("Family members included")
    String relocation_family();

    @Message("What you typed (not saved)")
    String typed_title();

    @Message("The form above shows the case as it is now. Copy from here what you still want to record.")
    String typed_hint();

    // Status

    @Message("Status")
    String status_title();

    @Message("Status now:")
    String status_now();

    @Message("This case is closed to further status changes.")
    String status_final();

    @Message("Move the case to")
    String transition_to();

    @Message("Reason")
    String transition_reason();

    @Message("Kept in the case's history. Declining, referring, withdrawing and closing need a reason.")
    String transition_reason_hint();

    @Message("Change the status")
    String transition_submit();

    // Assignment

    @Message("Assignment")
    String assignment_title();

    @Message("Assign to me")
    String assign_to_me();

    @Message("Officer")
    String assign_officer();

    @Message("The officer's user name, as they sign in. Officers take a case for themselves; a programme manager assigns others.")
    String assign_officer_hint();

    @Message("Assign")
    String assign_submit();

    // Timeline

    @Message("Timeline")
    String timeline_title();

    @Message("Everything recorded about this case, newest first. Sensitive values are never shown here.")
    String timeline_intro();

    @Message("When")
    String timeline_when();

    @Message("Who")
    String timeline_who();

    @Message("Role")
    String timeline_role();

    @Message("What happened")
    String timeline_what();

    @Message("Reason given")
    String timeline_reason();

    @Message("Haven (automatic)")
    String role_system();

    @Message("Request opened")
    String timeline_request_created();

    @Message("Intake details corrected")
    String timeline_request_details_changed();

    @Message("Narrative replaced")
    String timeline_request_narrative_changed();

    @Message("Status changed from {from} to {to}")
    String timeline_status_changed(String from, String to);

    @Message("Status set to {to}")
    String timeline_status_set(String to);

    @Message("Assessment recorded")
    String timeline_request_assessed();

    @Message("Assigned to {officer}")
    String timeline_request_assigned(String officer);

    @Message("Narrative and notes read")
    String timeline_request_sensitive_viewed();

    @Message("Grant proposed")
    String timeline_grant_proposed();

    @Message("Grant approval recorded (another approval needed)")
    String timeline_grant_approval_recorded();

    @Message("Grant approved")
    String timeline_grant_approved();

    @Message("Grant rejected")
    String timeline_grant_rejected();

    @Message("Grant withdrawn")
    String timeline_grant_withdrawn();

    @Message("Grant cancelled")
    String timeline_grant_cancelled();

    @Message("Grant closed")
    String timeline_grant_closed();

    @Message("Payment recorded")
    String timeline_grant_disbursed();

    @Message("Grant decision refused")
    String timeline_grant_decision_refused();

    @Message("Follow-up planned")
    String timeline_follow_up_planned();

    @Message("Follow-up done")
    String timeline_follow_up_completed();

    @Message("Follow-up cancelled")
    String timeline_follow_up_cancelled();

    @Message("Follow-up missed")
    String timeline_follow_up_missed();

    @Message("Follow-up notes read")
    String timeline_follow_up_notes_viewed();

    @Message("Defender's risk level changed")
    String timeline_defender_risk_changed();

    @Message("Other change")
    String timeline_other();

    // Grants

    @Message("Grants")
    String grants_title();

    @Message("No grant for this case yet.")
    String grants_none();

    @Message("Propose a grant for this case")
    String grants_propose();

    @Message("Amount")
    String grant_amount();

    @Message("Fund")
    String grant_fund();

    @Message("Proposed")
    String grant_proposed();

    @Message("Approved")
    String grant_approved();

    @Message("Rejected")
    String grant_rejected();

    @Message("Withdrawn")
    String grant_withdrawn();

    @Message("Cancelled")
    String grant_cancelled();

    @Message("Closed")
    String grant_closed();

    // Follow-ups

    @Message("Follow-ups")
    String follow_ups_title();

    @Message("No follow-up for this case yet.")
    String follow_ups_none();

    @Message("Plan a follow-up for this case")
    String follow_ups_plan();

    @Message("Follow-up")
    String follow_up_type();

    @Message("Due")
    String follow_up_due();

    @Message("Outcome")
    String follow_up_outcome();

    @Message("overdue")
    String follow_up_overdue();

    @Message("Check-in")
    String follow_up_check_in();

    @Message("Financial report")
    String follow_up_financial_report();

    @Message("Security review")
    String follow_up_security_review();

    @Message("Other")
    String follow_up_other();

    @Message("Planned")
    String follow_up_planned();

    @Message("Done")
    String follow_up_done();

    @Message("Missed")
    String follow_up_missed();

    @Message("Cancelled")
    String follow_up_cancelled();

    @Message("Safe")
    String outcome_safe();

    @Message("Risk increased")
    String outcome_risk_increased();

    @Message("Relocated")
    String outcome_relocated();

    @Message("Lost contact")
    String outcome_lost_contact();

    @Message("Needs further support")
    String outcome_needs_further_support();

    // Values

    @Message("Temporary relocation")
    String type_temporary_relocation();

    @Message("Legal")
    String type_legal();

    @Message("Medical")
    String type_medical();

    @Message("Security")
    String type_security();

    @Message("Digital security")
    String type_digital_security();

    @Message("Psychosocial")
    String type_psychosocial();

    @Message("Subsistence")
    String type_subsistence();

    @Message("Family support")
    String type_family_support();

    @Message("Other")
    String type_other();

    @Message("Secure form")
    String channel_secure_form();

    @Message("Signal")
    String channel_signal();

    @Message("Email")
    String channel_email();

    @Message("Phone")
    String channel_phone();

    @Message("Partner referral")
    String channel_partner_referral();

    @Message("In person")
    String channel_in_person();

    @Message("Other")
    String channel_other();
}
