package org.haven.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditEntryView;
import org.haven.audit.AuditEvent;
import org.haven.audit.AuditLog;
import org.haven.audit.Changes;
import org.haven.defender.DefenderRef;
import org.haven.defender.DefenderService;
import org.haven.shared.error.Refusal;
import org.haven.shared.paging.Page;
import org.haven.shared.paging.PageRequest;
import org.haven.shared.privacy.SensitiveFields;
import org.haven.shared.security.CurrentActor;

/**
 * The organisations' use cases: register, change, vet, archive, read contacts with a reason, link
 * defenders. Need-to-know as for defenders: the caller's teams; auditors everything.
 */
@ApplicationScoped
public class OrganisationService {

    static final String ENTITY = "organisation";
    /**
     * Recorded in the audit log as "changed" only: the contacts (sealed), and what could point to a
     * small group of people (its name, its country, its key). Types and vetting stay visible.
     */
    private static final Set<String> SENSITIVE = SensitiveFields.of(Organisation.class,
            Set.of("name", "country", "publicKey"));

    private final OrganisationRepository organisations;
    private final OrganisationMemberRepository members;
    private final OrganisationCrypto crypto;
    private final DefenderService defenders;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final Clock clock;

    OrganisationService(OrganisationRepository organisations, OrganisationMemberRepository members,
            OrganisationCrypto crypto, DefenderService defenders, CurrentActor currentActor, AuditLog audit,
            Clock clock) {
        this.organisations = organisations;
        this.members = members;
        this.crypto = crypto;
        this.defenders = defenders;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public OrganisationView register(RegisterOrganisation command) {
        var actor = currentActor.get();
        UUID id = UUID.randomUUID();
        String team = currentActor.teamFor(command.team(), "team");
        Organisation organisation = Organisation.register(id, organisations.nextReference(), team, command.profile(),
                crypto.seal(id, command.sensitiveContacts()), actor, clock.instant());
        organisations.persist(organisation);
        audit.record(AuditEvent.of(actor, AuditAction.ORGANISATION_REGISTERED, ENTITY, id)
                .with(Changes.none().field("reference", null, organisation.reference())
                        .field("team", null, team)
                        .field("vettingStatus", null, organisation.vettingStatus())
                        .and(Changes.diff(OrganisationProfile.class, null, organisation.profile(), SENSITIVE))
                        .and(Changes.diff(OrganisationContacts.class, null, command.sensitiveContacts(), SENSITIVE))));
        return OrganisationView.of(organisation);
    }

    @Transactional
    public OrganisationView get(UUID id) {
        return OrganisationView.of(find(id));
    }

    @Transactional
    public Page<OrganisationView> list(OrganisationFilter filter, PageRequest page) {
        return organisations.search(filter, currentActor.scope(), page).map(OrganisationView::of);
    }

    /** The contact channels with the version they belong to (read together, so the ETag matches). */
    public record VersionedContacts(OrganisationContacts contacts, long version) {
    }

    /** Every read of the contacts is recorded: who, when and why. */
    @Transactional
    public VersionedContacts contacts(UUID id, String reason) {
        Organisation organisation = find(id);
        audit.record(AuditEvent.of(currentActor.get(), AuditAction.ORGANISATION_SENSITIVE_VIEWED, ENTITY, id)
                .because(reason));
        return new VersionedContacts(crypto.open(id, organisation.sealedContacts()), organisation.version());
    }

    @Transactional
    public OrganisationView changeProfile(UUID id, long expectedVersion, OrganisationProfile profile) {
        Organisation organisation = findForChange(id, expectedVersion);
        var actor = currentActor.get();
        OrganisationProfile before = organisation.profile();
        organisation.changeProfile(profile, actor, clock.instant());
        audit.record(AuditEvent.of(actor, AuditAction.ORGANISATION_PROFILE_CHANGED, ENTITY, id)
                .with(Changes.diff(OrganisationProfile.class, before, organisation.profile(), SENSITIVE)));
        return OrganisationView.of(organisation);
    }

    @Transactional
    public OrganisationView changeContacts(UUID id, long expectedVersion, OrganisationContacts contacts) {
        Organisation organisation = findForChange(id, expectedVersion);
        var actor = currentActor.get();
        OrganisationContacts before = crypto.open(id, organisation.sealedContacts());
        organisation.changeContacts(crypto.seal(id, contacts), actor, clock.instant());
        audit.record(AuditEvent.of(actor, AuditAction.ORGANISATION_CONTACTS_CHANGED, ENTITY, id)
                .with(Changes.diff(OrganisationContacts.class, before, contacts, SENSITIVE)));
        return OrganisationView.of(organisation);
    }

    @Transactional
    public OrganisationView vet(UUID id, long expectedVersion, VetOrganisation decision) {
        Organisation organisation = findForChange(id, expectedVersion);
        var actor = currentActor.get();
        VettingStatus statusBefore = organisation.vettingStatus();
        LocalDate dateBefore = organisation.vettedOn();
        organisation.vet(decision.status(), decision.vettedOn(), LocalDate.now(clock), actor, clock.instant());
        audit.record(AuditEvent.of(actor, AuditAction.ORGANISATION_VETTED, ENTITY, id)
                .because(decision.reason().trim())
                .with(Changes.none().field("vettingStatus", statusBefore, organisation.vettingStatus())
                        .field("vettedOn", dateBefore, organisation.vettedOn())));
        return OrganisationView.of(organisation);
    }

    @Transactional
    public OrganisationView archive(UUID id, long expectedVersion, String reason) {
        Organisation organisation = findForChange(id, expectedVersion);
        var actor = currentActor.get();
        OrganisationStatus before = organisation.status();
        organisation.archive(reason.trim(), actor, clock.instant());
        audit.record(AuditEvent.of(actor, AuditAction.ORGANISATION_ARCHIVED, ENTITY, id).because(reason.trim())
                .with(Changes.none().field("status", before, organisation.status())));
        return OrganisationView.of(organisation);
    }

    @Transactional
    public List<AuditEntryView> history(UUID id) {
        find(id);
        return audit.historyOf(ENTITY, id);
    }

    @Transactional
    public List<MemberView> members(UUID id) {
        find(id);
        return members.current(id).stream().map(MemberView::of).toList();
    }

    /**
     * Links a defender of the organisation's team. Under the organisation's row lock, so two
     * concurrent links of the same defender make one link and one 409.
     */
    @Transactional
    public MemberView link(UUID id, LinkDefender command) {
        Organisation organisation = lock(id);
        organisation.requireActive();
        DefenderRef defender = defenders.requireActive(command.defenderId(), "defenderId");
        if (!defender.team().equals(organisation.team())) {
            throw Refusal.rule("defender-in-another-team", "defenderId",
                    "the defender belongs to another team than the organisation");
        }
        if (members.countCurrent(id) >= Organisation.MAX_MEMBERS) {
            throw Refusal.rule("too-many-members", "defenderId",
                    "an organisation has at most " + Organisation.MAX_MEMBERS + " linked defenders");
        }
        if (members.currentLink(id, defender.id()) != null) {
            throw Refusal.conflict("already-member", "The defender is already linked to this organisation.");
        }
        var actor = currentActor.get();
        OrganisationMember member = OrganisationMember.link(id, defender.id(), defender.reference(), command.role(),
                actor, clock.instant());
        members.persist(member);
        audit.record(AuditEvent.of(actor, AuditAction.ORGANISATION_MEMBER_LINKED, ENTITY, id)
                .with(Changes.none().field("defender", null, defender.reference())
                        .field("role", null, command.role())));
        return MemberView.of(member);
    }

    @Transactional
    public void unlink(UUID id, UUID defenderId, String reason) {
        lock(id);
        OrganisationMember member = members.currentLink(id, defenderId);
        if (member == null) {
            throw Refusal.notFound("Link");
        }
        var actor = currentActor.get();
        member.end(actor, clock.instant());
        audit.record(AuditEvent.of(actor, AuditAction.ORGANISATION_MEMBER_REMOVED, ENTITY, id).because(reason.trim())
                .with(Changes.none().field("defender", member.defenderReference(), null)
                        .field("role", member.role(), null)));
    }

    /**
     * For other features (activities, grants): an ACTIVE organisation the caller may see. Unknown or
     * invisible is 422 on the given field, since the caller named it in a body.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OrganisationRef requireActive(UUID id, String field) {
        Organisation organisation = organisations.findVisible(id, currentActor.scope());
        if (organisation == null) {
            throw Refusal.rule("unknown-organisation", field, "no such organisation");
        }
        if (organisation.status() != OrganisationStatus.ACTIVE) {
            throw Refusal.rule("organisation-not-active", field, "the organisation is " + organisation.status());
        }
        return ref(organisation);
    }

    /** For other features' views: the organisation if the caller may see it, else null. */
    @Transactional
    public OrganisationRef findRef(UUID id) {
        Organisation organisation = organisations.findVisible(id, currentActor.scope());
        return organisation == null ? null : ref(organisation);
    }

    private static OrganisationRef ref(Organisation o) {
        return new OrganisationRef(o.id(), o.reference(), o.team(), o.profile().types(), o.vettingStatus());
    }

    private Organisation find(UUID id) {
        Organisation organisation = organisations.findVisible(id, currentActor.scope());
        if (organisation == null) {
            throw Refusal.notFound("Organisation");
        }
        return organisation;
    }

    private Organisation lock(UUID id) {
        find(id);
        return organisations.findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    private Organisation findForChange(UUID id, long expectedVersion) {
        Organisation organisation = find(id);
        if (organisation.version() != expectedVersion) {
            throw Refusal.stale();
        }
        return organisation;
    }
}
