package org.haven.console;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.haven.organisation.OrganisationContacts;
import org.haven.organisation.OrganisationProfile;
import org.haven.organisation.OrganisationService;
import org.haven.organisation.OrganisationType;
import org.haven.organisation.OrganisationView;
import org.haven.shared.error.Refusal;
import org.haven.shared.security.Roles;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;

/**
 * Changing an organisation: its profile on a page of its own ({@code PUT /organisations/{id}}) and its contact
 * channels from the answer that showed them with a reason ({@code PUT /organisations/{id}/sensitive}). Officers and
 * managers, as the API; each form carries the version it was read at. A stale profile comes back with the current
 * values and what was typed (412); stale channels come back with what was typed only, since showing the current
 * ones needs a reason.
 */
@Path("/console/organisations/{id}")
@Produces(MediaType.TEXT_HTML)
public class OrganisationEditResource {

    private static final List<String> PROFILE_FIELDS = List.of("name", "types", "country", "publicKey");

    @CheckedTemplate(basePath = "console/organisations")
    static class Templates {
        static native TemplateInstance profile(ConsolePage page, OrganisationView organisation, ConsoleForm form,
                List<OrganisationPages.Choice> types, List<DefenderChoices.Option> countries,
                List<CasePage.Typed> typed);
    }

    private final OrganisationService organisations;
    private final OrganisationPage organisationPage;
    private final ConsolePages pages;
    private final ConsoleCsrf csrf;
    private final Validator validator;

    OrganisationEditResource(OrganisationService organisations, OrganisationPage organisationPage, ConsolePages pages,
            ConsoleCsrf csrf, Validator validator) {
        this.organisations = organisations;
        this.organisationPage = organisationPage;
        this.pages = pages;
        this.csrf = csrf;
        this.validator = validator;
    }

