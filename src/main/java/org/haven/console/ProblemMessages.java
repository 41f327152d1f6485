package org.haven.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The refusals of the services in plain words, one method per problem code of docs/api.md with "-" as
 * "_" (stale-version is {@code stale_version}). A code without a method here is shown with the
 * service's own English sentence, which never carries personal data. Translations in
 * {@code messages/problem_<code>.properties}.
 */
@MessageBundle(value = "problem", locale = "en")
public interface ProblemMessages {

    @Message("Someone else changed this record since you opened it. Nothing was saved. The current values are shown below; check them and make your change again.")
    String stale_version();

    @Message("This record does not exist, or it is not one you may see.")
    String not_found();

    @Message("This form was already sent with other values. Open a new form to start another one.")
    String idempotency_key_reused();

    @Message("One or more fields need your attention.")
    String validation_failed();

    // ===== Codes met on defender pages =====

    @Message("This defender's personal data was erased. It cannot be recovered or shown.")
    String data_erased();

    @Message("Choose the team this defender is filed under. If none is offered, your account belongs to no team: ask an administrator.")
    String team_required();

    @Message("You are not a member of this team. Choose one of your teams.")
    String not_your_team();

    // -----

    // ===== Codes met on case pages =====

    @Message("No defender with this id exists, or it is not one you may see.")
    String unknown_defender();

    @Message("This defender is archived or erased: a request can be opened only for an active defender.")
    String defender_not_active();

    @Message("Give a reason: declining, referring, withdrawing and closing a case need one.")
    String reason_required();

    @Message("This change of status is not possible from the case's current status. A case becomes supported only when a grant for it is approved.")
    String illegal_transition();

    @Message("A request for temporary relocation needs the relocation plan: host country, planned duration and family members included.")
    String relocation_plan_required();

    @Message("Officers may assign a case only to themselves; a programme manager assigns others.")
    String assign_others_forbidden();

    @Message("The case is assigned to another officer. Ask a programme manager to reassign it.")
    String already_assigned();

    // -----

    // ===== Codes met on grant and follow-up pages =====

    @Message("Choose a fund from the list.")
    String unknown_fund();

    @Message("This fund is closed to new proposals. Choose another fund.")
    String fund_not_active();

    @Message("Use the fund's currency: money is never converted between currencies.")
    String currency_mismatch();

    @Message("The amount is above the limit for one grant. Lower it.")
    String grant_cap_exceeded();

    @Message("No grant limits are set for this currency, so it takes no grants. Ask an administrator.")
    String currency_not_configured();

    @Message("The tranches must add up exactly to the amount of the grant.")
    String tranches_do_not_add_up();

    @Message("This case does not exist, or it is not one you may see.")
    String unknown_request();

    @Message("The case is not in assessment, so this cannot be done now. Nothing was saved.")
    String request_not_in_assessment();

    @Message("The case is final and can no longer change. Nothing was saved.")
    String request_final();

    @Message("This follow-up was already done; its outcome is recorded. Nothing was changed.")
    String follow_up_done();

    @Message("This follow-up was cancelled; it can no longer be done. Nothing was changed.")
    String follow_up_cancelled();

    @Message("This follow-up was marked missed; it can no longer be done. Plan a new one.")
    String follow_up_missed();

    // ===== Codes met on the administrator's pages =====

    @Message("This defender's personal data is already erased. Nothing more was done.")
    String defender_erased();

    @Message("Some data keys are locked with a key-encryption key this service does not have. Nothing was changed. Ask operations to configure that key again (not as the primary one), then rotate.")
    String kek_not_configured();
    // -----

    // ===== Codes met on approval pages (a manager's decision on a grant) =====

    @Message("You proposed this grant, so you cannot decide on it: another programme manager must approve or reject it (four eyes). Nothing was changed.")
    String own_proposal();

    @Message("You already approved this grant. Its second approval must come from another programme manager. Nothing was changed.")
    String second_approver_must_differ();

