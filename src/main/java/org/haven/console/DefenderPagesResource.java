package org.haven.console;

import java.net.URI;
import java.time.Clock;
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

import org.haven.defender.DefenderFilter;
import org.haven.defender.DefenderService;
import org.haven.defender.DefenderStatus;
import org.haven.defender.DefenderView;
import org.haven.defender.RegisterDefender;
import org.haven.defender.RiskLevel;
import org.haven.request.Requests;
import org.haven.shared.error.Refusal;
import org.haven.shared.paging.PageRequest;
import org.haven.shared.security.Actor;
import org.haven.shared.security.CurrentActor;
import org.haven.shared.security.Roles;
import org.haven.shared.web.Params;
import org.haven.shared.web.ProblemException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;

/**
 * The defender registry in the console: search (pseudonym first, never a legal name), register (once per
 * form, however often it is sent), and the defender page, whose protected details are shown only after
 * "show, with a reason", through the same audited read as {@code GET /defenders/{id}/sensitive}. The roles
 * of each page are those of the API operation it stands for.
 */
@Path("/console/defenders")
@Produces(MediaType.TEXT_HTML)
public class DefenderPagesResource {

    @CheckedTemplate(basePath = "console/defenders")
    static class Templates {
        static native TemplateInstance search(ConsolePage page, DefenderSearch search);

        static native TemplateInstance register(ConsolePage page, DefenderRegistration registration);

        static native TemplateInstance defender(ConsolePage page, DefenderProfilePage defender);
    }

    /** The defender's newest requests shown on their page; the page says when there are more. */
    static final int REQUESTS_SHOWN = 20;

    private final DefenderService defenders;
    private final Requests requests;
    private final ConsolePages pages;
    private final ConsoleCsrf csrf;
    private final ConsoleOnce once;
    private final CurrentActor currentActor;
    private final Validator validator;
    private final Clock clock;