    @GET
    @Path("/profile")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER })
    public Response profileForm(@PathParam("id") String id) {
        OrganisationView current = organisations.get(ConsolePages.recordId(id, "Organisation"));
        return profilePage(200, current, filled(current), List.of());
    }

    @POST
    @Path("/profile")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeProfile(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        if (!csrf.accepts(posted.getFirst(CsrfTokens.FIELD))) {
            return ConsoleErrors.formRefused(pages);
        }
        UUID organisationId = ConsolePages.recordId(id, "Organisation");
        OrganisationView read = organisations.get(organisationId);
        ConsoleForm form = ConsoleForm.of(posted);
        GrantPageForms values = new GrantPageForms(form, pages.formErrors());
        Set<OrganisationType> types = new LinkedHashSet<>();
        for (String type : form.values("types")) {
            OrganisationType chosen = OrganisationPages.enumOrNull(type, OrganisationType.class);
            if (chosen == null) {
                pages.formErrors().invalid("types", form);
            } else {
                types.add(chosen);
            }
        }
        String country = values.text("country");
        OrganisationProfile command = new OrganisationProfile(values.text("name"), types,
                country == null ? null : country.toUpperCase(Locale.ROOT), values.text("publicKey"));
        Long version = OrganisationPage.version(form);
        int status = 422;
        if (values.valid(validator, command)) {
            try {
                organisations.changeProfile(organisationId, version == null ? -1 : version, command);
                return GrantPageForms.seeOther(OrganisationPages.PATH + "/" + organisationId + "?done=profile");
            } catch (Refusal refusal) {
                if (GrantPageForms.aboutThePage(refusal)) {
                    return ConsoleErrors.refused(pages, refusal);
                }
                pages.formErrors().refused(refusal, form);
                status = GrantPageForms.status(refusal);
            }
        }
        if (form.stale()) {
            // the current values at the current version, with what the reader typed above them
            OrganisationView current = organisations.get(organisationId);
            ConsoleForm fresh = filled(current);
            form.problems().forEach(p -> fresh.error(p.field(), p.message()));
            return profilePage(status, current, fresh.markStale(), typed(form));
        }
        return profilePage(status, read, form, List.of());
    }

    /** Replaces the contact channels, from the form shown with them ({@code PUT /organisations/{id}/sensitive}). */
    @POST
    @Path("/sensitive")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeContacts(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        if (!csrf.accepts(posted.getFirst(CsrfTokens.FIELD))) {
            return ConsoleErrors.formRefused(pages);
        }
        UUID organisationId = ConsolePages.recordId(id, "Organisation");
        ConsoleForm form = ConsoleForm.of(posted);
        GrantPageForms values = new GrantPageForms(form, pages.formErrors());
        Map<String, String> rows = OrganisationContactsForm.fields();
        OrganisationContacts command = OrganisationContactsForm.command(values, form, rows);
        Long version = OrganisationPage.version(form);
        int status = 422;
        if (organisationPage.valid(command, form, rows)) {
            try {
                organisations.changeContacts(organisationId, version == null ? -1 : version, command);
                return GrantPageForms.seeOther(OrganisationPages.PATH + "/" + organisationId + "?done=contacts");
            } catch (Refusal refusal) {
                if (GrantPageForms.aboutThePage(refusal)) {
                    return ConsoleErrors.refused(pages, refusal);
                }
                pages.formErrors().refused(refusal, form, rows);
                status = GrantPageForms.status(refusal);
            }
        }
        ConsolePage page = pages.page();
        DefenderChoices choices = new DefenderChoices(page.language());
        GroupFormMessages f = ConsolePages.bundle(GroupFormMessages.class, page.language());
        OrganisationContactsForm.Edit edit = form.stale() ? OrganisationContactsForm.stale(form, choices, f)
                : OrganisationContactsForm.refused(form, choices, f);
        return organisationPage.show(status, organisations.get(organisationId), form, null, edit, null);
    }

    /** Where the language form (or a bookmark) returns from a refused change of the channels: the page. */
    @GET
    @Path("/sensitive")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    public Response backToOrganisation(@PathParam("id") String id) {
        return Response.seeOther(URI.create(OrganisationPages.PATH + "/" + ConsolePages.recordId(id, "Organisation")))
                .build();
    }

    /** The form filled with the organisation's profile as it is now, at its current version. */
    private static ConsoleForm filled(OrganisationView o) {
        MultivaluedMap<String, String> values = new MultivaluedHashMap<>();
        o.types().forEach(t -> values.add("types", t.name()));
        return ConsoleForm.of(values).with("name", o.name()).with("country", o.country())
                .with("publicKey", o.publicKey()).with("version", Long.toString(o.version()));
    }

    private List<CasePage.Typed> typed(ConsoleForm form) {
        ConsolePage page = pages.page();
        GroupMessages m = OrganisationPage.messages(page);
        List<CasePage.Typed> typed = new ArrayList<>();
        for (String field : PROFILE_FIELDS) {
            List<String> shown = field.equals("types") ? form.values("types").stream()
                    .map(t -> OrganisationPages.enumOrNull(t, OrganisationType.class))
                    .filter(t -> t != null).map(t -> OrganisationPages.type(t, m)).toList()
                    : form.value(field) == null ? List.of() : List.of(field.equals("country")
                            ? new DefenderChoices(page.language()).country(form.value(field).toUpperCase(Locale.ROOT))
                            : form.value(field));
            if (!shown.isEmpty()) {
                typed.add(new CasePage.Typed(label(field, m), String.join(", ", shown)));
            }
        }
        return typed;
    }

    private static String label(String field, GroupMessages m) {
        return switch (field) {
            case "name" -> m.label_name();
            case "types" -> m.label_types();
            case "country" -> m.label_country();
            default -> m.label_public_key();
        };
    }

    private Response profilePage(int status, OrganisationView organisation, ConsoleForm form,
            List<CasePage.Typed> typed) {
        ConsolePage page = pages.page();
        GroupMessages m = OrganisationPage.messages(page);
        form.label("name", m.label_name()).label("types", m.label_types()).label("country", m.label_country())
                .label("publicKey", m.label_public_key());
        return GrantPageForms.page(status, ConsolePages.localized(Templates.profile(page, organisation, form,
                OrganisationPages.types(m), new DefenderChoices(page.language()).countries(), typed), page.language()));
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
