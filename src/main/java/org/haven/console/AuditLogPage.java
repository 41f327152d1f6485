package org.haven.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditEntryView;
import org.haven.audit.AuditFilter;
import org.haven.shared.paging.Page;

/**
 * The audit log page's content: the filter form as filled in (the API's parameter names), and one page of
 * entries, newest first, with links to the previous and next page that keep the filters. A refused filter
 * shows the form with its problems and no entries.
 */
public record AuditLogPage(ConsoleForm form, List<String> actions, boolean searched, String count, String pageLabel,
        String previous, String next, AuditRows entries) {

    /** The query parameters of GET /audit that the form offers, in the order of the form. */
    static final List<String> FIELDS = List.of("entityType", "entityId", "caseId", "actor", "action", "from", "to");

    /** For the actor input's maxlength. */
    public int actorMaxLength() {
        return AuditFilter.ACTOR_MAX_LENGTH;
    }

    static AuditLogPage refused(ConsoleForm form) {
        return new AuditLogPage(form, actionNames(), false, null, null, null, null, new AuditRows(List.of()));
    }

    static AuditLogPage of(ConsoleForm form, Page<AuditEntryView> page, ConsoleFormat format) {
        AuditMessages m = ConsolePages.bundle(AuditMessages.class, format.language());
        String pageLabel = page.totalPages() > 1
                ? m.paging_page(format.number(page.page() + 1L), format.number(page.totalPages()))
                : null;
        String previous = page.page() > 0 ? link(form, page.page() - 1) : null;
        String next = page.page() + 1L < page.totalPages() ? link(form, page.page() + 1) : null;
        return new AuditLogPage(form, actionNames(), true, m.log_count(format.number(page.totalItems())), pageLabel,
                previous, next, AuditRows.of(page.items(), format));
    }

    private static List<String> actionNames() {
        return Arrays.stream(AuditAction.values()).map(Enum::name).sorted().toList();
    }

    /** The same filters, another page. */
    private static String link(ConsoleForm form, int pageIndex) {
        StringBuilder link = new StringBuilder("/console/audit?");
        for (String field : FIELDS) {
            String value = form.value(field);
            if (value != null) {
                link.append(field).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
            }
        }
        return link.append("page=").append(pageIndex).toString();
    }
}
