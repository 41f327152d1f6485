package org.haven.console;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;

import org.haven.organisation.OrganisationService;
import org.haven.organisation.OrganisationView;
import org.haven.shared.error.Refusal;
import org.haven.shared.security.CurrentActor;
import org.haven.shared.security.Roles;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The organisation's page, answered by every resource whose forms are on it (the page itself, its forms, the
 * contact channels): facts, vetting, linked defenders, contacts (shown with a reason), each form with its problems.
 * Wording and layout only; what may be done is the service's and the roles' ({@code canWrite}, {@code canDecide}
 * mirror the {@code @RolesAllowed} of the forms' posts, which the services enforce).
 */
@ApplicationScoped
class OrganisationPage {

    @CheckedTemplate(basePath = "console/organisations")
    static class Templates {
        static native TemplateInstance organisation(ConsolePage page, OrganisationPages.Profile organisation,
                boolean canWrite, boolean canDecide, List<OrganisationPages.Choice> vettings,
                List<OrganisationPages.Choice> roles, ConsoleForm form, String done,
                OrganisationContactsForm.Edit contactsEdit);
    }

    private final OrganisationService organisations;
    private final ConsolePages pages;
    private final CurrentActor currentActor;
    private final Validator validator;

    OrganisationPage(OrganisationService organisations, ConsolePages pages, CurrentActor currentActor,
            Validator validator) {
        this.organisations = organisations;
        this.pages = pages;
        this.currentActor = currentActor;
        this.validator = validator;
    }

    /** The page with nothing shown but what any reader sees, a notice after a change ({@code done}). */
    Response show(int status, UUID id, ConsoleForm form, String done) {
        return show(status, organisations.get(id), form, null, null, done);
    }

    Response show(int status, OrganisationView view, ConsoleForm form, OrganisationPages.Contacts contacts,
            OrganisationContactsForm.Edit contactsEdit, String done) {
        ConsolePage page = pages.page();
        GroupMessages m = messages(page);
        GroupFormMessages f = ConsolePages.bundle(GroupFormMessages.class, page.language());
        form.label("status", m.label_vetting_status()).label("vettedOn", m.label_vetted_on())
                .label("reason", m.label_reason()).label("archiveReason", m.label_reason())
                .label("defenderId", m.label_defender_id()).label("role", m.label_role())
                .label("unlinkReason", m.label_reason()).label("contactsReason", m.label_reason())
                .label("contacts[].channel", m.label_contact_channel())
                .label("contacts[].value", m.label_contact_value());
        String notice = switch (done == null ? "" : done) {
            case "registered" -> m.done_registered();
            case "vetted" -> m.done_vetted();
            case "archived" -> m.done_archived();
            case "linked" -> m.done_linked();
            case "unlinked" -> m.done_unlinked();
            case "profile" -> f.done_profile();
            case "contacts" -> f.done_contacts();
            default -> null;
        };
        OrganisationPages.Profile profile = OrganisationPages.profile(view, organisations.members(view.id()), contacts,
                pages.format(), page.language(), new DefenderChoices(page.language()), m);
        boolean canDecide = currentActor.get().hasRole(Roles.PROGRAMME_MANAGER) && !profile.archived();
        return GrantPageForms.page(status, ConsolePages.localized(Templates.organisation(page, profile,
                canWrite() && !profile.archived(), canDecide, OrganisationPages.vettings(m), OrganisationPages.roles(m),
                form.with("version", form.versionOr(view.version())), notice,
                profile.archived() ? null : contactsEdit), page.language()));
    }

    /**
     * A service's refusal of one of the page's forms: the page itself when it is about the record (unknown, not
     * visible), else the page with the problems next to the form's fields ({@code fields}: its names for them).
     */
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

    /** The roles of the API's writes on organisations (officers and managers). */
    boolean canWrite() {
        var actor = currentActor.get();
        return actor.hasRole(Roles.PROTECTION_OFFICER) || actor.hasRole(Roles.PROGRAMME_MANAGER);
    }

    static GroupMessages messages(ConsolePage page) {
        return ConsolePages.bundle(GroupMessages.class, page.language());
    }

    /** The version a versioned form was read at, or null when missing or garbled (then treated as stale). */
    static Long version(ConsoleForm form) {
        String raw = form.value("version");
        return raw != null && raw.matches("\\d{1,18}") ? Long.valueOf(raw) : null;
    }
}
