package org.haven.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every string of the programme manager's approval pages: the inbox and a grant's page with its decision.
 * English here; Dari, Pashto and French in {@code src/main/resources/messages/approvals_<code>.properties}
 * (ConsoleMessagesTest fails when one is missing). Templates use {@code {approvals:key}}.
 */
@MessageBundle(value = "approvals", locale = "en")
public interface ApprovalMessages {

    @Message("Approvals")
    String inbox_title();

    @Message("Grants waiting for your decision, oldest first. Your own proposals and the grants you already approved are not listed: another manager decides on them.")
    String inbox_intro();

    @Message("Waiting for your decision: {count}")
    String inbox_count(String count);

    @Message("Nothing is waiting for your decision.")
    String inbox_empty();

    @Message("Grant {reference}")
    String grant_title(String reference);


    @Message("Case")
    String case_label();

    @Message("Open case {reference}")
    String case_link(String reference);

    @Message("Open the case")
    String case_link_plain();

    @Message("Organisation supported")
    String organisation_label();

    @Message("Open organisation {reference}")
    String organisation_link(String reference);

    @Message("Activity, cost of {category}")
    String activity_label(String category);

    @Message("Open activity {reference}")
    String activity_link(String reference);

    @Message("Paid to")
    String payee_label();

    @Message("Not in your teams")
    String record_not_visible();

    @Message("travel")
    String cost_travel();

    @Message("stay")
    String cost_stay();

    @Message("interpretation")
    String cost_interpretation();

    @Message("venue")
    String cost_venue();

    @Message("visas")
    String cost_visa();

    @Message("other costs")
    String cost_other();

    @Message("Status")
    String status_label();

    @Message("Amount")
    String amount_label();

    @Message("Purpose")
    String purpose_label();

    @Message("Fund")
    String fund_label();

    @Message("Available in the fund now: {amount}")
    String fund_available(String amount);

    @Message("Available after this grant: {amount}")
    String fund_after(String amount);

    @Message("Not enough: the fund lacks {amount} for this grant. Approving it would be refused.")
    String fund_short(String amount);

    @Message("Defender's cap")
    String cap_label();

    @Message("Organisation's cap")
    String cap_label_organisation();

    @Message("Activity's cap")
    String cap_label_activity();

    @Message("Costs of this activity approved so far: {amount}")
    String cap_received_activity(String amount);

    @Message("Received in the last {days} days: {amount}")
    String cap_received(String days, String amount);

    @Message("Cap: {amount}")
    String cap_limit(String amount);

    @Message("With this grant: {amount}")
    String cap_after(String amount);

    @Message("Above the cap by {amount}. Approving it would be refused.")
    String cap_over(String amount);

    @Message("No cap is set for this currency. Approving it would be refused.")
    String cap_none();

    @Message("Due diligence")
    String dd_label();

    @Message("Not recorded yet")
    String dd_none();

    @Message("Sanctions screening done")
    String dd_screened();

    @Message("Sanctions screening not done")
    String dd_not_screened();

    @Message("not funded elsewhere")
    String dd_not_elsewhere();

    @Message("funded elsewhere")
    String dd_elsewhere();

    @Message("{screening}, {elsewhere} (recorded by {who})")
    String dd_summary(String screening, String elsewhere, String who);

    @Message("Note")
    String dd_note_label();

    @Message("Approvals")
    String approvals_label();

    @Message("Needs 1 approval, has {given}")
    String approvals_one(String given);

    @Message("Needs 2 approvals, has {given}")
    String approvals_two(String given);

    @Message("Approved by {names}")
    String approved_by(String names);

    @Message("Proposed")
    String proposed_label();

    @Message("by {who}, {time}")
    String proposed_by_at(String who, String time);





    @Message("Planned tranches")
    String tranches_label();

    @Message("{amount} on {date}")
    String tranche_on(String amount, String date);

    @Message("Each tranche is paid only after the financial report on the one before.")
    String tranche_gated();

    @Message("Approver")
    String col_approver();

    @Message("When")
    String col_when();

    @Message("Comment")
    String col_comment();

    @Message("No approval yet.")
    String approvals_none();

    @Message("Decided")
    String decided_label();

    @Message("Reason given")
    String decision_reason_label();

    @Message("Payments")
    String disbursements_label();

    @Message("Paid {paid}, still to pay {remaining}")
    String disbursed_summary(String paid, String remaining);

    @Message("Nothing has been paid yet.")
    String disbursements_none();

    @Message("Tranche")
    String col_tranche();

    @Message("Paid on")
    String col_paid_on();

    @Message("Method")
    String col_method();

    @Message("Payment reference")
    String col_payment_reference();

    @Message("Bank transfer")
    String method_bank_transfer();

    @Message("Money transfer operator")
    String method_money_transfer_operator();

    @Message("Cash through a partner")
    String method_partner_cash();

    @Message("Other")
    String method_other();

    @Message("Your decision")
    String decision_title();

    @Message("Decision")
    String decision_label();

    @Message("Approve")
    String decision_approve();

    @Message("Reject")
    String decision_reject();

    @Message("Comment")
    String comment_label();

    @Message("Needed to reject, and with each approval of a grant that needs two approvals. At most 2000 characters.")
    String comment_hint();

    @Message("Due diligence")
    String dd_legend();

    @Message("Needed before the final approval. Leave it unanswered to keep the result already recorded; it is not used when you reject.")
    String dd_hint();

    @Message("Was sanctions screening done?")
    String dd_sanctions_label();

    @Message("Is the same purpose funded elsewhere?")
    String dd_elsewhere_label();

    @Message("Yes")
    String yes();

    @Message("No")
    String no();

    @Message("Due-diligence note (optional)")
    String dd_note_field();

    @Message("Send the decision")
    String decide_submit();

    @Message("You proposed this grant, so you cannot decide on it: another programme manager must approve or reject it (four eyes).")
    String standing_own_proposal();

    @Message("You gave the first of the two approvals this grant needs. The second must come from another programme manager.")
    String standing_already_approved();

    @Message("This grant no longer waits for a decision.")
    String standing_not_awaiting();
}
