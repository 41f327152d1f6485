package org.haven.console;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.haven.defender.DefenderService;
import org.haven.organisation.ArchiveOrganisation;
import org.haven.organisation.EndMembership;
import org.haven.organisation.LinkDefender;
import org.haven.organisation.MemberRole;
import org.haven.organisation.OrganisationService;
import org.haven.organisation.OrganisationView;
import org.haven.organisation.VetOrganisation;
import org.haven.organisation.VettingStatus;
import org.haven.shared.error.Refusal;
import org.haven.shared.security.Roles;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;

/**
 * The forms of an organisation's page that decide or link: vetting and archive (managers, as the API), linking a
 * defender chosen by search rather than by a typed id, and ending a link (officers and managers). Each calls
 * {@link OrganisationService} as {@code /organisations/{id}/...} does; versioned forms carry the version they were
 * read at, and a stale one is shown again with the current values (412).
 */
@Path("/console/organisations/{id}")
@Produces(MediaType.TEXT_HTML)
public class OrganisationFormsResource {

    /** The archive form's reason is "archiveReason" on the page, "reason" in the command. */
    private static final Map<String, String> ARCHIVE_FIELDS = Map.of("reason", "archiveReason");
    /** The unlink form's reason is "unlinkReason"; its defender (a hidden "memberId") is said for the form. */
    private static final Map<String, String> UNLINK_FIELDS = Map.of("reason", "unlinkReason", "defenderId", "");

    @CheckedTemplate(basePath = "console/organisations")
    static class Templates {
        static native TemplateInstance link(ConsolePage page, OrganisationView organisation, DefenderPick pick,
                List<OrganisationPages.Choice> roles, ConsoleForm form);
    }

    private final OrganisationService organisations;
    private final DefenderService defenders;
    private final OrganisationPage organisationPage;
    private final ConsolePages pages;
    private final ConsoleCsrf csrf;
    private final Validator validator;

    OrganisationFormsResource(OrganisationService organisations, DefenderService defenders,
            OrganisationPage organisationPage, ConsolePages pages, ConsoleCsrf csrf, Validator validator) {
        this.organisations = organisations;
        this.defenders = defenders;
        this.organisationPage = organisationPage;
        this.pages = pages;
        this.csrf = csrf;
        this.validator = validator;
    }

    @POST
    @Path("/vetting")
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response vet(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        if (!csrf.accepts(posted.getFirst(CsrfTokens.FIELD))) {
            return ConsoleErrors.formRefused(pages);
        }
        UUID organisationId = ConsolePages.recordId(id, "Organisation");
        ConsoleForm form = ConsoleForm.of(posted);
        GrantPageForms values = new GrantPageForms(form, pages.formErrors());
        VetOrganisation command = new VetOrganisation(values.choice("status", VettingStatus.class),
                values.date("vettedOn"), values.text("reason"));
        return versioned(organisationId, form, command, Map.of(),
                version -> organisations.vet(organisationId, version, command), "vetted");
    }

    @POST
    @Path("/archive")
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response archive(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        if (!csrf.accepts(posted.getFirst(CsrfTokens.FIELD))) {
            return ConsoleErrors.formRefused(pages);
        }
        UUID organisationId = ConsolePages.recordId(id, "Organisation");
        ConsoleForm form = ConsoleForm.of(posted);
        ArchiveOrganisation command = new ArchiveOrganisation(form.value("archiveReason"));
        // the form's field is archiveReason (the vetting form has its own reason); the record's is reason
        return versioned(organisationId, form, command, ARCHIVE_FIELDS,
                version -> organisations.archive(organisationId, version, command.reason()), "archived");
    }

    /** Choosing the defender to link: those found by part of their pseudonym or reference, a role, and link. */
    @GET
    @Path("/members/new")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER })
    public Response chooseMember(@PathParam("id") String id, @QueryParam("q") String q) {
        UUID organisationId = ConsolePages.recordId(id, "Organisation");
        return linkPage(200, organisations.get(organisationId), ConsoleForm.empty().with("q", q));
    }

    @POST
    @Path("/members")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response link(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        if (!csrf.accepts(posted.getFirst(CsrfTokens.FIELD))) {
            return ConsoleErrors.formRefused(pages);
        }
        UUID organisationId = ConsolePages.recordId(id, "Organisation");
        ConsoleForm form = ConsoleForm.of(posted);
        GrantPageForms values = new GrantPageForms(form, pages.formErrors());
        LinkDefender command = new LinkDefender(values.uuid("defenderId"), values.choice("role", MemberRole.class));
        OrganisationView organisation = organisations.get(organisationId);
        if (!values.valid(validator, command)) {
            return linkPage(422, organisation, form);
        }
        try {
            organisations.link(organisationId, command);
            return GrantPageForms.seeOther(OrganisationPages.PATH + "/" + organisationId + "?done=linked");
        } catch (Refusal refusal) {
            if (GrantPageForms.aboutThePage(refusal)) {
                return ConsoleErrors.refused(pages, refusal);
            }
            pages.formErrors().refused(refusal, form);
            return linkPage(GrantPageForms.status(refusal), organisation, form);
        }
    }

    @POST
    @Path("/members/removal")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unlink(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        if (!csrf.accepts(posted.getFirst(CsrfTokens.FIELD))) {
            return ConsoleErrors.formRefused(pages);
        }
        UUID organisationId = ConsolePages.recordId(id, "Organisation");
        ConsoleForm form = ConsoleForm.of(posted);
        GrantPageForms values = new GrantPageForms(form, pages.formErrors());
        EndMembership command = new EndMembership(values.uuid("memberId"), values.text("unlinkReason"));
        if (!organisationPage.valid(command, form, UNLINK_FIELDS)) {
            return organisationPage.show(422, organisationId, form, null);
        }
        try {
            organisations.unlink(organisationId, command.defenderId(), command.reason());
            return GrantPageForms.seeOther(OrganisationPages.PATH + "/" + organisationId + "?done=unlinked");
        } catch (Refusal refusal) {
            return organisationPage.refused(organisationId, form, refusal, UNLINK_FIELDS);
        }
    }

    private interface Change {
        OrganisationView apply(long version);
    }

    /** A form that changes a versioned organisation: its posted version must still be current (else 412). */
    private Response versioned(UUID id, ConsoleForm form, Object command, Map<String, String> fields, Change change,
            String done) {
        Long version = OrganisationPage.version(form);
        if (version == null) {
            form.error(null, pages.formErrors().plain("stale-version", "The record changed since it was read."));
            form.markStale();
        }
        if (!organisationPage.valid(command, form, fields) || version == null) {
            return organisationPage.show(422, id, form, null);
        }
        try {
            change.apply(version);
            return GrantPageForms.seeOther(OrganisationPages.PATH + "/" + id + "?done=" + done);
        } catch (Refusal refusal) {
            return organisationPage.refused(id, form, refusal, fields);
        }
    }

    private Response linkPage(int status, OrganisationView organisation, ConsoleForm form) {
        ConsolePage page = pages.page();
        GroupMessages m = OrganisationPage.messages(page);
        GroupFormMessages f = ConsolePages.bundle(GroupFormMessages.class, page.language());
        form.label("defenderId", f.label_defender()).label("role", m.label_role());
        DefenderPick pick = DefenderPick.find(OrganisationPages.PATH + "/" + organisation.id() + "/members/new",
                defenders, form.value("q"), new DefenderChoices(page.language()),
                pages.format(), f);
        return GrantPageForms.page(status, ConsolePages.localized(Templates.link(page, organisation, pick,
                OrganisationPages.roles(m), form), page.language()));
    }

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
