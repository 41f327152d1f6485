package org.haven.console;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.haven.defender.DefenderService;
import org.haven.shared.error.Refusal;
import org.haven.shared.security.Roles;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;

/**
 * A defender's history, read-only: every audit entry about the defender's record, newest first, as
 * {@code GET /defenders/{id}/history} gives them (the same service, roles and need-to-know; sensitive values
 * were never recorded, so none can show). Linked from the defender's page.
 */
@Path("/console/defenders/{id}/history")
@Produces(MediaType.TEXT_HTML)
public class DefenderHistoryResource {

    /** The defender's page heading and the entries. */
    public record DefenderHistory(String id, String pseudonym, AuditRows entries) {
    }

    @CheckedTemplate(basePath = "console/audit")
    static class Templates {
        static native TemplateInstance defenderHistory(ConsolePage page, DefenderHistory history);
    }

    private final DefenderService defenders;
    private final ConsolePages pages;

    DefenderHistoryResource(DefenderService defenders, ConsolePages pages) {
        this.defenders = defenders;
        this.pages = pages;
    }

    @GET
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR, Roles.ADMIN })
    public TemplateInstance history(@PathParam("id") String id) {
        UUID defenderId = ConsolePages.recordId(id, "Defender");
        AuditRows entries = AuditRows.newestFirst(defenders.history(defenderId), pages.format());
        ConsolePage page = pages.page();
        DefenderHistory history = new DefenderHistory(defenderId.toString(),
                defenders.get(defenderId).pseudonym(), entries);
        return ConsolePages.localized(Templates.defenderHistory(page, history), page.language());
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
