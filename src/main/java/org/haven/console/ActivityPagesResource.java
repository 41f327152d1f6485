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

import org.haven.activity.ActivityParticipantService;
import org.haven.activity.ActivityService;
import org.haven.activity.ActivityStatus;
import org.haven.activity.ActivityType;
import org.haven.activity.ActivityView;
import org.haven.activity.AddParticipant;
import org.haven.activity.MoveActivity;
import org.haven.activity.OutputKind;
import org.haven.activity.PlanActivity;
import org.haven.activity.RecordOutput;
import org.haven.activity.RemoveParticipant;
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
 * The activities of the reader's teams (auditors: all): the list, planning, the activity's page with partners,
 * participants, outputs and its location shown only with a reason. The same {@link ActivityService} and
 * {@link ActivityParticipantService}, scope and roles as {@code /activities}: officers and managers write,
 * auditors read, administrators have no such pages.
 */
@Path("/console/activities")
@Produces(MediaType.TEXT_HTML)
public class ActivityPagesResource {

    static final String PLAN = "POST /console/activities";
    /** The removal form's reason is "removeReason" on the page; its defender is a hidden "participantId". */
    private static final Map<String, String> REMOVE_FIELDS = Map.of("reason", "removeReason", "defenderId", "");
    /** The status form's reason is "statusReason" on the page. */
    private static final Map<String, String> MOVE_FIELDS = Map.of("reason", "statusReason");
    /** The output form's title is "outputTitle" on the page (the page shows the activity's title too). */
    private static final Map<String, String> OUTPUT_FIELDS = Map.of("title", "outputTitle");

    @CheckedTemplate(basePath = "console/activities")
    static class Templates {
        static native TemplateInstance list(ConsolePage page, ActivityPages.ListPage list, boolean canPlan,
                List<OrganisationPages.Choice> types, List<OrganisationPages.Choice> statuses);

        static native TemplateInstance plan(ConsolePage page, ConsoleForm form, List<OrganisationPages.Choice> types,
                List<OrganisationPages.Choice> partners, List<OrganisationPages.Choice> activities, List<String> teams);

        static native TemplateInstance activity(ConsolePage page, ActivityPages.Details activity, boolean canWrite,
                List<OrganisationPages.Choice> targets, List<OrganisationPages.Choice> outputs, ConsoleForm form,
                String done);
    }

    private final ActivityService activities;
    private final ActivityParticipantService participants;
    private final OrganisationService organisations;
    private final ConsolePages pages;
    private final ConsoleCsrf csrf;
    private final ConsoleOnce once;
    private final CurrentActor currentActor;
    private final Validator validator;
    private final Clock clock;

