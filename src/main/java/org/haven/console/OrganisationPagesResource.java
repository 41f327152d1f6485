package org.haven.console;

import java.net.URI;
import java.time.Clock;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.haven.defender.ContactChannel;
import org.haven.defender.ContactChannelType;
import org.haven.organisation.ArchiveOrganisation;
import org.haven.organisation.EndMembership;
import org.haven.organisation.LinkDefender;
import org.haven.organisation.MemberRole;
import org.haven.organisation.OrganisationFilter;
import org.haven.organisation.OrganisationService;
import org.haven.organisation.OrganisationStatus;
import org.haven.organisation.OrganisationType;
import org.haven.organisation.OrganisationView;
import org.haven.organisation.RegisterOrganisation;
import org.haven.organisation.VetOrganisation;
import org.haven.organisation.VettingStatus;
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
 * The organisations of the reader's teams (auditors: all): the list, registering, the organisation's page
 * ({@link OrganisationPage}) and its contact channels shown only with a reason. The same
 * {@link OrganisationService}, scope and roles as {@code /organisations}: officers and managers write, auditors
 * read, administrators have no such pages. The page's forms are answered by {@link OrganisationFormsResource}
 * (vetting, archive, links) and {@link OrganisationEditResource} (profile, contact channels).
 */
@Path("/console/organisations")
@Produces(MediaType.TEXT_HTML)
public class OrganisationPagesResource {

    static final String REGISTER = "POST /console/organisations";

    @CheckedTemplate(basePath = "console/organisations")
    static class Templates {
        static native TemplateInstance list(ConsolePage page, OrganisationPages.ListPage list, boolean canRegister,
                List<OrganisationPages.Choice> vettings, List<OrganisationPages.Choice> statuses);

        static native TemplateInstance register(ConsolePage page, ConsoleForm form, List<OrganisationPages.Choice> types,
                List<DefenderChoices.Option> countries, List<DefenderChoices.Option> channels, List<String> teams);
    }

    private final OrganisationService organisations;
    private final OrganisationPage organisationPage;
    private final ConsolePages pages;
    private final ConsoleCsrf csrf;
    private final ConsoleOnce once;
    private final CurrentActor currentActor;
    private final Validator validator;
    private final Clock clock;

