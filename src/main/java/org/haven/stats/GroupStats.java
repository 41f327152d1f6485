package org.haven.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.haven.activity.ActivityStatus;
import org.haven.activity.ActivityType;
import org.haven.defender.Gender;
import org.haven.legal.AdvocacyReportService;
import org.haven.legal.SmallCellSuppression;
import org.haven.organisation.OrganisationType;
import org.haven.organisation.VettingStatus;
import org.haven.shared.security.AccessScope;

/**
 * The overview's group figures ({@link GroupWork}): three SQL aggregates over the caller's teams (everything
 * for auditors), each table suppressed with {@link SmallCellSuppression} at the advocacy report's minimum
 * count. Labels come from closed enums, so a table never names anything but a category.
 */
@ApplicationScoped
class GroupStats {

    static final String PARTICIPANTS = "PARTICIPANTS";
    static final String NOT_RECORDED = "NOT_RECORDED";

    private final EntityManager em;
    private final AdvocacyReportService reports;

    GroupStats(EntityManager em, AdvocacyReportService reports) {
        this.em = em;
        this.reports = reports;
    }

    /** Runs inside the overview's transaction. */
    GroupWork figures(AccessScope scope) {
        int k = reports.minimumCount();
        List<String> types = names(OrganisationType.values());
        List<String> vetting = names(VettingStatus.values());
        CountTable organisations = table(count("""
                select t, o.vetting_status, count(*) from organisation o, jsonb_array_elements_text(o.types) t
                 where o.status = 'ACTIVE'""" + scoped("o.team", scope) + " group by 1, 2", scope),
                types, vetting, k, false);
        CountTable activities = table(count("select type, status, count(*) from activity where 1 = 1"
                + scoped("team", scope) + " group by 1, 2", scope),
                names(ActivityType.values()), names(ActivityStatus.values()), k, true);
        List<String> genders = new ArrayList<>(names(Gender.values()));
        genders.add(NOT_RECORDED);
        CountTable participants = table(count("""
                select 'PARTICIPANTS', coalesce(p.gender, 'NOT_RECORDED'), count(distinct p.defender_id)
                  from activity_participant p join activity a on a.id = p.activity_id
                 where a.status <> 'CANCELLED'""" + scoped("a.team", scope) + " group by 1, 2", scope),
                List.of(PARTICIPANTS), genders, k, false);
        return new GroupWork(k, organisations, activities, participants);
    }

    private static String scoped(String column, AccessScope scope) {
        return scope.all() ? "" : " and " + column + " in (:teams)";
    }

    @SuppressWarnings("unchecked")
    private Map<List<String>, Long> count(String sql, AccessScope scope) {
        Query query = em.createNativeQuery(sql);
        if (!scope.all()) {
            query.setParameter("teams", List.copyOf(scope.teamsForQuery()));
        }
        Map<List<String>, Long> counts = new HashMap<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            counts.put(List.of((String) row[0], (String) row[1]), ((Number) row[2]).longValue());
        }
        return counts;
    }

    /**
     * The suppressed table. {@code columnTotals}: whether the column totals and the grand total mean something
     * (they are suppressed with the rest either way, so leaving them out only hides more).
     */
    static CountTable table(Map<List<String>, Long> counts, List<String> rows, List<String> columns, int k,
            boolean columnTotals) {
        long[][] table = new long[rows.size()][columns.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < columns.size(); j++) {
                table[i][j] = counts.getOrDefault(List.of(rows.get(i), columns.get(j)), 0L);
            }
        }
        SmallCellSuppression.Result result = SmallCellSuppression.suppress(table, k);
        List<CountTable.Row> published = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            published.add(new CountTable.Row(rows.get(i), line(result, i, columns), result.published(i,
                    columns.size())));
        }
        return new CountTable(published, columnTotals ? line(result, rows.size(), columns) : null,
                columnTotals ? result.published(rows.size(), columns.size()) : null);
    }

    private static List<CountTable.Cell> line(SmallCellSuppression.Result result, int row, List<String> columns) {
        List<CountTable.Cell> cells = new ArrayList<>();
        for (int j = 0; j < columns.size(); j++) {
            cells.add(new CountTable.Cell(columns.get(j), result.published(row, j)));
        }
        return cells;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
