package org.haven.audit;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.haven.shared.security.Roles;
import org.haven.shared.web.ApiFormats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An audit entry as auditors read it: every field that enters the hash, plus the hashes.
 * {@code occurredAt} is exactly the text that was hashed (UTC, six fractional digits);
 * {@code changesText} is exactly the JSON text that was hashed, and {@code changes} the same,
 * parsed for reading (null if the stored text is not JSON, which verification then reports).
 *
 * <p>The published bounds hold because of how {@link AuditLog} writes entries: sequence numbers from
 * 1, the actor's Haven roles only, action names of {@link AuditAction}, entity types checked against
 * {@link AuditLog#ENTITY_TYPE_PATTERN}, entity ids that are UUIDs, the column lengths (V0002), and the
 * limits AuditLog enforces on reasons and on the JSON text of changes.
 */
public record AuditEntryView(
        @Schema(minimum = "1", maximum = "9223372036854775807") long seq,
        @Schema(format = "date-time", maxLength = ApiFormats.INSTANT_MAX_LENGTH) String occurredAt,
        @Schema(maxLength = COLUMN_LENGTH) String actorSubject,
        @Schema(maxLength = COLUMN_LENGTH) String actorName,
        @Schema(type = SchemaType.ARRAY, implementation = RoleName.class, maxItems = RoleName.COUNT)
        List<String> actorRoles,
        @Schema(type = SchemaType.STRING, implementation = AuditAction.class) String action,
        @Schema(pattern = AuditLog.ENTITY_TYPE_PATTERN, maxLength = AuditLog.ENTITY_TYPE_MAX_LENGTH) String entityType,
        @Schema(format = "uuid", maxLength = ApiFormats.UUID_LENGTH) String entityId,
        @Schema(nullable = true) UUID caseId,
        @Schema(nullable = true, maxLength = AuditLog.REASON_MAX_LENGTH) String reason,
        @Schema(nullable = true, description = "changesText parsed: each changed field with its before "
                + "and after value (sensitive fields only by name)") JsonNode changes,
        @Schema(nullable = true, maxLength = AuditLog.CHANGES_MAX_LENGTH, contentMediaType = "application/json")
        String changesText,
        @Schema(pattern = ApiFormats.SHA256_HEX_PATTERN, maxLength = 64) String prevHash,
        @Schema(pattern = ApiFormats.SHA256_HEX_PATTERN, maxLength = 64) String hash) {

    /** actor_subject and actor_name are varchar(255). */
    static final int COLUMN_LENGTH = 255;

    /** How a role name in {@code actorRoles} is documented: one of {@link Roles#ALL}. */
    @Schema(name = "RoleName", type = SchemaType.STRING, enumeration = { Roles.PROTECTION_OFFICER,
        Roles.PROGRAMME_MANAGER, Roles.AUDITOR, Roles.ADMIN })
    static final class RoleName {

        static final int COUNT = 4;

        private RoleName() {
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.seq(), AuditHash.time(e.occurredAt()), e.actorSubject(), e.actorName(),
                e.actorRoles().isEmpty() ? List.of() : List.of(e.actorRoles().split(",")), e.action(), e.entityType(),
                e.entityId(), e.caseId(), e.reason(), parse(e.changes()), e.changes(), e.prevHash(), e.hash());
    }

    private static JsonNode parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
