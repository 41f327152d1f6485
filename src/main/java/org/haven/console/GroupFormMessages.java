package org.haven.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings of the organisation and activity edit forms, history pages and defender choices (a bundle apart from
 * {@link GroupMessages}, which is long enough). English here; French, Dari and Pashto in
 * {@code src/main/resources/messages/groupforms_<code>.properties} (drafts awaiting native review). Templates use
 * {@code {groupforms:key}}.
 */
@MessageBundle(value = "groupforms", locale = "en")
public interface GroupFormMessages {

    // Shared

    @Message("What you had typed (not saved)")
    String typed_title();

    @Message("History")
    String history_link();

    @Message("Every audit entry about this record, newest first: who did what, when and why. Protected values are never recorded, only that they changed.")
    String history_intro();

    // The organisation's profile

    @Message("Change the profile")
    String edit_profile_link();

    @Message("Change the organisation's profile")
    String edit_profile_title();

    @Message("The name, types, country and public key. The contact channels are changed on the organisation's page, once shown with a reason. The audit log records that the name, country or key changed, never their values.")
    String edit_profile_intro();

    @Message("Save the profile")
    String edit_profile_submit();

    @Message("The profile is saved.")
    String done_profile();

    @Message("Back to the organisation")
    String back_to_organisation();

    // The organisation's contact channels

    @Message("Change the contact channels")
    String contacts_change_title();

    @Message("Saving replaces every channel with those below; leave a row empty to remove it. They are sealed again, and the audit log records only that they changed.")
    String contacts_change_intro();

    @Message("Channel {number}")
    String contacts_row(String number);

    @Message("Save the contact channels")
    String contacts_change_submit();

    @Message("The contact channels are saved.")
    String done_contacts();

    @Message("Show the contact channels again, with a reason, to see what is saved now before you change them.")
    String contacts_stale_hint();

    // The organisation's history

    @Message("History of organisation {reference}")
    String org_history_title(String reference);

    // Linking a defender, by choice

    @Message("Link a defender to {reference}")
    String link_page_title(String reference);

    @Message("Find a defender to link")
    String find_to_link();

    // The activity's details

    @Message("Change the details")
    String edit_details_link();

    @Message("Change the activity's details")
    String edit_details_title();

    @Message("The type, title, dates and partner organisations. The location is changed on the activity's page, once shown with a reason.")
    String edit_details_intro();

    @Message("Follow-up of {reference}: chosen when the activity was planned, it does not change.")
    String follows_fixed(String reference);

    @Message("Find partner organisations by name or reference")
    String partner_search_label();

    @Message("Only active organisations of your teams are offered; those already chosen stay in the list.")
    String partner_search_hint();

    @Message("Find organisations")
    String partner_search_submit();

    @Message("No active organisation matches.")
    String partner_search_none();

    @Message("Save the details")
    String edit_details_submit();

    @Message("The details are saved.")
    String done_details();

    @Message("Back to the activity")
    String back_to_activity();

    // The activity's location

    @Message("Change the location")
    String location_change_title();

    @Message("Saving replaces the location; leave it empty to remove it. It is sealed again, and the audit log records only that it changed.")
    String location_change_intro();

    @Message("Location")
    String label_location();

    @Message("Save the location")
    String location_change_submit();

    @Message("The location is saved.")
    String done_location();

    @Message("Show the location again, with a reason, to see what is saved now before you change it.")
    String location_stale_hint();

    // The activity's history

    @Message("History of activity {reference}")
    String act_history_title(String reference);

    // Adding a participant, by choice

    @Message("Add a participant to {reference}")
    String add_page_title(String reference);

    @Message("Find a defender to add")
    String find_to_add();

    // Choosing a defender

    @Message("Pseudonym or reference")
    String pick_search_label();

    @Message("Part of the defender's pseudonym or reference. Only active defenders of your teams are found.")
    String pick_search_hint();

    @Message("Find defenders")
    String pick_search_submit();

    @Message("Choose the defender")
    String pick_legend();

    @Message("No active defender matches. Try another part of the pseudonym or reference.")
    String pick_none();

    @Message("The first {shown} of {total} are shown: type more of the pseudonym or reference to narrow the list.")
    String pick_more(String shown, String total);

    @Message("Defender")
    String label_defender();
}
