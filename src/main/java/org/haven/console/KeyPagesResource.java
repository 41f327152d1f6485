package org.haven.console;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.haven.protection.KeyRotationResult;
import org.haven.protection.KeyRotationService;
import org.haven.shared.error.Refusal;
import org.haven.shared.security.Roles;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;

/**
 * The administrator's keys page: the status of {@code GET /admin/keys/status} in plain words, and the
 * rotation of {@code POST /admin/keys/rotation} behind a confirmation, with what it did. Same service,
 * same role, same audit entry.
 */
@Path("/console/admin/keys")
@Produces(MediaType.TEXT_HTML)
public class KeyPagesResource {

    @CheckedTemplate(basePath = "console/admin")
    static class Templates {
        static native TemplateInstance keys(ConsolePage page, KeyStatusPage keys);
    }

    /** The check box that confirms the rotation, and the value it sends. */
    static final String CONFIRM = "confirm";

    private final KeyRotationService keys;
    private final ConsolePages pages;
    private final ConsoleCsrf csrf;

    KeyPagesResource(KeyRotationService keys, ConsolePages pages, ConsoleCsrf csrf) {
        this.keys = keys;
        this.pages = pages;
        this.csrf = csrf;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    public Response status() {
        return page(200, null, ConsoleForm.empty());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response rotate(MultivaluedMap<String, String> posted) {
        if (!csrf.accepts(posted.getFirst(CsrfTokens.FIELD))) {
            return ConsoleErrors.formRefused(pages);
        }
        ConsoleForm form = ConsoleForm.of(posted);
        if (!form.has(CONFIRM, "true")) {
            form.error(CONFIRM, messages().confirm_required());
            return page(422, null, form);
        }
        try {
            return page(200, keys.rotate(), ConsoleForm.empty());
        } catch (Refusal refusal) {
            // a stored key names a KEK this service lacks (409): said above the form, nothing was changed
            pages.formErrors().refused(refusal, form);
            return page(409, null, form);
        }
    }

    private Response page(int status, KeyRotationResult rotation, ConsoleForm form) {
        ConsolePage page = pages.page();
        AdminMessages msg = messages();
        form.label(CONFIRM, msg.confirm_field());
        KeyStatusPage content = KeyStatusPage.of(keys.status(), rotation, form, pages.format(), msg);
        return GrantPageForms.page(status, ConsolePages.localized(Templates.keys(page, content), page.language()));
    }

    private AdminMessages messages() {
        return ConsolePages.bundle(AdminMessages.class, pages.language());
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
