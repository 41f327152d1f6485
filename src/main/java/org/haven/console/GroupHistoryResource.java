package org.haven.console;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.haven.activity.ActivityService;
import org.haven.audit.AuditEntryView;
import org.haven.organisation.OrganisationService;
import org.haven.shared.error.Refusal;
import org.haven.shared.security.Roles;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;

/**
 * The history of an organisation and of an activity, read-only: every audit entry about the record, newest first,
 * as {@code GET /organisations/{id}/history} and {@code GET /activities/{id}/history} give them (the same services,
 * roles and need-to-know; sensitive values were never recorded, so none can show). Linked from each record's page.
 */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class GroupHistoryResource {

    /** The page's heading, the way back to the record and its entries. */
    public record GroupHistory(String title, String back, String backLabel, AuditRows entries) {
    }

    @CheckedTemplate(basePath = "console/audit")
    static class Templates {
        static native TemplateInstance groupHistory(ConsolePage page, GroupHistory history);
    }

    private final OrganisationService organisations;
    private final ActivityService activities;
    private final ConsolePages pages;

    GroupHistoryResource(OrganisationService organisations, ActivityService activities, ConsolePages pages) {
        this.organisations = organisations;
        this.activities = activities;
        this.pages = pages;
    }

    @GET
    @Path("/organisations/{id}/history")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    public Response organisation(@PathParam("id") String id) {
        UUID organisationId = ConsolePages.recordId(id, "Organisation");
        List<AuditEntryView> entries = organisations.history(organisationId);
        GroupFormMessages m = messages();
        return page(m.org_history_title(organisations.get(organisationId).reference()),
                OrganisationPages.PATH + "/" + organisationId, m.back_to_organisation(), entries);
    }

    @GET
    @Path("/activities/{id}/history")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    public Response activity(@PathParam("id") String id) {
        UUID activityId = ConsolePages.recordId(id, "Activity");
        List<AuditEntryView> entries = activities.history(activityId);
        GroupFormMessages m = messages();
        return page(m.act_history_title(activities.get(activityId).reference()),
                ActivityPages.PATH + "/" + activityId, m.back_to_activity(), entries);
    }

    private Response page(String title, String back, String backLabel, List<AuditEntryView> entries) {
        ConsolePage page = pages.page();
        GroupHistory history = new GroupHistory(title, back, backLabel, AuditRows.newestFirst(entries, pages.format()));
        return GrantPageForms.page(200, ConsolePages.localized(Templates.groupHistory(page, history), page.language()));
    }

    private GroupFormMessages messages() {
        return ConsolePages.bundle(GroupFormMessages.class, pages.language());
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
