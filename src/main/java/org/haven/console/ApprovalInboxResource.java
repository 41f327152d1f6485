package org.haven.console;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.haven.grant.ApprovalInbox;
import org.haven.shared.error.Refusal;
import org.haven.shared.paging.PageRequest;
import org.haven.shared.security.Roles;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;

/**
 * A programme manager's approval inbox: the grants waiting for their decision (never their own
 * proposals, never those they already approved), oldest first, each with what approving it would do to
 * its fund and to the defender's cap ({@link ApprovalInbox}, the grant domain's read).
 */
@Path("/console/approvals")
@Produces(MediaType.TEXT_HTML)
public class ApprovalInboxResource {

    /** Grants per page of the inbox. */
    static final int PAGE_SIZE = PageRequest.DEFAULT_SIZE;

    @CheckedTemplate(basePath = "console/approvals")
    static class Templates {
        static native TemplateInstance inbox(ConsolePage page, ApprovalPages.Inbox inbox);
    }

    private final ApprovalInbox inbox;
    private final ApprovalPageReader reader;
    private final ConsolePages pages;

    ApprovalInboxResource(ApprovalInbox inbox, ApprovalPageReader reader, ConsolePages pages) {
        this.inbox = inbox;
        this.reader = reader;
        this.pages = pages;
    }

    @GET
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    public TemplateInstance inbox(@QueryParam("page") String pageIndex) {
        int index = ConsolePages.pageIndex(pageIndex);
        ConsolePage page = pages.page();
        ApprovalPages.Inbox view = reader.inbox(inbox.awaitingMyDecision(new PageRequest(index, PAGE_SIZE)),
                pages.format());
        return ConsolePages.localized(Templates.inbox(page, view), page.language());
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
