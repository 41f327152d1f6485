package org.haven.defender;

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
class DefenderRepository implements PanacheRepositoryBase<Defender, UUID> {

    /** Next human reference from a database sequence: unique across replicas, gaps allowed. */
    String nextReference() {
        Number next = (Number) getEntityManager()
                .createNativeQuery("select nextval('defender_reference_seq')")
                .getSingleResult();
        return reference(next.longValue());
    }

    /** The reference for a sequence number: HRD- and at least six digits. */
    static String reference(long number) {
        return "HRD-%06d".formatted(number);
    }

    /** The defender if the scope may see it. */
    Defender findVisible(UUID id, AccessScope scope) {
        if (scope.all()) {
            return findById(id);
        }
        return find("id = ?1 and team in ?2", id, scope.teamsForQuery()).firstResult();
    }

    Page<Defender> search(DefenderFilter filter, AccessScope scope, Sort sort, PageRequest page) {
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
        if (filter.riskLevel() != null) {
            where.append(" and riskLevel = :riskLevel");
            params.put("riskLevel", filter.riskLevel());
        }
        if (filter.currentCountry() != null) {
            where.append(" and currentCountry = :country");
            params.put("country", filter.currentCountry());
        }
        if (filter.areaOfWork() != null) {
            where.append(" and :area member of areasOfWork");
            params.put("area", filter.areaOfWork());
        }
        if (filter.text() != null) {
            where.append(" and (lower(pseudonym) like :text escape '\\' or lower(reference) like :text escape '\\')");
            params.put("text", "%" + escapeLike(filter.text().toLowerCase(Locale.ROOT)) + "%");
        }
        PanacheQuery<Defender> query = find(where.toString(), sort, params);
        long total = query.count();
        var items = query.page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list();
        return Page.of(items, page, total);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
