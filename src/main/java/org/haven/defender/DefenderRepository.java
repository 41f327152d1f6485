package org.haven.defender;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

    private static final String WITH_AREAS = "from Defender d left join fetch d.areasOfWork where d.id = ?1";

    /**
     * The defender if the scope may see it, with their areas of work, in one statement instead of two
     * (every read and change of a defender needs both). A single team, the usual case, is an equality:
     * the profile showed Hibernate translating the query with its list parameter to SQL on every call
     * (docs/performance.md).
     */
    Defender findVisible(UUID id, AccessScope scope) {
        if (scope.all()) {
            return find(WITH_AREAS, id).singleResultOptional().orElse(null);
        }
        Set<String> teams = scope.teamsForQuery();
        if (teams.size() == 1) {
            return find(WITH_AREAS + " and d.team = ?2", id, teams.iterator().next()).singleResultOptional()
                    .orElse(null);
        }
        return find(WITH_AREAS + " and d.team in ?2", id, teams).singleResultOptional().orElse(null);
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
