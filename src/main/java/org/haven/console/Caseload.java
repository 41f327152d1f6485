package org.haven.console;

import java.time.Instant;
import java.util.List;

import org.haven.request.RequestStatus;
import org.haven.request.RequestSummary;
import org.haven.request.Urgency;
import org.haven.shared.paging.Page;

/**
 * The caseload page's content, already in the reader's language: sections of rows as the request queue
 * returned them (its order, its overdue flag). Only wording and formatting happen here.
 */
public record Caseload(String asOf, List<Section> sections) {

    public record Section(String id, String heading, String count, String more, List<Row> rows) {
    }

    /** One case; {@code id} makes the link to its page. */
    public record Row(String id, String reference, String urgency, boolean immediate, String status, String deadline,
            String deadlineIso, String timeLeft, boolean overdue, String assigned, String summary) {
    }

    static Section section(String id, String heading, Page<RequestSummary> page, String me, ConsoleFormat format,
            Instant now) {
        ConsoleMessages msg = format.messages();
        List<Row> rows = page.items().stream().map(r -> new Row(r.id().toString(), r.reference(), urgency(r.urgency(), msg),
                r.urgency() == Urgency.IMMEDIATE, status(r.status(), msg), format.dateTime(r.decisionDeadline()),
                r.decisionDeadline().toString(), format.timeLeft(r.decisionDeadline(), now), r.overdue(),
                r.assignedOfficer() == null ? msg.assigned_nobody()
                        : r.assignedOfficer().equals(me) ? msg.assigned_you() : msg.assigned_other(),
                r.summary())).toList();
        String more = page.totalItems() > rows.size()
                ? msg.section_more(format.number(rows.size()), format.number(page.totalItems()))
                : null;
        return new Section(id, heading, msg.section_count(format.number(page.totalItems())), more, rows);
    }

    static String urgency(Urgency urgency, ConsoleMessages msg) {
        return switch (urgency) {
            case IMMEDIATE -> msg.urgency_immediate();
            case URGENT -> msg.urgency_urgent();
            case STANDARD -> msg.urgency_standard();
        };
    }

    static String status(RequestStatus status, ConsoleMessages msg) {
        return switch (status) {
            case RECEIVED -> msg.status_received();
            case IN_ASSESSMENT -> msg.status_in_assessment();
            case SUPPORTED -> msg.status_supported();
            case DECLINED -> msg.status_declined();
            case REFERRED -> msg.status_referred();
            case WITHDRAWN -> msg.status_withdrawn();
            case CLOSED -> msg.status_closed();
        };
    }
}
