package org.haven.legal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.haven.shared.security.AccessScope;
import org.haven.shared.security.CurrentActor;

/** The forced-return overview: SQL aggregates over the flags, deadlines checked against the timeline's rules. */
@ApplicationScoped
public class ForcedReturnOverviewService {

    /** The most deadlines one overview lists (earliest first). */
    static final int MAX_DEADLINES = 200;
    public static final int DEFAULT_HORIZON_DAYS = 60;
    public static final int MAX_HORIZON_DAYS = 366;

    private final EntityManager em;
    private final LegalEventRepository events;
    private final ForcedReturnFlagging flagging;
    private final LegalConfig config;
    private final CurrentActor currentActor;

    ForcedReturnOverviewService(EntityManager em, LegalEventRepository events, ForcedReturnFlagging flagging,
            LegalConfig config, CurrentActor currentActor) {
        this.em = em;
        this.events = events;
        this.flagging = flagging;
        this.config = config;
        this.currentActor = currentActor;
    }

    /** {@code horizonDays}: how far ahead deadlines are listed (1 to {@link #MAX_HORIZON_DAYS}). */
    @Transactional
    public ForcedReturnOverview overview(int horizonDays) {
        AccessScope scope = currentActor.scope();
        LocalDate today = flagging.today();
        String team = scope.all() ? "" : " and f.team in (:teams)";
        String open = " from forced_return_flag f join legal_event e on e.id = f.deadline_event_id"
                + " join defender d on d.id = f.defender_id where f.resolved_at is null and d.status = 'ACTIVE'" + team;
        long atRisk = ((Number) bind(em.createNativeQuery("select count(distinct f.defender_id)" + open), scope)
                .getSingleResult()).longValue();
        List<ForcedReturnOverview.Count> byCountry = counts(
                "select coalesce(e.host_country, d.current_country, 'NOT_RECORDED'), count(distinct f.defender_id)"
                        + open + " group by 1 order by 2 desc, 1", scope);
        List<ForcedReturnOverview.Count> byGender = counts(
                "select coalesce(d.gender, 'NOT_RECORDED'), count(distinct f.defender_id)" + open
                        + " group by 1 order by 2 desc, 1", scope);
        int window = (int) ChronoUnit.DAYS.between(today, today.plus(config.warningWindow()));
        return new ForcedReturnOverview(today, window, horizonDays, atRisk, byCountry, byGender,
                upcoming(today, horizonDays, scope));
    }

    @SuppressWarnings("unchecked")
    private List<ForcedReturnOverview.Count> counts(String sql, AccessScope scope) {
        List<Object[]> rows = bind(em.createNativeQuery(sql), scope).getResultList();
        return rows.stream().map(r -> new ForcedReturnOverview.Count((String) r[0], ((Number) r[1]).longValue()))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<ForcedReturnOverview.UpcomingDeadline> upcoming(LocalDate today, int horizonDays, AccessScope scope) {
        List<Object[]> rows = bind(em.createNativeQuery("""
                select e.id, e.defender_id, d.reference, d.pseudonym, e.team, e.kind, e.occurred_on,
                       exists (select 1 from forced_return_flag f where f.deadline_event_id = e.id and f.resolved_at is null)
                  from legal_event e join defender d on d.id = e.defender_id
                 where e.kind in ('APPEAL_DEADLINE', 'REMOVAL_ORDER') and e.retracted_at is null and d.status = 'ACTIVE'
                   and e.occurred_on <= :horizon
                   and (e.occurred_on >= :today or exists (select 1 from forced_return_flag f
                        where f.deadline_event_id = e.id and f.resolved_at is null))""" + (scope.all() ? ""
                : " and e.team in (:teams)") + " order by e.occurred_on, e.id"), scope)
                .setParameter("horizon", today.plusDays(horizonDays)).setParameter("today", today)
                .setMaxResults(MAX_DEADLINES).getResultList();
        Set<UUID> defenders = rows.stream().map(r -> (UUID) r[1]).collect(Collectors.toSet());
        Set<UUID> open = new HashSet<>();
        Map<UUID, List<LegalEvent>> timelines = defenders.isEmpty() ? Map.of()
                : events.list("defenderId in ?1", defenders).stream()
                        .collect(Collectors.groupingBy(LegalEvent::defenderId));
        timelines.values().forEach(t -> new LegalTimeline(t.stream().map(LegalEvent::entry).toList()).openDeadlines()
                .forEach(d -> open.add(d.eventId())));
        List<ForcedReturnOverview.UpcomingDeadline> upcoming = new ArrayList<>();
        for (Object[] r : rows) {
            if (open.contains((UUID) r[0])) {
                LocalDate on = r[6] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) r[6];
                upcoming.add(new ForcedReturnOverview.UpcomingDeadline((UUID) r[0], (UUID) r[1], (String) r[2],
                        (String) r[3], (String) r[4], LegalEventKind.valueOf((String) r[5]), on,
                        ChronoUnit.DAYS.between(today, on), Boolean.TRUE.equals(r[7])));
            }
        }
        return upcoming;
    }

    private static Query bind(Query query, AccessScope scope) {
        return scope.all() ? query : query.setParameter("teams", List.copyOf(scope.teamsForQuery()));
    }
}
