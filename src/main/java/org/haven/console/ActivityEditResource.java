package org.haven.console;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
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
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.haven.activity.ActivityDetails;
import org.haven.activity.ActivityLocation;
import org.haven.activity.ActivityService;
import org.haven.activity.ActivityType;
import org.haven.activity.ActivityView;
import org.haven.shared.error.Refusal;
import org.haven.shared.security.Roles;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;

/**
 * Changing an activity: its details on a page of their own ({@code PUT /activities/{id}}), with partner
 * organisations chosen among those a search on the same page found ({@code ?partnerQ=}), and its location from the answer that showed it with a reason
 * ({@code PUT /activities/{id}/sensitive}). Officers and managers, as the API; each form carries the version it was
 * read at. Stale details come back with the current values and what was typed (412); a stale location with what was
 * typed only, since showing the current one needs a reason. What an activity follows is chosen when it is planned
 * and is not part of the API's change, so the page only names it.
 */
@Path("/console/activities/{id}")
@Produces(MediaType.TEXT_HTML)
public class ActivityEditResource {

    @CheckedTemplate(basePath = "console/activities")
    static class Templates {
        static native TemplateInstance details(ConsolePage page, ActivityView activity, ConsoleForm form,
                List<OrganisationPages.Choice> types, List<OrganisationPages.Choice> partners, String partnerQuery,
                String follows, List<CasePage.Typed> typed);
    }

    private final ActivityService activities;
    private final ActivityPage activityPage;
    private final ActivityPartnerChoices partnerChoices;
    private final ConsolePages pages;
    private final ConsoleCsrf csrf;
    private final Validator validator;

    ActivityEditResource(ActivityService activities, ActivityPage activityPage, ActivityPartnerChoices partnerChoices,
            ConsolePages pages, ConsoleCsrf csrf, Validator validator) {
        this.activities = activities;
        this.activityPage = activityPage;
        this.partnerChoices = partnerChoices;
        this.pages = pages;
        this.csrf = csrf;
        this.validator = validator;
    }

    @GET
    @Path("/details")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER })
    public Response detailsForm(@PathParam("id") String id, @QueryParam(ActivityPartnerChoices.QUERY) String partnerQ) {
        ActivityView current = activities.get(ConsolePages.recordId(id, "Activity"));
        return detailsPage(200, current, filled(current).with(ActivityPartnerChoices.QUERY, partnerQ), List.of());
    }

    @POST
    @Path("/details")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeDetails(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        if (!csrf.accepts(posted.getFirst(CsrfTokens.FIELD))) {
            return ConsoleErrors.formRefused(pages);
        }
        UUID activityId = ConsolePages.recordId(id, "Activity");
        ActivityView read = activities.get(activityId);
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
        ActivityDetails command = new ActivityDetails(values.choice("type", ActivityType.class), values.text("title"),
                values.date("startsOn"), values.date("endsOn"), partners);
        Long version = OrganisationPage.version(form);
        Map<String, String> fields = partnerFields();
        int status = 422;
        if (activityPage.valid(command, form, fields)) {
            try {
                activities.change(activityId, version == null ? -1 : version, command);
                return GrantPageForms.seeOther(ActivityPages.PATH + "/" + activityId + "?done=details");
            } catch (Refusal refusal) {
                if (GrantPageForms.aboutThePage(refusal)) {
                    return ConsoleErrors.refused(pages, refusal);
                }
                pages.formErrors().refused(refusal, form, fields);
                status = GrantPageForms.status(refusal);
            }
        }
        if (form.stale()) {
            // the current values at the current version, with what the reader typed above them
            ActivityView current = activities.get(activityId);
            ConsoleForm fresh = filled(current).with(ActivityPartnerChoices.QUERY, form.value(ActivityPartnerChoices.QUERY));
            form.problems().forEach(p -> fresh.error(p.field(), p.message()));
            return detailsPage(status, current, fresh.markStale(), partnerChoices.typed(form));
        }
        return detailsPage(status, read, form, List.of());
    }

    /** Replaces the location, from the form shown with it ({@code PUT /activities/{id}/sensitive}). */
    @POST
    @Path("/sensitive")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeLocation(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        if (!csrf.accepts(posted.getFirst(CsrfTokens.FIELD))) {
            return ConsoleErrors.formRefused(pages);
        }
        UUID activityId = ConsolePages.recordId(id, "Activity");
        ConsoleForm form = ConsoleForm.of(posted);
        ActivityLocation command = new ActivityLocation(form.value("location"));
        Long version = OrganisationPage.version(form);
        int status = 422;
        if (activityPage.valid(command, form, Map.of())) {
            try {
                activities.changeLocation(activityId, version == null ? -1 : version, command);
                return GrantPageForms.seeOther(ActivityPages.PATH + "/" + activityId + "?done=location");
            } catch (Refusal refusal) {
                if (GrantPageForms.aboutThePage(refusal)) {
                    return ConsoleErrors.refused(pages, refusal);
                }
                pages.formErrors().refused(refusal, form);
                status = GrantPageForms.status(refusal);
            }
        }
        ActivityPage.LocationEdit edit;
        if (form.stale()) {
            GroupFormMessages f = ConsolePages.bundle(GroupFormMessages.class, pages.language());
            edit = new ActivityPage.LocationEdit(null, form.value("location") == null ? List.of()
                    : List.of(new CasePage.Typed(f.label_location(), form.value("location"))));
        } else {
            edit = new ActivityPage.LocationEdit(form, List.of());
        }
        return activityPage.show(status, activityId, form, null, edit, null);
    }

    /** Where the language form (or a bookmark) returns from a refused change of the location: the page. */
    @GET
    @Path("/sensitive")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    public Response backToActivity(@PathParam("id") String id) {
        return Response.seeOther(URI.create(ActivityPages.PATH + "/" + ConsolePages.recordId(id, "Activity"))).build();
    }

    /** The form filled with the activity's details as they are now, at its current version. */
    private static ConsoleForm filled(ActivityView a) {
        MultivaluedMap<String, String> values = new MultivaluedHashMap<>();
        a.partnerOrganisationIds().forEach(p -> values.add("partnerOrganisationIds", p.toString()));
        return ConsoleForm.of(values).with("type", a.type().name()).with("title", a.title())
                .with("startsOn", a.startsOn().toString()).with("endsOn", a.endsOn().toString())
                .with("version", Long.toString(a.version()));
    }

    /** A partner the service refuses ("partnerOrganisationIds[2]") is said next to the partners' choices. */
    private static Map<String, String> partnerFields() {
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < 100; i++) {
            fields.put("partnerOrganisationIds[" + i + "]", "partnerOrganisationIds");
        }
        return fields;
    }

    private Response detailsPage(int status, ActivityView activity, ConsoleForm form, List<CasePage.Typed> typed) {
        ConsolePage page = pages.page();
        GroupMessages m = ActivityPage.messages(page);
        GroupFormMessages f = ConsolePages.bundle(GroupFormMessages.class, page.language());
        form.label("type", m.label_type()).label("title", m.label_title()).label("startsOn", m.label_starts_on())
                .label("endsOn", m.label_ends_on()).label("partnerOrganisationIds", m.label_partners())
                .label(ActivityPartnerChoices.QUERY, f.partner_search_label());
        String followsReference = activityPage.followsReference(activity);
        String follows = followsReference == null ? null : f.follows_fixed(followsReference);
        return GrantPageForms.page(status, ConsolePages.localized(Templates.details(page, activity, form,
                ActivityPages.types(m), partnerChoices.of(form), form.value(ActivityPartnerChoices.QUERY), follows, typed),
                page.language()));
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
