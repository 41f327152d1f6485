package org.haven.bench;

import static org.haven.support.DefenderFixtures.aDefender;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.haven.shared.security.Roles;
import org.haven.support.Database;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Benchmark, not a test (run by src/bench/export.sh): loads synthetic cases (each with a follow-up
 * and five audit entries), then streams the JSON Lines export of 10,000 and 100,000 cases through the
 * REST API and prints cases/s, time to first byte and the peak heap seen while streaming. The
 * synthetic audit entries are inserted directly (triggers off) with placeholder hashes: this measures
 * throughput and memory, not verification.
 */
@QuarkusTest
class ExportBenchmark {

    @TestHTTPResource("/")
    URL base;

    @Test
    void measure() throws Exception {
        String sizes = System.getProperty("haven.bench.cases", "10000,100000");
        String defender = aDefender().register(Tokens.of(Roles.PROTECTION_OFFICER));
        long loaded = 0;
        for (String size : sizes.split(",")) {
            int cases = Integer.parseInt(size.trim());
            if (cases > loaded) {
                load(defender, loaded, cases);
                loaded = cases;
            }
            run(cases);
        }
    }

    private static void load(String defender, long from, long to) throws Exception {
        try (Connection c = Database.asSuperuser()) {
            load(c, defender, from, to);
        }
    }

    /**
     * Synthetic cases {@code from + 1 .. to} of one defender, each with a follow-up and five audit entries
     * (placeholder hashes, triggers off), received one second apart from 2001-01-01. Also RatioBenchmark's.
     */
    static void load(Connection c, String defender, long from, long to) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("set session_replication_role = replica");
            s.executeUpdate("""
                    insert into assistance_request (id, version, reference, defender_id, team, urgency,
                        decision_deadline, summary, intake_channel, status, received_at, created_by, updated_at,
                        updated_by)
                    select ('00000000-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid, 0, 'XBENCH-' || g, '%s',
                           'bench-team', 'URGENT', now(), 'Synthetic benchmark case', 'SIGNAL', 'SUPPORTED',
                           timestamptz '2001-01-01' + g * interval '1 second', 'bench', now(), 'bench'
                      from generate_series(%d, %d) g
                    """.formatted(defender, from + 1, to));
            s.executeUpdate("""
                    insert into follow_up (id, version, request_id, defender_id, holder_id, team, type, due_on,
                        status, created_at, created_by, updated_at)
                    select gen_random_uuid(), 0, ('00000000-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid,
                           '%1$s', '%1$s', 'bench-team', 'CHECK_IN', current_date, 'PLANNED', now(), 'bench', now()
                      from generate_series(%2$d, %3$d) g
                    """.formatted(defender, from + 1, to));
            s.executeUpdate("""
                    insert into audit_entry (seq, occurred_at, actor_subject, actor_name, actor_roles, action,
                        entity_type, entity_id, case_id, reason, changes, prev_hash, hash)
                    select 1000000000 + g * 10 + k, now(), 'bench', 'Bench', 'protection-officer',
                           'REQUEST_STATUS_CHANGED', 'request', 'x', ('00000000-0000-4000-8000-'
                           || lpad(to_hex(g), 12, '0'))::uuid, null,
                           '{"status":{"after":"SUPPORTED","before":"IN_ASSESSMENT"}}',
                           md5('p' || g || '-' || k) || md5('q' || g || '-' || k),
                           md5('h' || g || '-' || k) || md5('i' || g || '-' || k)
                      from generate_series(%d, %d) g, generate_series(1, 5) k
                    """.formatted(from + 1, to));
            s.execute("set session_replication_role = origin");
            s.execute("analyze");
        }
    }

    private void run(int cases) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        HttpRequest request = HttpRequest.newBuilder(base.toURI().resolve(
                "exports/case-histories?format=jsonl&from=2001-01-01T00:00:00Z&to=2002-01-01T00:00:00Z"))
                .header("Authorization", "Bearer " + Tokens.of(Roles.AUDITOR)).GET().build();
        long start = System.nanoTime();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofInputStream());
        long firstByte = 0;
        long bytes = 0;
        long lines = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = response.body()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (firstByte == 0) {
                    firstByte = System.nanoTime();
                }
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        running.set(false);
        sampler.join();
        System.out.printf("BENCH export of %d cases (JSON Lines): status %d, %d lines, %.1f MB in %.1f s = %.0f cases/s;"
                + " first byte after %.0f ms; heap used: baseline %d MB, peak while streaming %d MB%n", cases,
                response.statusCode(), lines, bytes / 1e6, seconds, (lines - 1) / seconds,
                (firstByte - start) / 1e6, baseline / (1 << 20), peak.get() / (1 << 20));
    }
}
