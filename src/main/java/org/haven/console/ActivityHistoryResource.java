package org.haven.console;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.haven.activity.ActivityService;
import org.haven.shared.error.Refusal;
import org.haven.shared.security.Roles;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.ForbiddenException;

/**
 * The activity's history, read-only ({@link GroupHistory}): the same service, roles and need-to-know as
 * {@code GET /activities/{id}/history}. Linked from the activity's page.
 */
@Path("/console/activities/{id}/history")
@Produces(MediaType.TEXT_HTML)
public class ActivityHistoryResource {

    private final ActivityService activities;
    private final ConsolePages pages;

    ActivityHistoryResource(ActivityService activities, ConsolePages pages) {
        this.activities = activities;
        this.pages = pages;
    }

    @GET
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    public Response history(@PathParam("id") String id) {
        UUID recordId = ConsolePages.recordId(id, "Activity");
        var entries = activities.history(recordId);
        GroupFormMessages m = ConsolePages.bundle(GroupFormMessages.class, pages.language());
        return GroupHistory.page(pages, m.act_history_title(activities.get(recordId).reference()), ActivityPages.PATH + "/" + recordId,
                m.back_to_activity(), entries);
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
