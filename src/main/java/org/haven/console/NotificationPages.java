package org.haven.console;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.haven.notification.NotificationKind;
import org.haven.notification.NotificationPreferences;
import org.haven.notification.NotificationView;
import org.haven.shared.paging.Page;

/**
 * The notification pages' content, already in the reader's language: the list with its filter and pager,
 * and the preferences form's choices. Wording only; every rule stays in {@code NotificationService}.
 */
final class NotificationPages {

    /** A link the console may follow: one of its own paths, nothing else (never another site or scheme). */
    private static final Pattern CONSOLE_PATH = Pattern.compile("/console/[A-Za-z0-9/_-]*");

    /** Zones offered while typing (a datalist): those of the people Haven serves first, then a few more. */
    static final List<String> COMMON_ZONES = List.of("Asia/Kabul", "UTC", "Asia/Tehran", "Asia/Karachi",
            "Asia/Dushanbe", "Asia/Tashkent", "Asia/Dubai", "Europe/Istanbul", "Europe/Berlin", "Europe/Paris",
            "Europe/London", "America/New_York", "America/Toronto", "Australia/Sydney");

    private NotificationPages() {
    }

    /** The list page: rows newest first, the filter, the pager, and what was just done (or null). */
    record ListPage(List<Row> rows, boolean unreadOnly, String unread, boolean anyUnread, String pageOf,
            String previous, String next, int page, String done) {
    }

    /** One notification: link is null unless it is a console path. */
    record Row(UUID id, String kind, String reference, String link, String deadline, String deadlineIso,
            String received, String receivedIso, boolean read) {
    }

    /** A choice of a select: its value and its label. */
    record Choice(String value, String label) {
    }

    static ListPage list(Page<NotificationView> page, boolean unreadOnly, long unread, String done,
            ConsoleFormat format, NotificationMessages m) {
        List<Row> rows = page.items().stream().map(n -> new Row(n.id(), kind(n.kind(), m), n.reference(),
                link(n.link()), n.deadline() == null ? m.no_deadline() : format.dateTime(n.deadline()),
                n.deadline() == null ? null : n.deadline().toString(), format.dateTime(n.createdAt()),
                n.createdAt().toString(), n.read())).toList();
        String pageOf = page.totalPages() > 1 ? m.page_of(format.number(page.page() + 1L), format.number(page.totalPages()))
                : null;
        String previous = page.page() > 0 ? path(unreadOnly, page.page() - 1, null) : null;
        String next = page.page() + 1L < page.totalPages() ? path(unreadOnly, page.page() + 1, null) : null;
        return new ListPage(rows, unreadOnly, m.unread_count(format.number(unread)), unread > 0, pageOf, previous, next,
                page.page(), done);
    }

    /** The list's address with its filter and page, and what was just done ("one", "all") for the notice. */
    static String path(boolean unreadOnly, int page, String done) {
        StringBuilder query = new StringBuilder();
        if (unreadOnly) {
            query.append("&unread=true");
        }
        if (page > 0) {
            query.append("&page=").append(page);
        }
        if (done != null) {
            query.append("&done=").append(done);
        }
        return ConsoleNav.NOTIFICATIONS + (query.isEmpty() ? "" : "?" + query.substring(1));
    }

    static String link(String link) {
        return link != null && CONSOLE_PATH.matcher(link).matches() && !link.contains("//") ? link : null;
    }

    static String kind(NotificationKind kind, NotificationMessages m) {
        return switch (kind) {
            case CASE_ASSIGNED -> m.kind_case_assigned();
            case DEADLINE_NEAR -> m.kind_deadline_near();
            case DEADLINE_PASSED -> m.kind_deadline_passed();
            case IMMEDIATE_UNASSESSED -> m.kind_immediate_unassessed();
            case APPROVAL_WAITING -> m.kind_approval_waiting();
            case SECOND_APPROVAL_OVERDUE -> m.kind_second_approval_overdue();
            case GRANT_APPROVED -> m.kind_grant_approved();
            case GRANT_REJECTED -> m.kind_grant_rejected();
            case FOLLOW_UP_DUE -> m.kind_follow_up_due();
            case FOLLOW_UP_MISSED -> m.kind_follow_up_missed();
            case RISK_CRITICAL -> m.kind_risk_critical();
            case FORCED_RETURN_RISK -> m.kind_forced_return_risk();
        };
    }

    /** The preferences as the form shows them first. */
    static ConsoleForm form(NotificationPreferences p) {
        ConsoleForm form = ConsoleForm.empty().with("timeZone", p.timeZone()).with("quietFrom", p.quietFrom())
                .with("quietUntil", p.quietUntil())
                .with("digestHour", p.digestHour() == null ? null : p.digestHour().toString());
        return Boolean.TRUE.equals(p.emailEnabled()) ? form.with("emailEnabled", "true") : form;
    }

    static ConsoleForm labelled(ConsoleForm form, NotificationMessages m) {
        return form.label("emailEnabled", m.email_label()).label("timeZone", m.time_zone_label())
                .label("quietFrom", m.quiet_from_label()).label("quietUntil", m.quiet_until_label())
                .label("digestHour", m.digest_label());
    }

    /** The digest hours: none, then 00:00 to 23:00 in the reader's digits. */
    static List<Choice> digestHours(Language language, NotificationMessages m) {
        DateTimeFormatter hour = DateTimeFormatter.ofPattern("HH:mm").withDecimalStyle(DecimalStyle.of(language.formats));
        return IntStream.rangeClosed(-1, 23).mapToObj(h -> h < 0 ? new Choice("", m.digest_none())
                : new Choice(Integer.toString(h), hour.format(LocalTime.of(h, 0)))).toList();
    }
}