    @Message("With this grant the defender would receive more than their cap allows within the rolling window, so it cannot be approved. Nothing was changed.")
    String defender_cap_exceeded();

    @Message("The fund does not have enough money available for this grant, so it cannot be approved. Nothing was changed.")
    String insufficient_budget();

    @Message("Write a comment: a rejection needs one, and so does each approval of a grant that needs two approvals.")
    String comment_required();

    @Message("Record the due diligence (sanctions screening, funding elsewhere) before the final approval.")
    String due_diligence_required();

    @Message("Sanctions screening must be done before the final approval.")
    String sanctions_screening_required();

    @Message("The same purpose is funded elsewhere: approving this grant would fund it twice.")
    String funded_elsewhere();

    @Message("This grant is not approved yet, so this cannot be done now. Nothing was changed.")
    String grant_proposed();

    @Message("This grant is already approved: it no longer waits for a decision. Nothing was changed.")
    String grant_approved();

    @Message("This grant was rejected: it no longer waits for a decision. Nothing was changed.")
    String grant_rejected();

    @Message("This grant was withdrawn by its officer: it no longer waits for a decision. Nothing was changed.")
    String grant_withdrawn();

    @Message("This grant was cancelled: it no longer waits for a decision. Nothing was changed.")
    String grant_cancelled();

    @Message("This grant is closed: it no longer waits for a decision. Nothing was changed.")
    String grant_closed();
    // ===== Codes met on fund pages =====

    @Message("The budget cannot be lower than the money approved grants have already committed from this fund.")
    String budget_below_commitments();

    @Message("The period cannot end before it starts.")
    String period_invalid();

    @Message("A fund's currency cannot be changed.")
    String currency_immutable();

    // ===== Codes met on the notification preferences =====

    @Message("Haven does not know this time zone. Type a name such as Asia/Kabul or Europe/Paris.")
    String unknown_time_zone();

    @Message("Quiet hours need both a start and an end. Fill in both, or leave both empty.")
    String quiet_hours_incomplete();

    // ===== Codes met on legal-status pages =====

    @Message("This event was retracted already.")
    String legal_event_retracted();

    @Message("This defender's timeline holds as many events as it can.")
    String timeline_full();

    // ===== Codes met on organisation and activity pages =====

    @Message("The defender is already linked to this organisation.")
    String already_member();

    @Message("This defender belongs to another team than the organisation.")
    String defender_in_another_team();

    @Message("This organisation has as many linked defenders as it can.")
    String too_many_members();

    @Message("This organisation is archived: it can no longer be changed, linked or chosen.")
    String organisation_not_active();

    @Message("Haven knows no such organisation among those you may see.")
    String unknown_organisation();

    @Message("Vetted and refused need the date of the decision.")
    String vetting_date_required();

    @Message("Leave the date empty: only vetted and refused take a date.")
    String vetting_date_not_allowed();

    @Message("The date of the decision cannot be after today.")
    String vetting_date_in_future();

    @Message("This link has ended already.")
    String link_ended();

    // ===== Codes met on the grant pages of organisations and activities =====

    @Message("This organisation is not registered as a beneficiary. Add the type Beneficiary to its profile first. Nothing was changed.")
    String organisation_not_beneficiary();

    @Message("This organisation's vetting was refused: it can be neither supported nor paid. Nothing was changed.")
    String organisation_vetting_refused();

    @Message("An organisation supported or paid by this grant is not vetted yet, so it cannot be approved. Nothing was changed.")
    String organisation_not_vetted();

    @Message("With this grant the organisation would receive more than its cap allows within the rolling window, so it cannot be approved. Nothing was changed.")
    String organisation_cap_exceeded();

    @Message("With this cost the activity's costs would add up to more than its cap, so it cannot be approved. Nothing was changed.")
    String activity_cap_exceeded();

    @Message("This activity was cancelled: it takes no costs. Nothing was changed.")
    String activity_cancelled();

    @Message("Choose what the cost pays for.")
    String cost_category();
}