    ActivityPagesResource(ActivityService activities, ActivityParticipantService participants,
            OrganisationService organisations, ConsolePages pages, ConsoleCsrf csrf, ConsoleOnce once,
            CurrentActor currentActor, Validator validator, Clock clock) {
        this.activities = activities;
        this.participants = participants;
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
                ActivityPages.list(found, search, pages.format(), page.language(), m), canWrite(),
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
        return activityPage(200, ConsolePages.recordId(id, "Activity"), ConsoleForm.empty(), null, done);
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
            return activityPage(422, activityId, form, null, null);
        }
        ActivityService.VersionedLocation read = activities.location(activityId, reason);
        ActivityPages.Location location = new ActivityPages.Location(pages.format().dateTime(clock.instant()),
                read.location() == null ? null : read.location().location());
        return activityPage(200, activityId, ConsoleForm.empty(), location, null);
    }

    /** Where the language form (or a bookmark) returns from the shown location: the page, location hidden again. */
    @GET
    @Path("/{id}/location")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    public Response backFromLocation(@PathParam("id") String id) {
        return Response.seeOther(URI.create(ActivityPages.PATH + "/" + ConsolePages.recordId(id, "Activity"))).build();
    }

    @POST
    @Path("/{id}/participants")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        if (!csrf.accepts(posted.getFirst(CsrfTokens.FIELD))) {
            return ConsoleErrors.formRefused(pages);
        }
        UUID activityId = ConsolePages.recordId(id, "Activity");
        ConsoleForm form = ConsoleForm.of(posted);
        GrantPageForms values = new GrantPageForms(form, pages.formErrors());
        AddParticipant command = new AddParticipant(values.uuid("defenderId"), values.checked("consentToBeListed"));
        return change(activityId, form, command, Map.of(), () -> participants.add(activityId, command), "added");
    }

    @POST
    @Path("/{id}/participants/removal")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        if (!csrf.accepts(posted.getFirst(CsrfTokens.FIELD))) {
            return ConsoleErrors.formRefused(pages);
        }
        UUID activityId = ConsolePages.recordId(id, "Activity");
        ConsoleForm form = ConsoleForm.of(posted);
        GrantPageForms values = new GrantPageForms(form, pages.formErrors());
        RemoveParticipant command = new RemoveParticipant(values.uuid("participantId"), values.text("removeReason"));
        return change(activityId, form, command, REMOVE_FIELDS, () -> participants.remove(activityId, command),
                "removed");
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        if (!csrf.accepts(posted.getFirst(CsrfTokens.FIELD))) {
            return ConsoleErrors.formRefused(pages);
        }
        UUID activityId = ConsolePages.recordId(id, "Activity");
        ConsoleForm form = ConsoleForm.of(posted);
        GrantPageForms values = new GrantPageForms(form, pages.formErrors());
        MoveActivity command = new MoveActivity(values.choice("target", ActivityStatus.class),
                values.text("statusReason"));
        String raw = form.value("version");
        if (raw == null || !raw.matches("\\d{1,18}")) {
            form.error(null, pages.formErrors().plain("stale-version", "The record changed since it was read."));
            form.markStale();
            return activityPage(412, activityId, form, null, null);
        }
        long version = Long.parseLong(raw);
        return change(activityId, form, command, MOVE_FIELDS, () -> activities.move(activityId, version, command),
                "moved");
    }

    @POST
    @Path("/{id}/outputs")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordOutput(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        if (!csrf.accepts(posted.getFirst(CsrfTokens.FIELD))) {
            return ConsoleErrors.formRefused(pages);
        }
        UUID activityId = ConsolePages.recordId(id, "Activity");
        ConsoleForm form = ConsoleForm.of(posted);
        GrantPageForms values = new GrantPageForms(form, pages.formErrors());
        RecordOutput command = new RecordOutput(values.choice("kind", OutputKind.class), values.text("outputTitle"));
        return change(activityId, form, command, OUTPUT_FIELDS, () -> activities.recordOutput(activityId, command),
                "output");
    }

    /** A form of the activity's page: checked as the API checks its body, then the service; refusals on the form. */
    private Response change(UUID id, ConsoleForm form, Object command, Map<String, String> fields, Runnable change,
            String done) {
        if (!pages.formErrors().validate(validator, command, form, fields) || form.hasErrors()) {
            return activityPage(422, id, form, null, null);
        }
        try {
            change.run();
            return GrantPageForms.seeOther(ActivityPages.PATH + "/" + id + "?done=" + done);
        } catch (Refusal refusal) {
            if (GrantPageForms.aboutThePage(refusal)) {
                return ConsoleErrors.refused(pages, refusal);
            }
            pages.formErrors().refused(refusal, form, fields);
            return activityPage(GrantPageForms.status(refusal), id, form, null, null);
        }
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

    private Response activityPage(int status, UUID id, ConsoleForm form, ActivityPages.Location location,
            String done) {
        ActivityView view = activities.get(id);
        ConsolePage page = pages.page();
        GroupMessages m = messages(page);
        form.label("defenderId", m.label_defender_id()).label("consentToBeListed", m.label_consent())
                .label("removeReason", m.label_reason()).label("target", m.label_target())
                .label("statusReason", m.label_reason()).label("kind", m.label_kind())
                .label("outputTitle", m.label_title()).label("locationReason", m.label_reason());
        String notice = switch (done == null ? "" : done) {
            case "planned" -> m.done_planned();
            case "added" -> m.done_added();
            case "removed" -> m.done_removed();
            case "moved" -> m.done_moved();
            case "output" -> m.done_output();
            default -> null;
        };
        List<ActivityPages.Partner> partners = view.partnerOrganisationIds().stream()
                .map(p -> ActivityPages.partner(p, organisations.findRef(p))).toList();
        String follows = null;
        if (view.followsActivityId() != null) {
            try {
                follows = activities.get(view.followsActivityId()).reference();
            } catch (Refusal invisible) {
                follows = null;
            }
        }
        ActivityPages.Details details = ActivityPages.details(view, follows, partners, participants.participants(id),
                location, pages.format(), page.language(), new DefenderChoices(page.language()), m);
        return GrantPageForms.page(status, ConsolePages.localized(Templates.activity(page, details, canWrite(),
                ActivityPages.targets(m), ActivityPages.outputs(m), form.with("version", form.versionOr(view.version())),
                notice), page.language()));
    }

    private boolean canWrite() {
        var actor = currentActor.get();
        return actor.hasRole(Roles.PROTECTION_OFFICER) || actor.hasRole(Roles.PROGRAMME_MANAGER);
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
