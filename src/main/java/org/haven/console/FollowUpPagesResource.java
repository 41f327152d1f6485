package org.haven.console;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.defender.RiskLevel;
import org.haven.followup.FollowUpService;
import org.haven.followup.FollowUpType;
import org.haven.followup.FollowUpView;
import org.haven.followup.Outcome;
import org.haven.followup.RecordOutcome;
import org.haven.request.RequestService;
import org.haven.shared.error.Refusal;
import org.haven.shared.paging.PageRequest;
import org.haven.shared.security.CurrentActor;
import org.haven.shared.security.Roles;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;

/**
 * The follow-up queue, one follow-up, and recording its outcome: the same service, scope and roles as
 * {@code GET /follow-ups}, {@code GET /follow-ups/{id}} and {@code POST /follow-ups/{id}/outcome}. The
 * moment it was done is typed as a local date and time in the console's zone ({@code haven.console.time-zone}).
 */
@Path("/console/follow-ups")
@Produces(MediaType.TEXT_HTML)
public class FollowUpPagesResource {

    @CheckedTemplate(basePath = "console/follow-ups")
    static class Templates {
        static native TemplateInstance queue(ConsolePage page, FollowUpQueue queue);

        static native TemplateInstance followUp(ConsolePage page, FollowUpPage followUp, boolean canRecord,
                String zone, List<GrantLabels.Choice> outcomes, List<GrantLabels.Choice> risks,
                List<GrantLabels.Choice> types, ConsoleForm form);
    }

    private final FollowUpService followUps;
    private final RequestService requests;
    private final ConsolePages pages;
    private final ConsoleCsrf csrf;
    private final CurrentActor currentActor;
    private final Validator validator;
    private final Clock clock;
    private final ZoneId zone;

    FollowUpPagesResource(FollowUpService followUps, RequestService requests, ConsolePages pages, ConsoleCsrf csrf,
            CurrentActor currentActor, Validator validator, Clock clock,
            @ConfigProperty(name = "haven.console.time-zone", defaultValue = "UTC") ZoneId zone) {
        this.followUps = followUps;
        this.requests = requests;
        this.pages = pages;
        this.csrf = csrf;
        this.currentActor = currentActor;
        this.validator = validator;
        this.clock = clock;
        this.zone = zone;
    }

    @GET
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    public TemplateInstance queue(@QueryParam("page") String pageIndex) {
        int index = ConsolePages.pageIndex(pageIndex);
        ConsolePage page = pages.page();
        ConsoleFormat format = pages.format();
        FollowUpQueue queue = FollowUpQueue.of(followUps.queue(new PageRequest(index, PageRequest.DEFAULT_SIZE)),
                this::reference, currentActor.get().subject(), today(), format, messages(page));
        return ConsolePages.localized(Templates.queue(page, queue), page.language());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    public TemplateInstance followUp(@PathParam("id") UUID id) {
        String now = LocalDateTime.now(clock.withZone(zone)).truncatedTo(ChronoUnit.MINUTES).toString();
        return render(followUps.get(id), ConsoleForm.empty().with("completedAt", now));
    }

    @POST
    @Path("/{id}/outcome")
    @RolesAllowed(Roles.PROTECTION_OFFICER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordOutcome(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        if (!csrf.accepts(posted.getFirst(CsrfTokens.FIELD))) {
            return ConsoleErrors.formRefused(pages);
        }
        ConsoleForm form = ConsoleForm.of(posted);
        GrantPageForms values = new GrantPageForms(form, pages.formErrors());
        RecordOutcome.Next next = values.filled("nextFollowUp.type", "nextFollowUp.dueOn")
                ? new RecordOutcome.Next(values.choice("nextFollowUp.type", FollowUpType.class),
                        values.date("nextFollowUp.dueOn"))
                : null;
        RecordOutcome command = new RecordOutcome(values.dateTime("completedAt", zone),
                values.choice("outcome", Outcome.class), values.text("notes"),
                values.choice("newRiskLevel", RiskLevel.class), next);
        if (!values.valid(validator, command)) {
            return GrantPageForms.page(422, render(followUps.get(id), form));
        }
        try {
            followUps.complete(id, command);
            return GrantPageForms.seeOther("/console/follow-ups/" + id);
        } catch (Refusal refusal) {
            if (GrantPageForms.aboutThePage(refusal)) {
                return ConsoleErrors.refused(pages, refusal);
            }
            if (refusal.code().equals("validation-failed")) {
                // the service's one field check here: a moment in the future
                refusal.errors().forEach(e -> form.error(e.field(), pages.format().messages().field_in_future()));
            } else {
                pages.formErrors().refused(refusal, form);
            }
            return GrantPageForms.page(GrantPageForms.status(refusal), render(followUps.get(id), form));
        }
    }

    private TemplateInstance render(FollowUpView view, ConsoleForm form) {
        ConsolePage page = pages.page();
        GrantMessages m = messages(page);
        form.label("completedAt", m.completed_at_label()).label("outcome", m.outcome_label())
                .label("notes", m.notes_label()).label("newRiskLevel", m.new_risk_label())
                .label("nextFollowUp.type", m.next_type_label()).label("nextFollowUp.dueOn", m.next_due_label());
        FollowUpPage followUp = FollowUpPage.of(view, reference(view.requestId()), currentActor.get().subject(), today(),
                pages.format(), m);
        boolean canRecord = followUp.planned() && currentActor.get().hasRole(Roles.PROTECTION_OFFICER);
        return ConsolePages.localized(Templates.followUp(page, followUp, canRecord, zone.getId(),
                GrantLabels.outcomes(m), GrantLabels.risks(m), GrantLabels.types(m), form), page.language());
    }

    /** The case's reference, or null when the reader may see the follow-up but not its case. */
    private String reference(UUID requestId) {
        try {
            return requests.get(requestId).reference();
        } catch (Refusal e) {
            return null;
        }
    }

    /** The follow-up service's today (UTC), so "overdue" here is the service's overdue. */
    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private static GrantMessages messages(ConsolePage page) {
        return ConsolePages.bundle(GrantMessages.class, page.language());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return ConsoleErrors.forbidden(pages);
    }

    /** An id that is no UUID: the console's "not found" page, as for any unknown record (not the API's JSON). */
    @ServerExceptionMapper
    public Response unknownPath(jakarta.ws.rs.NotFoundException e) {
        return ConsoleErrors.refused(pages, Refusal.notFound("This record"));
    }

    @ServerExceptionMapper
    public Response refused(Refusal refusal) {
        return ConsoleErrors.refused(pages, refusal);
    }
}
