package org.haven.console;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.haven.grant.ApprovalOutlook;
import org.haven.grant.Decision;
import org.haven.grant.DecisionStanding;
import org.haven.grant.DefenderCapUse;
import org.haven.grant.DisbursementMethod;
import org.haven.grant.GrantStatus;
import org.haven.grant.GrantView;
import org.haven.request.RequestService;
import org.haven.shared.error.Refusal;
import org.haven.shared.money.Money;
import org.haven.shared.paging.Page;
import org.haven.shared.security.Actor;
import org.haven.shared.security.Roles;

/**
 * Words and formats what {@link org.haven.grant.ApprovalInbox} reads for the approval pages, plus the
 * case's reference ({@code GET /requests/{id}}). No figure is computed here: the fund's and the
 * defender's cap figures come from the grant domain, as the decision checks them.
 */
@ApplicationScoped
class ApprovalPageReader {

    private final RequestService requests;

    ApprovalPageReader(RequestService requests) {
        this.requests = requests;
    }

    ApprovalPages.Inbox inbox(Page<ApprovalOutlook> page, ConsoleFormat format) {
        ApprovalMessages m = messages(format);
        List<ApprovalPages.Summary> grants = page.items().stream().map(o -> summary(o, format, m)).toList();
        String pageOf = page.totalPages() > 1
                ? ConsolePages.bundle(GrantMessages.class, format.language())
                        .page_of(format.number(page.page() + 1L), format.number(page.totalPages()))
                : null;
        String previous = page.page() > 0 ? "/console/approvals?page=" + (page.page() - 1) : null;
        String next = page.page() + 1L < page.totalPages() ? "/console/approvals?page=" + (page.page() + 1) : null;
        return new ApprovalPages.Inbox(m.inbox_count(format.number(page.totalItems())), grants, pageOf, previous,
                next);
    }

    ApprovalPages.OneGrant grant(ApprovalOutlook o, Actor me, ConsoleFormat format) {
        ApprovalMessages m = messages(format);
        GrantView g = o.grant();
        boolean manager = me.hasRole(Roles.PROGRAMME_MANAGER);
        String standing = !manager ? null : switch (o.standing()) {
            case MAY_DECIDE -> null;
            case OWN_PROPOSAL -> m.standing_own_proposal();
            case ALREADY_APPROVED -> m.standing_already_approved();
            case NOT_AWAITING_DECISION -> m.standing_not_awaiting();
        };
        List<String> tranches = g.plannedTranches().stream().map(t -> t.plannedOn() == null
                ? format.money(t.amount())
                : m.tranche_on(format.money(t.amount()), GrantPageForms.date(t.plannedOn(), format.language())))
                .toList();
        List<ApprovalPages.ApprovalRow> approvals = g.approvals().stream()
                .map(a -> new ApprovalPages.ApprovalRow(a.approverName(), format.dateTime(a.approvedAt()),
                        a.approvedAt().toString(), a.comment()))
                .toList();
        List<ApprovalPages.PaymentRow> payments = g.disbursements().stream()
                .map(d -> new ApprovalPages.PaymentRow(format.number(d.trancheNumber()), format.money(d.amount()),
                        GrantPageForms.date(d.paidOn(), format.language()), method(d.method(), m), d.reference(),
                        d.recordedBy()))
                .toList();
        CaseMessages cases = ConsolePages.bundle(CaseMessages.class, format.language());
        return new ApprovalPages.OneGrant(summary(o, format, m), CaseLabels.grantStatus(g.status(), cases),
                g.status() == GrantStatus.PROPOSED, g.purpose(), tranches, g.trancheGated(), approvals,
                g.decidedAt() == null ? null : format.dateTime(g.decidedAt()), g.decisionReason(),
                m.disbursed_summary(format.money(g.disbursed()), format.money(g.remaining())), payments, standing,
                manager && o.standing() == DecisionStanding.MAY_DECIDE,
                List.of(choice("decision", Decision.APPROVE.name(), m.decision_approve()),
                        choice("decision", Decision.REJECT.name(), m.decision_reject())),
                yesNo(DecisionForm.SANCTIONS, m), yesNo(DecisionForm.ELSEWHERE, m));
    }

