package org.haven.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A partner, host, beneficiary or funder organisation, filed under one team like a defender. Its
 * contact channels are sealed with its own data key; vetting and archiving go through the methods here.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

    static final String REFERENCE_PATTERN = "^ORG-[0-9]{6,12}$";
    static final int REFERENCE_MAX_LENGTH = 16;
    static final int NAME_MAX_LENGTH = 200;
    static final int PUBLIC_KEY_MAX_LENGTH = 8000;
    static final int REASON_MAX_LENGTH = 2000;
    static final int TEAM_MAX_LENGTH = Actor.TEAM_MAX_LENGTH;
    /** The most defenders linked to one organisation at a time (bounds the published list). */
    static final int MAX_MEMBERS = 500;

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(nullable = false, updatable = false)
    private String reference;

    @Column(nullable = false, updatable = false)
    private String team;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationStatus status;

    @Column(nullable = false)
    private String name;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Set<OrganisationType> types;

    private String country;

    @Enumerated(EnumType.STRING)
    @Column(name = "vetting_status", nullable = false)
    private VettingStatus vettingStatus;

    @Column(name = "vetted_on")
    private LocalDate vettedOn;

    @Column(name = "public_key")
    private String publicKey;

    /** Ciphertext sealed with the organisation's data key (OrganisationCrypto). */
    @Sensitive
    private byte[] contacts;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false, updatable = false)
    private String registeredBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @Column(name = "archive_reason")
    private String archiveReason;

    protected Organisation() {
        // for JPA
    }

    static Organisation register(UUID id, String reference, String team, OrganisationProfile profile,
            byte[] sealedContacts, Actor actor, Instant now) {
        Organisation organisation = new Organisation();
        organisation.id = id;
        organisation.reference = reference;
        organisation.team = team;
        organisation.status = OrganisationStatus.ACTIVE;
        organisation.vettingStatus = VettingStatus.NOT_VETTED;
        organisation.registeredAt = now;
        organisation.registeredBy = actor.subject();
        organisation.apply(profile);
        organisation.contacts = sealedContacts;
        organisation.touch(actor, now);
        return organisation;
    }

    void changeProfile(OrganisationProfile profile, Actor actor, Instant now) {
        requireActive();
        apply(profile);
        touch(actor, now);
    }

    void changeContacts(byte[] sealedContacts, Actor actor, Instant now) {
        requireActive();
        contacts = sealedContacts;
        touch(actor, now);
    }

    /**
     * A due-diligence decision. VETTED and REFUSED need the date it was taken, not after today; the
     * other statuses carry none. Only an active organisation is vetted.
     */
    void vet(VettingStatus outcome, LocalDate on, LocalDate today, Actor actor, Instant now) {
        requireActive();
        if (outcome.decided() && on == null) {
            throw Refusal.rule("vetting-date-required", "vettedOn", "required when the status is " + outcome);
        }
        if (!outcome.decided() && on != null) {
            throw Refusal.rule("vetting-date-not-allowed", "vettedOn", "must be absent when the status is " + outcome);
        }
        if (on != null && on.isAfter(today)) {
            throw Refusal.rule("vetting-date-in-future", "vettedOn", "must not be after today");
        }
        vettingStatus = outcome;
        vettedOn = on;
        touch(actor, now);
    }

    void archive(String reason, Actor actor, Instant now) {
        requireActive();
        status = OrganisationStatus.ARCHIVED;
        archivedAt = now;
        archiveReason = reason;
        touch(actor, now);
    }

    /** Defenders are linked only to an active organisation. */
    void requireActive() {
        if (status != OrganisationStatus.ACTIVE) {
            throw Refusal.conflict("organisation-not-active",
                    "The organisation is " + status + "; only ACTIVE organisations can be changed.");
        }
    }

    private void apply(OrganisationProfile p) {
        name = p.name().trim();
        types = EnumSet.copyOf(p.types());
        country = p.country();
        publicKey = p.publicKey() == null || p.publicKey().isBlank() ? null : p.publicKey().strip();
    }

    private void touch(Actor actor, Instant now) {
        updatedAt = now;
        updatedBy = actor.subject();
    }

    OrganisationProfile profile() {
        return new OrganisationProfile(name, types == null || types.isEmpty() ? Set.of() : EnumSet.copyOf(types),
                country, publicKey);
    }

    byte[] sealedContacts() {
        return contacts;
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String reference() {
        return reference;
    }

    public String team() {
        return team;
    }

    OrganisationStatus status() {
        return status;
    }

    String name() {
        return name;
    }

    Set<OrganisationType> types() {
        return types;
    }

    VettingStatus vettingStatus() {
        return vettingStatus;
    }

    LocalDate vettedOn() {
        return vettedOn;
    }

    Instant registeredAt() {
        return registeredAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    Instant archivedAt() {
        return archivedAt;
    }

    String archiveReason() {
        return archiveReason;
    }
}