    OrganisationPagesResource(OrganisationService organisations, OrganisationPage organisationPage, ConsolePages pages,
            ConsoleCsrf csrf, ConsoleOnce once, CurrentActor currentActor, Validator validator, Clock clock) {
        this.organisations = organisations;
        this.organisationPage = organisationPage;
        this.pages = pages;
        this.csrf = csrf;
        this.once = once;
        this.currentActor = currentActor;
        this.validator = validator;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    public Response list(@QueryParam("q") String text, @QueryParam("vettingStatus") String vetting,
            @QueryParam("status") String status, @QueryParam("page") String pageIndex, @QueryParam("done") String done) {
        String q = text == null || text.isBlank() ? null : text.strip();
        if (q != null && q.length() > OrganisationFilter.TEXT_MAX_LENGTH) {
            q = q.substring(0, OrganisationFilter.TEXT_MAX_LENGTH);
        }
        VettingStatus vettingFilter = OrganisationPages.enumOrNull(vetting, VettingStatus.class);
        OrganisationStatus statusFilter = OrganisationPages.enumOrNull(status, OrganisationStatus.class);
        OrganisationPages.Search search = new OrganisationPages.Search(q,
                vettingFilter == null ? null : vettingFilter.name(), statusFilter == null ? null : statusFilter.name());
        // as GET /organisations: ACTIVE unless another status is asked for
        OrganisationFilter filter = new OrganisationFilter(null, vettingFilter,
                statusFilter == null ? OrganisationStatus.ACTIVE : statusFilter, null, null, q);
        var found = organisations.list(filter, new PageRequest(ConsolePages.pageIndex(pageIndex), PageRequest.DEFAULT_SIZE));
        ConsolePage page = pages.page();
        GroupMessages m = messages(page);
        String notice = "archived".equals(done) ? m.done_archived() : null;
        return GrantPageForms.page(200, ConsolePages.localized(Templates.list(page,
                OrganisationPages.list(found, search, notice, pages.format(), choices(page), m), organisationPage.canWrite(),
                OrganisationPages.vettings(m), OrganisationPages.statuses(m)), page.language()));
    }

    @GET
    @Path("/new")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER })
    public Response registerForm() {
        ConsoleForm form = ConsoleForm.empty();
        return registerPage(200, form.with(ConsoleOnce.FIELD, form.formKey()));
    }

    @POST
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(MultivaluedMap<String, String> posted) {
        if (!csrf.accepts(posted.getFirst(CsrfTokens.FIELD))) {
            return ConsoleErrors.formRefused(pages);
        }
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
        List<ContactChannel> contacts = new ArrayList<>();
        ContactChannelType channel = values.choice("contacts[0].channel", ContactChannelType.class);
        String address = values.text("contacts[0].value");
        if (channel != null || address != null) {
            contacts.add(new ContactChannel(channel, address));
        }
        String country = values.text("country");
        RegisterOrganisation command = new RegisterOrganisation(values.text("name"), types,
                country == null ? null : country.toUpperCase(Locale.ROOT), values.text("publicKey"), contacts,
                values.text("team"));
        if (!values.valid(validator, command)) {
            return registerPage(422, form);
        }
        try {
            // the once-only store keeps the path alone (64 characters at most); the notice is added to every answer
            return GrantPageForms.seeOther(once.create(REGISTER, form.value(ConsoleOnce.FIELD), command,
                    () -> OrganisationPages.PATH + "/" + organisations.register(command).id()) + "?done=registered");
        } catch (Refusal refusal) {
            pages.formErrors().refused(refusal, form);
            return registerPage(GrantPageForms.status(refusal), form);
        }
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    public Response organisation(@PathParam("id") String id, @QueryParam("done") String done) {
        UUID organisationId = ConsolePages.recordId(id, "Organisation");
        return organisationPage.show(200, organisationId, ConsoleForm.empty(), done);
    }

    /** The contact channels, read through the same audited call as {@code GET /organisations/{id}/sensitive}. */
    @POST
    @Path("/{id}/contacts")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response showContacts(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        if (!csrf.accepts(posted.getFirst(CsrfTokens.FIELD))) {
            return ConsoleErrors.formRefused(pages);
        }
        UUID organisationId = ConsolePages.recordId(id, "Organisation");
        ConsoleForm form = ConsoleForm.of(posted);
        String reason;
        try {
            reason = Params.reason(posted.getFirst("contactsReason"));
        } catch (ProblemException e) {
            // the page has three reasons: this one is "contactsReason", the API's parameter "reason"
            ConsoleForm edge = ConsoleForm.empty().with("reason", form.value("contactsReason"));
            pages.formErrors().edge(e, edge);
            FormErrors.rename(edge, form, Map.of("reason", "contactsReason"));
            return organisationPage.show(422, organisationId, form, null);
        }
        OrganisationService.VersionedContacts read = organisations.contacts(organisationId, reason);
        ConsolePage page = pages.page();
        OrganisationPages.Contacts contacts = OrganisationPages.contacts(read.contacts(),
                pages.format().dateTime(clock.instant()), choices(page));
        // officers and managers may replace them on this answer, at the version they were read at
        OrganisationContactsForm.Edit edit = organisationPage.canWrite() ? OrganisationContactsForm.of(read.contacts(),
                read.version(), choices(page), ConsolePages.bundle(GroupFormMessages.class, page.language())) : null;
        return organisationPage.show(200, organisations.get(organisationId), ConsoleForm.empty(), contacts, edit, null);
    }

    /** Where the language form (or a bookmark) returns from the shown contacts: the page, contacts hidden again. */
    @GET
    @Path("/{id}/contacts")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    public Response backFromContacts(@PathParam("id") String id) {
        return Response.seeOther(URI.create(OrganisationPages.PATH + "/" + ConsolePages.recordId(id, "Organisation")))
                .build();
    }

    private Response registerPage(int status, ConsoleForm form) {
        ConsolePage page = pages.page();
        GroupMessages m = messages(page);
        form.label("name", m.label_name()).label("types", m.label_types()).label("country", m.label_country())
                .label("publicKey", m.label_public_key()).label("contacts[].channel", m.label_contact_channel())
                .label("contacts[].value", m.label_contact_value()).label("team", m.label_team());
        DefenderChoices choices = choices(page);
        return GrantPageForms.page(status, ConsolePages.localized(Templates.register(page, form,
                OrganisationPages.types(m), choices.countries(), choices.channels(),
                new ArrayList<>(currentActor.teams())), page.language()));
    }

    private static DefenderChoices choices(ConsolePage page) {
        return new DefenderChoices(page.language());
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
