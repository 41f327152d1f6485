package org.haven.defender;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.haven.shared.error.Refusal;
import org.haven.shared.privacy.Sensitive;
import org.haven.shared.security.Actor;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A human rights defender in the registry. Everyone sees the pseudonym; the fields marked
 * {@link Sensitive} are for need-to-know reads only. Status changes go through the methods here.
 */
@Entity
@Table(name = "defender")
public class Defender {

    /**
     * References are "HRD-" and the sequence number padded to six digits; the column holds 16
     * characters, so at most twelve digits.
     */
    static final String REFERENCE_PATTERN = "^HRD-[0-9]{6,12}$";
    static final int REFERENCE_MAX_LENGTH = 16;
    /** Column lengths that input validation also enforces (V0001, V0007). */
    static final int PSEUDONYM_MAX_LENGTH = 80;
    static final int ORGANISATION_MAX_LENGTH = 200;
    static final int TEAM_MAX_LENGTH = org.haven.shared.security.Actor.TEAM_MAX_LENGTH;
    /** The archive reason is text in the database; this bound is enforced on input. */
    static final int REASON_MAX_LENGTH = 2000;

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(nullable = false, updatable = false)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DefenderStatus status;

    /** The team that handles this defender (need-to-know). */
    @Column(nullable = false, updatable = false)
    private String team;

    @Column(nullable = false)
    private String pseudonym;

    // Sensitive fields hold ciphertext sealed with the defender's own data key (DefenderCrypto).
    @Sensitive
    @Column(name = "legal_name")
    private byte[] legalName;

    @Sensitive
    @Column(name = "other_names")
    private byte[] otherNames;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    @Column(name = "birth_year")
    private Integer birthYear;

    private String nationality;

    @Column(name = "country_of_origin")
    private String countryOfOrigin;

    @Column(name = "current_country")
    private String currentCountry;

    @Sensitive
    @Column(name = "current_city")
    private byte[] currentCity;

    @Column(name = "in_exile_since")
    private LocalDate inExileSince;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_status")
    private LegalStatus legalStatus;

    @ElementCollection
    @CollectionTable(name = "defender_area_of_work", joinColumns = @JoinColumn(name = "defender_id"))
    @Column(name = "area", nullable = false)
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 100)
    private Set<AreaOfWork> areasOfWork = EnumSet.noneOf(AreaOfWork.class);

    private String organisation;

    @Sensitive
    private byte[] contacts;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", nullable = false)
    private RiskLevel riskLevel;

    /** Severity order of the risk level, computed by the database, for sorting. */
    @Column(name = "risk_rank", insertable = false, updatable = false)
    private Short riskRank;

    @Sensitive
    @Column(name = "risk_notes")
    private byte[] riskNotes;

    @Column(name = "consent_given_at")
    private Instant consentGivenAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "consent_scope")
    private Set<ConsentScope> consentScope;

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

    protected Defender() {
        // for JPA
    }

    static Defender register(UUID id, String reference, String team, DefenderProfile profile, SealedDetails details,
            Actor actor, Instant now) {
        Defender defender = new Defender();
        defender.id = id;
        defender.reference = reference;
        defender.team = team;
        defender.status = DefenderStatus.ACTIVE;
        defender.registeredAt = now;
        defender.registeredBy = actor.subject();
        defender.apply(profile);
        defender.apply(details);
        defender.touch(actor, now);
        return defender;
    }

    void changeProfile(DefenderProfile profile, Actor actor, Instant now) {
        requireActive();
        apply(profile);
        touch(actor, now);
    }

    void changeSensitiveDetails(SealedDetails details, Actor actor, Instant now) {
        requireActive();
        apply(details);
        touch(actor, now);
    }

    void changeRiskLevel(RiskLevel level, Actor actor, Instant now) {
        requireActive();
        riskLevel = level;
        touch(actor, now);
    }

    void archive(String reason, Actor actor, Instant now) {
        requireActive();
        status = DefenderStatus.ARCHIVED;
        archivedAt = now;
        archiveReason = reason;
        touch(actor, now);
    }

    private void requireActive() {
        if (status != DefenderStatus.ACTIVE) {
            throw Refusal.conflict("defender-not-active",
                    "The defender is " + status + "; only ACTIVE defenders can be changed.");
        }
    }

    private void apply(DefenderProfile p) {
        pseudonym = p.pseudonym().trim();
        gender = p.gender();
        birthYear = p.birthYear();
        nationality = p.nationality();
        countryOfOrigin = p.countryOfOrigin();
        currentCountry = p.currentCountry();
        inExileSince = p.inExileSince();
        legalStatus = p.legalStatus();
        areasOfWork.clear();
        if (p.areasOfWork() != null) {
            areasOfWork.addAll(p.areasOfWork());
        }
        organisation = p.organisation();
        riskLevel = p.riskLevel();
        consentGivenAt = p.consent() == null ? null : p.consent().givenAt();
        consentScope = p.consent() == null ? null : EnumSet.copyOf(p.consent().scope());
    }

    private void apply(SealedDetails d) {
        legalName = d.legalName();
        otherNames = d.otherNames();
        currentCity = d.currentCity();
        contacts = d.contacts();
        riskNotes = d.riskNotes();
    }

    /**
     * Erasure: the data key is destroyed by the caller (crypto-shredding); here the ciphertext and
     * every remaining identifying field are blanked. Risk level and status stay for the statistics.
     */
    void erase(Actor actor, Instant now) {
        if (status == DefenderStatus.ERASED) {
            throw Refusal.conflict("defender-erased", "The defender's data is already erased.");
        }
        status = DefenderStatus.ERASED;
        pseudonym = "Erased " + reference;
        gender = null;
        birthYear = null;
        nationality = null;
        countryOfOrigin = null;
        currentCountry = null;
        inExileSince = null;
        legalStatus = null;
        areasOfWork.clear();
        organisation = null;
        consentGivenAt = null;
        consentScope = null;
        archiveReason = null;
        apply(SealedDetails.NONE);
        touch(actor, now);
    }

    private void touch(Actor actor, Instant now) {
        updatedAt = now;
        updatedBy = actor.subject();
    }

    /** The non-sensitive profile as it stands. */
    DefenderProfile profile() {
        return new DefenderProfile(pseudonym, gender, birthYear, nationality, countryOfOrigin, currentCountry, inExileSince,
                legalStatus, areasOfWork.isEmpty() ? Set.of() : EnumSet.copyOf(areasOfWork), organisation, riskLevel,
                consentGivenAt == null ? null : new Consent(consentGivenAt, consentScope));
    }

    /** The sensitive details as stored (sealed). */
    SealedDetails sealedDetails() {
        return new SealedDetails(legalName, otherNames, currentCity, contacts, riskNotes);
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

    public DefenderStatus status() {
        return status;
    }

    public String pseudonym() {
        return pseudonym;
    }

    public String team() {
        return team;
    }

    public RiskLevel riskLevel() {
        return riskLevel;
    }

    String currentCountry() {
        return currentCountry;
    }

    Set<AreaOfWork> areasOfWork() {
        return areasOfWork;
    }

    Instant registeredAt() {
        return registeredAt;
    }

    String registeredBy() {
        return registeredBy;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    String updatedBy() {
        return updatedBy;
    }

    Instant archivedAt() {
        return archivedAt;
    }

    String archiveReason() {
        return archiveReason;
    }
}
