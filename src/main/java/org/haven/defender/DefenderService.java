package org.haven.defender;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditEntryView;
import org.haven.audit.AuditEvent;
import org.haven.audit.AuditLog;
import org.haven.audit.Changes;
import org.haven.shared.error.Refusal;
import org.haven.shared.paging.Page;
import org.haven.shared.paging.PageRequest;
import org.haven.shared.privacy.SensitiveFields;
import org.haven.shared.security.CurrentActor;

import io.quarkus.panache.common.Sort;

/** The defender registry's use cases. */
@ApplicationScoped
public class DefenderService {

    static final String ENTITY = "defender";
    /**
     * Recorded in the audit log as "changed" only, never by value: the sensitive fields, and the
     * quasi-identifiers of the profile, so that after an erasure the (unchangeable) log holds nothing
     * that could identify the person. Risk level, legal status, areas of work and consent stay visible.
     */
    private static final Set<String> SENSITIVE = SensitiveFields.of(Defender.class, Set.of("pseudonym", "gender",
            "birthYear", "nationality", "countryOfOrigin", "currentCountry", "inExileSince", "organisation"));

    private final DefenderRepository defenders;
    private final DefenderCrypto crypto;
    private final Event<DefenderErased> erasures;
    private final Event<RiskRaisedToCritical> criticalRisks;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final Clock clock;

