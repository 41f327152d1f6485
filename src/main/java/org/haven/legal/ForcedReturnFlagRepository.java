package org.haven.legal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The forced-return flags: one row per deadline event, ever (its primary key), so that replicas racing to
 * flag the same deadline insert it once, and the one that inserted it is the one that tells.
 */
@ApplicationScoped
class ForcedReturnFlagRepository {

    private final EntityManager em;

    ForcedReturnFlagRepository(EntityManager em) {
        this.em = em;
    }

    /** 1 if this call flagged the deadline, 0 if it was flagged before (by anyone). */
    int insertIfAbsent(UUID deadlineEventId, UUID defenderId, String team, LocalDate deadline, LegalEventKind kind,
            Instant now) {
        return em.createNativeQuery("""
                insert into forced_return_flag (deadline_event_id, defender_id, team, deadline, deadline_kind, flagged_at)
                values (:event, :defender, :team, :deadline, :kind, :now) on conflict (deadline_event_id) do nothing
                """).setParameter("event", deadlineEventId).setParameter("defender", defenderId)
                .setParameter("team", team).setParameter("deadline", deadline).setParameter("kind", kind.name())
                .setParameter("now", now).executeUpdate();
    }

    /** 1 if a resolved flag became open again (its answer was retracted), else 0. */
    int reopen(UUID deadlineEventId, Instant now) {
        return em.createNativeQuery("""
                update forced_return_flag set resolved_at = null, flagged_at = :now
                 where deadline_event_id = :event and resolved_at is not null
                """).setParameter("event", deadlineEventId).setParameter("now", now).executeUpdate();
    }

    /** Resolves the defender's open flags other than {@code stillPressing}; returns the deadlines resolved. */
    @SuppressWarnings("unchecked")
    List<UUID> resolveAllBut(UUID defenderId, Collection<UUID> stillPressing, Instant now) {
        String keep = stillPressing.isEmpty() ? "" : " and deadline_event_id not in (:keep)";
        var query = em.createNativeQuery("""
                update forced_return_flag set resolved_at = :now
                 where defender_id = :defender and resolved_at is null""" + keep + " returning deadline_event_id",
                UUID.class).setParameter("defender", defenderId).setParameter("now", now);
        if (!stillPressing.isEmpty()) {
            query.setParameter("keep", List.copyOf(stillPressing));
        }
        return query.getResultList();
    }
}
