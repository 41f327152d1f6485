package org.haven.audit;

import java.time.Instant;
import java.util.UUID;

/** Filters of the audit list; null means "any". {@code to} is exclusive. */
record AuditFilter(String entityType, String entityId, UUID caseId, String actor, AuditAction action, Instant from,
        Instant to) {
}