    private ApprovalPages.Summary summary(ApprovalOutlook o, ConsoleFormat format, ApprovalMessages m) {
        GrantView g = o.grant();
        boolean awaiting = g.status() == GrantStatus.PROPOSED;
        DefenderCapUse cap = o.defenderCap();
        String capProblem = null;
        if (awaiting && cap.cap() == null) {
            capProblem = m.cap_none();
        } else if (awaiting && cap.exceeded()) {
            capProblem = m.cap_over(format.money(cap.afterThisGrant().minus(cap.cap())));
        }
        String caseReference = caseReference(g.requestId());
        return new ApprovalPages.Summary(g.id().toString(), g.reference(), g.requestId().toString(),
                caseReference == null ? m.case_link_plain() : m.case_link(caseReference), format.money(g.amount()),
                o.fundName(), awaiting ? m.fund_available(format.money(o.fundAvailable())) : null,
                awaiting ? m.fund_after(format.money(o.fundAvailableAfter())) : null,
                awaiting && !o.fundCovers()
                        ? m.fund_short(format.money(Money.zero(g.amount().currency()).minus(o.fundAvailableAfter())))
                        : null,
                awaiting ? m.cap_received(format.number(cap.windowDays()), format.money(cap.receivedInWindow())) : null,
                awaiting && cap.cap() != null ? m.cap_limit(format.money(cap.cap())) : null,
                awaiting ? m.cap_after(format.money(cap.afterThisGrant())) : null, capProblem,
                dueDiligence(g.dueDiligence(), m),
                g.dueDiligence() == null ? null : g.dueDiligence().note(),
                g.approvalsRequired() == 1 ? m.approvals_one(format.number(g.approvals().size()))
                        : m.approvals_two(format.number(g.approvals().size())),
                g.approvals().isEmpty() ? null : m.approved_by(String.join(", ",
                        g.approvals().stream().map(GrantView.ApprovalView::approverName).toList())),
                m.proposed_by_at(g.proposedBy(), format.dateTime(g.proposedAt())));
    }

    private static String dueDiligence(GrantView.DueDiligenceView dd, ApprovalMessages m) {
        if (dd == null) {
            return m.dd_none();
        }
        return m.dd_summary(Boolean.TRUE.equals(dd.sanctionsScreened()) ? m.dd_screened() : m.dd_not_screened(),
                Boolean.TRUE.equals(dd.fundedElsewhere()) ? m.dd_elsewhere() : m.dd_not_elsewhere(), dd.recordedBy());
    }

    /** The case's reference, or null when the reader may not see the case (the grant they may). */
    private String caseReference(UUID requestId) {
        try {
            return requests.get(requestId).reference();
        } catch (Refusal notVisible) {
            return null;
        }
    }

    private static String method(DisbursementMethod method, ApprovalMessages m) {
        return switch (method) {
            case BANK_TRANSFER -> m.method_bank_transfer();
            case MONEY_TRANSFER_OPERATOR -> m.method_money_transfer_operator();
            case PARTNER_CASH -> m.method_partner_cash();
            case OTHER -> m.method_other();
        };
    }

    private static ApprovalPages.Choice choice(String field, String value, String label) {
        return new ApprovalPages.Choice(value, label, ConsoleForm.id(field) + "-" + value.toLowerCase(java.util.Locale.ROOT));
    }

    private static List<ApprovalPages.Choice> yesNo(String field, ApprovalMessages m) {
        return Arrays.asList(choice(field, "true", m.yes()), choice(field, "false", m.no()));
    }

    static ApprovalMessages messages(ConsoleFormat format) {
        return ConsolePages.bundle(ApprovalMessages.class, format.language());
    }
}