    DefenderPagesResource(DefenderService defenders, Requests requests, ConsolePages pages, ConsoleCsrf csrf, ConsoleOnce once,
            CurrentActor currentActor, Validator validator, Clock clock) {
        this.defenders = defenders;
        this.requests = requests;
        this.pages = pages;
        this.csrf = csrf;
        this.once = once;
        this.currentActor = currentActor;
        this.validator = validator;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR, Roles.ADMIN })
    public Response search(@QueryParam("q") String q, @QueryParam("riskLevel") String riskLevel,
            @QueryParam("status") String status, @QueryParam("page") String pageIndex) {
        ConsoleForm form = ConsoleForm.empty().with("q", q).with("riskLevel", riskLevel).with("status", status);
        DefenderChoices choices = choices();
        boolean canRegister = isOfficer();
        DefenderFilter filter;
        PageRequest paging;
        try {
            // the API's own reading of its query parameters, so the console searches exactly as GET /defenders
            DefenderStatus statusFilter = Params.enumValue("status", status, DefenderStatus.class);
            filter = new DefenderFilter(Params.enumValue("riskLevel", riskLevel, RiskLevel.class), null, null,
                    statusFilter == null ? DefenderStatus.ACTIVE : statusFilter,
                    Params.text("q", q, DefenderFilter.TEXT_MAX_LENGTH));
            paging = new PageRequest(Params.intValue("page", pageIndex, 0, 0, PageRequest.MAX_PAGE),
                    PageRequest.DEFAULT_SIZE);
        } catch (ProblemException e) {
            pages.formErrors().edge(e, form);
            return html(422, Templates.search(pages.page(), DefenderSearch.refused(form, choices, canRegister)));
        }
        form.with("status", filter.status().name());
        DefenderSearch search = DefenderSearch.of(form, choices, canRegister,
                defenders.listProfiles(filter, null, paging), pages.format());
        return html(200, Templates.search(pages.page(), search));
    }

    @GET
    @Path("/new")
    @RolesAllowed(Roles.PROTECTION_OFFICER)
    public Response registerForm() {
        return html(200, registerPage(ConsoleForm.empty()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PROTECTION_OFFICER)
    public Response register(MultivaluedMap<String, String> posted) {
        if (!csrf.accepts(posted.getFirst(csrf.getParameterName()))) {
            return ConsoleErrors.formRefused(pages);
        }
        ConsoleForm form = ConsoleForm.of(DefenderRegistration.compactContacts(posted));
        FormErrors errors = pages.formErrors();
        RegisterDefender command = DefenderRegistration.command(form, errors, validator, pages.format().zone());
        int status = 422;
        if (command != null) {
            try {
                String location = once.create("POST /console/defenders", form.value(ConsoleOnce.FIELD), command,
                        () -> "/console/defenders/" + defenders.register(command).id());
                return Response.seeOther(URI.create(location)).build();
            } catch (Refusal refusal) {
                errors.refused(refusal, form);
                status = refusal.kind() == Refusal.Kind.CONFLICT ? 409 : 422;
            }
        }
        return html(status, registerPage(form));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR, Roles.ADMIN })
    public Response defender(@PathParam("id") String id) {
        DefenderView view = defenders.get(ConsolePages.recordId(id, "Defender"));
        // an erased defender's data is gone (410); the page says so and shows what remains
        return html(view.status() == DefenderStatus.ERASED ? 410 : 200, defenderPage(view, ConsoleForm.empty(), null));
    }

    @POST
    @Path("/{id}/sensitive")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    public Response showSensitive(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        if (!csrf.accepts(posted.getFirst(csrf.getParameterName()))) {
            return ConsoleErrors.formRefused(pages);
        }
        UUID defenderId = ConsolePages.recordId(id, "Defender");
        ConsoleForm form = ConsoleForm.of(posted);
        String reason;
        try {
            reason = Params.reason(posted.getFirst("reason"));
        } catch (ProblemException e) {
            pages.formErrors().edge(e, form);
            return html(422, defenderPage(defenders.get(defenderId), form, null));
        }
        DefenderService.VersionedDetails read = defenders.sensitiveDetails(defenderId, reason);
        DefenderView view = defenders.get(defenderId);
        return html(200, defenderPage(view, ConsoleForm.empty(),
                DefenderProfilePage.sensitive(read.details(), choices(), pages.format().dateTime(clock.instant()))));
    }

    /** Where the language form (or a bookmark) returns from the shown details: the page, details hidden again. */
    @GET
    @Path("/{id}/sensitive")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    public Response backToDefender(@PathParam("id") String id) {
        return Response.seeOther(URI.create("/console/defenders/" + ConsolePages.recordId(id, "Defender"))).build();
    }

    private TemplateInstance registerPage(ConsoleForm form) {
        ConsolePage page = pages.page();
        DefenderMessages m = ConsolePages.bundle(DefenderMessages.class, page.language());
        form.label("pseudonym", m.label_pseudonym()).label("currentCountry", m.label_current_country())
                .label("riskLevel", m.label_risk_level()).label("areasOfWork", m.label_areas())
                .label("gender", m.label_gender()).label("birthYear", m.label_birth_year())
                .label("nationality", m.label_nationality()).label("countryOfOrigin", m.label_country_of_origin())
                .label("inExileSince", m.label_in_exile_since()).label("legalStatus", m.label_legal_status())
                .label("consent.givenAt", m.label_consent_given_on()).label("consent.scope", m.label_consent_scope())
                .label("consent", m.consent_legend()).label("otherNames", m.label_other_names())
                .label("organisation", m.label_organisation()).label("team", m.label_team())
                .label("legalName", m.label_legal_name()).label("currentCity", m.label_current_city())
                .label("contacts[].channel", m.label_contact_channel()).label("contacts[].value", m.label_contact_value())
                .label("riskNotes", m.label_risk_notes());
        return Templates.register(page, DefenderRegistration.of(form, choices(), currentActor.teams(), pages.format()));
    }

    private TemplateInstance defenderPage(DefenderView view, ConsoleForm form, DefenderProfilePage.Sensitive sensitive) {
        Actor actor = currentActor.get();
        // the roles of GET /defenders/{id}/sensitive and of GET /requests
        boolean caseworker = actor.hasRole(Roles.PROTECTION_OFFICER) || actor.hasRole(Roles.PROGRAMME_MANAGER)
                || actor.hasRole(Roles.AUDITOR);
        ConsoleFormat format = pages.format();
        DefenderProfilePage.Requests cases = caseworker
                ? DefenderProfilePage.requests(requests.ofDefender(view.id(), new PageRequest(0, REQUESTS_SHOWN)), format)
                : null;
        return Templates.defender(pages.page(), DefenderProfilePage.of(view, choices(), format, isOfficer(),
                caseworker, form, sensitive, cases, actor.hasRole(Roles.ADMIN)));
    }

    private DefenderChoices choices() {
        return new DefenderChoices(pages.language());
    }

    private boolean isOfficer() {
        return currentActor.get().hasRole(Roles.PROTECTION_OFFICER);
    }

    private Response html(int status, TemplateInstance template) {
        String html = ConsolePages.localized(template, pages.language()).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    /** A role without this page or form gets a page that says so; a forged post by an auditor ends here. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return ConsoleErrors.forbidden(pages);
    }

    /** Unknown, not visible (404) or erased (410), said in plain words in the layout. */
    @ServerExceptionMapper
    public Response refused(Refusal refusal) {
        return ConsoleErrors.refused(pages, refusal);
    }
}
