package org.haven.defender;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.haven.shared.error.ProblemException;
import org.haven.shared.paging.Page;
import org.haven.shared.paging.PageRequest;
import org.haven.shared.security.CurrentActor;

import io.quarkus.panache.common.Sort;

/** The defender registry's use cases. */
@ApplicationScoped
public class DefenderService {

    private final DefenderRepository defenders;
    private final CurrentActor currentActor;
    private final Clock clock;

    DefenderService(DefenderRepository defenders, CurrentActor currentActor, Clock clock) {
        this.defenders = defenders;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Transactional
    DefenderView register(RegisterDefender command) {
        var actor = currentActor.get();
        Defender defender = Defender.register(defenders.nextReference(), command.profile(),
                command.sensitiveDetails(), actor, clock.instant());
        defenders.persist(defender);
        defenders.flush();
        return DefenderView.of(defender);
    }

    @Transactional
    DefenderView get(UUID id) {
        return DefenderView.of(find(id));
    }

    @Transactional
    SensitiveDetails sensitiveDetails(UUID id) {
        return find(id).sensitiveDetails();
    }

    @Transactional
    long versionOf(UUID id) {
        return find(id).version();
    }

    @Transactional
    Page<DefenderSummary> list(DefenderFilter filter, Sort sort, PageRequest page) {
        return defenders.search(filter, sort, page).map(DefenderSummary::of);
    }

    @Transactional
    DefenderView changeProfile(UUID id, long expectedVersion, DefenderProfile profile) {
        Defender defender = findForChange(id, expectedVersion);
        defender.changeProfile(profile, currentActor.get(), clock.instant());
        defenders.flush();
        return DefenderView.of(defender);
    }

    @Transactional
    DefenderView changeSensitiveDetails(UUID id, long expectedVersion, SensitiveDetails details) {
        Defender defender = findForChange(id, expectedVersion);
        defender.changeSensitiveDetails(details, currentActor.get(), clock.instant());
        defenders.flush();
        return DefenderView.of(defender);
    }

    @Transactional
    DefenderView archive(UUID id, long expectedVersion, String reason) {
        Defender defender = findForChange(id, expectedVersion);
        defender.archive(reason.trim(), currentActor.get(), clock.instant());
        defenders.flush();
        return DefenderView.of(defender);
    }

    /**
     * For other features: the defender must exist and be ACTIVE (e.g. to open a request for them).
     * Unknown is 422 on the given field, since the caller named it in a body.
     */
    @Transactional
    public DefenderRef requireActive(UUID id, String field) {
        Defender defender = id == null ? null : defenders.findById(id);
        if (defender == null) {
            throw ProblemException.unprocessable("unknown-defender", field, "no such defender");
        }
        if (defender.status() != DefenderStatus.ACTIVE) {
            throw ProblemException.unprocessable("defender-not-active", field,
                    "the defender is " + defender.status() + ", not ACTIVE");
        }
        return new DefenderRef(defender.id(), defender.reference(), defender.pseudonym());
    }

    private Defender find(UUID id) {
        return defenders.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Defender"));
    }

    private Defender findForChange(UUID id, long expectedVersion) {
        Defender defender = find(id);
        if (defender.version() != expectedVersion) {
            throw ProblemException.preconditionFailed();
        }
        return defender;
    }
}
