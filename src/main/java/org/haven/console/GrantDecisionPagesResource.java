package org.haven.console;

import java.net.URI;
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

import org.haven.grant.ApprovalInbox;
import org.haven.grant.ApprovalOutlook;
import org.haven.grant.DecideOnGrant;
import org.haven.grant.GrantDecisionService;
import org.haven.shared.error.Refusal;
import org.haven.shared.security.CurrentActor;
import org.haven.shared.security.Roles;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;

/**
 * A grant's page: its facts, approvals, due diligence and payments, as {@code GET /grants/{id}} shows
 * them, and for a manager who may decide, the decision form. The decision is {@code POST
 * /grants/{id}/decisions}: the same command, role, service and four-eyes rules, plus the version the
 * manager saw (a grant changed since answers 412 with its current state).
 */
@Path("/console/grants/{id}")
@Produces(MediaType.TEXT_HTML)
public class GrantDecisionPagesResource {

    @CheckedTemplate(basePath = "console/approvals")
    static class Templates {
        static native TemplateInstance grant(ConsolePage page, ApprovalPages.OneGrant view, ConsoleForm form);
    }

    private final ApprovalInbox inbox;
    private final GrantDecisionService decisions;
    private final ApprovalPageReader reader;
    private final ConsolePages pages;
    private final ConsoleCsrf csrf;
    private final CurrentActor currentActor;
    private final Validator validator;

    GrantDecisionPagesResource(ApprovalInbox inbox, GrantDecisionService decisions, ApprovalPageReader reader,
            ConsolePages pages, ConsoleCsrf csrf, CurrentActor currentActor, Validator validator) {
        this.inbox = inbox;
        this.decisions = decisions;
        this.reader = reader;
        this.pages = pages;
        this.csrf = csrf;
        this.currentActor = currentActor;
        this.validator = validator;
    }

    @GET
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    public Response grant(@PathParam("id") String id) {
        return page(200, ConsolePages.recordId(id, "Grant"), ConsoleForm.empty());
    }

    @POST
    @Path("/decision")
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        if (!csrf.accepts(posted.getFirst(CsrfTokens.FIELD))) {
            return ConsoleErrors.formRefused(pages);
        }
        UUID grantId = ConsolePages.recordId(id, "Grant");
        ConsoleForm form = ConsoleForm.of(posted);
        FormErrors errors = pages.formErrors();
        DecideOnGrant command = DecisionForm.command(form, errors);
        int status = 422;
        if (new GrantPageForms(form, errors).valid(validator, command)) {
            try {
                decisions.decide(grantId, CaseCommands.version(form), command);
                return Response.seeOther(URI.create("/console/grants/" + grantId)).build();
            } catch (Refusal refusal) {
                if (refusal.kind() == Refusal.Kind.NOT_FOUND || refusal.kind() == Refusal.Kind.GONE) {
                    throw refusal;
                }
                DecisionForm.refused(refusal, form, errors);
                status = CaseFormChecks.statusOf(refusal);
            }
        }
        return page(status, grantId, form);
    }

    private Response page(int status, UUID id, ConsoleForm form) {
        ConsolePage page = pages.page();
        ApprovalOutlook outlook = inbox.outlook(id);
        ApprovalPages.OneGrant view = reader.grant(outlook, currentActor.get(), pages.format());
        DecisionForm.labels(form, ApprovalPageReader.messages(pages.format()));
        form.with("version", form.versionOr(outlook.grant().version()));
        return GrantPageForms.page(status,
                ConsolePages.localized(Templates.grant(page, view, form), page.language()));
    }

    /** A role without this page or form gets a page that says so (a forged post by an auditor lands here). */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return ConsoleErrors.forbidden(pages);
    }

    @ServerExceptionMapper
    public Response unknownPath(jakarta.ws.rs.NotFoundException e) {
        return ConsoleErrors.refused(pages, Refusal.notFound("This record"));
    }

    @ServerExceptionMapper
    public Response refused(Refusal refusal) {
        return ConsoleErrors.refused(pages, refusal);
    }
}
