package org.haven.console;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.haven.audit.AuditService;
import org.haven.export.CaseLookup;
import org.haven.export.ExportFilter;
import org.haven.export.ExportFormat;
import org.haven.export.ExportService;
import org.haven.export.GroupExportService;
import org.haven.export.GroupFilter;
import org.haven.fund.FundService;
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
 * Exports for auditors: a form with the filters of {@code GET /exports/case-histories}, read by the same
 * {@link ExportFilter#of}, whose answer is the export itself, streamed by the same {@link ExportService}
 * (the same bytes, the same two audit entries); one case's export from its page; and how to verify an
 * export offline with the shipped verifier. Pseudonymous exports only: sensitive fields stay with the API,
 * where the reason is given. Auditors and admins, as the API.
 */
@Path("/console/exports")
@Produces(MediaType.TEXT_HTML)
public class ExportPagesResource {

    @CheckedTemplate(basePath = "console/exports")
    static class Templates {
        static native TemplateInstance build(ConsolePage page, ExportForm export);

        static native TemplateInstance verify(ConsolePage page, ExportVerifyPage verify);
    }

    private final ExportService exports;
    private final GroupExportService groups;
    private final CaseLookup cases;
    private final FundService funds;
    private final AuditService audit;
    private final ConsolePages pages;
    private final CurrentActor currentActor;
    private final Clock clock;

    ExportPagesResource(ExportService exports, GroupExportService groups, CaseLookup cases, FundService funds,
            AuditService audit, ConsolePages pages, CurrentActor currentActor, Clock clock) {
        this.exports = exports;
        this.groups = groups;
        this.cases = cases;
        this.funds = funds;
        this.audit = audit;
        this.pages = pages;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({ Roles.AUDITOR, Roles.ADMIN })
    public Response form() {
        return ConsoleDownloads.html(200, render(ConsoleForm.empty()), pages.language());
    }

    /** The export the form asked for, as a file; a refused filter shows the form again with its problems. */
    @GET
    @Path("/case-histories")
    @Produces({ ExportFormat.JSONL_TYPE, ExportFormat.CSV_TYPE, MediaType.TEXT_HTML })
    @RolesAllowed({ Roles.AUDITOR, Roles.ADMIN })
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("status") String status, @QueryParam("assistanceType") String assistanceType,
            @QueryParam("fundId") String fundId, @QueryParam("format") String format) {
        ConsoleForm form = ConsoleForm.empty().with("from", from).with("to", to).with("status", status)
                .with("assistanceType", assistanceType).with("fundId", fundId).with("format", format);
        ExportFilter filter;
        ExportFormat chosen;
        try {
            filter = ExportFilter.of(from, to, status, fundId, assistanceType);
            chosen = format(format);
        } catch (ProblemException e) {
            pages.formErrors().edge(e, form);
            return ConsoleDownloads.html(422, render(form), pages.language());
        }
        return download(filter, chosen, "case-histories-" + LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    }

    /** One case's history, as {@code GET /requests/{id}/history/export}; linked from the case page. */
    @GET
    @Path("/cases/{id}")
    @Produces({ ExportFormat.JSONL_TYPE, ExportFormat.CSV_TYPE, MediaType.TEXT_HTML })
    @RolesAllowed({ Roles.AUDITOR, Roles.ADMIN })
    public Response exportCase(@PathParam("id") String id, @QueryParam("format") String format) {
        UUID caseId;
        ExportFormat chosen;
        try {
            caseId = Params.uuid("id", id);
            chosen = format(format);
        } catch (ProblemException e) {
            throw Refusal.notFound("Request");
        }
        cases.requireExists(caseId);
        return download(ExportFilter.ofCase(caseId), chosen, "case-" + caseId);
    }

    /**
     * Every organisation's or activity's history the reader may export, as {@code GET
     * /exports/organisation-histories} and {@code /exports/activity-histories} without filters (the API
     * filters them); the same service, bytes and audit entries.
     */
    @GET
    @Path("/{kind:organisation-histories|activity-histories}")
    @Produces({ ExportFormat.JSONL_TYPE, MediaType.TEXT_HTML })
    @RolesAllowed({ Roles.AUDITOR, Roles.ADMIN })
    public Response exportGroups(@PathParam("kind") String kind) {
        GroupFilter filter = kind.startsWith("organisation") ? GroupFilter.organisations(null, null)
                : GroupFilter.activities(null, null, null, null);
        ExportService.Started export = groups.begin(currentActor.get(), currentActor.registryScope(), filter, null);
        return attachment(export, kind + "-" + LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    }

    @GET
    @Path("/verify")
    @RolesAllowed({ Roles.AUDITOR, Roles.ADMIN })
    public TemplateInstance verify() {
        ConsolePage page = pages.page();
        return ConsolePages.localized(Templates.verify(page, ExportVerifyPage.of(audit.publicKey().keyId(),
                ConsolePages.bundle(AuditMessages.class, page.language()))),
                page.language());
    }

    private Response download(ExportFilter filter, ExportFormat format, String name) {
        return attachment(exports.begin(currentActor.get(), filter, format, null), name);
    }

    private static Response attachment(ExportService.Started export, String name) {
        StreamingOutput body = export.body()::accept;
        ExportFormat format = export.format();
        return Response.ok(body, format.mediaType() + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"haven-" + name + "." + format.extension() + "\"")
                .header("X-Export-Id", export.id().toString()).header("Cache-Control", "no-store").build();
    }

    /** The form's format: JSON Lines unless CSV is chosen; anything else is refused as the API refuses it. */
    private static ExportFormat format(String format) {
        return format == null || format.isBlank() ? ExportFormat.JSONL : ExportFormat.named(format);
    }

    private TemplateInstance render(ConsoleForm form) {
        ConsolePage page = pages.page();
        AuditMessages m = ConsolePages.bundle(AuditMessages.class, page.language());
        form.label("from", m.export_from()).label("to", m.export_to()).label("status", m.export_status())
                .label("assistanceType", m.export_type()).label("fundId", m.export_fund())
                .label("format", m.export_format());
        return Templates.build(page, ExportForm.of(form,
                funds.list(null, null, new PageRequest(0, PageRequest.MAX_SIZE)).items(), pages.format()));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return ConsoleErrors.forbidden(pages);
    }

    @ServerExceptionMapper
    public Response unknownPath(jakarta.ws.rs.NotFoundException e) {
        return ConsoleErrors.refused(pages, Refusal.notFound("This page"));
    }

    @ServerExceptionMapper
    public Response refused(Refusal refusal) {
        return ConsoleErrors.refused(pages, refusal);
    }
}
