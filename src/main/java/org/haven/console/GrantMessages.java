package org.haven.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every string of the grant and follow-up pages. English here; Dari, Pashto and French in
 * {@code src/main/resources/messages/grants_<code>.properties} (ConsoleMessagesTest fails when one is missing).
 * Templates use {@code {grants:key}}.
 */
@MessageBundle(value = "grants", locale = "en")
public interface GrantMessages {

    @Message("Back to case {reference}")
    String back_to_case(String reference);

    @Message("Case")
    String case_label();

    @Message("Defender")
    String defender_label();

    @Message("Not visible to you")
    String pseudonym_hidden();

    @Message("Propose a grant")
    String propose_title();

    @Message("The proposal goes to a programme manager for a decision. Nothing is paid before it is approved.")
    String propose_intro();

    @Message("Fund")
    String fund_label();

    @Message("Choose a fund")
    String fund_choose();

    @Message("{name}, {available} available")
    String fund_option(String name, String available);

    @Message("Only funds open for proposals are listed. The fund's budget is checked again when the grant is approved.")
    String fund_hint();

    @Message("No fund is open for proposals. Ask a programme manager to open one.")
    String no_funds();

    @Message("Amount")
    String amount_label();

    @Message("Currency")
    String currency_label();

    @Message("Three letters, such as EUR. Leave it empty to use the fund's currency.")
    String currency_hint();

    @Message("Purpose")
    String purpose_label();

    @Message("What the money is for, in a sentence or two (at most 500 characters).")
    String purpose_hint();

    @Message("Payment in tranches (optional)")
    String tranches_legend();

    @Message("To pay in parts, give each part's amount and planned date, in the grant's currency. The parts must add up to the amount.")
    String tranches_hint();

    @Message("Tranche {number}")
    String tranche_legend(String number);

    @Message("Amount of tranche {number}")
    String tranche_amount_label(String number);

    @Message("Planned date of tranche {number}")
    String tranche_date_label(String number);

    @Message("Pay each tranche only after the financial report on the one before")
    String tranche_gated_label();

    @Message("Propose the grant")
    String propose_submit();

    @Message("Plan a follow-up")
    String plan_title();

    @Message("A check on the defender after support. It appears in the follow-up queue of the case's team.")
    String plan_intro();

    @Message("Type")
    String type_label();

    @Message("Choose a type")
    String type_choose();

    @Message("Check-in")
    String type_check_in();

    @Message("Financial report")
    String type_financial_report();

    @Message("Security review")
    String type_security_review();

    @Message("Other")
    String type_other();

    @Message("Due on")
    String due_on_label();

    @Message("Assigned officer (optional)")
    String assigned_officer_label();

    @Message("The officer's user name. Leave it empty for the officer of the case.")
    String assigned_officer_hint();

    @Message("Plan the follow-up")
    String plan_submit();

    @Message("Follow-ups")
    String queue_title();

    @Message("What is still to do in your teams and on your own desk, overdue first.")
    String queue_intro();

    @Message("{count} planned")
    String queue_count(String count);

    @Message("Nothing is planned.")
    String queue_empty();

    @Message("Due on")
    String col_due();

    @Message("Time")
    String col_time();

    @Message("Case")
    String col_case();

    @Message("Follow-up")
    String col_type();

    @Message("Assigned to")
    String col_assigned();

    @Message("Due today")
    String due_today();

    @Message("Days left: {days}")
    String days_left(String days);

    @Message("Days overdue: {days}")
    String days_overdue(String days);

    @Message("Pages")
    String paging_label();

    @Message("Page {page} of {total}")
    String page_of(String page, String total);

    @Message("Previous page")
    String page_previous();

    @Message("Next page")
    String page_next();

    @Message("Follow-up: {type}")
    String follow_up_title(String type);

    @Message("Status")
    String status_label();

    @Message("Planned")
    String status_planned();

    @Message("Done")
    String status_done();

    @Message("Missed")
    String status_missed();

    @Message("Cancelled")
    String status_cancelled();

    @Message("Reason")
    String status_reason_label();

    @Message("Done at")
    String completed_at_label();

    @Message("Outcome")
    String outcome_label();

    @Message("Choose an outcome")
    String outcome_choose();

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

    @Message("New risk level (optional)")
    String new_risk_label();

    @Message("No change")
    String risk_no_change();

    @Message("Low")
    String risk_low();

    @Message("Moderate")
    String risk_moderate();

    @Message("High")
    String risk_high();

    @Message("Critical")
    String risk_critical();

    @Message("Notes (optional)")
    String notes_label();

    @Message("Sensitive: stored encrypted and shown again only to someone who gives a reason. At most 4000 characters.")
    String notes_hint();

    @Message("The notes are sensitive and are not shown on this page.")
    String notes_not_shown();

    @Message("Date and time in {zone}.")
    String completed_at_hint(String zone);

    @Message("Next follow-up (optional)")
    String next_legend();

    @Message("Type of the next follow-up")
    String next_type_label();

    @Message("None")
    String next_none();

    @Message("Next follow-up due on")
    String next_due_label();

    @Message("Record the outcome")
    String outcome_title();

    @Message("Record the outcome")
    String outcome_submit();

    @Message("Only a protection officer records the outcome of a follow-up.")
    String outcome_officer_only();

    // ===== Grants to organisations and activities' costs (issue #18) =====

    @Message("Back to organisation {reference}")
    String back_to_organisation(String reference);

    @Message("Back to activity {reference}")
    String back_to_activity(String reference);

    @Message("Organisation supported")
    String organisation_label();

    @Message("Activity")
    String activity_label();

    @Message("Propose a cost of this activity")
    String propose_cost_title();

    @Message("Paid to (optional)")
    String payee_label();

    @Message("Choose only when the money goes to another organisation than the one supported, such as the host of a relocation. It must be vetted before the final approval.")
    String payee_hint();

    @Message("The beneficiary itself")
    String payee_none();

    @Message("What the cost pays for")
    String cost_category_label();

    @Message("Choose a category")
    String cost_category_choose();

    @Message("Grants")
    String grants_title();

    @Message("Costs")
    String costs_title();

    @Message("No grant yet.")
    String grants_none();

    @Message("Propose a grant")
    String grants_propose();
}
