package org.haven.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every string of the organisation and activity pages. English here; French, Dari and Pashto in
 * {@code src/main/resources/messages/groups_<code>.properties} (drafts awaiting native review, see docs/console.md).
 * Templates use {@code {groups:key}}.
 */
@MessageBundle(value = "groups", locale = "en")
public interface GroupMessages {

    // The organisation list

    @Message("Organisations")
    String org_list_title();

    @Message("The partner, host, beneficiary and funder organisations of your teams. Their contact channels are never listed: open an organisation and give a reason to see them.")
    String org_list_intro();

    @Message("Register an organisation")
    String register_link();

    @Message("Search")
    String search_legend();

    @Message("Name or reference")
    String search_text();

    @Message("Any")
    String any();

    @Message("Search")
    String search_submit();

    @Message("Organisations of your teams")
    String org_caption();

    @Message("Reference")
    String col_reference();

    @Message("Name")
    String col_name();

    @Message("Types")
    String col_types();

    @Message("Country")
    String col_country();

    @Message("Vetting")
    String col_vetting();

    @Message("Status")
    String col_status();

    @Message("No organisation matches.")
    String org_empty();

    @Message("Pages of organisations")
    String paging_label();

    @Message("Page {page} of {pages}")
    String page_of(String page, String pages);

    @Message("Previous")
    String page_previous();

    @Message("Next")
    String page_next();

    // Labels of the organisation's values

    @Message("Partner")
    String type_partner();

    @Message("Host")
    String type_host();

    @Message("Beneficiary")
    String type_beneficiary();

    @Message("Funder")
    String type_funder();

    @Message("Not vetted")
    String vetting_not_vetted();

    @Message("Vetting in progress")
    String vetting_in_progress();

    @Message("Vetted")
    String vetting_vetted();

    @Message("Refused")
    String vetting_refused();

    @Message("Active")
    String status_active();

    @Message("Archived")
    String status_archived();

    @Message("Member")
    String role_member();

    @Message("Staff")
    String role_staff();

    @Message("Leadership")
    String role_leadership();

    @Message("None")
    String none();

    // Registering

    @Message("Register an organisation")
    String register_title();

    @Message("The contact channels are sealed: afterwards they are shown only to someone who gives a reason, and every such reading is recorded. The organisation starts as not vetted.")
    String register_intro();

    @Message("Name")
    String label_name();

    @Message("What the organisation is to the programme")
    String label_types();

    @Message("Country")
    String label_country();

    @Message("Choose a country (optional)")
    String country_choose();

    @Message("Public key (optional)")
    String label_public_key();

    @Message("An OpenPGP or similar public key, to write to the organisation securely.")
    String hint_public_key();

    @Message("Contact channel (sensitive, optional)")
    String contacts_legend();

    @Message("Channel")
    String label_contact_channel();

    @Message("Choose a channel")
    String channel_choose();

    @Message("Address or number")
    String label_contact_value();

    @Message("Team")
    String label_team();

    @Message("Choose a team")
    String team_choose();

    @Message("Register the organisation")
    String register_submit();

    @Message("Back to the organisations")
    String back_to_list();

    // The organisation's page

    @Message("Reference")
    String label_reference();

    @Message("Status")
    String label_status();

    @Message("Registered")
    String label_registered();

    @Message("Why it was archived")
    String label_archive_reason();

    @Message("This organisation is archived: it can no longer be changed, linked or chosen as a partner.")
    String archived_notice();

    @Message("Vetting")
    String vetting_title();

    @Message("Date of the decision")
    String label_vetted_on();

    @Message("Record a vetting decision")
    String vetting_form_title();

    @Message("Vetted and refused need the date of the decision; the other statuses take no date. The reason is recorded in the audit log.")
    String vetting_intro();

    @Message("Decision")
    String label_vetting_status();

    @Message("Choose a decision")
    String vetting_choose();

    @Message("Reason")
    String label_reason();

    @Message("Say why. It is recorded in the audit log with your name.")
    String hint_reason();

    @Message("Record the decision")
    String vetting_submit();

    @Message("Archive the organisation")
    String archive_title();

    @Message("Nothing is deleted. An archived organisation can no longer be changed, linked or chosen as a partner.")
    String archive_intro();

    @Message("Archive")
    String archive_submit();

    @Message("Linked defenders")
    String members_title();

    @Message("Defenders linked to this organisation, by reference")
    String members_caption();

    @Message("Defender")
    String col_defender();

    @Message("Role")
    String col_role();

    @Message("Linked")
    String col_linked();

    @Message("Action")
    String col_action();

    @Message("No defender is linked.")
    String members_empty();

    @Message("Link a defender")
    String link_title();

    @Message("The defender must belong to the organisation's team.")
    String link_intro();

    @Message("Defender's id")
    String label_defender_id();

    @Message("The id at the end of the address of the defender's page.")
    String hint_defender_id();

    @Message("Role")
    String label_role();

    @Message("Choose a role")
    String role_choose();

    @Message("Link the defender")
    String link_submit();

    @Message("End the link")
    String unlink_summary();

    @Message("End the link")
    String unlink_submit();

    @Message("Contact channels")
    String contacts_title();

    @Message("Contact channels can reach the people this organisation shelters. They are shown only after you give a reason, and the reading is recorded in the audit log.")
    String contacts_intro();

    @Message("Show the contact channels")
    String show_contacts_submit();

