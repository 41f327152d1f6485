package org.haven.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.haven.shared.security.AccessScope;

/**
 * A read model over the case tables. Everything is an SQL aggregate: nothing is loaded into memory
 * row by row, so it stays fast with hundreds of thousands of requests (docs/performance.md).
 */
@ApplicationScoped
public class StatsService {

    private final EntityManager em;
    private final Clock clock;
    private final GroupStats groups;

    StatsService(EntityManager em, Clock clock, GroupStats groups) {
        this.em = em;
        this.clock = clock;
        this.groups = groups;
    }

    /**
     * Managers see the figures of their teams' cases, organisations and activities (need-to-know); auditors
     * see everything. Funds are shared by all teams and always shown whole.
     */
    @Transactional
    public CaseloadOverview overview(Instant from, Instant to, AccessScope scope) {
        Instant now = clock.instant();
        Scoped s = new Scoped(scope);
        return new CaseloadOverview(now, openRequests(s), pastDeadline(now, s), decisionTime(from, to, s),
                deadlinesKept(from, to, s), grants(s),
                funds(), followUps("status = 'PLANNED' and due_on < current_date", s),
                followUps("status = 'MISSED'", s), groups.figures(scope));
    }

    /** Adds the team condition to a native query when the caller does not see everything. */
    private record Scoped(AccessScope scope) {

        String and() {
            return scope.all() ? "" : " and team in (:teams)";
        }

        Query bind(Query query) {
            return scope.all() ? query : query.setParameter("teams", List.copyOf(scope.teamsForQuery()));
        }
    }

    @SuppressWarnings("unchecked")
    private List<CaseloadOverview.OpenRequests> openRequests(Scoped s) {
        List<Object[]> rows = s.bind(em.createNativeQuery("""
                select status, urgency, count(*) from assistance_request
                 where status in ('RECEIVED', 'IN_ASSESSMENT', 'SUPPORTED')""" + s.and() + """
                 group by status, urgency order by status, urgency
                """)).getResultList();
        return rows.stream().map(r -> new CaseloadOverview.OpenRequests((String) r[0], (String) r[1],
                ((Number) r[2]).longValue())).toList();
    }

    private long pastDeadline(Instant now, Scoped s) {
        return ((Number) s.bind(em.createNativeQuery("""
                select count(*) from assistance_request
                 where status in ('RECEIVED', 'IN_ASSESSMENT') and decision_deadline < :now""" + s.and())
                .setParameter("now", now)).getSingleResult()).longValue();
    }

    private CaseloadOverview.DecisionTime decisionTime(Instant from, Instant to, Scoped s) {
        Object[] row = (Object[]) s.bind(em.createNativeQuery("""
                select count(*),
                       percentile_cont(0.5) within group (order by extract(epoch from decided_at - received_at))
                  from assistance_request
                 where decided_at >= :from and decided_at < :to""" + s.and())
                .setParameter("from", from).setParameter("to", to)).getSingleResult();
        Double medianSeconds = row[1] == null ? null : ((Number) row[1]).doubleValue();
        return new CaseloadOverview.DecisionTime(from, to, ((Number) row[0]).longValue(),
                medianSeconds == null ? null : Math.round(medianSeconds / 36.0) / 100.0);
    }

    /**
     * Decided by the deadline: decided_at at or before decision_deadline. The weeks are generated in SQL
     * (empty ones count 0), the last WEEKS weeks that meet [from, to), each counting only what falls in it.
     */
    @SuppressWarnings("unchecked")
    private CaseloadOverview.DeadlinesKept deadlinesKept(Instant from, Instant to, Scoped s) {
        List<Object[]> rows = s.bind(em.createNativeQuery("""
                select cast(w.week as date), count(r.id), count(r.id) filter (where r.decided_at <= r.decision_deadline)
                  from generate_series(
                         greatest(date_trunc('week', cast(:from as timestamptz) at time zone 'UTC'),
                                  date_trunc('week', (cast(:to as timestamptz) - interval '1 microsecond') at time zone 'UTC')
                                    - :back * interval '1 week'),
                         date_trunc('week', (cast(:to as timestamptz) - interval '1 microsecond') at time zone 'UTC'),
                         interval '1 week') as w(week)
                  left join assistance_request r
                    on r.decided_at >= greatest(w.week at time zone 'UTC', cast(:from as timestamptz))
                   and r.decided_at < least((w.week + interval '1 week') at time zone 'UTC', cast(:to as timestamptz))""" + s.and() + """
                 group by w.week order by w.week
                """).setParameter("from", from).setParameter("to", to)
                .setParameter("back", CaseloadOverview.DeadlinesKept.WEEKS - 1)).getResultList();
        Object[] total = (Object[]) s.bind(em.createNativeQuery("""
                select count(*), count(*) filter (where decided_at <= decision_deadline) from assistance_request
                 where decided_at >= :from and decided_at < :to""" + s.and())
                .setParameter("from", from).setParameter("to", to)).getSingleResult();
        List<CaseloadOverview.DecisionWeek> weeks = rows.stream().map(r -> new CaseloadOverview.DecisionWeek(
                r[0] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) r[0],
                ((Number) r[1]).longValue(), ((Number) r[2]).longValue())).toList();
        return new CaseloadOverview.DeadlinesKept(from, to, ((Number) total[0]).longValue(),
                ((Number) total[1]).longValue(), weeks);
    }

    @SuppressWarnings("unchecked")
    private List<CaseloadOverview.GrantFigures> grants(Scoped s) {
        List<Object[]> rows = s.bind(em.createNativeQuery("""
                select status, currency, count(*), sum(amount) from assistance_grant where 1 = 1""" + s.and() + """
                 group by status, currency order by status, currency
                """)).getResultList();
        return rows.stream().map(r -> new CaseloadOverview.GrantFigures((String) r[0], (String) r[1],
                ((Number) r[2]).longValue(), scale((BigDecimal) r[3]))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<CaseloadOverview.FundUtilisation> funds() {
        List<Object[]> rows = em.createNativeQuery("""
                select id, name, currency, status, total_budget, committed_amount, disbursed_amount
                  from fund order by name, id
                """).getResultList();
        return rows.stream().map(r -> {
            BigDecimal total = scale((BigDecimal) r[4]);
            BigDecimal committed = scale((BigDecimal) r[5]);
            BigDecimal percent = total.signum() == 0 ? BigDecimal.ZERO.setScale(1)
                    : committed.multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP);
            return new CaseloadOverview.FundUtilisation((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                    total, committed, scale((BigDecimal) r[6]), total.subtract(committed), percent);
        }).toList();
    }

    private long followUps(String condition, Scoped s) {
        return ((Number) s.bind(em.createNativeQuery("select count(*) from follow_up where " + condition + s.and()))
                .getSingleResult()).longValue();
    }

    private static BigDecimal scale(BigDecimal value) {
        // at least two decimals for display, more where the currency has them (KWD, JOD: three)
        return value == null ? null : value.setScale(Math.max(2, value.stripTrailingZeros().scale()),
                RoundingMode.UNNECESSARY);
    }
}
