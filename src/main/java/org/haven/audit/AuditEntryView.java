package org.haven.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * An audit entry as auditors read it: every field that enters the hash, plus the hashes. The
 * {@code changes} field is the exact JSON text that was hashed.
 */
public record AuditEntryView(long seq, Instant occurredAt, String actorSubject, String actorName,
        List<String> actorRoles, String action, String entityType, String entityId, UUID caseId, String reason,
        @JsonRawValue String changes, String prevHash, String hash) {

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.seq(), e.occurredAt(), e.actorSubject(), e.actorName(),
                e.actorRoles().isEmpty() ? List.of() : List.of(e.actorRoles().split(",")), e.action(), e.entityType(),
                e.entityId(), e.caseId(), e.reason(), e.changes(), e.prevHash(), e.hash());
    }
}
