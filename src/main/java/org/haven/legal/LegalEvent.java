package org.haven.legal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.haven.shared.error.Refusal;
import org.haven.shared.privacy.Sensitive;
import org.haven.shared.security.Actor;

/**
 * One entry of a defender's legal-status timeline. Never changed once recorded, never deleted: an entry made
 * in error is retracted with a reason and stays visible as retracted. The note is sealed with the defender's
 * data key; the host country is a quasi-identifier, recorded in the audit log only as "changed" and blanked
 * on erasure.
 */
@Entity
@Table(name = "legal_event")
class LegalEvent {

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(name = "defender_id", nullable = false, updatable = false)
    private UUID defenderId;

    /** The defender's team (need-to-know). */
    @Column(nullable = false, updatable = false)
    private String team;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private LegalEventKind kind;

    @Column(name = "occurred_on", nullable = false, updatable = false)
    private LocalDate occurredOn;

    @Column(name = "host_country")
    private String hostCountry;

    @Sensitive
    private byte[] note;

    /** Order of recording, from a database sequence (unique across replicas). */
    @Column(name = "recorded_seq", nullable = false, updatable = false)
    private long recordedSeq;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "retracted_at")
    private Instant retractedAt;

    @Column(name = "retracted_by")
    private String retractedBy;

    @Column(name = "retraction_reason")
    private String retractionReason;

    protected LegalEvent() {
        // for JPA
    }

    static LegalEvent record(UUID defenderId, String team, LegalEventKind kind, LocalDate occurredOn,
            String hostCountry, byte[] sealedNote, long recordedSeq, Actor actor, Instant now) {
        LegalEvent e = new LegalEvent();
        e.id = UUID.randomUUID();
        e.defenderId = defenderId;
        e.team = team;
        e.kind = kind;
        e.occurredOn = occurredOn;
        e.hostCountry = hostCountry;
        e.note = sealedNote;
        e.recordedSeq = recordedSeq;
        e.recordedAt = now;
        e.recordedBy = actor.subject();
        return e;
    }

    void retract(String reason, Actor actor, Instant now) {
        if (retractedAt != null) {
            throw Refusal.conflict("legal-event-retracted", "The event is already retracted.");
        }
        retractedAt = now;
        retractedBy = actor.subject();
        retractionReason = reason.trim();
    }

    /** Erasure: the note is already unreadable (key destroyed); blank it and the host country. */
    void eraseIdentifyingData() {
        note = null;
        hostCountry = null;
        retractionReason = retractionReason == null ? null : "(erased)";
    }

    /** The pure form the timeline rules work on. */
    LegalTimeline.Entry entry() {
        return new LegalTimeline.Entry(id, kind, occurredOn,
                LocalDate.ofInstant(recordedAt, java.time.ZoneOffset.UTC), recordedSeq, retractedAt != null);
    }

    UUID id() {
        return id;
    }

    UUID defenderId() {
        return defenderId;
    }

    String team() {
        return team;
    }

    LegalEventKind kind() {
        return kind;
    }

    LocalDate occurredOn() {
        return occurredOn;
    }

    String hostCountry() {
        return hostCountry;
    }

    byte[] note() {
        return note;
    }

    long recordedSeq() {
        return recordedSeq;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    String recordedBy() {
        return recordedBy;
    }

    Instant retractedAt() {
        return retractedAt;
    }

    String retractionReason() {
        return retractionReason;
    }
}
