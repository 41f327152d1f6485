package org.haven.console;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.haven.grant.ApprovalOutlook;
import org.haven.grant.Decision;
import org.haven.grant.DecisionStanding;
import org.haven.activity.Activities;
import org.haven.activity.ActivityRef;
import org.haven.grant.CapUse;
import org.haven.grant.CostCategory;
import org.haven.grant.DisbursementMethod;
import org.haven.grant.GrantStatus;
import org.haven.grant.GrantView;
import org.haven.organisation.OrganisationRef;
import org.haven.organisation.OrganisationService;
import org.haven.request.RequestService;
import org.haven.shared.error.Refusal;
import org.haven.shared.money.Money;
import org.haven.shared.paging.Page;
import org.haven.shared.security.Actor;
import org.haven.shared.security.Roles;

/**
 * Words and formats what {@link org.haven.grant.ApprovalInbox} reads for the approval pages, plus the
 * references of the case, organisation or activity supported and of the payee, as the reader may see
 * them. No figure is computed here: the fund's and the beneficiary's cap figures come from the grant
 * domain, as the decision checks them.
 */
@ApplicationScoped
class ApprovalPageReader {

    private final RequestService requests;
    private final OrganisationService organisations;
    private final Activities activities;

    ApprovalPageReader(RequestService requests, OrganisationService organisations, Activities activities) {
        this.requests = requests;
        this.organisations = organisations;
        this.activities = activities;
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
        CapUse cap = o.cap();
        String capProblem = null;
        if (awaiting && cap.cap() == null) {
            capProblem = m.cap_none();
        } else if (awaiting && cap.exceeded()) {
            capProblem = m.cap_over(format.money(cap.afterThisGrant().minus(cap.cap())));
        }
        return new ApprovalPages.Summary(g.id().toString(), g.reference(), beneficiary(g, m),
                g.payeeOrganisationId() == null ? null : organisation(m.payee_label(), g.payeeOrganisationId(), m),
                format.money(g.amount()),
                o.fundName(), awaiting ? m.fund_available(format.money(o.fundAvailable())) : null,
                awaiting ? m.fund_after(format.money(o.fundAvailableAfter())) : null,
                awaiting && !o.fundCovers()
                        ? m.fund_short(format.money(Money.zero(g.amount().currency()).minus(o.fundAvailableAfter())))
                        : null,
                switch (cap.kind()) {
                    case DEFENDER -> m.cap_label();
                    case ORGANISATION -> m.cap_label_organisation();
                    case ACTIVITY -> m.cap_label_activity();
                },
                !awaiting ? null : cap.windowStart() == null ? m.cap_received_activity(format.money(cap.receivedInWindow()))
                        : m.cap_received(format.number(cap.windowDays()), format.money(cap.receivedInWindow())),
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

    /** Whom the grant supports, linked by its reference when the reader may see it (the grant they may). */
    private ApprovalPages.Link beneficiary(GrantView g, ApprovalMessages m) {
        return switch (g.beneficiaryKind()) {
            case DEFENDER -> {
                String reference = caseReference(g.requestId());
                yield new ApprovalPages.Link(m.case_label(), "/console/cases/" + g.requestId(),
                        reference == null ? m.case_link_plain() : m.case_link(reference));
            }
            case ORGANISATION -> organisation(m.organisation_label(), g.organisationId(), m);
            case ACTIVITY -> {
                ActivityRef activity = activities.findRef(g.activityId());
                String label = m.activity_label(costCategory(g.costCategory(), m));
                yield activity == null ? new ApprovalPages.Link(label, null, m.record_not_visible())
                        : new ApprovalPages.Link(label, "/console/activities/" + activity.id(),
                                m.activity_link(activity.reference()));
            }
        };
    }

    private ApprovalPages.Link organisation(String label, UUID id, ApprovalMessages m) {
        OrganisationRef organisation = organisations.findRef(id);
        return organisation == null ? new ApprovalPages.Link(label, null, m.record_not_visible())
                : new ApprovalPages.Link(label, "/console/organisations/" + organisation.id(),
                        m.organisation_link(organisation.reference()));
    }

    /** The case's reference, or null when the reader may not see the case (the grant they may). */
    private String caseReference(UUID requestId) {
        try {
            return requests.get(requestId).reference();
        } catch (Refusal notVisible) {
            return null;
        }
    }

    static String costCategory(CostCategory category, ApprovalMessages m) {
        return switch (category) {
            case TRAVEL -> m.cost_travel();
            case STAY -> m.cost_stay();
            case INTERPRETATION -> m.cost_interpretation();
            case VENUE -> m.cost_venue();
            case VISA -> m.cost_visa();
            case OTHER -> m.cost_other();
        };
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
