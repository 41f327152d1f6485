package org.haven.console;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.haven.audit.AuditEntryView;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Audit entries as the auditor's pages show them, in the reader's language: when, who and as what, the
 * action, the entity (linked to its page when it is a case or a defender), the reason, and each changed
 * field with its before and after values exactly as the API gives them. A sensitive field carries no value
 * in the log (only that it changed), so none can be shown. Wording only; the entries come from the services.
 */
public record AuditRows(List<Row> rows) {

    /** One entry; {@code href} is null when the entity has no page of its own. */
    public record Row(long seq, String time, String timeIso, String actorName, String actorSubject, String roles,
            String action, String entityType, String entityId, String href, String caseHref, String reason,
            List<Change> changes) {
    }

    /** One changed field: its before and after values, or, for a sensitive one, only that it changed. */
    public record Change(String field, String before, String after, boolean sensitive) {
    }

    static AuditRows of(List<AuditEntryView> entries, ConsoleFormat format) {
        CaseMessages cases = ConsolePages.bundle(CaseMessages.class, format.language());
        AuditMessages m = ConsolePages.bundle(AuditMessages.class, format.language());
        List<Row> rows = new ArrayList<>();
        for (AuditEntryView e : entries) {
            Instant at = Instant.parse(e.occurredAt());
            rows.add(new Row(e.seq(), format.dateTime(at), at.toString(), e.actorName(), e.actorSubject(),
                    CasePageReader.roles(e.actorRoles(), format.messages(), cases), e.action(), e.entityType(),
                    e.entityId(), href(e.entityType(), e.entityId()), e.caseId() == null ? null : caseHref(e.caseId()),
                    e.reason(), changes(e.changes(), m)));
        }
        return new AuditRows(rows);
    }

    /** Newest first, as the case timeline: what happened last is what the reader most often looks for. */
    static AuditRows newestFirst(List<AuditEntryView> oldestFirst, ConsoleFormat format) {
        List<AuditEntryView> entries = new ArrayList<>(oldestFirst);
        java.util.Collections.reverse(entries);
        return of(entries, format);
    }

    private static String href(String entityType, String entityId) {
        return switch (entityType) {
            case "request" -> "/console/cases/" + entityId;
            case "defender" -> "/console/defenders/" + entityId;
            case "follow-up" -> "/console/follow-ups/" + entityId;
            default -> null;
        };
    }

    private static String caseHref(UUID caseId) {
        return "/console/cases/" + caseId;
    }

    private static List<Change> changes(JsonNode changes, AuditMessages m) {
        if (changes == null || !changes.isObject()) {
            return List.of();
        }
        List<Change> list = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = changes.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode values = field.getValue();
            if (values.path("sensitive").asBoolean(false)) {
                list.add(new Change(field.getKey(), null, null, true));
            } else {
                list.add(new Change(field.getKey(), value(values.get("before"), m), value(values.get("after"), m),
                        false));
            }
        }
        return list;
    }

    /** A value as the API shows it: text as is, anything else as its JSON; none when absent or null. */
    private static String value(JsonNode node, AuditMessages m) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return m.change_none();
        }
        return node.isTextual() ? node.asText() : node.toString();
    }
}
