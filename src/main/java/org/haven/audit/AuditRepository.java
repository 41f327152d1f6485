package org.haven.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

    private static final String LOCK = "select pg_advisory_xact_lock(?)";
    private static final String HEAD = """
            select e.seq, e.hash, greatest(clock_timestamp(), e.occurred_at)
              from (select seq, hash, occurred_at from audit_entry order by seq desc limit 1) e
            union all
            select 0, null, clock_timestamp()
             where not exists (select 1 from audit_entry)
            """;

    /**
     * Takes the chain lock, then reads the head: two statements, in this order, so that the head is read
     * with a snapshot taken after the lock was granted (one statement would read with a snapshot from
     * before the wait, and miss the entry its predecessor committed). Plain JDBC on the transaction's
     * connection, with the same SQL: as native queries, Hibernate flushed the session (already flushed by
     * the caller) and resolved the result mapping twice, while the lock was held (issue #20).
     */
    Head lockHead() {
        return getSession().doReturningWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement(LOCK)) {
                lock.setLong(1, CHAIN_LOCK);
                lock.execute();
            }
            try (PreparedStatement head = connection.prepareStatement(HEAD); ResultSet row = head.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("the chain head query returned no row");
                }
                long seq = row.getLong(1);
                String hash = row.getString(2);
                return new Head(seq, hash == null ? AuditHash.GENESIS : hash,
                        row.getObject(3, OffsetDateTime.class).toInstant());
            }
        });
    }

    /** Hibernate's own insert of an entry, column for column (src/bench/sql/defender-change.sql runs it). */
    private static final String INSERT = """
            insert into audit_entry (action, actor_name, actor_roles, actor_subject, case_id, changes, entity_id,
                   entity_type, hash, occurred_at, prev_hash, reason, seq)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    /**
     * Inserts the entry over the transaction's connection while the chain lock is held. Persisting it
     * instead made Hibernate flush the whole session again, dirty-checking every entity the request had
     * loaded, under the lock (issue #20). The entry is not kept in the session: it is immutable, and
     * what reads it later in the transaction reads the row.
     */
    void insert(AuditEntry entry) {
        getSession().doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setString(1, entry.action());
                insert.setString(2, entry.actorName());
                insert.setString(3, entry.actorRoles());
                insert.setString(4, entry.actorSubject());
                insert.setObject(5, entry.caseId());
                insert.setString(6, entry.changes());
                insert.setString(7, entry.entityId());
                insert.setString(8, entry.entityType());
                insert.setString(9, entry.hash());
                insert.setObject(10, OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC));
                insert.setString(11, entry.prevHash());
                insert.setString(12, entry.reason());
                insert.setLong(13, entry.seq());
                insert.executeUpdate();
            }
        });
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
}
