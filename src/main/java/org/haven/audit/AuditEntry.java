package org.haven.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One link of the audit chain. Written once, never changed (the database refuses it too). */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    private long seq;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_subject", nullable = false)
    private String actorSubject;

    @Column(name = "actor_name", nullable = false)
    private String actorName;

    @Column(name = "actor_roles", nullable = false)
    private String actorRoles;

    @Column(nullable = false)
    private String action;

    @Column(name = "entity_type", nullable = false)
    private String entityType;

    @Column(name = "entity_id", nullable = false)
    private String entityId;

    @Column(name = "case_id")
    private UUID caseId;

    private String reason;

    private String changes;

    @Column(name = "prev_hash", nullable = false)
    private String prevHash;

    @Column(nullable = false)
    private String hash;

    protected AuditEntry() {
        // for JPA
    }

    AuditEntry(long seq, Instant occurredAt, String actorSubject, String actorName, String actorRoles,
            AuditAction action, String entityType, String entityId, UUID caseId, String reason, String changes,
            String prevHash) {
        this.seq = seq;
        this.occurredAt = occurredAt;
        this.actorSubject = actorSubject;
        this.actorName = actorName;
        this.actorRoles = actorRoles;
        this.action = action.name();
        this.entityType = entityType;
        this.entityId = entityId;
        this.caseId = caseId;
        this.reason = reason;
        this.changes = changes;
        this.prevHash = prevHash;
        this.hash = computeHash();
    }

    /** Recomputes this entry's hash from its fields and prev_hash, as a verifier would. */
    String computeHash() {
        return AuditHash.hash(prevHash, AuditHash.canonical(seq, occurredAt, actorSubject, actorName, actorRoles,
                action, entityType, entityId, caseId == null ? null : caseId.toString(), reason, changes));
    }

    long seq() {
        return seq;
    }

    Instant occurredAt() {
        return occurredAt;
    }

    String actorSubject() {
        return actorSubject;
    }

    String actorName() {
        return actorName;
    }

    String actorRoles() {
        return actorRoles;
    }

    String action() {
        return action;
    }

    String entityType() {
        return entityType;
    }

    String entityId() {
        return entityId;
    }

    UUID caseId() {
        return caseId;
    }

    String reason() {
        return reason;
    }

    String changes() {
        return changes;
    }

    String prevHash() {
        return prevHash;
    }

    String hash() {
        return hash;
    }
}
