package org.haven.console;

import java.net.URI;
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

import org.haven.defender.DefenderService;
import org.haven.defender.DefenderView;
import org.haven.request.AssignOfficer;
import org.haven.request.AssistanceType;
import org.haven.request.IntakeChannel;
import org.haven.request.OpenRequest;
import org.haven.request.RecordAssessment;
import org.haven.request.RequestService;
import org.haven.request.RequestStatus;
import org.haven.request.RequestView;
import org.haven.request.RequestWorkflowService;
import org.haven.request.Transition;
import org.haven.request.Urgency;
import org.haven.shared.error.Refusal;
import org.haven.shared.security.CurrentActor;
import org.haven.shared.security.Roles;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;

/**
 * The officer's case pages: opening a request (once, however often the form is sent) and the case page
 * with its assessment, status, assignment, timeline, grants and follow-ups. Each form is read into the
 * API's command, checked by the same Bean Validation and carried out by the same service as the API's
 * operation, with the same roles; a refusal is shown next to its field ({@link FormErrors}).
 */
@Path("/console/cases")
@Produces(MediaType.TEXT_HTML)
public class CasePagesResource {

    static final String OPEN = "POST /console/cases";

    @CheckedTemplate(basePath = "console/cases")
    static class Templates {
        static native TemplateInstance open(ConsolePage page, ConsoleForm form, OpenForm open);

        static native TemplateInstance page(ConsolePage page, CasePage view, ConsoleForm form, CaseForms forms);
    }

    /** The open-request form's choices and the defender it is for (null pseudonym: not chosen yet). */
    public record OpenForm(String defenderId, String pseudonym, List<CasePage.Choice> assistanceTypes,
            List<CasePage.Choice> urgencies, List<CasePage.Choice> channels) {
    }

    private enum Sent { NONE, ASSESSMENT, TRANSITION, ASSIGN, REVEAL }

    private final RequestService requests;
    private final RequestWorkflowService workflow;
    private final DefenderService defenders;
    private final CasePageReader reader;
    private final ConsolePages pages;
    private final ConsoleCsrf csrf;
    private final ConsoleOnce once;
    private final CurrentActor currentActor;
    private final Validator validator;

    CasePagesResource(RequestService requests, RequestWorkflowService workflow, DefenderService defenders,
            CasePageReader reader, ConsolePages pages, ConsoleCsrf csrf, ConsoleOnce once, CurrentActor currentActor,
            Validator validator) {
        this.requests = requests;
        this.workflow = workflow;
        this.defenders = defenders;
        this.reader = reader;
        this.pages = pages;
        this.csrf = csrf;
        this.once = once;
        this.currentActor = currentActor;
        this.validator = validator;
    }

    @GET
    @Path("/new")
    @RolesAllowed(Roles.PROTECTION_OFFICER)
    public Response openForm(@QueryParam("defender") String defender) {
        ConsoleForm form = ConsoleForm.empty();
        DefenderView known = null;
        if (defender != null && !defender.isBlank()) {
            known = defenders.get(ConsolePages.recordId(defender, "Defender"));
            form.with("defenderId", known.id().toString());
        }
        return openPage(200, form, known);
    }

