package org.haven.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.haven.shared.paging.Page;
import org.haven.shared.paging.PageRequest;
import org.haven.shared.security.AccessScope;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class FollowUpRepository implements PanacheRepositoryBase<FollowUp, UUID> {

    /** Key of the advisory lock that lets only one replica run the missed-follow-up job at a time. */
    private static final long MISSED_JOB_LOCK = 0x4841_5645_4e4d_4953L;

    record Filter(FollowUpStatus status, LocalDate dueBefore, String officer, UUID requestId, UUID grantId,
            Boolean overdue) {
    }

    Page<FollowUp> search(Filter filter, AccessScope scope, LocalDate today, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (!scope.all()) {
            where.append(" and (team in :teams or assignedOfficer = :me)");
            params.and("teams", scope.teamsForQuery()).and("me", scope.subject());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.and("status", filter.status());
        }
        if (filter.dueBefore() != null) {
            where.append(" and dueOn < :dueBefore");
            params.and("dueBefore", filter.dueBefore());
        }
        if (filter.officer() != null) {
            where.append(" and assignedOfficer = :officer");
            params.and("officer", filter.officer());
        }
        if (filter.requestId() != null) {
            where.append(" and requestId = :request");
            params.and("request", filter.requestId());
        }
        if (filter.grantId() != null) {
            where.append(" and grantId = :grant");
            params.and("grant", filter.grantId());
        }
        if (filter.overdue() != null) {
            where.append(filter.overdue() ? " and status = :planned and dueOn < :today"
                    : " and not (status = :planned and dueOn < :today)");
            params.and("planned", FollowUpStatus.PLANNED).and("today", today);
        }
        var query = find(where.toString(), Sort.by("dueOn").and("id"), params);
        long total = query.count();
        return Page.of(query.page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list(), page, total);
    }

    FollowUp lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    long countByRequestAndStatus(UUID requestId, FollowUpStatus status) {
        return count("requestId = ?1 and status = ?2", requestId, status);
    }

    long countByGrant(UUID grantId, FollowUpType type, FollowUpStatus status) {
        return count("grantId = ?1 and type = ?2 and status = ?3", grantId, type, status);
    }

    /** True if this replica may run the job now; held until the transaction ends. */
    boolean tryLockMissedJob() {
        Object locked = getEntityManager().createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, MISSED_JOB_LOCK).getSingleResult();
        return Boolean.TRUE.equals(locked);
    }

    List<FollowUp> plannedDueBefore(LocalDate cutoff, int limit) {
        return find("status = ?1 and dueOn < ?2", Sort.by("dueOn").and("id"), FollowUpStatus.PLANNED, cutoff)
                .withLock(LockModeType.PESSIMISTIC_WRITE).page(0, limit).list();
    }
}
