package org.haven.console;

import java.net.URI;

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
import org.haven.defender.DefenderStatus;
import org.haven.defender.DefenderView;
import org.haven.defender.EraseDefender;
import org.haven.shared.error.Refusal;
import org.haven.shared.security.Roles;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;

/**
 * Erasure of a defender from the console: what it removes and keeps, a reason checked as
 * {@code EraseDefender} is, and the defender's reference typed out as confirmation. Then the same
 * {@link DefenderService#erase} as {@code POST /defenders/{id}/erasure}: same role, same rules, the same
 * audit entry with the reason. A wrong confirmation erases nothing.
 */
@Path("/console/defenders/{id}/erasure")
@Produces(MediaType.TEXT_HTML)
public class ErasurePagesResource {

    @CheckedTemplate(basePath = "console/admin")
    static class Templates {
        static native TemplateInstance erasure(ConsolePage page, ErasurePage erasure);
    }

    static final String REASON = "reason";
    static final String CONFIRMATION = "confirmation";

    private final DefenderService defenders;
    private final ConsolePages pages;
    private final ConsoleCsrf csrf;
    private final Validator validator;

    ErasurePagesResource(DefenderService defenders, ConsolePages pages, ConsoleCsrf csrf, Validator validator) {
        this.defenders = defenders;
        this.pages = pages;
        this.csrf = csrf;
        this.validator = validator;
    }

    /** The form; for a defender already erased, their page, which says so. */
    @GET
    @RolesAllowed(Roles.ADMIN)
    public Response form(@PathParam("id") String id) {
        DefenderView defender = defenders.get(ConsolePages.recordId(id, "Defender"));
        if (defender.status() == DefenderStatus.ERASED) {
            return Response.seeOther(URI.create("/console/defenders/" + defender.id())).build();
        }
        return page(200, defender, ConsoleForm.empty());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response erase(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        if (!csrf.accepts(posted.getFirst(CsrfTokens.FIELD))) {
            return ConsoleErrors.formRefused(pages);
        }
        DefenderView defender = defenders.get(ConsolePages.recordId(id, "Defender"));
        ConsoleForm form = ConsoleForm.of(posted);
        EraseDefender command = new EraseDefender(form.value(REASON));
        boolean valid = pages.formErrors().validate(validator, command, form);
        String typed = form.value(CONFIRMATION);
        if (!defender.reference().equals(typed)) {
            form.error(CONFIRMATION, typed == null ? pages.format().messages().field_required()
                    : messages().confirmation_mismatch(defender.reference()));
            valid = false;
        }
        if (!valid) {
            return page(422, defender, form);
        }
        // already erased (409) or gone meanwhile: a plain refusal page, nothing more was done
        defenders.erase(defender.id(), command.reason());
        return Response.seeOther(URI.create("/console/defenders/" + defender.id())).build();
    }

    private Response page(int status, DefenderView defender, ConsoleForm form) {
        ConsolePage page = pages.page();
        AdminMessages msg = messages();
        form.label(REASON, msg.reason_label()).label(CONFIRMATION, msg.confirmation_label());
        return GrantPageForms.page(status,
                ConsolePages.localized(Templates.erasure(page, ErasurePage.of(defender, form)), page.language()));
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

    /** Unknown (404), or already erased (409 defender-erased), said in plain words in the layout. */
    @ServerExceptionMapper
    public Response refused(Refusal refusal) {
        return ConsoleErrors.refused(pages, refusal);
    }
}