    @POST
    @RolesAllowed(Roles.PROTECTION_OFFICER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(MultivaluedMap<String, String> posted) {
        if (!csrf.accepts(posted.getFirst(CsrfTokens.FIELD))) {
            return ConsoleErrors.formRefused(pages);
        }
        ConsoleForm form = ConsoleForm.of(posted);
        CaseFormChecks checks = checks();
        ConsoleForm problems = ConsoleForm.empty();
        OpenRequest command = CaseCommands.open(form, checks.errors(), problems);
        int status = 422;
        if (checks.check(command, problems, form, Map.of(), CaseCommands.OPEN_FIELDS)) {
            try {
                String location = once.create(OPEN, form.value(ConsoleOnce.FIELD), command,
                        () -> "/console/cases/" + requests.open(command).id());
                return Response.seeOther(URI.create(location)).build();
            } catch (Refusal refusal) {
                status = checks.refused(refusal, form, Map.of());
            }
        }
        return openPage(status, form, visibleDefender(form.value("defenderId")));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    public Response page(@PathParam("id") String id) {
        return casePage(200, ConsolePages.recordId(id, "Request"), Sent.NONE, ConsoleForm.empty(), null);
    }

    @POST
    @Path("/{id}/assessment")
    @RolesAllowed(Roles.PROTECTION_OFFICER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assess(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        if (!csrf.accepts(posted.getFirst(CsrfTokens.FIELD))) {
            return ConsoleErrors.formRefused(pages);
        }
        UUID requestId = ConsolePages.recordId(id, "Request");
        ConsoleForm form = ConsoleForm.of(posted);
        CaseFormChecks checks = checks();
        ConsoleForm problems = ConsoleForm.empty();
        RecordAssessment command = CaseCommands.assessment(form, checks.errors(), problems);
        int status = 422;
        if (checks.check(command, problems, form, Map.of(), CaseCommands.ASSESSMENT_FIELDS)) {
            try {
                workflow.assess(requestId, CaseCommands.version(form), command);
                return backTo(requestId);
            } catch (Refusal refusal) {
                status = checks.refused(refusal, form, Map.of());
            }
        }
        return casePage(status, requestId, Sent.ASSESSMENT, form, null);
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response transition(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        if (!csrf.accepts(posted.getFirst(CsrfTokens.FIELD))) {
            return ConsoleErrors.formRefused(pages);
        }
        UUID requestId = ConsolePages.recordId(id, "Request");
        ConsoleForm form = ConsoleForm.of(posted);
        CaseFormChecks checks = checks();
        // the form says "to"; the command, its validation and the workflow's refusals say "target"
        Map<String, String> names = Map.of("target", "to");
        ConsoleForm problems = ConsoleForm.empty();
        Transition command = new Transition(
                CaseCommands.choice(form, checks.errors(), problems, "to", RequestStatus.class), form.value("reason"));
        int status = 422;
        if (checks.check(command, problems, form, names, List.of("to", "reason"))) {
            try {
                workflow.transition(requestId, CaseCommands.version(form), command);
                return backTo(requestId);
            } catch (Refusal refusal) {
                status = checks.refused(refusal, form, names);
            }
        }
        return casePage(status, requestId, Sent.TRANSITION, form, null);
    }

    @POST
    @Path("/{id}/assignee")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assign(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        if (!csrf.accepts(posted.getFirst(CsrfTokens.FIELD))) {
            return ConsoleErrors.formRefused(pages);
        }
        UUID requestId = ConsolePages.recordId(id, "Request");
        ConsoleForm form = ConsoleForm.of(posted);
        CaseFormChecks checks = checks();
        AssignOfficer command = new AssignOfficer(form.value("officer"));
        int status = 422;
        if (checks.check(command, ConsoleForm.empty(), form, Map.of(), List.of("officer"))) {
            try {
                workflow.assign(requestId, CaseCommands.version(form), command.officer());
                return backTo(requestId);
            } catch (Refusal refusal) {
                // who may assign whom is the request's rule: its "no" belongs next to the officer
                status = checks.refused(refusal, form, Map.of("", "officer"));
            }
        }
        return casePage(status, requestId, Sent.ASSIGN, form, null);
    }

    /** "Show, with a reason": the audited read of {@code GET /requests/{id}/sensitive}; the page shows the result. */
    @POST
    @Path("/{id}/narrative")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reveal(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        if (!csrf.accepts(posted.getFirst(CsrfTokens.FIELD))) {
            return ConsoleErrors.formRefused(pages);
        }
        UUID requestId = ConsolePages.recordId(id, "Request");
        // the input is named "reason" like the API's parameter; its id differs from the status form's reason
        ConsoleForm form = ConsoleForm.empty().with(CaseForms.REVEAL_REASON, posted.getFirst("reason"));
        String reason = CaseForms.reason(form, ConsolePages.messages(pages.language()), cases());
        if (reason == null) {
            return casePage(422, requestId, Sent.REVEAL, form, null);
        }
        try {
            return casePage(200, requestId, Sent.NONE, ConsoleForm.empty(), reader.sensitive(requestId, reason));
        } catch (Refusal refusal) {
            int status = checks().refused(refusal, form, Map.of());
            return casePage(status, requestId, Sent.REVEAL, form, null);
        }
    }

    private Response openPage(int status, ConsoleForm form, DefenderView defender) {
        ConsolePage page = pages.page();
        CaseMessages cases = ConsolePages.bundle(CaseMessages.class, page.language());
        ConsoleMessages msg = ConsolePages.messages(page.language());
        form.with(ConsoleOnce.FIELD, form.formKey());
        OpenForm open = new OpenForm(defender == null ? null : defender.id().toString(),
                defender == null ? null : defender.pseudonym(),
                CaseLabels.choices(AssistanceType.class, t -> CaseLabels.assistanceType(t, cases)),
                CaseLabels.choices(Urgency.class, u -> Caseload.urgency(u, msg)),
                CaseLabels.choices(IntakeChannel.class, c -> CaseLabels.channel(c, cases)));
        return render(status, ConsolePages.localized(Templates.open(page, form, open), page.language()));
    }

    private Response casePage(int status, UUID id, Sent sent, ConsoleForm form, CasePage.SensitiveParts sensitive) {
        ConsolePage page = pages.page();
        RequestView current = requests.get(id);
        CasePage view = reader.read(current, pages.format(), currentActor.get(), sensitive);
        CaseMessages cases = ConsolePages.bundle(CaseMessages.class, page.language());
        boolean staleAssessment = sent == Sent.ASSESSMENT && form.stale();
        CaseForms forms = new CaseForms(
                sent == Sent.ASSESSMENT && !staleAssessment ? form : CaseForms.assessment(current, sensitive),
                sent == Sent.TRANSITION ? form : ConsoleForm.empty(),
                sent == Sent.ASSIGN ? form : ConsoleForm.empty(),
                sent == Sent.REVEAL ? form : ConsoleForm.empty(),
                staleAssessment ? CaseForms.typed(form, cases) : List.of(),
                CaseLabels.choices(org.haven.request.CheckResult.class, r -> CaseLabels.check(r, cases)),
                CaseForms.criteria(cases), currentActor.get().subject(),
                // saving replaces the assessment, notes included: it is only offered with its notes shown
                current.assessment() != null && sensitive == null && (sent != Sent.ASSESSMENT || staleAssessment));
        return render(status, ConsolePages.localized(Templates.page(page, view, form, forms), page.language()));
    }

    private CaseMessages cases() {
        return ConsolePages.bundle(CaseMessages.class, pages.language());
    }

    private CaseFormChecks checks() {
        return new CaseFormChecks(validator, pages.formErrors(), cases());
    }

    private DefenderView visibleDefender(String id) {
        try {
            return id == null ? null : defenders.get(UUID.fromString(id));
        } catch (IllegalArgumentException | Refusal unknown) {
            return null;
        }
    }

    private static Response backTo(UUID id) {
        return Response.seeOther(URI.create("/console/cases/" + id)).build();
    }

    private static Response render(int status, TemplateInstance template) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(template.render())
                .build();
    }

    /** A role without this page or form gets a page that says so (a forged post by an auditor lands here). */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return ConsoleErrors.forbidden(pages);
    }

    /** Unknown or not visible (404), erased (410): a page in the console, not the API's problem+json. */
    @ServerExceptionMapper
    public Response refused(Refusal refusal) {
        return ConsoleErrors.refused(pages, refusal);
    }
}
