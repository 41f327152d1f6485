package org.haven.faults;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.haven.shared.security.Roles;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test: the soak of issue 21, run by src/bench/soak.sh. 64 clients do whole cases
 * (the fault harness' workload, plus list and detail reads) against the packaged service in the
 * production profile for N minutes, without faults. Every interval it samples the app's resident
 * memory, heap in use and live heap after the last collection, and the runtime role's PostgreSQL
 * connections; at the end it prints how they grew after the warm-up, every 5xx other than the
 * documented 503, and the reconciliation of the fault harness.
 */
class SoakBenchmark {

    record Sample(long seconds, long rssKb, long heapBytes, long liveBytes, long appConnections,
            long allConnections, long cases, long writes) {
    }

    @Test
    void soak() throws Exception {
        int clients = Integer.getInteger("haven.bench.clients", 64);
        Duration length = Duration.ofMinutes(Integer.getInteger("haven.bench.minutes", 30));
        Duration every = Duration.ofSeconds(Integer.getInteger("haven.bench.sample-seconds", 30));
        System.out.printf("SOAK %d clients for %d min, a sample every %d s, %d cores%n", clients,
                length.toMinutes(), every.toSeconds(), Runtime.getRuntime().availableProcessors());
        try (Deployment deployment = Deployment.start(); Connection db = deployment.superuser()) {
            Ledger ledger = new Ledger();
            HavenClient client = new HavenClient(deployment.port(), ledger);
            String fund = fund(client);
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                Thread t = new Thread(new CaseCycle(i, client, ledger, fund, 2, true, stop::get), "soak-" + i);
                t.start();
                threads.add(t);
            }
            List<Sample> samples = new ArrayList<>();
            long start = System.nanoTime();
            try {
                while (System.nanoTime() - start < length.toNanos()) {
                    Thread.sleep(every.toMillis());
                    Sample s = sample(deployment, db, ledger, (System.nanoTime() - start) / 1_000_000_000L);
                    samples.add(s);
                    System.out.printf("SOAK t=%4ds rss=%4d MB heap=%4d MB live-after-gc=%4d MB db-connections=%d "
                            + "(all roles %d) cases=%d writes=%d%n", s.seconds(), s.rssKb() / 1024,
                            s.heapBytes() >> 20, s.liveBytes() >> 20, s.appConnections(), s.allConnections(),
                            s.cases(), s.writes());
                }
            } finally {
                stop.set(true);
                for (Thread t : threads) {
                    t.join(Duration.ofMinutes(5).toMillis());
                }
            }
            // growth after the warm-up: the first sample past a fifth of the run against the last one
            Sample first = samples.get(Math.min(samples.size() - 1, samples.size() / 5));
            Sample last = samples.get(samples.size() - 1);
            double minutes = (last.seconds() - first.seconds()) / 60.0;
            System.out.printf("SOAK growth from t=%ds to t=%ds: rss %+d MB, live heap after GC %+d MB, "
                    + "db connections %d -> %d; max rss %d MB, max db connections %d%n", first.seconds(),
                    last.seconds(), (last.rssKb() - first.rssKb()) / 1024, (last.liveBytes() - first.liveBytes()) >> 20,
                    first.appConnections(), last.appConnections(),
                    samples.stream().mapToLong(Sample::rssKb).max().orElse(0) / 1024,
                    samples.stream().mapToLong(Sample::appConnections).max().orElse(0));
            System.out.printf("SOAK throughput: %d cases, %d acknowledged writes (%.1f writes/s) over %.1f min%n",
                    last.cases(), last.writes(), last.writes() / (double) last.seconds(), last.seconds() / 60.0);
            Map<String, Long> answers = ledger.answers();
            long serverErrors = answers.entrySet().stream().filter(e -> e.getKey().startsWith("5")
                    && !e.getKey().equals("503")).mapToLong(Map.Entry::getValue).sum();
            System.out.printf("SOAK answers %s; 5xx other than 503: %d; 503: %d%n", answers, serverErrors,
                    ledger.count("503"));
            var verification = client.send("GET", "/audit/verify", Tokens.of(Roles.AUDITOR), null, Map.of()).body();
            Reconciliation.Result result = Reconciliation.check(db, ledger, verification);
            System.out.printf("SOAK %s%n", result.summary());
            for (String unexpected : ledger.unexpected.stream().distinct().limit(20).toList()) {
                System.out.println("SOAK unexpected answer: " + unexpected);
            }
            assertTrue(minutes >= 0);
            assertTrue(result.clean(), result.problems().toString());
            assertTrue(serverErrors == 0 && ledger.unexpected.isEmpty(), ledger.unexpected.toString());
        }
    }

    private static Sample sample(Deployment deployment, Connection db, Ledger ledger, long seconds) throws Exception {
        long app = 0;
        long all = 0;
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "select count(*) filter (where usename = 'haven_app'), count(*) from pg_stat_activity "
                        + "where backend_type = 'client backend'")) {
            r.next();
            app = r.getLong(1);
            all = r.getLong(2);
        }
        return new Sample(seconds, deployment.rssKb(), deployment.heapUsedBytes(), deployment.liveHeapBytes(), app,
                all, ledger.cycles.sum(), ledger.acknowledged.size());
    }

    private static String fund(HavenClient client) {
        return FaultRun.fund(client);
    }
}
