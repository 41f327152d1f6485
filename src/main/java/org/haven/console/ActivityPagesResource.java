package org.haven.console;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
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

import org.haven.activity.ActivityService;
import org.haven.activity.ActivityStatus;
import org.haven.activity.ActivityType;
import org.haven.activity.PlanActivity;
import org.haven.organisation.OrganisationFilter;
import org.haven.organisation.OrganisationService;
import org.haven.organisation.OrganisationStatus;
import org.haven.organisation.OrganisationView;
import org.haven.shared.error.Refusal;
import org.haven.shared.paging.PageRequest;
import org.haven.shared.security.CurrentActor;
import org.haven.shared.security.Roles;
import org.haven.shared.web.Params;
import org.haven.shared.web.ProblemException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;

/**
 * The activities of the reader's teams (auditors: all): the list, planning, the activity's page
 * ({@link ActivityPage}) and its location shown only with a reason. The same {@link ActivityService}, scope and
 * roles as {@code /activities}: officers and managers write, auditors read, administrators have no such pages. The
 * page's forms are answered by {@link ActivityFormsResource} (participants, status, outputs) and
 * {@link ActivityEditResource} (details, location).
 */
@Path("/console/activities")
@Produces(MediaType.TEXT_HTML)
public class ActivityPagesResource {

    static final String PLAN = "POST /console/activities";

    @CheckedTemplate(basePath = "console/activities")
    static class Templates {
        static native TemplateInstance list(ConsolePage page, ActivityPages.ListPage list, boolean canPlan,
                List<OrganisationPages.Choice> types, List<OrganisationPages.Choice> statuses);

        static native TemplateInstance plan(ConsolePage page, ConsoleForm form, List<OrganisationPages.Choice> types,
                List<OrganisationPages.Choice> partners, List<OrganisationPages.Choice> activities, List<String> teams);
    }

    private final ActivityService activities;
    private final ActivityPage activityPage;
    private final OrganisationService organisations;
    private final ConsolePages pages;
    private final ConsoleCsrf csrf;
    private final ConsoleOnce once;
    private final CurrentActor currentActor;
    private final Validator validator;
    private final Clock clock;

