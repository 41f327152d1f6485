package org.haven.audit;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.haven.shared.paging.Page;
import org.haven.shared.paging.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class AuditRepository implements PanacheRepositoryBase<AuditEntry, Long> {

    /**
     * Any number, the same on every replica: the key of the transaction-scoped advisory lock that
     * makes appends to the chain strictly sequential across all instances of the service.
     */
    private static final long CHAIN_LOCK = 0x4841_5645_4e41_5544L;

    /** The head of the chain, read under the chain lock, with the database clock's current time. */
    record Head(long seq, String hash, Instant now) {
    }

    Head lockHead() {
        var em = getEntityManager();
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, CHAIN_LOCK).getSingleResult();
        Object[] row = (Object[]) em.createNativeQuery("""
                select e.seq, e.hash, greatest(clock_timestamp(), e.occurred_at)
                  from (select seq, hash, occurred_at from audit_entry order by seq desc limit 1) e
                union all
                select 0, null, clock_timestamp()
                 where not exists (select 1 from audit_entry)
                """).getSingleResult();
        long seq = ((Number) row[0]).longValue();
        String hash = row[1] == null ? AuditHash.GENESIS : (String) row[1];
        return new Head(seq, hash, toInstant(row[2]));
    }

    Page<AuditEntry> search(AuditFilter filter, boolean newestFirst, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.entityType() != null) {
            where.append(" and entityType = :entityType");
            params.put("entityType", filter.entityType());
        }
        if (filter.entityId() != null) {
            where.append(" and entityId = :entityId");
            params.put("entityId", filter.entityId());
        }
        if (filter.caseId() != null) {
            where.append(" and caseId = :caseId");
            params.put("caseId", filter.caseId());
        }
        if (filter.actor() != null) {
            where.append(" and actorSubject = :actor");
            params.put("actor", filter.actor());
        }
        if (filter.action() != null) {
            where.append(" and action = :action");
            params.put("action", filter.action().name());
        }
        if (filter.from() != null) {
            where.append(" and occurredAt >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and occurredAt < :to");
            params.put("to", filter.to());
        }
        Sort sort = Sort.by("seq", newestFirst ? Sort.Direction.Descending : Sort.Direction.Ascending);
        PanacheQuery<AuditEntry> query = find(where.toString(), sort, params);
        long total = query.count();
        return Page.of(query.page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list(), page, total);
    }

    /** Keyset batch for walking the chain in bounded memory. */
    List<AuditEntry> batchAfter(long seq, int size) {
        return find("seq > ?1", Sort.by("seq"), seq).page(0, size).list();
    }

    List<AuditEntry> historyOf(String entityType, String entityId) {
        return list("entityType = ?1 and entityId = ?2", Sort.by("seq"), entityType, entityId);
    }

    List<AuditEntry> caseHistory(java.util.UUID caseId) {
        return list("caseId = ?1", Sort.by("seq"), caseId);
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass().getName());
    }
}
