package org.haven.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every string of the funds pages and the overview. English here; Dari, Pashto and French in
 * {@code src/main/resources/messages/funds_<code>.properties} (ConsoleMessagesTest fails when one is missing).
 * Templates use {@code {funds:key}}.
 */
@MessageBundle(value = "funds", locale = "en")
public interface FundMessages {

    // ===== Funds =====

    @Message("Funds")
    String funds_title();

    @Message("The donors' funds that grants are paid from: each one's budget, what approved grants have committed, what has been paid out, and what is left for new grants.")
    String funds_intro();

    @Message("You can read the funds. Only programme managers and administrators create or change them.")
    String funds_read_only();

    @Message("No fund exists yet.")
    String funds_empty();

    @Message("Name")
    String col_name();

    @Message("Donor")
    String col_donor();

    @Message("Currency")
    String col_currency();

    @Message("Budget")
    String col_budget();

    @Message("Committed")
    String col_committed();

    @Message("Disbursed")
    String col_disbursed();

    @Message("Available")
    String col_available();

    @Message("Period")
    String col_period();

    @Message("Status")
    String col_status();

    @Message("{start} to {end}")
    String period(String start, String end);

    @Message("Active")
    String status_active();

    @Message("Closed")
    String status_closed();

    @Message("Create a fund")
    String create_title();

    @Message("The budget's currency is the fund's currency, for good: grants from this fund are paid in it, never converted.")
    String create_intro();

    @Message("Name")
    String name_label();

    @Message("Donor")
    String donor_label();

    @Message("Budget")
    String budget_label();

    @Message("Currency")
    String currency_label();

    @Message("Three letters, such as EUR or USD. It cannot be changed later.")
    String currency_hint();

    @Message("Period starts")
    String period_start_label();

    @Message("Period ends")
    String period_end_label();

    @Message("Grants are committed only within the period.")
    String period_hint();

    @Message("Create the fund")
    String create_submit();

    @Message("All funds")
    String back_to_funds();

    @Message("Fund")
    String fund_title();

    @Message("Last changed")
    String updated();

    @Message("Change the fund")
    String change_title();

    @Message("Budget ({currency})")
    String budget_in(String currency);

    @Message("The budget cannot be lower than what approved grants have committed ({committed}). The currency never changes.")
    String budget_hint(String committed);

    @Message("A closed fund takes no new grant proposals; its history stays.")
    String status_hint();

    @Message("Save the changes")
    String change_submit();

    @Message("What you had typed")
    String typed_title();

    // ===== The overview =====

    @Message("Overview")
    String overview_title();

    @Message("The caseload of your teams at a glance (auditors see every team). Under each picture, \"Show the numbers\" opens its table.")
    String overview_intro();

    @Message("Figures as of {time}.")
    String as_of(String time);

    @Message("Show the numbers")
    String show_numbers();

    @Message("Period of the decisions")
    String period_legend();

    @Message("From")
    String from_label();

    @Message("To")
    String to_label();

    @Message("Days in UTC, both included. Left empty: the last 90 days.")
    String period_filter_hint();

    @Message("Show")
    String period_submit();

    @Message("Must be on or before the end of the period.")
    String from_after_to();

    @Message("Requests waiting or supported")
    String requests_title();

    @Message("Open requests by status")
    String by_status_title();

    @Message("A bar for each status, as long as the number of requests in it.")
    String by_status_desc();

    @Message("Open requests by urgency")
    String by_urgency_title();

    @Message("A bar for each urgency, as long as the number of open requests with it.")
    String by_urgency_desc();

    @Message("Open requests by status and urgency")
    String requests_table();

    @Message("Total")
    String total();

    @Message("Decisions within the deadline")
    String deadlines_title();

    @Message("{share} of the {decided} decisions in this period were made by their deadline ({within}).")
    String deadlines_share(String share, String decided, String within);

    @Message("No request was decided in this period.")
    String deadlines_none();

    @Message("Share of decisions made by the deadline, by week")
    String trend_title();

    @Message("A bar for each week, oldest first, as long as the share of that week's decisions made by their deadline; a week without decisions has no bar.")
    String trend_desc();

    @Message("Decisions by week")
    String trend_table();

    @Message("Week of {date}")
    String week_of(String date);

    @Message("Week starting")
    String col_week();

    @Message("Decided")
    String col_decided();

    @Message("By the deadline")
    String col_within();

    @Message("Share")
    String col_share();

    @Message("{share} ({within} of {decided})")
    String week_value(String share, String within, String decided);

    @Message("no decisions")
    String week_none();

    @Message("Late now")
    String late_title();

    @Message("What is late now")
    String late_chart_title();

    @Message("A bar for each kind of lateness, as long as its number.")
    String late_desc();

    @Message("Requests past their decision deadline")
    String late_requests();

    @Message("Follow-ups overdue")
    String late_follow_ups();

    @Message("Follow-ups missed")
    String missed_follow_ups();

    @Message("Count")
    String col_count();

    @Message("Open my caseload")
    String caseload_link();

    @Message("Money against each fund's budget")
    String money_title();

    @Message("Committed and disbursed money of each active fund")
    String money_chart_title();

    @Message("For each active fund, an outlined bar is its budget; the hatched bar inside it is what approved grants committed and the solid bar what was paid out.")
    String money_desc();

    @Message("Outline: budget")
    String legend_budget();

    @Message("Hatched: committed")
    String legend_committed();

    @Message("Solid: disbursed")
    String legend_disbursed();

    @Message("{share} committed")
    String committed_share(String share);

    @Message("Money of each active fund")
    String money_table();

    @Message("The picture shows the first {shown} of {total} active funds; the table has them all.")
    String money_more(String shown, String total);

    @Message("No fund is active.")
    String money_none();

    @Message("Committed share")
    String col_committed_share();

    // ===== The overview: group support (issue #18) =====

    @Message("Group support")
    String group_title();

    @Message("Organisations, activities and the defenders taking part, in the teams you see. Counts below {minimum} are hidden, with as many others as it takes so that none can be worked out from the totals.")
    String group_note(String minimum);

    @Message("hidden")
    String group_hidden();

    @Message("Active organisations by type and vetting status (an organisation of several types is counted under each)")
    String group_organisations_table();

    @Message("Activities by type and status")
    String group_activities_table();

    @Message("Defenders taking part in activities that were not cancelled, by gender")
    String group_participants_table();

    @Message("Type")
    String group_col_type();

    @Message("Participants")
    String group_participants_row();
}
