package org.haven.console;

import java.util.List;
import java.util.UUID;

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

import org.haven.fund.ChangeFund;
import org.haven.fund.CreateFund;
import org.haven.fund.FundService;
import org.haven.fund.FundView;
import org.haven.shared.error.Refusal;
import org.haven.shared.paging.PageRequest;
import org.haven.shared.security.CurrentActor;
import org.haven.shared.security.Roles;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;

/**
 * The funds: the list with every fund's figures, "Create a fund" (once, however often the form is sent)
 * and a fund's page with its change form (read at a version; a change overtaken by someone else's is
 * shown again with the current values). The same service, commands, rules and roles as {@code /funds}.
 */
@Path("/console/funds")
@Produces(MediaType.TEXT_HTML)
public class FundPagesResource {

    static final String CREATE = "POST /console/funds";

    @CheckedTemplate(basePath = "console/funds")
    static class Templates {
        static native TemplateInstance list(ConsolePage page, FundPages.ListPage funds, ConsoleForm form);

        static native TemplateInstance fund(ConsolePage page, FundPages.FundPage fund, ConsoleForm form,
                ConsoleForm edit, List<CasePage.Typed> typed);
    }

    private final FundService funds;
    private final ConsolePages pages;
    private final ConsoleCsrf csrf;
    private final ConsoleOnce once;
    private final CurrentActor currentActor;
    private final Validator validator;

    FundPagesResource(FundService funds, ConsolePages pages, ConsoleCsrf csrf, ConsoleOnce once,
            CurrentActor currentActor, Validator validator) {
        this.funds = funds;
        this.pages = pages;
        this.csrf = csrf;
        this.once = once;
        this.currentActor = currentActor;
        this.validator = validator;
    }

    @GET
    @RolesAllowed({ Roles.PROGRAMME_MANAGER, Roles.AUDITOR, Roles.ADMIN })
    public Response list() {
        return listPage(200, ConsoleForm.empty());
    }

    @POST
    @RolesAllowed({ Roles.PROGRAMME_MANAGER, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> posted) {
        if (!csrf.accepts(posted.getFirst(CsrfTokens.FIELD))) {
            return ConsoleErrors.formRefused(pages);
        }
        ConsoleForm form = ConsoleForm.of(posted);
        GrantPageForms values = new GrantPageForms(form, pages.formErrors());
        CreateFund command = FundPages.create(values);
        if (!values.valid(validator, command)) {
            return listPage(422, form);
        }
        try {
            String location = once.create(CREATE, form.value(ConsoleOnce.FIELD), command,
                    () -> "/console/funds/" + funds.create(command).id());
            return GrantPageForms.seeOther(location);
        } catch (Refusal refusal) {
            pages.formErrors().refused(refusal, form);
            return listPage(GrantPageForms.status(refusal), form);
        }
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.PROGRAMME_MANAGER, Roles.AUDITOR, Roles.ADMIN })
    public Response fund(@PathParam("id") UUID id) {
        FundView current = funds.get(id);
        return fundPage(200, current, ConsoleForm.empty(), FundPages.edit(current));
    }

    @POST
    @Path("/{id}")
    @RolesAllowed({ Roles.PROGRAMME_MANAGER, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        if (!csrf.accepts(posted.getFirst(CsrfTokens.FIELD))) {
            return ConsoleErrors.formRefused(pages);
        }
        FundView read = funds.get(id);
        ConsoleForm form = ConsoleForm.of(posted);
        GrantPageForms values = new GrantPageForms(form, pages.formErrors());
        ChangeFund command = FundPages.change(values, read.currency());
        int status = 422;
        if (values.valid(validator, command)) {
            try {
                funds.change(id, CaseCommands.version(form), command);
                return GrantPageForms.seeOther("/console/funds/" + id);
            } catch (Refusal refusal) {
                if (GrantPageForms.aboutThePage(refusal)) {
                    return ConsoleErrors.refused(pages, refusal);
                }
                pages.formErrors().refused(refusal, form);
                status = GrantPageForms.status(refusal);
            }
        }
        if (form.stale()) {
            // the current values, at the current version, with what the reader typed above them
            FundView current = funds.get(id);
            return fundPage(status, current, form, FundPages.edit(current));
        }
        return fundPage(status, read, form, form);
    }

    private boolean canChange() {
        return currentActor.get().hasRole(Roles.PROGRAMME_MANAGER) || currentActor.get().hasRole(Roles.ADMIN);
    }

    private Response listPage(int status, ConsoleForm form) {
        ConsolePage page = pages.page();
        ConsoleFormat format = pages.format();
        FundMessages m = ConsolePages.bundle(FundMessages.class, page.language());
        List<FundPages.Row> rows = funds.list(null, null, new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                .map(f -> FundPages.row(f, format, m)).toList();
        FundPages.labelled(form, m).with(ConsoleOnce.FIELD, form.formKey());
        return GrantPageForms.page(status, ConsolePages.localized(
                Templates.list(page, new FundPages.ListPage(rows, canChange()), form), page.language()));
    }

    private Response fundPage(int status, FundView fund, ConsoleForm form, ConsoleForm edit) {
        ConsolePage page = pages.page();
        FundMessages m = ConsolePages.bundle(FundMessages.class, page.language());
        FundPages.FundPage view = new FundPages.FundPage(FundPages.row(fund, pages.format(), m), fund.version(),
                canChange(), FundPages.statuses(m));
        FundPages.labelled(form, m);
        FundPages.labelled(edit, m);
        List<CasePage.Typed> typed = form.stale() ? FundPages.typed(form, m) : List.of();
        return GrantPageForms.page(status,
                ConsolePages.localized(Templates.fund(page, view, form, edit, typed), page.language()));
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
