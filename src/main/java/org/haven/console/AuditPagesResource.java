package org.haven.console;

import java.time.Clock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.haven.audit.AuditFilter;
import org.haven.audit.AuditService;
import org.haven.audit.ChainVerification;
import org.haven.audit.Checkpoint;
import org.haven.audit.PublicKeyView;
import org.haven.shared.error.Refusal;
import org.haven.shared.paging.PageRequest;
import org.haven.shared.security.Roles;
import org.haven.shared.web.Params;
import org.haven.shared.web.ProblemException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;

/**
 * The auditor's audit pages: the log with the filters of {@code GET /audit} (read by the same
 * {@link AuditFilter#of}), the whole chain verified on demand as {@code GET /audit/verify} does, and the
 * signed checkpoint and public key as downloads holding the same JSON as {@code GET /audit/checkpoint}
 * and {@code GET /audit/public-key}. Auditors and admins, as the API.
 */
@Path("/console/audit")
@Produces(MediaType.TEXT_HTML)
public class AuditPagesResource {

    /** Entries per page of the log. */
    static final int PAGE_SIZE = 50;

    @CheckedTemplate(basePath = "console/audit")
    static class Templates {
        static native TemplateInstance log(ConsolePage page, AuditLogPage log, AuditKey key);

        static native TemplateInstance verification(ConsolePage page, ChainCheck check, AuditKey key);
    }

    /** The key that verifies checkpoints and exports, and the names its downloads take. */
    public record AuditKey(String keyId) {

        public String jsonFile() {
            return "haven-audit-key-" + keyId + ".json";
        }

        public String pemFile() {
            return "haven-audit-key-" + keyId + ".pem";
        }
    }

    /** The result of walking the chain, worded for the page. */
    public record ChainCheck(boolean valid, String entries, String headSeq, String headHash, String firstBrokenSeq,
            String problem, String checkedAt) {
    }

    private final AuditService audit;
    private final ConsolePages pages;
    private final Clock clock;

    AuditPagesResource(AuditService audit, ConsolePages pages, Clock clock) {
        this.audit = audit;
        this.pages = pages;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({ Roles.AUDITOR, Roles.ADMIN })
    public Response log(@QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
            @QueryParam("caseId") String caseId, @QueryParam("actor") String actor,
            @QueryParam("action") String action, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") String pageIndex) {
        ConsoleForm form = ConsoleForm.empty().with("entityType", entityType).with("entityId", entityId)
                .with("caseId", caseId).with("actor", actor).with("action", action).with("from", from).with("to", to);
        AuditFilter filter;
        PageRequest paging;
        try {
            filter = AuditFilter.of(entityType, entityId, caseId, actor, action, from, to);
            paging = new PageRequest(Params.intValue("page", pageIndex, 0, 0, PageRequest.MAX_PAGE), PAGE_SIZE);
        } catch (ProblemException e) {
            pages.formErrors().edge(e, form);
            return ConsoleDownloads.html(422, render(AuditLogPage.refused(form)), pages.language());
        }
        AuditLogPage log = AuditLogPage.of(form, audit.list(filter, true, paging), pages.format());
        return ConsoleDownloads.html(200, render(log), pages.language());
    }

    /** Walks the whole chain now, as {@code GET /audit/verify}: it reads every entry, so only on request. */
    @GET
    @Path("/verification")
    @RolesAllowed({ Roles.AUDITOR, Roles.ADMIN })
    public TemplateInstance verification() {
        ChainVerification result = audit.verify();
        ConsoleFormat format = pages.format();
        ChainCheck check = new ChainCheck(result.valid(), format.number(result.entries()),
                format.number(result.headSeq()), result.headHash(),
                result.firstBrokenSeq() == null ? null : format.number(result.firstBrokenSeq()), result.problem(),
                format.dateTime(clock.instant()));
        ConsolePage page = pages.page();
        return ConsolePages.localized(Templates.verification(page, check, key()), page.language());
    }

    /** A new signed checkpoint, to keep outside Haven: the JSON of {@code GET /audit/checkpoint}, as a file. */
    @GET
    @Path("/checkpoint")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.AUDITOR, Roles.ADMIN })
    public Response checkpoint() {
        Checkpoint checkpoint = audit.checkpoint();
        // signedAt is UTC: the file is named for the day it was signed, wherever the auditor is
        String day = checkpoint.signedAt().substring(0, checkpoint.signedAt().indexOf('T'));
        return ConsoleDownloads.attachment(checkpoint, MediaType.APPLICATION_JSON_TYPE,
                "haven-checkpoint-" + day + "-" + checkpoint.seq() + ".json");
    }

    /** The public key: the JSON of {@code GET /audit/public-key}, or ({@code format=pem}) its PEM alone. */
    @GET
    @Path("/public-key")
    @Produces({ MediaType.APPLICATION_JSON, ConsoleDownloads.PEM })
    @RolesAllowed({ Roles.AUDITOR, Roles.ADMIN })
    public Response publicKey(@QueryParam("format") String format) {
        PublicKeyView key = audit.publicKey();
        AuditKey names = new AuditKey(key.keyId());
        if ("pem".equals(format)) {
            return ConsoleDownloads.attachment(key.publicKeyPem(), MediaType.valueOf(ConsoleDownloads.PEM),
                    names.pemFile());
        }
        return ConsoleDownloads.attachment(key, MediaType.APPLICATION_JSON_TYPE, names.jsonFile());
    }

    private AuditKey key() {
        return new AuditKey(audit.publicKey().keyId());
    }

    private TemplateInstance render(AuditLogPage log) {
        ConsolePage page = pages.page();
        AuditMessages m = ConsolePages.bundle(AuditMessages.class, page.language());
        log.form().label("entityType", m.label_entity_type()).label("entityId", m.label_entity_id())
                .label("caseId", m.label_case_id()).label("actor", m.label_actor()).label("action", m.label_action())
                .label("from", m.label_from()).label("to", m.label_to()).label("page", m.paging_label());
        return Templates.log(page, log, key());
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
