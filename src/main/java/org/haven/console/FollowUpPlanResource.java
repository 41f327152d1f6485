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

import org.haven.defender.DefenderService;
import org.haven.followup.FollowUpService;
import org.haven.followup.FollowUpType;
import org.haven.followup.PlanFollowUp;
import org.haven.request.RequestService;
import org.haven.shared.error.Refusal;
import org.haven.shared.security.Roles;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;

/**
 * "Plan a follow-up" for a case: the same command, roles and rules as {@code POST /follow-ups}; the form
 * key makes a double submit plan one follow-up.
 */
@Path("/console/cases/{id}/follow-ups")
@Produces(MediaType.TEXT_HTML)
public class FollowUpPlanResource {

    static final String OPERATION = "POST /console/cases/{id}/follow-ups";

    @CheckedTemplate(basePath = "console/follow-ups")
    static class Templates {
        static native TemplateInstance plan(ConsolePage page, CaseBanner banner, List<GrantLabels.Choice> types,
                ConsoleForm form);
    }

    private final FollowUpService followUps;
    private final RequestService requests;
    private final DefenderService defenders;
    private final ConsolePages pages;
    private final ConsoleCsrf csrf;
    private final ConsoleOnce once;
    private final Validator validator;

    FollowUpPlanResource(FollowUpService followUps, RequestService requests, DefenderService defenders,
            ConsolePages pages, ConsoleCsrf csrf, ConsoleOnce once, Validator validator) {
        this.followUps = followUps;
        this.requests = requests;
        this.defenders = defenders;
        this.pages = pages;
        this.csrf = csrf;
        this.once = once;
        this.validator = validator;
    }

    @GET
    @Path("/new")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER })
    public TemplateInstance form(@PathParam("id") UUID id) {
        ConsoleForm form = ConsoleForm.empty();
        return render(CaseBanner.of(id, requests, defenders), form.with(ConsoleOnce.FIELD, form.formKey()));
    }

    @POST
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response plan(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        if (!csrf.accepts(posted.getFirst(CsrfTokens.FIELD))) {
            return ConsoleErrors.formRefused(pages);
        }
        CaseBanner banner = CaseBanner.of(id, requests, defenders);
        ConsoleForm form = ConsoleForm.of(posted);
        GrantPageForms values = new GrantPageForms(form, pages.formErrors());
        PlanFollowUp command = new PlanFollowUp(id, values.choice("type", FollowUpType.class), values.date("dueOn"),
                values.text("assignedOfficer"));
        if (!values.valid(validator, command)) {
            return GrantPageForms.page(422, render(banner, form));
        }
        try {
            return GrantPageForms.seeOther(once.create(OPERATION, form.value(ConsoleOnce.FIELD), command, () -> {
                followUps.plan(command);
                return banner.href() + "#follow-ups";
            }));
        } catch (Refusal refusal) {
            if (GrantPageForms.aboutThePage(refusal)) {
                return ConsoleErrors.refused(pages, refusal);
            }
            pages.formErrors().refused(refusal, form);
            return GrantPageForms.page(GrantPageForms.status(refusal), render(banner, form));
        }
    }

    private TemplateInstance render(CaseBanner banner, ConsoleForm form) {
        ConsolePage page = pages.page();
        GrantMessages m = ConsolePages.bundle(GrantMessages.class, page.language());
        form.label("type", m.type_label()).label("dueOn", m.due_on_label())
                .label("assignedOfficer", m.assigned_officer_label());
        return ConsolePages.localized(Templates.plan(page, banner, GrantLabels.types(m), form), page.language());
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
