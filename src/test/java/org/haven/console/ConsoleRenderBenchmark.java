package org.haven.console;

import static org.haven.support.DefenderFixtures.aDefender;
import static org.haven.support.RequestFixtures.aRequest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.haven.support.Database;
import org.haven.support.RequestFixtures;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * Benchmark, not a test (run by src/bench/console-render.sh): the console's caseload and case pages
 * with N cases (default 10,000) in the signed-in officer's team. Prints p50/p95 of each page, and, measured
 * in the same alternating rounds, the JSON API answering the same question (GET /requests, the queue
 * the caseload shows; GET /requests/{id} with its history for the case page), so that the figure that
 * matters on a noisy machine is the ratio: what rendering HTML adds to the API's own work.
 */
@QuarkusTest
class ConsoleRenderBenchmark {

    @OidcWireMock
    WireMockServer provider;

    @Test
    void measure() throws Exception {
        int cases = Integer.getInteger("haven.bench.cases", 10_000);
        int runs = Integer.getInteger("haven.bench.runs", 50);
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        String defender = aDefender().with("team", officer.teams.get(0)).register(officer.token);
        String template = aRequest(defender).open(officer.token);
        RequestFixtures.transition(officer.token, template, "IN_ASSESSMENT", "Synthetic benchmark case");
        long loadStart = System.nanoTime();
        try (Connection c = Database.asSuperuser(); Statement s = c.createStatement()) {
            s.executeUpdate(cloneSql(c, cases, template));
            // every case has its assistance types (a case without one cannot be opened)
            s.executeUpdate("insert into assistance_request_type (request_id, assistance_type) select r.id, t.assistance_type"
                    + " from assistance_request r, assistance_request_type t where r.reference like 'BENCH-%'"
                    + " and t.request_id = '" + template + "'");
            s.execute("analyze assistance_request");
            s.execute("analyze assistance_request_type");
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

        Map<String, Supplier<Response>> pages = new java.util.LinkedHashMap<>();
        pages.put("console GET /console/caseload", () -> page(officer, "/console/caseload"));
        pages.put("api     GET /requests x3 (the caseload's three queues, JSON)", () -> {
            api(officer, "/requests?overdue=true&size=50");
            api(officer, "/requests?status=IN_ASSESSMENT&size=50");
            return api(officer, "/requests?status=RECEIVED&size=50");
        });
        pages.put("console GET /console/cases/{id}", () -> page(officer, "/console/cases/" + template));
        pages.put("api     GET /requests/{id} + /history (JSON)", () -> {
            api(officer, "/requests/" + template);
            return api(officer, "/requests/" + template + "/history");
        });
        Map<String, List<Double>> millis = new java.util.LinkedHashMap<>();
        pages.keySet().forEach(k -> millis.put(k, new ArrayList<>()));
        for (int warm = 0; warm < 5; warm++) {
            pages.values().forEach(Supplier::get);
        }
        for (int i = 0; i < runs; i++) {
            // alternating rounds: each page and its API twin run back to back, so noise hits both alike
            for (Map.Entry<String, Supplier<Response>> page : pages.entrySet()) {
                long start = System.nanoTime();
                page.getValue().get();
                millis.get(page.getKey()).add((System.nanoTime() - start) / 1e6);
            }
        }
        System.out.printf("BENCH %d synthetic cases in the officer's team (loaded in %.1f s), %d alternating rounds%n",
                cases, loadSeconds, runs);
        List<String> names = new ArrayList<>(millis.keySet());
        for (String name : names) {
            List<Double> sorted = new ArrayList<>(millis.get(name));
            Collections.sort(sorted);
            System.out.printf("BENCH %-62s p50=%6.1f ms  p95=%6.1f ms%n", name, sorted.get(runs / 2),
                    sorted.get((int) Math.ceil(runs * 0.95) - 1));
        }
        for (int i = 0; i < names.size(); i += 2) {
            System.out.printf("BENCH ratio %s / its API twin: p50 %.2f%n", names.get(i).substring(8),
                    median(millis.get(names.get(i))) / median(millis.get(names.get(i + 1))));
        }
    }

    private static Response page(ConsoleSession session, String path) {
        Response page = session.request().get(path);
        if (page.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + page.statusCode());
        }
        return page;
    }

    private static Response api(ConsoleSession session, String path) {
        Response answer = RestAssured.given().auth().oauth2(session.token).get(path);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + answer.statusCode());
        }
        return answer;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /**
     * Copies the one case made through the API N times, every column as it is except identity, reference,
     * urgency, status and deadline, so the copies stay valid whatever columns later migrations add.
     */
    private static String cloneSql(Connection c, int cases, String template) throws Exception {
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getColumns(null, "public", "assistance_request", null)) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME"));
            }
        }
        List<String> values = new ArrayList<>();
        for (String column : columns) {
            values.add(switch (column) {
                case "id" -> "gen_random_uuid()";
                case "reference" -> "'BENCH-' || g";
                case "urgency" -> "(array['IMMEDIATE','URGENT','STANDARD'])[1 + g % 3]";
                case "status" -> "(array['RECEIVED','IN_ASSESSMENT','IN_ASSESSMENT','SUPPORTED'])[1 + g % 4]";
                case "decision_deadline" -> "now() - interval '2 days' + (g % 400) * interval '1 hour'";
                default -> column;
            });
        }
        return "insert into assistance_request (" + String.join(", ", columns) + ") select " + String.join(", ", values)
                + " from assistance_request, generate_series(1, " + cases + ") g where id = '" + template + "'";
    }
}