    ActivityPagesResource(ActivityService activities, ActivityPage activityPage, OrganisationService organisations,
            ConsolePages pages, ConsoleCsrf csrf, ConsoleOnce once, CurrentActor currentActor, Validator validator,
            Clock clock) {
        this.activities = activities;
        this.activityPage = activityPage;
        this.organisations = organisations;
        this.pages = pages;
        this.csrf = csrf;
        this.once = once;
        this.currentActor = currentActor;
        this.validator = validator;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    public Response list(@QueryParam("type") String type, @QueryParam("status") String status,
            @QueryParam("page") String pageIndex) {
        ActivityType typeFilter = OrganisationPages.enumOrNull(type, ActivityType.class);
        ActivityStatus statusFilter = OrganisationPages.enumOrNull(status, ActivityStatus.class);
        var found = activities.list(typeFilter, statusFilter, null,
                new PageRequest(ConsolePages.pageIndex(pageIndex), PageRequest.DEFAULT_SIZE));
        ConsolePage page = pages.page();
        GroupMessages m = messages(page);
        ActivityPages.Search search = new ActivityPages.Search(typeFilter == null ? null : typeFilter.name(),
                statusFilter == null ? null : statusFilter.name());
        return GrantPageForms.page(200, ConsolePages.localized(Templates.list(page,
                ActivityPages.list(found, search, pages.format(), page.language(), m), activityPage.canWrite(),
                ActivityPages.types(m), ActivityPages.statuses(m)), page.language()));
    }

    @GET
    @Path("/new")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER })
    public Response planForm() {
        ConsoleForm form = ConsoleForm.empty();
        return planPage(200, form.with(ConsoleOnce.FIELD, form.formKey()));
    }

    @POST
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response plan(MultivaluedMap<String, String> posted) {
        if (!csrf.accepts(posted.getFirst(CsrfTokens.FIELD))) {
            return ConsoleErrors.formRefused(pages);
        }
        ConsoleForm form = ConsoleForm.of(posted);
        GrantPageForms values = new GrantPageForms(form, pages.formErrors());
        List<UUID> partners = new ArrayList<>();
        for (String raw : form.values("partnerOrganisationIds")) {
            try {
                partners.add(UUID.fromString(raw));
            } catch (IllegalArgumentException e) {
                pages.formErrors().invalid("partnerOrganisationIds", form);
            }
        }
        PlanActivity command = new PlanActivity(values.choice("type", ActivityType.class), values.text("title"),
                values.date("startsOn"), values.date("endsOn"), partners, values.text("location"),
                values.uuid("followsActivityId"), values.text("team"));
        if (!values.valid(validator, command)) {
            return planPage(422, form);
        }
        try {
            // the once-only store keeps the path alone; the notice is added to every answer
            return GrantPageForms.seeOther(once.create(PLAN, form.value(ConsoleOnce.FIELD), command,
                    () -> ActivityPages.PATH + "/" + activities.plan(command).id()) + "?done=planned");
        } catch (Refusal refusal) {
            pages.formErrors().refused(refusal, form);
            return planPage(GrantPageForms.status(refusal), form);
        }
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    public Response activity(@PathParam("id") String id, @QueryParam("done") String done) {
        return activityPage.show(200, ConsolePages.recordId(id, "Activity"), ConsoleForm.empty(), done);
    }

    /** The location, read through the same audited call as {@code GET /activities/{id}/sensitive}. */
    @POST
    @Path("/{id}/location")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response showLocation(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        if (!csrf.accepts(posted.getFirst(CsrfTokens.FIELD))) {
            return ConsoleErrors.formRefused(pages);
        }
        UUID activityId = ConsolePages.recordId(id, "Activity");
        ConsoleForm form = ConsoleForm.of(posted);
        String reason;
        try {
            reason = Params.reason(posted.getFirst("locationReason"));
        } catch (ProblemException e) {
            ConsoleForm edge = ConsoleForm.empty().with("reason", form.value("locationReason"));
            pages.formErrors().edge(e, edge);
            FormErrors.rename(edge, form, Map.of("reason", "locationReason"));
            return activityPage.show(422, activityId, form, null);
        }
        ActivityService.VersionedLocation read = activities.location(activityId, reason);
        ActivityPages.Location location = new ActivityPages.Location(pages.format().dateTime(clock.instant()),
                read.location() == null ? null : read.location().location());
        // officers and managers may replace it on this answer, at the version it was read at
        ActivityPage.LocationEdit edit = activityPage.canWrite() ? new ActivityPage.LocationEdit(ConsoleForm.empty()
                .with("location", location.text()).with("version", Long.toString(read.version())), List.of()) : null;
        return activityPage.show(200, activityId, ConsoleForm.empty(), location, edit, null);
    }

    /** Where the language form (or a bookmark) returns from the shown location: the page, location hidden again. */
    @GET
    @Path("/{id}/location")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    public Response backFromLocation(@PathParam("id") String id) {
        return Response.seeOther(URI.create(ActivityPages.PATH + "/" + ConsolePages.recordId(id, "Activity"))).build();
    }

    private Response planPage(int status, ConsoleForm form) {
        ConsolePage page = pages.page();
        GroupMessages m = messages(page);
        form.label("type", m.label_type()).label("title", m.label_title()).label("startsOn", m.label_starts_on())
                .label("endsOn", m.label_ends_on()).label("partnerOrganisationIds", m.label_partners())
                .label("location", m.label_location()).label("followsActivityId", m.label_follows())
                .label("team", m.label_team());
        // partners are chosen among the active organisations the reader may see (the service checks the team)
        List<OrganisationPages.Choice> partners = organisations.list(new OrganisationFilter(null, null,
                OrganisationStatus.ACTIVE, null, null, null), new PageRequest(0, PageRequest.MAX_SIZE)).items()
                .stream().map(o -> new OrganisationPages.Choice(o.id().toString(), label(o))).toList();
        List<OrganisationPages.Choice> earlier = activities.list(null, null, null,
                new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                .map(a -> new OrganisationPages.Choice(a.id().toString(), a.reference() + " " + a.title())).toList();
        return GrantPageForms.page(status, ConsolePages.localized(Templates.plan(page, form, ActivityPages.types(m),
                partners, earlier, new ArrayList<>(currentActor.teams())), page.language()));
    }

    private static String label(OrganisationView o) {
        return o.name() + " (" + o.reference() + ")";
    }

    private static GroupMessages messages(ConsolePage page) {
        return ConsolePages.bundle(GroupMessages.class, page.language());
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
