package org.haven.bench;

import static io.restassured.RestAssured.given;
import static org.haven.support.DefenderFixtures.aDefender;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.haven.shared.security.Roles;
import org.haven.support.DefenderFixtures;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Benchmark, not a test: not part of the suite (its name does not end in Test), run by
 * src/bench/audit-throughput.sh. Measures audited decisions per second (defender profile changes,
 * each one hash-chained audit entry) through the REST API at 1, 8 and 32 concurrent writers, and
 * prints the figures. Nothing here asserts on time.
 */
@QuarkusTest
class AuditThroughputBenchmark {

    @TestHTTPResource("/")
    URL base;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void measure() throws Exception {
        int seconds = Integer.getInteger("haven.bench.seconds", 10);
        String[] levels = System.getProperty("haven.bench.writers", "1,8,32").split(",");
        run(4, 3); // warm-up
        System.out.printf("BENCH audited decisions through the REST API, %d s per level, %d cores%n", seconds,
                Runtime.getRuntime().availableProcessors());
        for (String level : levels) {
            Result r = run(Integer.parseInt(level.trim()), seconds);
            System.out.printf("BENCH writers=%-3d decisions=%-6d rate=%8.1f/s  p50=%6.1f ms  p95=%6.1f ms  p99=%6.1f ms  errors=%d%n",
                    r.writers, r.count, r.count / (double) seconds, r.percentile(50), r.percentile(95),
                    r.percentile(99), r.errors);
        }
        String verify = given().auth().oauth2(Tokens.of(Roles.AUDITOR)).get("/audit/verify").asString();
        System.out.println("BENCH chain after the run: " + verify);
    }

    record Result(int writers, int count, int errors, List<Double> latenciesMs) {
        double percentile(int p) {
            if (latenciesMs.isEmpty()) {
                return Double.NaN;
            }
            List<Double> sorted = new ArrayList<>(latenciesMs);
            Collections.sort(sorted);
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
        }
    }

    private Result run(int writers, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Future<Result>> futures = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            futures.add(pool.submit(() -> writer(deadline)));
        }
        int count = 0;
        int errors = 0;
        List<Double> latencies = new ArrayList<>();
        for (Future<Result> f : futures) {
            Result r = f.get();
            count += r.count;
            errors += r.errors;
            latencies.addAll(r.latenciesMs);
        }
        pool.shutdown();
        return new Result(writers, count, errors, latencies);
    }

    private Result writer(long deadline) throws Exception {
        String officer = Tokens.of(Roles.PROTECTION_OFFICER);
        DefenderFixtures fixture = aDefender();
        String id = fixture.register(officer);
        Map<String, Object> profile = new HashMap<>(fixture.profile());
        URI uri = base.toURI().resolve("defenders/" + id);
        long version = 0;
        int count = 0;
        int errors = 0;
        List<Double> latencies = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            profile.put("riskLevel", version % 2 == 0 ? "CRITICAL" : "HIGH");
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .header("Authorization", "Bearer " + officer)
                    .header("Content-Type", "application/json")
                    .header("If-Match", "\"" + version + "\"")
                    .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(profile)))
                    .build();
            long start = System.nanoTime();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            latencies.add((System.nanoTime() - start) / 1_000_000.0);
            if (response.statusCode() == 200) {
                count++;
                version++;
            } else {
                errors++;
            }
        }
        return new Result(1, count, errors, latencies);
    }
}
