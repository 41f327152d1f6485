package org.haven.faults;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import org.haven.faults.HavenClient.Answer;
import org.haven.shared.security.Roles;
import org.haven.support.GrantFixtures;
import org.haven.support.Tokens;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The fault harness: clients doing whole cases concurrently while the service is killed with SIGKILL
 * and PostgreSQL is stopped immediately, each fault followed by a restart on the same data; then the
 * reconciliation. Used by FaultToleranceIT (short) and FaultsBenchmark (src/bench/faults.sh, long).
 */
final class FaultRun {

    record Plan(int clients, int appKills, int databaseCrashes, Duration loadBetweenFaults, Duration databaseDowntime,
            int droppedPercent) {
    }

    /** While PostgreSQL was down: how the service answered a probe, and how long it took to recover. */
    record DatabaseOutage(long probes, long answered503, long otherAnswers, long noAnswer, long slowestProbeMillis,
            long recoveryMillis) {
    }

    record Outcome(Reconciliation.Result result, Ledger ledger, List<Duration> appRestarts,
            List<DatabaseOutage> databaseOutages, Duration elapsed) {
    }

    private FaultRun() {
    }

    static Outcome run(Deployment deployment, Plan plan, PrintStream out) throws Exception {
        long started = System.nanoTime();
        Ledger ledger = new Ledger();
        HavenClient client = new HavenClient(deployment.port(), ledger);
        String fund = fund(client);
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < plan.clients(); i++) {
            Thread thread = new Thread(new CaseCycle(i, client, ledger, fund, plan.droppedPercent(), false, stop::get),
                    "fault-client-" + i);
            thread.start();
            clients.add(thread);
        }
        List<Duration> restarts = new ArrayList<>();
        List<DatabaseOutage> outages = new ArrayList<>();
        int faults = Math.max(plan.appKills(), plan.databaseCrashes());
        try {
            for (int i = 0; i < faults; i++) {
                if (i < plan.appKills()) {
                    underLoad(plan);
                    Duration restart = deployment.killAndRestartApp();
                    restarts.add(restart);
                    out.printf("FAULTS kill -9 #%d: ready again after %d ms; acknowledged so far %d%n", i + 1,
                            restart.toMillis(), ledger.acknowledged.size());
                }
                if (i < plan.databaseCrashes()) {
                    underLoad(plan);
                    DatabaseOutage outage = databaseOutage(deployment, client, plan.databaseDowntime());
                    outages.add(outage);
                    out.printf("FAULTS PostgreSQL immediate stop #%d: probes %d, 503 %d, other %d, no answer %d, "
                            + "slowest %d ms; recovered %d ms after restart%n", i + 1, outage.probes(),
                            outage.answered503(), outage.otherAnswers(), outage.noAnswer(),
                            outage.slowestProbeMillis(), outage.recoveryMillis());
                }
            }
            underLoad(plan);
        } finally {
            stop.set(true);
            for (Thread thread : clients) {
                thread.join(Duration.ofMinutes(5).toMillis());
            }
        }
        JsonNode verification = client.send("GET", "/audit/verify", Tokens.of(Roles.AUDITOR), null, Map.of()).body();
        Reconciliation.Result result;
        try (var db = deployment.superuser()) {
            result = Reconciliation.check(db, ledger, verification);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        out.printf("FAULTS %d clients, %d kill -9, %d PostgreSQL immediate stops, %d s%n", plan.clients(),
                restarts.size(), outages.size(), elapsed.toSeconds());
        out.printf("FAULTS cases completed %d; %s%n", ledger.cycles.sum(), result.summary());
        out.printf("FAULTS applied though the answer was lost %d; keyed retries %d; answers %s%n",
                ledger.appliedDespiteNoAnswer.sum(), ledger.keyedRetries.sum(), ledger.answers());
        for (String problem : result.problems().stream().distinct().limit(20).toList()) {
            out.println("FAULTS problem: " + problem);
        }
        for (String unexpected : ledger.unexpected.stream().distinct().limit(20).toList()) {
            out.println("FAULTS unexpected answer: " + unexpected);
        }
        return new Outcome(result, ledger, restarts, outages, elapsed);
    }

    private static void underLoad(Plan plan) throws InterruptedException {
        long base = plan.loadBetweenFaults().toMillis();
        Thread.sleep(base / 2 + ThreadLocalRandom.current().nextLong(base)); // mid-load, not on a beat
    }

    /**
     * PostgreSQL stopped immediately; a probe asks the service for a list every quarter second while it
     * is down; then PostgreSQL starts again and the probe waits for the service to answer by itself.
     */
    private static DatabaseOutage databaseOutage(Deployment deployment, HavenClient client, Duration downtime)
            throws Exception {
        String officer = Tokens.forUser("fault-probe", Roles.PROTECTION_OFFICER);
        deployment.crashDatabase();
        long probes = 0;
        long unavailable = 0;
        long other = 0;
        long none = 0;
        long slowest = 0;
        long until = System.nanoTime() + downtime.toNanos();
        while (System.nanoTime() < until) {
            long t = System.nanoTime();
            Answer answer = client.send("GET", "/requests?size=1", officer, null, Map.of());
            slowest = Math.max(slowest, (System.nanoTime() - t) / 1_000_000);
            probes++;
            if (answer == null) {
                none++;
            } else if (answer.status() == 503 && answer.contentType().startsWith("application/problem+json")) {
                unavailable++;
            } else {
                other++;
            }
            Thread.sleep(250);
        }
        deployment.restartDatabase();
        long restarted = System.nanoTime();
        while (true) {
            Answer answer = client.send("GET", "/requests?size=1", officer, null, Map.of());
            if (answer != null && answer.ok()) {
                break;
            }
            if (System.nanoTime() - restarted > Duration.ofMinutes(2).toNanos()) {
                throw new IllegalStateException("the service did not recover within 2 minutes of PostgreSQL's restart");
            }
            Thread.sleep(100);
        }
        return new DatabaseOutage(probes, unavailable, other, none, slowest, (System.nanoTime() - restarted) / 1_000_000);
    }

    static String fund(HavenClient client) {
        Map<String, Object> fund = Map.of("name", "Synthetic fault fund", "donor", "Example Donor", "totalBudget",
                GrantFixtures.money(new BigDecimal("1000000000"), "EUR"), "periodStart", "2020-01-01",
                "periodEnd", "2099-12-31");
        Answer created = client.send("POST", "/funds", Tokens.of(Roles.PROGRAMME_MANAGER), fund, Map.of());
        if (created == null || created.status() != 201) {
            throw new IllegalStateException("could not create the fund: " + (created == null ? "no answer" : created.status()));
        }
        return created.body().path("id").asText();
    }
}
