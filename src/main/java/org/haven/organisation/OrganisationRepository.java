package org.haven.organisation;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.haven.shared.paging.Page;
import org.haven.shared.paging.PageRequest;
import org.haven.shared.security.AccessScope;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class OrganisationRepository implements PanacheRepositoryBase<Organisation, UUID> {

    /** Next reference from a database sequence: unique across replicas, gaps allowed. */
    String nextReference() {
        Number next = (Number) getEntityManager().createNativeQuery("select nextval('organisation_reference_seq')")
                .getSingleResult();
        return "ORG-%06d".formatted(next.longValue());
    }

    /** The organisation if the scope may see it (need-to-know by team), else null. */
    Organisation findVisible(UUID id, AccessScope scope) {
        if (id == null) {
            return null;
        }
        if (scope.all()) {
            return findById(id);
        }
        return find("id = ?1 and team in ?2", id, scope.teamsForQuery()).firstResult();
    }

    Page<Organisation> search(OrganisationFilter filter, AccessScope scope, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!scope.all()) {
            where.append(" and team in :teams");
            params.put("teams", scope.teamsForQuery());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.put("status", filter.status());
        }
        if (filter.vettingStatus() != null) {
            where.append(" and vettingStatus = :vetting");
            params.put("vetting", filter.vettingStatus());
        }
        if (filter.country() != null) {
            where.append(" and country = :country");
            params.put("country", filter.country());
        }
        if (filter.type() != null) {
            // types is a JSON array of names; the name is an enum constant, never user text
            where.append(" and function('jsonb_exists', types, :type) = true");
            params.put("type", filter.type().name());
        }
        if (filter.defenderId() != null) {
            where.append(" and id in (select m.organisationId from OrganisationMember m"
                    + " where m.defenderId = :defender and m.endedAt is null)");
            params.put("defender", filter.defenderId());
        }
        if (filter.text() != null) {
            where.append(" and (lower(name) like :text escape '\\' or lower(reference) like :text escape '\\')");
            params.put("text", "%" + escapeLike(filter.text().toLowerCase(Locale.ROOT)) + "%");
        }
        PanacheQuery<Organisation> query = find(where.toString(), Sort.by("reference"), params);
        long total = query.count();
        var items = query.page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list();
        return Page.of(items, page, total);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
