package org.haven.activity;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.haven.defender.Gender;
import org.haven.shared.security.Actor;

/**
 * A defender taking part in an activity. Their gender is kept as they gave it when they joined, for
 * counts without names; whether they may be listed is their consent. Erasure deletes the row.
 */
@Entity
@Table(name = "activity_participant")
class ActivityParticipant {

    @Id
    private UUID id;

    @Column(name = "activity_id", nullable = false, updatable = false)
    private UUID activityId;

    @Column(name = "defender_id", nullable = false, updatable = false)
    private UUID defenderId;

    @Column(name = "defender_ref", nullable = false, updatable = false)
    private String defenderReference;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    @Column(nullable = false)
    private boolean listed;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    @Column(name = "added_by", nullable = false, updatable = false)
    private String addedBy;

    protected ActivityParticipant() {
        // for JPA
    }

    static ActivityParticipant add(UUID activityId, UUID defenderId, String defenderReference, Gender gender,
            boolean listed, Actor actor, Instant now) {
        ActivityParticipant p = new ActivityParticipant();
        p.id = UUID.randomUUID();
        p.activityId = activityId;
        p.defenderId = defenderId;
        p.defenderReference = defenderReference;
        p.gender = gender;
        p.listed = listed;
        p.addedAt = now;
        p.addedBy = actor.subject();
        return p;
    }

    UUID defenderId() {
        return defenderId;
    }

    String defenderReference() {
        return defenderReference;
    }

    Gender gender() {
        return gender;
    }

    boolean listed() {
        return listed;
    }

    Instant addedAt() {
        return addedAt;
    }
}
