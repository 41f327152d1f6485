package org.haven.audit;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

import org.haven.shared.web.Params;
import org.haven.shared.web.ProblemException;

/** Filters of the audit list; null means "any". {@code to} is exclusive. */
public record AuditFilter(String entityType, String entityId, UUID caseId, String actor, AuditAction action,
        Instant from, Instant to) {

    /** The longest actor subject searched for (actor_subject is varchar(255)). */
    public static final int ACTOR_MAX_LENGTH = AuditEntryView.COLUMN_LENGTH;

    private static final Pattern ENTITY_TYPE = Pattern.compile(AuditLog.ENTITY_TYPE_PATTERN);

    /**
     * The filters as {@code GET /audit} reads its query parameters, for the API and the console alike: a
     * bad value is refused naming its parameter (blank means "any").
     */
    public static AuditFilter of(String entityType, String entityId, String caseId, String actor, String action,
            String from, String to) {
        UUID entity = Params.uuid("entityId", entityId);
        return new AuditFilter(entityType(entityType), entity == null ? null : entity.toString(),
                Params.uuid("caseId", caseId), Params.text("actor", actor, ACTOR_MAX_LENGTH),
                Params.enumValue("action", action, AuditAction.class), Params.instant("from", from),
                Params.instant("to", to));
    }

    private static String entityType(String raw) {
        String value = Params.text("entityType", raw, AuditLog.ENTITY_TYPE_MAX_LENGTH);
        if (value != null && !ENTITY_TYPE.matcher(value).matches()) {
            throw ProblemException.badParameter("entityType", "must be a lower-case name such as defender");
        }
        return value;
    }
}
