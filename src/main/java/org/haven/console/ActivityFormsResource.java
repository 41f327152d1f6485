package org.haven.console;

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
import org.haven.activity.ActivityView;
import org.haven.activity.AddParticipant;
import org.haven.activity.MoveActivity;
import org.haven.activity.OutputKind;
import org.haven.activity.RecordOutput;
import org.haven.activity.RemoveParticipant;
import org.haven.defender.DefenderService;
import org.haven.shared.error.Refusal;
import org.haven.shared.security.Roles;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;

/**
 * The forms of an activity's page that record what happens: adding a participant chosen by search rather than by a
 * typed id, removing one with a reason, held or cancelled (with the version read; 412 when stale) and outputs.
 * Officers and managers, as {@code /activities/{id}/...}; each calls {@link ActivityService} or
 * {@link ActivityParticipantService} as the API does.
 */
@Path("/console/activities/{id}")
@Produces(MediaType.TEXT_HTML)
public class ActivityFormsResource {

    /** The removal form's reason is "removeReason" on the page; its defender is a hidden "participantId". */
    private static final Map<String, String> REMOVE_FIELDS = Map.of("reason", "removeReason", "defenderId", "");
    /** The status form's reason is "statusReason" on the page. */
    private static final Map<String, String> MOVE_FIELDS = Map.of("reason", "statusReason");
    /** The output form's title is "outputTitle" on the page (the page shows the activity's title too). */
    private static final Map<String, String> OUTPUT_FIELDS = Map.of("title", "outputTitle");

    @CheckedTemplate(basePath = "console/activities")
    static class Templates {
        static native TemplateInstance add(ConsolePage page, ActivityView activity, DefenderPick pick, ConsoleForm form);
    }

    private final ActivityService activities;
    private final ActivityParticipantService participants;
    private final DefenderService defenders;
    private final ActivityPage activityPage;
    private final ConsolePages pages;
    private final ConsoleCsrf csrf;
    private final Validator validator;

    ActivityFormsResource(ActivityService activities, ActivityParticipantService participants,
            DefenderService defenders, ActivityPage activityPage, ConsolePages pages, ConsoleCsrf csrf,
            Validator validator) {
        this.activities = activities;
        this.participants = participants;
        this.defenders = defenders;
        this.activityPage = activityPage;
        this.pages = pages;
        this.csrf = csrf;
        this.validator = validator;
    }

    /** Choosing the participant: the defenders found by part of their pseudonym or reference, consent, and add. */
    @GET
    @Path("/participants/new")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER })
    public Response chooseParticipant(@PathParam("id") String id, @QueryParam("q") String q) {
        UUID activityId = ConsolePages.recordId(id, "Activity");
        return addPage(200, activities.get(activityId), ConsoleForm.empty().with("q", q));
    }

    @POST
    @Path("/participants")
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
        ActivityView activity = activities.get(activityId);
        if (!values.valid(validator, command)) {
            return addPage(422, activity, form);
        }
        try {
            participants.add(activityId, command);
            return GrantPageForms.seeOther(ActivityPages.PATH + "/" + activityId + "?done=added");
        } catch (Refusal refusal) {
            if (GrantPageForms.aboutThePage(refusal)) {
                return ConsoleErrors.refused(pages, refusal);
            }
            pages.formErrors().refused(refusal, form);
            return addPage(GrantPageForms.status(refusal), activity, form);
        }
    }

    @POST
    @Path("/participants/removal")
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
    @Path("/transitions")
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
        Long version = OrganisationPage.version(form);
        if (version == null) {
            form.error(null, pages.formErrors().plain("stale-version", "The record changed since it was read."));
            form.markStale();
            return activityPage.show(412, activityId, form, null);
        }
        return change(activityId, form, command, MOVE_FIELDS, () -> activities.move(activityId, version, command),
                "moved");
    }

    @POST
    @Path("/outputs")
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
        if (!activityPage.valid(command, form, fields)) {
            return activityPage.show(422, id, form, null);
        }
        try {
            change.run();
            return GrantPageForms.seeOther(ActivityPages.PATH + "/" + id + "?done=" + done);
        } catch (Refusal refusal) {
            return activityPage.refused(id, form, refusal, fields);
        }
    }

    private Response addPage(int status, ActivityView activity, ConsoleForm form) {
        ConsolePage page = pages.page();
        GroupMessages m = ActivityPage.messages(page);
        GroupFormMessages f = ConsolePages.bundle(GroupFormMessages.class, page.language());
        form.label("defenderId", f.label_defender()).label("consentToBeListed", m.label_consent());
        DefenderPick pick = DefenderPick.find(ActivityPages.PATH + "/" + activity.id() + "/participants/new",
                defenders, form.value("q"), new DefenderChoices(page.language()), pages.format(), f);
        return GrantPageForms.page(status, ConsolePages.localized(Templates.add(page, activity, pick, form),
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
