package org.haven.activity;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.haven.shared.paging.Page;
import org.haven.shared.paging.PageRequest;
import org.haven.shared.security.AccessScope;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class ActivityRepository implements PanacheRepositoryBase<Activity, UUID> {

    String nextReference() {
        Number next = (Number) getEntityManager().createNativeQuery("select nextval('activity_reference_seq')")
                .getSingleResult();
        return "ACT-%06d".formatted(next.longValue());
    }

    /** The activity if the scope may see it (the organising team; auditors all), else null. */
    Activity findVisible(UUID id, AccessScope scope) {
        if (id == null) {
            return null;
        }
        Activity activity = findById(id);
        return activity == null || !scope.sees(activity.team(), null) ? null : activity;
    }

    /** The row locked until the transaction ends (participants are added under it). */
    /** The earliest start of the activities following this one up, cancelled ones aside; null when none. */
    LocalDate earliestFollowUpStart(UUID id) {
        return find("select min(a.startsOn) from Activity a where a.followsActivityId = ?1 and a.status <> ?2", id,
                ActivityStatus.CANCELLED).project(LocalDate.class).firstResult();
    }

    Activity lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    Page<Activity> search(ActivityType type, ActivityStatus status, UUID follows, AccessScope scope, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!scope.all()) {
            where.append(" and team in :teams");
            params.put("teams", scope.teamsForQuery());
        }
        if (type != null) {
            where.append(" and type = :type");
            params.put("type", type);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        if (follows != null) {
            where.append(" and followsActivityId = :follows");
            params.put("follows", follows);
        }
        PanacheQuery<Activity> query = find(where.toString(), Sort.by("startsOn").and("reference"), params);
        long total = query.count();
        var items = query.page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list();
        return Page.of(items, page, total);
    }
}