    DefenderService(DefenderRepository defenders, DefenderCrypto crypto, Event<DefenderErased> erasures,
            Event<RiskRaisedToCritical> criticalRisks, CurrentActor currentActor, AuditLog audit, Clock clock) {
        this.defenders = defenders;
        this.crypto = crypto;
        this.erasures = erasures;
        this.criticalRisks = criticalRisks;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public DefenderView register(RegisterDefender command) {
        var actor = currentActor.get();
        UUID id = UUID.randomUUID();
        String team = currentActor.teamFor(command.team(), "team");
        Defender defender = Defender.register(id, defenders.nextReference(), team, command.profile(),
                crypto.seal(id, command.sensitiveDetails()), actor, clock.instant());
        defenders.persist(defender);
        announceIfCritical(defender, null, actor);
        audit.record(AuditEvent.of(actor, AuditAction.DEFENDER_REGISTERED, ENTITY, defender.id())
                .with(Changes.none().field("reference", null, defender.reference())
                        .field("team", null, defender.team())
                        .and(Changes.diff(DefenderProfile.class, null, defender.profile(), SENSITIVE))
                        .and(Changes.diff(SensitiveDetails.class, null, command.sensitiveDetails(), SENSITIVE))));
        return DefenderView.of(defender);
    }

    /**
     * No transaction: one statement reads the row with its areas of work under the team check, so it is
     * consistent on its own, and nothing is written. Outside a transaction Hibernate's request-scoped
     * session cannot flush, and the statement commits by itself; a JTA transaction around it cost a
     * begin, a commit round trip and a dirty check of the entity on every read (issue #20).
     */
    public DefenderView get(UUID id) {
        return DefenderView.of(find(id));
    }

    /** The sensitive details with the version they belong to (read together, so the ETag matches). */
    public record VersionedDetails(SensitiveDetails details, long version) {
    }

    /** Every read of sensitive details is itself recorded: who saw whose data, when and why. */
    @Transactional
    public VersionedDetails sensitiveDetails(UUID id, String reason) {
        Defender defender = find(id);
        if (defender.status() == DefenderStatus.ERASED) {
            // nothing is disclosed, so nothing is recorded
            throw Refusal.gone("data-erased",
                    "This defender's personal data was erased; it cannot be recovered.");
        }
        audit.record(AuditEvent.of(currentActor.get(), AuditAction.DEFENDER_SENSITIVE_VIEWED, ENTITY, id)
                .because(reason));
        return new VersionedDetails(crypto.open(id, defender.sealedDetails()), defender.version());
    }

    @Transactional
    public List<AuditEntryView> history(UUID id) {
        find(id);
        return audit.historyOf(ENTITY, id);
    }

    @Transactional
    Page<DefenderSummary> list(DefenderFilter filter, Sort sort, PageRequest page) {
        return search(filter, sort, page).map(DefenderSummary::of);
    }

    /**
     * The same list as {@code GET /defenders} (same filter, scope and order), each entry as its profile
     * view, for the web console, which also shows when each was registered. {@code sort} as the API's parameter.
     */
    @Transactional
    public Page<DefenderView> listProfiles(DefenderFilter filter, String sort, PageRequest page) {
        return search(filter, DefenderSort.parse(sort), page).map(DefenderView::of);
    }

    private Page<Defender> search(DefenderFilter filter, Sort sort, PageRequest page) {
        return defenders.search(filter, currentActor.registryScope(), sort, page);
    }

    @Transactional
    DefenderView changeProfile(UUID id, long expectedVersion, DefenderProfile profile) {
        Defender defender = findForChange(id, expectedVersion);
        var actor = currentActor.get();
        DefenderProfile before = defender.profile();
        defender.changeProfile(profile, actor, clock.instant());
        announceIfCritical(defender, before.riskLevel(), actor);
        audit.record(AuditEvent.of(actor, AuditAction.DEFENDER_PROFILE_CHANGED, ENTITY, id)
                .with(Changes.diff(DefenderProfile.class, before, defender.profile(), SENSITIVE)));
        return DefenderView.of(defender);
    }

    @Transactional
    DefenderView changeSensitiveDetails(UUID id, long expectedVersion, SensitiveDetails details) {
        Defender defender = findForChange(id, expectedVersion);
        var actor = currentActor.get();
        SensitiveDetails before = crypto.open(id, defender.sealedDetails());
        defender.changeSensitiveDetails(crypto.seal(id, details), actor, clock.instant());
        audit.record(AuditEvent.of(actor, AuditAction.DEFENDER_SENSITIVE_DETAILS_CHANGED, ENTITY, id)
                .with(Changes.diff(SensitiveDetails.class, before, details, SENSITIVE)));
        return DefenderView.of(defender);
    }

    @Transactional
    DefenderView archive(UUID id, long expectedVersion, String reason) {
        Defender defender = findForChange(id, expectedVersion);
        var actor = currentActor.get();
        DefenderStatus before = defender.status();
        defender.archive(reason.trim(), actor, clock.instant());
        audit.record(AuditEvent.of(actor, AuditAction.DEFENDER_ARCHIVED, ENTITY, id).because(reason.trim())
                .with(Changes.none().field("status", before, defender.status())));
        return DefenderView.of(defender);
    }

    /**
     * Erasure (right to be forgotten): destroys the defender's data key so that every sealed value of
     * theirs, in any table or backup-free copy, becomes unreadable; blanks their remaining identifying
     * fields; tells the other features (which blank theirs) in the same transaction. The audit chain,
     * which never held their personal data, stays intact and verifiable. Public for the console's
     * erasure form, which calls it as {@code POST /defenders/{id}/erasure} does.
     */
    @Transactional
    public DefenderView erase(UUID id, String reason) {
        Defender defender = find(id);
        var actor = currentActor.get();
        DefenderStatus before = defender.status();
        defender.erase(actor, clock.instant());
        crypto.shred(id);
        erasures.fire(new DefenderErased(id, actor));
        audit.record(AuditEvent.of(actor, AuditAction.DEFENDER_ERASED, ENTITY, id).because(reason.trim())
                .with(Changes.none().field("status", before, defender.status())));
        defenders.flush();
        return DefenderView.of(defender);
    }

    /**
     * For other features (follow-ups): the risk level changes as the outcome of a check, audited as a
     * change of the defender. No If-Match: the outcome is the newer information.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changeRiskLevel(UUID id, RiskLevel level, String reason, org.haven.shared.security.Actor actor) {
        // The caller already checked that the actor may see the follow-up (possibly assigned across teams).
        Defender defender = defenders.findById(id);
        if (defender == null) {
            throw Refusal.notFound("Defender");
        }
        RiskLevel before = defender.riskLevel();
        if (before == level || defender.status() != DefenderStatus.ACTIVE) {
            return;
        }
        defender.changeRiskLevel(level, actor, clock.instant());
        announceIfCritical(defender, before, actor);
        audit.record(AuditEvent.of(actor, AuditAction.DEFENDER_RISK_CHANGED, ENTITY, id).because(reason)
                .with(Changes.none().field("riskLevel", before, level)));
    }

    /** Tells the notifications feature (in this transaction) that a defender's risk became CRITICAL. */
    private void announceIfCritical(Defender defender, RiskLevel before, org.haven.shared.security.Actor actor) {
        if (defender.riskLevel() == RiskLevel.CRITICAL && before != RiskLevel.CRITICAL) {
            criticalRisks.fire(new RiskRaisedToCritical(defender.id(), defender.reference(), defender.team(), actor));
        }
    }

    /**
     * For other features: the defender must exist and be ACTIVE (e.g. to open a request for them).
     * Unknown is 422 on the given field, since the caller named it in a body.
     */
    @Transactional
    public DefenderRef requireActive(UUID id, String field) {
        Defender defender = id == null ? null : defenders.findVisible(id, currentActor.scope());
        if (defender == null) {
            throw Refusal.rule("unknown-defender", field, "no such defender");
        }
        if (defender.status() != DefenderStatus.ACTIVE) {
            throw Refusal.rule("defender-not-active", field,
                    "the defender is " + defender.status() + ", not ACTIVE");
        }
        return new DefenderRef(defender.id(), defender.reference(), defender.pseudonym(), defender.team());
    }

    /**
     * For other features (activities): the gender a visible defender gave, for counts without names;
     * null if they gave none. Call after {@link #requireActive} in the same transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Gender genderOf(UUID id) {
        Defender defender = defenders.findVisible(id, currentActor.scope());
        return defender == null ? null : defender.profile().gender();
    }

    private Defender find(UUID id) {
        Defender defender = defenders.findVisible(id, currentActor.registryScope());
        if (defender == null) {
            throw Refusal.notFound("Defender");
        }
        return defender;
    }

    private Defender findForChange(UUID id, long expectedVersion) {
        Defender defender = find(id);
        if (defender.version() != expectedVersion) {
            throw Refusal.stale();
        }
        return defender;
    }
}
