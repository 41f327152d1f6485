package org.haven.console;

import java.util.List;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.haven.defender.DefenderService;
import org.haven.defender.DefenderView;
import org.haven.legal.ForcedReturnOverviewService;
import org.haven.legal.LegalEventKind;
import org.haven.legal.LegalStatusService;
import org.haven.legal.RecordLegalEvent;
import org.haven.legal.RetractLegalEvent;
import org.haven.request.IntakeChannel;
import org.haven.shared.error.Refusal;
import org.haven.shared.security.CurrentActor;
import org.haven.shared.security.Roles;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;

/**
 * A defender's legal status (timeline, deadlines, the proposed legal-aid request, recording and retracting
 * events) and the forced-return overview: the same services, scope and roles as
 * {@code /defenders/{id}/legal-events}, {@code /legal-events/{id}/retraction} and {@code GET /legal/forced-return}.
 * The proposed request is a form the officer submits to "Open a request" ({@code POST /console/cases}); nothing
 * is opened by itself.
 */
@Path("/console/legal")
@Produces(MediaType.TEXT_HTML)
public class LegalPagesResource {

    static final String RECORD = "POST /console/legal/defenders/{id}/events";

    @CheckedTemplate(basePath = "console/legal")
    static class Templates {
        static native TemplateInstance status(ConsolePage page, LegalStatusPage legal, boolean canRecord,
                boolean canOpenRequest, List<GrantLabels.Choice> kinds, List<CasePage.Choice> channels,
                String proposalKey, ConsoleForm form);

        static native TemplateInstance overview(ConsolePage page, ForcedReturnPage overview, boolean canReport);
    }

    private final LegalStatusService legal;
    private final ForcedReturnOverviewService overview;
    private final DefenderService defenders;
    private final ConsolePages pages;
    private final ConsoleCsrf csrf;
    private final ConsoleOnce once;
    private final CurrentActor currentActor;
    private final Validator validator;

    LegalPagesResource(LegalStatusService legal, ForcedReturnOverviewService overview, DefenderService defenders,
            ConsolePages pages, ConsoleCsrf csrf, ConsoleOnce once, CurrentActor currentActor, Validator validator) {
        this.legal = legal;
        this.overview = overview;
        this.defenders = defenders;
        this.pages = pages;
        this.csrf = csrf;
        this.once = once;
        this.currentActor = currentActor;
        this.validator = validator;
    }

    @GET
    @Path("/defenders/{id}")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    public TemplateInstance status(@PathParam("id") String id) {
        ConsoleForm form = ConsoleForm.empty();
        return render(ConsolePages.recordId(id, "Defender"), form.with(ConsoleOnce.FIELD, form.formKey()));
    }

    @POST
    @Path("/defenders/{id}/events")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@PathParam("id") String rawId, MultivaluedMap<String, String> posted) {
        if (!csrf.accepts(posted.getFirst(CsrfTokens.FIELD))) {
            return ConsoleErrors.formRefused(pages);
        }
        UUID id = ConsolePages.recordId(rawId, "Defender");
        ConsoleForm form = ConsoleForm.of(posted);
        GrantPageForms values = new GrantPageForms(form, pages.formErrors());
        String country = values.text("hostCountry");
        RecordLegalEvent command = new RecordLegalEvent(values.choice("kind", LegalEventKind.class),
                values.date("occurredOn"), country == null ? null : country.trim().toUpperCase(java.util.Locale.ROOT),
                values.text("note"));
        if (!values.valid(validator, command)) {
            return GrantPageForms.page(422, render(id, form));
        }
        try {
            return GrantPageForms.seeOther(once.create(RECORD, form.value(ConsoleOnce.FIELD), command, () -> {
                legal.record(id, command);
                return "/console/legal/defenders/" + id;
            }));
        } catch (Refusal refusal) {
            if (GrantPageForms.aboutThePage(refusal)) {
                return ConsoleErrors.refused(pages, refusal);
            }
            pages.formErrors().refused(refusal, form);
            return GrantPageForms.page(GrantPageForms.status(refusal), render(id, form));
        }
    }

    @POST
    @Path("/events/{id}/retraction")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retract(@PathParam("id") String rawId, MultivaluedMap<String, String> posted) {
        if (!csrf.accepts(posted.getFirst(CsrfTokens.FIELD))) {
            return ConsoleErrors.formRefused(pages);
        }
        UUID id = ConsolePages.recordId(rawId, "Legal event");
        ConsoleForm form = ConsoleForm.of(posted);
        RetractLegalEvent command = new RetractLegalEvent(form.value("reason"));
        UUID defender = ConsolePages.recordId(form.value("defender"), "Defender");
        GrantPageForms values = new GrantPageForms(form, pages.formErrors());
        if (!values.valid(validator, command)) {
            return GrantPageForms.page(422, render(defender, form));
        }
        try {
            legal.retract(id, command.reason());
            return GrantPageForms.seeOther("/console/legal/defenders/" + defender);
        } catch (Refusal refusal) {
            if (GrantPageForms.aboutThePage(refusal)) {
                return ConsoleErrors.refused(pages, refusal);
            }
            pages.formErrors().refused(refusal, form);
            return GrantPageForms.page(GrantPageForms.status(refusal), render(defender, form));
        }
    }

    @GET
    @Path("/forced-return")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    public TemplateInstance overview() {
        ConsolePage page = pages.page();
        LegalMessages m = messages(page);
        var actor = currentActor.get();
        return ConsolePages.localized(Templates.overview(page, ForcedReturnPage.of(
                overview.overview(ForcedReturnOverviewService.DEFAULT_HORIZON_DAYS), pages.format(), m,
                ConsolePages.bundle(DefenderMessages.class, page.language())),
                actor.hasRole(Roles.PROGRAMME_MANAGER) || actor.hasRole(Roles.AUDITOR)), page.language());
    }

    private TemplateInstance render(UUID id, ConsoleForm form) {
        ConsolePage page = pages.page();
        LegalMessages m = messages(page);
        form.label("kind", m.kind_label()).label("occurredOn", m.occurred_on_label())
                .label("hostCountry", m.host_country_label()).label("note", m.note_label())
                .label("reason", m.retract_reason_label());
        DefenderView defender = defenders.get(id);
        LegalStatusPage status = LegalStatusPage.of(legal.status(id), defender, pages.format(), m);
        var actor = currentActor.get();
        boolean canRecord = actor.hasRole(Roles.PROTECTION_OFFICER) || actor.hasRole(Roles.PROGRAMME_MANAGER);
        CaseMessages cases = ConsolePages.bundle(CaseMessages.class, page.language());
        return ConsolePages.localized(Templates.status(page, status, canRecord,
                actor.hasRole(Roles.PROTECTION_OFFICER), LegalLabels.kinds(m),
                CaseLabels.choices(IntakeChannel.class, c -> CaseLabels.channel(c, cases)), ConsoleOnce.newKey(), form),
                page.language());
    }

    private static LegalMessages messages(ConsolePage page) {
        return ConsolePages.bundle(LegalMessages.class, page.language());
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
