package org.haven.request;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.haven.shared.paging.Page;
import org.haven.shared.paging.PageRequest;
import org.haven.shared.error.Refusal;
import org.haven.shared.security.AccessScope;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class RequestRepository implements PanacheRepositoryBase<AssistanceRequest, UUID> {

    /** The form of {@link #nextReference}; the column holds at most 20 characters. */
    static final String REFERENCE_PATTERN = "^EA-[0-9]{4}-[0-9]{5,}$";
    static final int REFERENCE_MAX_LENGTH = 20;

    /** EA-2026-00042: year of receipt and a database sequence (unique across replicas, gaps allowed). */
    String nextReference(Instant now) {
        Number next = (Number) getEntityManager().createNativeQuery("select nextval('request_reference_seq')")
                .getSingleResult();
        return AssistanceRequest.reference(now, next.longValue());
    }

    /** The case if the scope may see it: its team's, or assigned to the caller. */
    AssistanceRequest findVisible(UUID id, AccessScope scope) {
        if (scope.all()) {
            return findById(id);
        }
        Set<String> teams = scope.teamsForQuery();
        if (teams.size() == 1) {
            // an equality, not a one-element list: the profile showed Hibernate translating the query with
            // its list parameter to SQL on every call (docs/performance.md)
            return find("id = ?1 and (team = ?2 or assignedOfficer = ?3)", id, teams.iterator().next(),
                    scope.subject()).firstResult();
        }
        return find("id = ?1 and (team in ?2 or assignedOfficer = ?3)", id, teams, scope.subject()).firstResult();
    }

    /** The case if the scope may see it; otherwise not-found, never revealing which of the two. */
    AssistanceRequest visible(UUID id, AccessScope scope) {
        AssistanceRequest request = findVisible(id, scope);
        if (request == null) {
            throw Refusal.notFound("Request");
        }
        return request;
    }

    /** The case to change: visible, and still at the version the caller read (else stale, 412). */
    AssistanceRequest forChange(UUID id, AccessScope scope, long expectedVersion) {
        AssistanceRequest request = visible(id, scope);
        if (request.version() != expectedVersion) {
            throw Refusal.stale();
        }
        return request;
    }

    Page<AssistanceRequest> search(RequestFilter filter, AccessScope scope, Sort sort, PageRequest page, Instant now) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!scope.all()) {
            where.append(" and (team in :teams or assignedOfficer = :me)");
            params.put("teams", scope.teamsForQuery());
            params.put("me", scope.subject());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.put("status", filter.status());
        }
        if (filter.urgency() != null) {
            where.append(" and urgency = :urgency");
            params.put("urgency", filter.urgency());
        }
        if (filter.assignedOfficer() != null) {
            where.append(" and assignedOfficer = :officer");
            params.put("officer", filter.assignedOfficer());
        }
        if (filter.defenderId() != null) {
            where.append(" and defenderId = :defender");
            params.put("defender", filter.defenderId());
        }
        if (filter.assistanceType() != null) {
            where.append(" and :type member of assistanceTypes");
            params.put("type", filter.assistanceType());
        }
        if (filter.overdue() != null) {
            String undecided = "status in (org.haven.request.RequestStatus.RECEIVED, "
                    + "org.haven.request.RequestStatus.IN_ASSESSMENT)";
            where.append(filter.overdue()
                    ? " and " + undecided + " and decisionDeadline < :now"
                    : " and not (" + undecided + " and decisionDeadline < :now)");
            params.put("now", now);
        }
        PanacheQuery<AssistanceRequest> query = find(where.toString(), sort, params);
        long total = query.count();
        return Page.of(query.page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list(), page, total);
    }
}