    @Message("Shown at {at}. This reading is recorded in the audit log.")
    String contacts_shown(String at);

    @Message("Hide the contact channels")
    String hide_contacts();

    @Message("The organisation is registered.")
    String done_registered();

    @Message("The vetting decision is recorded.")
    String done_vetted();

    @Message("The organisation is archived.")
    String done_archived();

    @Message("The defender is linked.")
    String done_linked();

    @Message("The link has ended.")
    String done_unlinked();

    // The activity list

    @Message("Activities")
    String act_list_title();

    @Message("Workshops, meetings and trainings of your teams. Where an activity takes place is never listed: open it and give a reason to see it.")
    String act_list_intro();

    @Message("Plan an activity")
    String plan_link();

    @Message("Type")
    String col_type();

    @Message("Title")
    String col_title();

    @Message("Dates")
    String col_dates();

    @Message("Activities of your teams")
    String act_caption();

    @Message("No activity matches.")
    String act_empty();

    @Message("Pages of activities")
    String act_paging_label();

    @Message("{from} to {until}")
    String dates(String from, String until);

    // Labels of the activity's values

    @Message("Workshop")
    String atype_workshop();

    @Message("Strategy meeting")
    String atype_strategy_meeting();

    @Message("Training")
    String atype_training();

    @Message("Peer exchange")
    String atype_peer_exchange();

    @Message("Advocacy meeting")
    String atype_advocacy_meeting();

    @Message("Planned")
    String astatus_planned();

    @Message("Held")
    String astatus_held();

    @Message("Cancelled")
    String astatus_cancelled();

    @Message("Strategy paper")
    String output_strategy_paper();

    @Message("Action plan")
    String output_action_plan();

    @Message("Report")
    String output_report();

    @Message("Statement")
    String output_statement();

    @Message("Other")
    String output_other();

    // Planning

    @Message("Plan an activity")
    String plan_title();

    @Message("The location is sealed: afterwards it is shown only to someone who gives a reason, and every such reading is recorded.")
    String plan_intro();

    @Message("Type")
    String label_type();

    @Message("Choose a type")
    String type_choose();

    @Message("Title")
    String label_title();

    @Message("Starts on")
    String label_starts_on();

    @Message("Ends on")
    String label_ends_on();

    @Message("Partner organisations")
    String label_partners();

    @Message("Your teams have no active organisation to choose.")
    String partners_none_to_choose();

    @Message("Location (sensitive, optional)")
    String label_location();

    @Message("Follow-up of (optional)")
    String label_follows();

    @Message("None: not a follow-up")
    String follows_none();

    @Message("Plan the activity")
    String plan_submit();

    @Message("Back to the activities")
    String back_to_activities();

    // The activity's page

    @Message("Follows")
    String label_follows_short();

    @Message("Why")
    String label_status_reason();

    @Message("Partner organisations")
    String partners_title();

    @Message("An organisation you may not see")
    String partner_hidden();

    @Message("Participants")
    String participants_title();

    @Message("{count} in all. Only those who agreed are listed, by reference.")
    String participants_total(String count);

    @Message("Participants who agreed to be listed")
    String participants_caption();

    @Message("Added")
    String col_added();

    @Message("Nobody is listed.")
    String participants_empty();

    @Message("Participants by gender")
    String counts_caption();

    @Message("Gender")
    String col_gender();

    @Message("Participants")
    String col_count();

    @Message("Not recorded")
    String gender_not_recorded();

    @Message("Add a participant")
    String add_title();

    @Message("The defender must belong to the activity's team. Without their consent they are only counted, never listed.")
    String add_intro();

    @Message("The defender agreed to be listed by reference")
    String label_consent();

    @Message("Add the participant")
    String add_submit();

    @Message("Remove")
    String remove_summary();

    @Message("Remove the participant")
    String remove_submit();

    @Message("Remove a participant who is not listed")
    String remove_other_title();

    @Message("Outputs")
    String outputs_title();

    @Message("What the activity produced")
    String outputs_caption();

    @Message("Kind")
    String col_kind();

    @Message("Recorded")
    String col_recorded();

    @Message("No output is recorded.")
    String outputs_empty();

    @Message("Record an output")
    String output_title_label();

    @Message("Kind")
    String label_kind();

    @Message("Choose a kind")
    String kind_choose();

    @Message("Record the output")
    String output_submit();

    @Message("Held or cancelled")
    String move_title();

    @Message("Mark the activity held once it has started, or cancelled with a reason. Both are final.")
    String move_intro();

    @Message("The activity was")
    String label_target();

    @Message("Choose")
    String target_choose();

    @Message("Required to cancel. It is recorded in the audit log.")
    String hint_cancel_reason();

    @Message("Save")
    String move_submit();

    @Message("Location")
    String location_title();

    @Message("The location says where defenders at risk will be. It is shown only after you give a reason, and the reading is recorded in the audit log.")
    String location_intro();

    @Message("Show the location")
    String show_location_submit();

    @Message("Shown at {at}. This reading is recorded in the audit log.")
    String location_shown(String at);

    @Message("Hide the location")
    String hide_location();

    @Message("The activity is planned.")
    String done_planned();

    @Message("The participant is added.")
    String done_added();

    @Message("The participant is removed.")
    String done_removed();

    @Message("The activity's status is saved.")
    String done_moved();

    @Message("The output is recorded.")
    String done_output();
}
