package org.haven.console;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.haven.followup.FollowUpView;
import org.haven.shared.paging.Page;

/**
 * The follow-up queue's content, already in the reader's language: the rows in the service's order
 * (earliest due first, so the overdue lead), the time left or overdue in days, and the links of the pager.
 */
public record FollowUpQueue(String count, List<Row> rows, String pageOf, String previous, String next) {

    /** caseReference is null when the case itself is not visible to the reader (a follow-up assigned across teams). */
    public record Row(UUID id, String type, String dueOn, String dueIso, String time, boolean overdue, UUID caseId,
            String caseReference, String assigned) {
    }

    static FollowUpQueue of(Page<FollowUpView> page, Function<UUID, String> references, String me, LocalDate today,
            ConsoleFormat format, GrantMessages m) {
        Map<UUID, String> seen = new HashMap<>();
        List<Row> rows = page.items().stream().map(f -> new Row(f.id(), GrantLabels.type(f.type(), m),
                GrantPageForms.date(f.dueOn(), format.language()), f.dueOn().toString(),
                time(f.dueOn(), today, format, m), f.overdue(), f.requestId(),
                seen.computeIfAbsent(f.requestId(), references), assigned(f.assignedOfficer(), me, format)))
                .toList();
        String pageOf = page.totalPages() > 1
                ? m.page_of(format.number(page.page() + 1L), format.number(page.totalPages()))
                : null;
        String previous = page.page() > 0 ? "/console/follow-ups?page=" + (page.page() - 1) : null;
        String next = page.page() + 1L < page.totalPages() ? "/console/follow-ups?page=" + (page.page() + 1) : null;
        return new FollowUpQueue(m.queue_count(format.number(page.totalItems())), rows, pageOf, previous, next);
    }

    /** Days, since follow-ups are due on a date: "Due today", "Days left: 3", "Days overdue: 2". */
    static String time(LocalDate dueOn, LocalDate today, ConsoleFormat format, GrantMessages m) {
        long days = ChronoUnit.DAYS.between(today, dueOn);
        if (days == 0) {
            return m.due_today();
        }
        return days > 0 ? m.days_left(format.number(days)) : m.days_overdue(format.number(-days));
    }

    static String assigned(String officer, String me, ConsoleFormat format) {
        if (officer == null) {
            return format.messages().assigned_nobody();
        }
        return officer.equals(me) ? format.messages().assigned_you() : officer;
    }

    static String dateTime(Instant instant, ConsoleFormat format) {
        return instant == null ? null : format.dateTime(instant);
    }
}
