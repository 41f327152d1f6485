package org.haven.console;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.haven.defender.DefenderService;
import org.haven.fund.FundService;
import org.haven.fund.FundStatus;
import org.haven.grant.GrantService;
import org.haven.grant.ProposeGrant;
import org.haven.request.RequestService;
import org.haven.shared.error.Refusal;
import org.haven.shared.money.Money;
import org.haven.shared.paging.PageRequest;
import org.haven.shared.security.Roles;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;

/**
 * "Propose a grant" for a case: the same command, roles and rules as {@code POST /grants}. The form
 * carries a form key, so a double click or a resend proposes one grant.
 */
@Path("/console/cases/{id}/grants")
@Produces(MediaType.TEXT_HTML)
public class GrantPagesResource {

    static final String OPERATION = "POST /console/cases/{id}/grants";

    @CheckedTemplate(basePath = "console/grants")
    static class Templates {
        static native TemplateInstance propose(ConsolePage page, CaseBanner banner, GrantProposal proposal,
                ConsoleForm form);
    }

    private final GrantService grants;
    private final FundService funds;
    private final RequestService requests;
    private final DefenderService defenders;
    private final ConsolePages pages;
    private final ConsoleCsrf csrf;
    private final ConsoleOnce once;
    private final Validator validator;

    GrantPagesResource(GrantService grants, FundService funds, RequestService requests, DefenderService defenders,
            ConsolePages pages, ConsoleCsrf csrf, ConsoleOnce once, Validator validator) {
        this.grants = grants;
        this.funds = funds;
        this.requests = requests;
        this.defenders = defenders;
        this.pages = pages;
        this.csrf = csrf;
        this.once = once;
        this.validator = validator;
    }

    @GET
    @Path("/new")
    @RolesAllowed(Roles.PROTECTION_OFFICER)
    public TemplateInstance form(@PathParam("id") UUID id) {
        CaseBanner banner = CaseBanner.of(id, requests, defenders);
        GrantProposal proposal = proposal();
        ConsoleForm form = ConsoleForm.empty().with("amount.currency", proposal.suggestedCurrency());
        return render(banner, proposal, form.with(ConsoleOnce.FIELD, form.formKey()));
    }

    @POST
    @RolesAllowed(Roles.PROTECTION_OFFICER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response propose(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        if (!csrf.accepts(posted.getFirst(CsrfTokens.FIELD))) {
            return ConsoleErrors.formRefused(pages);
        }
        CaseBanner banner = CaseBanner.of(id, requests, defenders);
        GrantProposal proposal = proposal();
        ConsoleForm form = ConsoleForm.of(posted);
        GrantPageForms values = new GrantPageForms(form, pages.formErrors());
        ProposeGrant command = command(id, values, proposal, this::currencyOf);
        if (!values.valid(validator, command)) {
            return GrantPageForms.page(422, render(banner, proposal, form));
        }
        try {
            String location = once.create(OPERATION, form.value(ConsoleOnce.FIELD), command, () -> {
                grants.propose(command);
                return banner.href() + "#grants";
            });
            return GrantPageForms.seeOther(location);
        } catch (Refusal refusal) {
            if (GrantPageForms.aboutThePage(refusal)) {
                return ConsoleErrors.refused(pages, refusal);
            }
            pages.formErrors().refused(refusal, form);
            return GrantPageForms.page(GrantPageForms.status(refusal), render(banner, proposal, form));
        }
    }

    /**
     * The form as ProposeGrant: a currency left empty is the chosen fund's; tranche rows count up to the
     * last one filled in (a blank row before it is reported, not skipped), in the grant's currency.
     */
    private static ProposeGrant command(UUID requestId, GrantPageForms values, GrantProposal proposal,
            Function<UUID, String> unlistedFundCurrency) {
        UUID fundId = values.uuid("fundId");
        String currency = values.text("amount.currency");
        if (currency == null) {
            currency = proposal.currencyOf(fundId);
        }
        if (currency == null && fundId != null) {
            // a fund closed since the form was shown: the service says so next to the fund, not "currency required"
            currency = unlistedFundCurrency.apply(fundId);
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
        return new ProposeGrant(requestId, fundId, amount, values.text("purpose"), tranches.isEmpty() ? null : tranches,
                values.checked("trancheGated"));
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

    private TemplateInstance render(CaseBanner banner, GrantProposal proposal, ConsoleForm form) {
        ConsolePage page = pages.page();
        GrantMessages m = ConsolePages.bundle(GrantMessages.class, page.language());
        form.label("fundId", m.fund_label()).label("amount.amount", m.amount_label())
                .label("amount.currency", m.currency_label()).label("purpose", m.purpose_label())
                .label("plannedTranches", m.tranches_legend()).label("trancheGated", m.tranche_gated_label());
        return ConsolePages.localized(Templates.propose(page, banner, proposal, form), page.language());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return ConsoleErrors.forbidden(pages);
    }

    /** An id that is no UUID: the console's "not found" page, as for any unknown record (not the API's JSON). */
    @ServerExceptionMapper
    public Response unknownPath(jakarta.ws.rs.NotFoundException e) {
        return ConsoleErrors.refused(pages, Refusal.notFound("This record"));
    }

    @ServerExceptionMapper
    public Response refused(Refusal refusal) {
        return ConsoleErrors.refused(pages, refusal);
    }
}
