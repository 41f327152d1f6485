package org.haven.audit;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An audit entry as auditors read it: every field that enters the hash, plus the hashes.
 * {@code occurredAt} is exactly the text that was hashed (UTC, six fractional digits);
 * {@code changesText} is exactly the JSON text that was hashed, and {@code changes} the same,
 * parsed for reading (null if the stored text is not JSON, which verification then reports).
 */
public record AuditEntryView(long seq, String occurredAt, String actorSubject, String actorName,
        List<String> actorRoles, String action, String entityType, String entityId, UUID caseId, String reason,
        JsonNode changes, String changesText, String prevHash, String hash) {

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
