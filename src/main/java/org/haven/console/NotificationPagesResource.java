package org.haven.console;

import java.util.List;

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

import org.haven.notification.NotificationPreferences;
import org.haven.notification.NotificationService;
import org.haven.notification.NotificationView;
import org.haven.shared.error.Refusal;
import org.haven.shared.paging.Page;
import org.haven.shared.paging.PageRequest;
import org.haven.shared.security.Roles;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;

/**
 * One's own notifications and e-mail preferences, for every role: the same {@link NotificationService} as
 * {@code /notifications}, so the list is by the reader's subject only and another's notification is the
 * console's 404. Marking read and saving are plain forms answered by a redirect (post-redirect-get).
 */
@Path("/console/notifications")
@Produces(MediaType.TEXT_HTML)
public class NotificationPagesResource {

    @CheckedTemplate(basePath = "console/notifications")
    static class Templates {
        static native TemplateInstance list(ConsolePage page, NotificationPages.ListPage list);

        static native TemplateInstance preferences(ConsolePage page, ConsoleForm form, boolean saved,
                List<String> zones, List<NotificationPages.Choice> hours);
    }

    private final NotificationService notifications;
    private final ConsolePages pages;
    private final ConsoleCsrf csrf;
    private final Validator validator;

    NotificationPagesResource(NotificationService notifications, ConsolePages pages, ConsoleCsrf csrf,
            Validator validator) {
        this.notifications = notifications;
        this.pages = pages;
        this.csrf = csrf;
        this.validator = validator;
    }

    @GET
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR, Roles.ADMIN })
    public Response list(@QueryParam("unread") String unread, @QueryParam("page") String pageIndex,
            @QueryParam("done") String done) {
        boolean unreadOnly = "true".equals(unread);
        int index = ConsolePages.pageIndex(pageIndex);
        Page<NotificationView> mine = notifications.mine(unreadOnly, new PageRequest(index, PageRequest.DEFAULT_SIZE));
        if (mine.items().isEmpty() && index > 0) {
            // past the end, e.g. the last unread of the last page just marked read: the last page there is
            String kept = "one".equals(done) || "all".equals(done) ? done : null;
            return GrantPageForms.seeOther(NotificationPages.path(unreadOnly,
                    (int) Math.max(0, Math.min(index, mine.totalPages()) - 1), kept));
        }
        ConsolePage page = pages.page();
        NotificationMessages m = messages(page);
        String notice = "one".equals(done) ? m.marked_one() : "all".equals(done) ? m.marked_all() : null;
        NotificationPages.ListPage list = NotificationPages.list(mine, unreadOnly, pages.unreadCount(), notice,
                pages.format(), m);
        return GrantPageForms.page(200, ConsolePages.localized(Templates.list(page, list), page.language()));
    }

    @POST
    @Path("/{id}/read")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response markRead(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        if (!csrf.accepts(posted.getFirst(CsrfTokens.FIELD))) {
            return ConsoleErrors.formRefused(pages);
        }
        notifications.markRead(ConsolePages.recordId(id, "Notification"));
        return back(posted, "one");
    }

    @POST
    @Path("/read")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response markAllRead(MultivaluedMap<String, String> posted) {
        if (!csrf.accepts(posted.getFirst(CsrfTokens.FIELD))) {
            return ConsoleErrors.formRefused(pages);
        }
        notifications.markAllRead();
        return back(posted, "all");
    }

    @GET
    @Path("/preferences")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR, Roles.ADMIN })
    public Response preferences(@QueryParam("saved") String saved) {
        return preferencesPage(200, NotificationPages.form(notifications.preferences()), "true".equals(saved));
    }

    @POST
    @Path("/preferences")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changePreferences(MultivaluedMap<String, String> posted) {
        if (!csrf.accepts(posted.getFirst(CsrfTokens.FIELD))) {
            return ConsoleErrors.formRefused(pages);
        }
        ConsoleForm form = ConsoleForm.of(posted);
        FormErrors errors = pages.formErrors();
        Integer digestHour = null;
        String hour = form.value("digestHour");
        if (hour != null) {
            if (hour.matches("\\d{1,2}")) {
                digestHour = Integer.valueOf(hour);
            } else {
                errors.invalid("digestHour", form);
            }
        }
        NotificationPreferences wanted = new NotificationPreferences(form.has("emailEnabled", "true"),
                form.value("timeZone"), form.value("quietFrom"), form.value("quietUntil"), digestHour);
        if (!errors.validate(validator, wanted, form) || form.hasErrors()) {
            return preferencesPage(422, form, false);
        }
        try {
            notifications.changePreferences(wanted);
            return GrantPageForms.seeOther(ConsoleNav.NOTIFICATIONS + "/preferences?saved=true");
        } catch (Refusal refusal) {
            errors.refused(refusal, form);
            return preferencesPage(GrantPageForms.status(refusal), form, false);
        }
    }

    private Response preferencesPage(int status, ConsoleForm form, boolean saved) {
        ConsolePage page = pages.page();
        NotificationMessages m = messages(page);
        NotificationPages.labelled(form, m);
        return GrantPageForms.page(status, ConsolePages.localized(Templates.preferences(page, form, saved,
                NotificationPages.COMMON_ZONES, NotificationPages.digestHours(page.language(), m)), page.language()));
    }

    /** Back to the list as the reader left it (filter and page, read from the form, never a posted address). */
    private static Response back(MultivaluedMap<String, String> posted, String done) {
        return GrantPageForms.seeOther(NotificationPages.path("true".equals(posted.getFirst("unread")),
                ConsolePages.pageIndex(posted.getFirst("page")), done));
    }

    private static NotificationMessages messages(ConsolePage page) {
        return ConsolePages.bundle(NotificationMessages.class, page.language());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return ConsoleErrors.forbidden(pages);
    }

    /** A path that names no notification: the console's "not found" page, not the API's JSON. */
    @ServerExceptionMapper
    public Response unknownPath(jakarta.ws.rs.NotFoundException e) {
        return ConsoleErrors.refused(pages, Refusal.notFound("This record"));
    }

    @ServerExceptionMapper
    public Response refused(Refusal refusal) {
        return ConsoleErrors.refused(pages, refusal);
    }
}
