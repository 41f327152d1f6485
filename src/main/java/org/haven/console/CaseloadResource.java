package org.haven.console;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.haven.request.Requests;
import org.haven.request.RequestStatus;
import org.haven.shared.paging.PageRequest;
import org.haven.shared.security.CurrentActor;
import org.haven.shared.security.Roles;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;

/**
 * "My caseload": what waits for a decision in the officer's teams and on their own desk, overdue first,
 * with the time left to each deadline. The same queue and need-to-know scope as {@code GET /requests};
 * managers and auditors read it too. The table is also served alone, for htmx to refresh in place.
 */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class CaseloadResource {

    /** Rows per section: the most urgent ones; the section says when there are more. */
    static final int SECTION_SIZE = 50;

    @CheckedTemplate(basePath = "console/caseload")
    static class Templates {
        static native TemplateInstance page(ConsolePage page, Caseload caseload);

        static native TemplateInstance page$table(Caseload caseload);
    }

    private final Requests queue;
    private final ConsolePages pages;
    private final CurrentActor currentActor;
    private final Clock clock;

    CaseloadResource(Requests queue, ConsolePages pages, CurrentActor currentActor, Clock clock) {
        this.queue = queue;
        this.pages = pages;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR, Roles.ADMIN })
    public Response home() {
        return Response.seeOther(URI.create(ConsoleNav.home(currentActor.get()))).build();
    }

    @GET
    @Path("/caseload")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    public TemplateInstance caseload() {
        ConsolePage page = pages.page();
        return ConsolePages.localized(Templates.page(page, caseload(pages.format())), page.language());
    }

    @GET
    @Path("/caseload/table")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    public TemplateInstance table() {
        ConsoleFormat format = pages.format();
        return ConsolePages.localized(Templates.page$table(caseload(format)), format.language());
    }

    private Caseload caseload(ConsoleFormat format) {
        Instant now = clock.instant();
        String me = currentActor.get().subject();
        PageRequest first = new PageRequest(0, SECTION_SIZE);
        ConsoleMessages msg = format.messages();
        return new Caseload(format.dateTime(now), List.of(
                Caseload.section("overdue", msg.section_overdue(), queue.queueByDeadline(null, true, first), me, format, now),
                Caseload.section("in-assessment", msg.section_in_assessment(),
                        queue.queueByDeadline(RequestStatus.IN_ASSESSMENT, false, first), me, format, now),
                Caseload.section("received", msg.section_received(),
                        queue.queueByDeadline(RequestStatus.RECEIVED, false, first), me, format, now)));
    }

    /** A role without this page gets a page that says so (not the API's problem+json). */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return ConsoleErrors.forbidden(pages);
    }
}
