package org.haven.console;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.haven.fund.FundService;
import org.haven.fund.FundStatus;
import org.haven.grant.CostCategory;
import org.haven.grant.GrantService;
import org.haven.grant.ProposeGrant;
import org.haven.organisation.OrganisationFilter;
import org.haven.organisation.OrganisationService;
import org.haven.organisation.OrganisationStatus;
import org.haven.organisation.VettingStatus;
import org.haven.shared.error.Refusal;
import org.haven.shared.money.Money;
import org.haven.shared.paging.PageRequest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The "propose a grant" form, for a case, an organisation or an activity's cost: one form and one flow
 * (CSRF, form key, validation, the service's refusals next to the fields) over the same command and
 * rules as {@code POST /grants}. The resources only say whom the grant is for.
 */
@ApplicationScoped
class GrantProposalForm {

    @CheckedTemplate(basePath = "console/grants")
    static class Templates {
        static native TemplateInstance propose(ConsolePage page, GrantFor target, GrantProposal proposal,
                ConsoleForm form);
    }

    /** Whom the posted form is for: ProposeGrant's beneficiary fields, the rest coming from the form. */
    @FunctionalInterface
    interface Beneficiary {
        ProposeGrant command(UUID fundId, Money amount, String purpose, List<ProposeGrant.Tranche> tranches,
                Boolean trancheGated, CostCategory category, UUID payee);
    }

    private final GrantService grants;
    private final FundService funds;
    private final OrganisationService organisations;
    private final ConsolePages pages;
    private final ConsoleCsrf csrf;
    private final ConsoleOnce once;
    private final Validator validator;

    GrantProposalForm(GrantService grants, FundService funds, OrganisationService organisations, ConsolePages pages,
            ConsoleCsrf csrf, ConsoleOnce once, Validator validator) {
        this.grants = grants;
        this.funds = funds;
        this.organisations = organisations;
        this.pages = pages;
        this.csrf = csrf;
        this.once = once;
        this.validator = validator;
    }

    TemplateInstance empty(GrantFor target) {
        GrantProposal proposal = proposal();
        ConsoleForm form = ConsoleForm.empty().with("amount.currency", proposal.suggestedCurrency());
        return render(target, proposal, form.with(ConsoleOnce.FIELD, form.formKey()));
    }

    /** Proposes once per form key and goes to {@code done}, or shows the form again with what to fix. */
    Response post(String operation, GrantFor target, MultivaluedMap<String, String> posted, Beneficiary beneficiary,
            String done) {
        if (!csrf.accepts(posted.getFirst(CsrfTokens.FIELD))) {
            return ConsoleErrors.formRefused(pages);
        }
        GrantProposal proposal = proposal();
        ConsoleForm form = ConsoleForm.of(posted);
        GrantPageForms values = new GrantPageForms(form, pages.formErrors());
        ProposeGrant command = command(values, proposal, beneficiary, target.activityCost());
        if (!values.valid(validator, command)) {
            return GrantPageForms.page(422, render(target, proposal, form));
        }
        try {
            String location = once.create(operation, form.value(ConsoleOnce.FIELD), command, () -> {
                grants.propose(command);
                return done;
            });
            return GrantPageForms.seeOther(location);
        } catch (Refusal refusal) {
            if (GrantPageForms.aboutThePage(refusal)) {
                return ConsoleErrors.refused(pages, refusal);
            }
            pages.formErrors().refused(refusal, form);
            return GrantPageForms.page(GrantPageForms.status(refusal), render(target, proposal, form));
        }
    }

    /**
     * The form as ProposeGrant: a currency left empty is the chosen fund's; tranche rows count up to the
     * last one filled in (a blank row before it is reported, not skipped), in the grant's currency.
     */
    private ProposeGrant command(GrantPageForms values, GrantProposal proposal, Beneficiary beneficiary,
            boolean activityCost) {
        UUID fundId = values.uuid("fundId");
        String currency = values.text("amount.currency");
        if (currency == null) {
            currency = proposal.currencyOf(fundId);
        }
        if (currency == null && fundId != null) {
            // a fund closed since the form was shown: the service says so next to the fund, not "currency required"
            currency = currencyOf(fundId);
        }
        Money amount = new Money(values.decimal("amount.amount"), currency);
        int last = -1;
        for (GrantProposal.TrancheRow row : proposal.tranches()) {
            if (values.filled(row.amountField(), row.dateField())) {
                last = row.index();
            }
        }
        List<ProposeGrant.Tranche> tranches = new ArrayList<>();
        for (GrantProposal.TrancheRow row : proposal.tranches().subList(0, last + 1)) {
            tranches.add(new ProposeGrant.Tranche(new Money(values.decimal(row.amountField()), currency),
                    values.date(row.dateField())));
        }
        CostCategory category = activityCost ? values.enumValue("costCategory", CostCategory.class) : null;
        return beneficiary.command(fundId, amount, values.text("purpose"), tranches.isEmpty() ? null : tranches,
                values.checked("trancheGated"), category, values.uuid("payeeOrganisationId"));
    }

    private String currencyOf(UUID fundId) {
        try {
            return funds.get(fundId).currency();
        } catch (Refusal unknown) {
            return null;
        }
    }

    private GrantProposal proposal() {
        ConsoleFormat format = pages.format();
        return GrantProposal.of(funds.list(FundStatus.ACTIVE, null, new PageRequest(0, PageRequest.MAX_SIZE)).items(),
                format, ConsolePages.bundle(GrantMessages.class, format.language()));
    }

    /**
     * The organisations that may be named as the payee: ACTIVE ones the reader may see whose vetting was
     * not refused (the service checks the rest, vetting included, at the final approval).
     */
    List<GrantFor.Choice> payees(UUID except) {
        return organisations.list(new OrganisationFilter(null, null, OrganisationStatus.ACTIVE, null, null, null),
                new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                .filter(o -> o.vettingStatus() != VettingStatus.REFUSED && !o.id().equals(except))
                .map(o -> new GrantFor.Choice(o.id().toString(), o.name() + " (" + o.reference() + ")"))
                .toList();
    }

    /** The categories of an activity's cost, in the reader's language. */
    List<GrantFor.Choice> costCategories() {
        ApprovalMessages m = ApprovalPageReader.messages(pages.format());
        return java.util.Arrays.stream(CostCategory.values())
                .map(c -> new GrantFor.Choice(c.name(), ApprovalPageReader.costCategory(c, m))).toList();
    }

    private TemplateInstance render(GrantFor target, GrantProposal proposal, ConsoleForm form) {
        ConsolePage page = pages.page();
        GrantMessages m = ConsolePages.bundle(GrantMessages.class, page.language());
        form.label("fundId", m.fund_label()).label("amount.amount", m.amount_label())
                .label("amount.currency", m.currency_label()).label("purpose", m.purpose_label())
                .label("plannedTranches", m.tranches_legend()).label("trancheGated", m.tranche_gated_label())
                .label("payeeOrganisationId", m.payee_label()).label("costCategory", m.cost_category_label())
                .label("organisationId", m.organisation_label()).label("activityId", m.activity_label());
        return ConsolePages.localized(Templates.propose(page, target, proposal, form), page.language());
    }
}
