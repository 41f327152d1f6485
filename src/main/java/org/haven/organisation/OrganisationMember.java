package org.haven.organisation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.haven.shared.error.Refusal;
import org.haven.shared.security.Actor;

/** A defender's link to an organisation. An ended link stays on record; erasure deletes it. */
@Entity
@Table(name = "organisation_member")
class OrganisationMember {

    @Id
    private UUID id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private UUID organisationId;

    @Column(name = "defender_id", nullable = false, updatable = false)
    private UUID defenderId;

    /** The defender's reference (HRD-…), which never changes and identifies no one. */
    @Column(name = "defender_ref", nullable = false, updatable = false)
    private String defenderReference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MemberRole role;

    @Column(name = "linked_at", nullable = false, updatable = false)
    private Instant linkedAt;

    @Column(name = "linked_by", nullable = false, updatable = false)
    private String linkedBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by")
    private String endedBy;

    protected OrganisationMember() {
        // for JPA
    }

    static OrganisationMember link(UUID organisationId, UUID defenderId, String defenderReference, MemberRole role,
            Actor actor, Instant now) {
        OrganisationMember member = new OrganisationMember();
        member.id = UUID.randomUUID();
        member.organisationId = organisationId;
        member.defenderId = defenderId;
        member.defenderReference = defenderReference;
        member.role = role;
        member.linkedAt = now;
        member.linkedBy = actor.subject();
        return member;
    }

    void end(Actor actor, Instant now) {
        if (endedAt != null) {
            throw Refusal.conflict("link-ended", "This link has already ended.");
        }
        endedAt = now;
        endedBy = actor.subject();
    }

    UUID id() {
        return id;
    }

    UUID defenderId() {
        return defenderId;
    }

    String defenderReference() {
        return defenderReference;
    }

    MemberRole role() {
        return role;
    }

    Instant linkedAt() {
        return linkedAt;
    }
}
