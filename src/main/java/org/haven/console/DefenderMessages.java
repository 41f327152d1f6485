package org.haven.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every string of the defender pages (search, register, the defender page). English here; Dari, Pashto and
 * French in {@code src/main/resources/messages/defenders_<code>.properties}. Templates use {@code {defenders:key}}.
 */
@MessageBundle(value = "defenders", locale = "en")
public interface DefenderMessages {

    // Search

    @Message("Defenders")
    String search_title();

    @Message("Find a defender by pseudonym or reference. Legal names are never searched or shown here.")
    String search_intro();

    @Message("Search defenders")
    String search_label();

    @Message("Pseudonym or reference (part of it is enough)")
    String search_q();

    @Message("Any risk level")
    String search_any_risk();

    @Message("Search")
    String search_submit();

    @Message("Register a defender")
    String register_link();

    @Message("Results")
    String results_title();

    @Message("Defenders found: {count}")
    String results_count(String count);

    @Message("No defender matches this search.")
    String results_empty();

    @Message("Reference")
    String col_reference();

    @Message("Pseudonym")
    String col_pseudonym();

    @Message("Risk level")
    String col_risk();

    @Message("Current country")
    String col_country();

    @Message("Registered")
    String col_registered();

    @Message("Result pages")
    String paging_label();

    @Message("Page {page} of {pages}")
    String paging_page(String page, String pages);

    @Message("Previous page")
    String paging_previous();

    @Message("Next page")
    String paging_next();

    // Risk levels, statuses and the profile's choices

    @Message("Low")
    String risk_low();

    @Message("Moderate")
    String risk_moderate();

    @Message("High")
    String risk_high();

    @Message("Critical")
    String risk_critical();

    @Message("Active")
    String status_active();

    @Message("Archived")
    String status_archived();

    @Message("Erased")
    String status_erased();

    @Message("Women's rights")
    String area_womens_rights();

    @Message("Journalism")
    String area_journalism();

    @Message("Legal work")
    String area_legal();

    @Message("LGBTIQ+ rights")
    String area_lgbtiq_rights();

    @Message("Minority rights")
    String area_minority_rights();

    @Message("Environment")
    String area_environment();

    @Message("Labour rights")
    String area_labour();

    @Message("Education")
    String area_education();

    @Message("Health")
    String area_health();

    @Message("Culture")
    String area_culture();

    @Message("Transitional justice")
    String area_transitional_justice();

    @Message("Other")
    String area_other();

    @Message("Woman")
    String gender_woman();

    @Message("Man")
    String gender_man();

    @Message("Non-binary")
    String gender_non_binary();

    @Message("Other")
    String gender_other();

    @Message("Prefers not to say")
    String gender_undisclosed();

    @Message("Asylum seeker")
    String legal_asylum_seeker();

    @Message("Refugee")
    String legal_refugee();

    @Message("Visa holder")
    String legal_visa_holder();

    @Message("Undocumented")
    String legal_undocumented();

    @Message("Citizen")
    String legal_citizen();

    @Message("Other")
    String legal_other();

    @Message("Signal")
    String channel_signal();

    @Message("WhatsApp")
    String channel_whatsapp();

    @Message("Telegram")
    String channel_telegram();

    @Message("Email")
    String channel_email();

    @Message("Phone")
    String channel_phone();

    @Message("Through a partner organisation")
    String channel_via_partner();

    @Message("Other")
    String channel_other();

    // Registering

    @Message("Not given")
    String not_given();

    @Message("Choose…")
    String choose();

    @Message("Register a defender")
    String register_title();

    @Message("Pseudonym first: colleagues see the pseudonym and the profile. The protected details are encrypted and shown only to someone who gives a reason; every such view is recorded.")
    String register_intro();

    @Message("Profile")
    String profile_legend();

    @Message("Pseudonym")
    String label_pseudonym();

    @Message("The name used in Haven. Never the legal name.")
    String hint_pseudonym();

    @Message("Current country")
    String label_current_country();

    @Message("Risk level")
    String label_risk_level();

    @Message("Areas of work")
    String label_areas();

    @Message("Choose at least one.")
    String hint_areas();

    @Message("Gender")
    String label_gender();

    @Message("Year of birth")
    String label_birth_year();

    @Message("Four digits, for example 1988.")
    String hint_birth_year();

    @Message("Nationality")
    String label_nationality();

    @Message("Legal status in the host country")
    String label_legal_status();

    @Message("Organisation")
    String label_organisation();

    @Message("Team")
    String label_team();

    @Message("The team whose officers will look after this defender.")
    String hint_team();

    @Message("Protected details")
    String protected_legend();

    @Message("Encrypted. Shown only to someone who gives a reason, and every view is recorded.")
    String protected_hint();

    @Message("Legal name")
    String label_legal_name();

    @Message("Current city")
    String label_current_city();

    @Message("Contact {number}")
    String contact_legend(String number);

    @Message("Channel")
    String label_contact_channel();

    @Message("Number, address or name")
    String label_contact_value();

    @Message("Risk notes")
    String label_risk_notes();

    @Message("Register")
    String register_submit();

    @Message("Cancel")
    String cancel();

    // The defender page

    @Message("Profile")
    String facts_title();

    @Message("Reference")
    String label_reference();

    @Message("Status")
    String label_status();

    @Message("Registered")
    String label_registered();

    @Message("Last changed")
    String label_updated();

    @Message("Archived")
    String label_archived();

    @Message("Reason for archiving")
    String label_archive_reason();

    @Message("Consent")
    String label_consent();

    @Message("Not recorded")
    String consent_none();

    @Message("Protected details")
    String sensitive_title();

    @Message("The legal name, city, contacts and risk notes are hidden. To see them, say why you need them: your reason and the time are recorded in the audit log.")
    String sensitive_intro();

    @Message("Reason for viewing")
    String label_reason();

    @Message("For example: preparing the relocation call.")
    String hint_reason();

    @Message("Show protected details")
    String show_submit();

    @Message("Shown at {time}. This view was recorded with your reason. Leave the page when you no longer need it.")
    String sensitive_shown(String time);

    @Message("Other names")
    String label_other_names();

    @Message("One per line: earlier names, spellings in other scripts, names the authorities know.")
    String hint_other_names();

    @Message("Country of origin")
    String label_country_of_origin();

    @Message("In exile since")
    String label_in_exile_since();

    @Message("The day they left their country, if they live in exile.")
    String hint_in_exile_since();

    @Message("Consent")
    String consent_legend();

    @Message("What the defender agreed their data may be used for, and when. Leave it empty if they have not agreed yet: you can register them and record consent later through the API.")
    String consent_hint();

    @Message("Consent given on")
    String label_consent_given_on();

    @Message("They agreed to")
    String label_consent_scope();

    @Message("Case management by our organisation")
    String consent_scope_case_management();

    @Message("Sharing with partner organisations")
    String consent_scope_sharing_with_partners();

    @Message("Reporting to donors, without names")
    String consent_scope_donor_reporting_pseudonymised();

    @Message("Given on {date}, for: {scopes}")
    String consent_given_for(String date, String scopes);

    @Message("Contacts")
    String label_contacts();

    @Message("None recorded")
    String none_recorded();

    @Message("Hide protected details")
    String hide_sensitive();

    @Message("Open a request for this defender")
    String open_request();

    @Message("Back to the defender search")
    String back_to_search();

    @Message("Requests")
    String requests_title();

    @Message("No request for this defender yet.")
    String requests_empty();
}
