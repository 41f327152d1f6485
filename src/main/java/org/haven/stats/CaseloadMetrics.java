package org.haven.stats;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.haven.request.RequestStatus;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * The caseload as Prometheus gauges: cases by workflow status, cases past their decision deadline,
 * grants waiting for approval, follow-ups past their due date. Counts over all teams, labelled with
 * fixed enum values only: no ids, names or teams, so nothing here is personal data.
 *
 * <p>A scrape never touches the database: the gauges read a snapshot that one aggregate query
 * refreshes on each replica every {@code haven.metrics.caseload-refresh} (30s). Every replica reports
 * the same totals, so aggregate across replicas with {@code max}, not {@code sum}
 * (docs/operations.md#monitoring).
 */
@ApplicationScoped
class CaseloadMetrics {

    private static final String REQUEST = "request:";

    private final EntityManager em;
    private final Clock clock;
    private final MeterRegistry registry;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>(Snapshot.UNKNOWN);

    CaseloadMetrics(EntityManager em, Clock clock, MeterRegistry registry) {
        this.em = em;
        this.clock = clock;
        this.registry = registry;
    }

    /** The counts of one refresh; NaN before the first. */
    record Snapshot(Map<RequestStatus, Double> requests, double overdueRequests, double grantsAwaitingApproval,
            double overdueFollowUps) {

        static final Snapshot UNKNOWN = new Snapshot(Map.of(), Double.NaN, Double.NaN, Double.NaN);

        double requests(RequestStatus status) {
            return requests.getOrDefault(status, Double.NaN);
        }
    }

    void register(@Observes StartupEvent event) {
        for (RequestStatus status : RequestStatus.values()) {
            Gauge.builder("haven.assistance.requests", this, m -> m.snapshot.get().requests(status))
                    .description("Assistance requests (cases) by workflow status, all teams")
                    .tag("status", status.name()).register(registry);
        }
        Gauge.builder("haven.assistance.requests.overdue", this, m -> m.snapshot.get().overdueRequests())
                .description("Cases still waiting for a decision after their decision deadline, all teams")
                .register(registry);
        Gauge.builder("haven.grants.awaiting.approval", this, m -> m.snapshot.get().grantsAwaitingApproval())
                .description("Grants proposed and not yet decided, all teams").register(registry);
        Gauge.builder("haven.followups.overdue", this, m -> m.snapshot.get().overdueFollowUps())
                .description("Planned follow-ups past their due date and not yet marked missed, all teams")
                .register(registry);
    }

    /** One aggregate query; the same conditions as the caseload overview (StatsService). */
    @Scheduled(identity = "caseload-metrics", every = "${haven.metrics.caseload-refresh:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void refresh() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select 'request:' || status, count(*) from assistance_request group by status
                union all
                select 'overdue-requests', count(*) from assistance_request
                 where status in ('RECEIVED', 'IN_ASSESSMENT') and decision_deadline < :now
                union all
                select 'grants-awaiting-approval', count(*) from assistance_grant where status = 'PROPOSED'
                union all
                select 'overdue-follow-ups', count(*) from follow_up where status = 'PLANNED' and due_on < current_date
                """).setParameter("now", clock.instant()).getResultList();
        Map<RequestStatus, Double> requests = new EnumMap<>(RequestStatus.class);
        for (RequestStatus status : RequestStatus.values()) {
            requests.put(status, 0.0);
        }
        double overdueRequests = 0;
        double grants = 0;
        double followUps = 0;
        for (Object[] row : rows) {
            String key = (String) row[0];
            double count = ((Number) row[1]).doubleValue();
            if (key.startsWith(REQUEST)) {
                requests.put(RequestStatus.valueOf(key.substring(REQUEST.length())), count);
            } else {
                switch (key) {
                    case "overdue-requests" -> overdueRequests = count;
                    case "grants-awaiting-approval" -> grants = count;
                    case "overdue-follow-ups" -> followUps = count;
                    default -> throw new IllegalStateException("unexpected caseload figure " + key);
                }
            }
        }
        snapshot.set(new Snapshot(Map.copyOf(requests), overdueRequests, grants, followUps));
    }
}
