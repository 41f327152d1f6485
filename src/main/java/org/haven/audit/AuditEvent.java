package org.haven.audit;

import java.util.UUID;

import org.haven.shared.security.Actor;

/**
 * A decision or change to record: who did what to which record (and which case), why, and what
 * changed. Build it in the service, in the transaction that makes the change.
 */
public record AuditEvent(Actor actor, AuditAction action, String entityType, UUID entityId, UUID caseId,
        String reason, Changes changes) {

    public static AuditEvent of(Actor actor, AuditAction action, String entityType, UUID entityId) {
        return new AuditEvent(actor, action, entityType, entityId, null, null, Changes.none());
    }

    public AuditEvent inCase(UUID caseId) {
        return new AuditEvent(actor, action, entityType, entityId, caseId, reason, changes);
    }

    public AuditEvent because(String reason) {
        return new AuditEvent(actor, action, entityType, entityId, caseId, reason, changes);
    }

    public AuditEvent with(Changes changes) {
        return new AuditEvent(actor, action, entityType, entityId, caseId, reason, changes);
    }
}
