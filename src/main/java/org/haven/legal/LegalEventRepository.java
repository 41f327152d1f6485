package org.haven.legal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.haven.defender.RiskLevel;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class LegalEventRepository implements PanacheRepositoryBase<LegalEvent, UUID> {

    /** Key of the advisory lock that lets only one replica run the deadline scan at a time. */
    private static final long DEADLINE_SCAN_LOCK = 0x4841_5645_4e46_5254L;

    /** Order of recording from a database sequence: unique and increasing across replicas. */
    long nextSeq() {
        return ((Number) getEntityManager().createNativeQuery("select nextval('legal_event_recorded_seq')")
                .getSingleResult()).longValue();
    }

    List<LegalEvent> ofDefender(UUID defenderId) {
        return list("defenderId", Sort.by("occurredOn").and("recordedSeq"), defenderId);
    }

    /** True if this replica may run the scan now; held until the transaction ends. */
    boolean tryLockDeadlineScan() {
        Object locked = getEntityManager().createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, DEADLINE_SCAN_LOCK).getSingleResult();
        return Boolean.TRUE.equals(locked);
    }

    /**
     * Active defenders with a deadline in [from, to] that carries no flag yet: those whose deadline entered the
     * warning window since the last scan (deadlines already pressing when recorded are flagged at once).
     */
    @SuppressWarnings("unchecked")
    List<UUID> defendersWithUnflaggedDeadlines(LocalDate from, LocalDate to, int limit) {
        return getEntityManager().createNativeQuery("""
                select e.defender_id from legal_event e join defender d on d.id = e.defender_id
                 where e.kind in ('APPEAL_DEADLINE', 'REMOVAL_ORDER') and e.retracted_at is null
                   and e.occurred_on between :from and :to and d.status = 'ACTIVE'
                   and not exists (select 1 from forced_return_flag f where f.deadline_event_id = e.id)
                 group by e.defender_id order by min(e.occurred_on), e.defender_id
                """, UUID.class).setParameter("from", from).setParameter("to", to).setMaxResults(limit)
                .getResultList();
    }

    /** What the deadline rules need of a defender, read without a caller (the scan runs as the system). */
    record DefenderFacts(UUID id, String reference, String team, boolean active, RiskLevel riskLevel) {
    }

    DefenderFacts defenderFacts(UUID defenderId) {
        Object[] row = (Object[]) getEntityManager().createNativeQuery(
                "select reference, team, status, risk_level from defender where id = :id")
                .setParameter("id", defenderId).getSingleResult();
        return new DefenderFacts(defenderId, (String) row[0], (String) row[1], "ACTIVE".equals(row[2]),
                RiskLevel.valueOf((String) row[3]));
    }
}
