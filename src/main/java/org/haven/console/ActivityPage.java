package org.haven.console;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;

import org.haven.activity.ActivityParticipantService;
import org.haven.activity.ActivityService;
import org.haven.activity.ActivityView;
import org.haven.organisation.OrganisationService;
import org.haven.shared.error.Refusal;
import org.haven.shared.security.CurrentActor;
import org.haven.shared.security.Roles;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The activity's page, answered by every resource whose forms are on it: facts, partners, participants, outputs,
 * the location (shown with a reason) and the forms, each with its problems. Wording and layout only; what may be
 * done is the services' and the roles' ({@code canWrite} mirrors the {@code @RolesAllowed} of the forms' posts).
 */
@ApplicationScoped
class ActivityPage {

    /**
     * The location form: shown filled with the location just read (or as typed when refused), or, after someone
     * else's change, only what was typed ({@code form} null), since showing the current location needs a reason.
     */
    record LocationEdit(ConsoleForm form, List<CasePage.Typed> typed) {
    }

    @CheckedTemplate(basePath = "console/activities")
    static class Templates {
        static native TemplateInstance activity(ConsolePage page, ActivityPages.Details activity, boolean canWrite,
                List<OrganisationPages.Choice> targets, List<OrganisationPages.Choice> outputs, ConsoleForm form,
                String done, LocationEdit locationEdit);
    }

    private final ActivityService activities;
    private final ActivityParticipantService participants;
    private final OrganisationService organisations;
    private final ConsolePages pages;
    private final CurrentActor currentActor;
    private final Validator validator;

    ActivityPage(ActivityService activities, ActivityParticipantService participants, OrganisationService organisations,
            ConsolePages pages, CurrentActor currentActor, Validator validator) {
        this.activities = activities;
        this.participants = participants;
        this.organisations = organisations;
        this.pages = pages;
        this.currentActor = currentActor;
        this.validator = validator;
    }

    Response show(int status, UUID id, ConsoleForm form, String done) {
        return show(status, id, form, null, null, done);
    }

    Response show(int status, UUID id, ConsoleForm form, ActivityPages.Location location, LocationEdit locationEdit,
            String done) {
        ActivityView view = activities.get(id);
        ConsolePage page = pages.page();
        GroupMessages m = messages(page);
        GroupFormMessages f = ConsolePages.bundle(GroupFormMessages.class, page.language());
        form.label("defenderId", m.label_defender_id()).label("consentToBeListed", m.label_consent())
                .label("removeReason", m.label_reason()).label("target", m.label_target())
                .label("statusReason", m.label_reason()).label("kind", m.label_kind())
                .label("outputTitle", m.label_title()).label("locationReason", m.label_reason())
                .label("location", f.label_location());
        String notice = switch (done == null ? "" : done) {
            case "planned" -> m.done_planned();
            case "added" -> m.done_added();
            case "removed" -> m.done_removed();
            case "moved" -> m.done_moved();
            case "output" -> m.done_output();
            case "details" -> f.done_details();
            case "location" -> f.done_location();
            default -> null;
        };
        List<ActivityPages.Partner> partners = view.partnerOrganisationIds().stream()
                .map(p -> ActivityPages.partner(p, organisations.findRef(p))).toList();
        ActivityPages.Details details = ActivityPages.details(view, followsReference(view), partners,
                participants.participants(id), location, pages.format(), page.language(),
                new DefenderChoices(page.language()), m);
        boolean cancelled = !details.planned() && !details.held();
        return GrantPageForms.page(status, ConsolePages.localized(Templates.activity(page, details, canWrite(),
                ActivityPages.targets(m), ActivityPages.outputs(m), form.with("version", form.versionOr(view.version())),
                notice, cancelled ? null : locationEdit), page.language()));
    }

    /** The reference of the activity this one follows, or null when there is none or the reader may not see it. */
    String followsReference(ActivityView view) {
        if (view.followsActivityId() == null) {
            return null;
        }
        try {
            return activities.get(view.followsActivityId()).reference();
        } catch (Refusal invisible) {
            return null;
        }
    }

    /** A service's refusal of one of the page's forms: the page when about the record, else next to the fields. */
    Response refused(UUID id, ConsoleForm form, Refusal refusal, Map<String, String> fields) {
        if (GrantPageForms.aboutThePage(refusal)) {
            return ConsoleErrors.refused(pages, refusal);
        }
        pages.formErrors().refused(refusal, form, fields);
        return show(GrantPageForms.status(refusal), id, form, null);
    }

    /** The command's Bean Validation as the API applies it, its problems under this form's field names. */
    boolean valid(Object command, ConsoleForm form, Map<String, String> fields) {
        return pages.formErrors().validate(validator, command, form, fields) && !form.hasErrors();
    }

    /** The roles of the API's writes on activities (officers and managers). */
    boolean canWrite() {
        var actor = currentActor.get();
        return actor.hasRole(Roles.PROTECTION_OFFICER) || actor.hasRole(Roles.PROGRAMME_MANAGER);
    }

    static GroupMessages messages(ConsolePage page) {
        return ConsolePages.bundle(GroupMessages.class, page.language());
    }
}
