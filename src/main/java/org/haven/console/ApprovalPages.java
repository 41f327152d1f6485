package org.haven.console;

import java.util.List;

/**
 * What the approval pages show, already worded and formatted in the reader's language (built by
 * {@link ApprovalPageReader}): the inbox, and one grant's page with the decision form.
 */
public final class ApprovalPages {

    private ApprovalPages() {
    }

    /**
     * A grant as a manager weighs it, in the inbox and at the top of its page: whom it supports (a case, an
     * organisation or an activity's cost, linked) and, when someone else is paid, the payee. Money figures
     * are null when the grant no longer waits for a decision; {@code fundShort} and {@code capProblem} say
     * why approving it now would be refused.
     */
    public record Summary(String id, String reference, Link beneficiary, Link payee, String amount, String fund,
            String fundAvailable, String fundAfter, String fundShort, String capLabel, String capReceived,
            String capLimit,
            String capAfter, String capProblem, String dueDiligence, String dueDiligenceNote, String approvalsNeeded,
            String approvedBy, String proposed) {
    }

    /** A labelled link to a record; {@code href} null when the reader may not open it. */
    public record Link(String label, String href, String text) {
    }

    public record Inbox(String count, List<Summary> grants, String pageOf, String previous, String next) {
    }

    public record ApprovalRow(String approver, String when, String whenIso, String comment) {
    }

    public record PaymentRow(String tranche, String amount, String paidOn, String method, String reference,
            String recordedBy) {
    }

    /** A radio choice of the decision form: its posted value, its words and its input's id. */
    public record Choice(String value, String label, String id) {
    }

    /**
     * One grant's page. {@code standing} is the sentence that tells a manager why they may not decide
     * (null when they may, or when they are no manager); {@code canDecide} shows the form.
     */
    public record OneGrant(Summary summary, String status, boolean awaiting, String purpose, List<String> tranches,
            boolean trancheGated, List<ApprovalRow> approvals, String decided, String decisionReason,
            String disbursed, List<PaymentRow> payments, String standing, boolean canDecide,
            List<Choice> decisions, List<Choice> sanctions, List<Choice> elsewhere) {
    }
}
