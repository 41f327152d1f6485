package org.haven.bench;

import static io.restassured.RestAssured.given;
import static org.haven.support.DefenderFixtures.aDefender;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.haven.shared.security.Roles;
import org.haven.support.Database;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Benchmark, not a test (run by src/bench/stats-overview.sh): loads N synthetic requests (default
 * 100,000) with follow-ups straight into PostgreSQL, then times GET /stats and prints the figures.
 */
@QuarkusTest
class StatsBenchmark {

    @Test
    void measure() throws Exception {
        int requests = Integer.getInteger("haven.bench.requests", 100_000);
        int runs = Integer.getInteger("haven.bench.runs", 30);
        String defender = aDefender().register(Tokens.of(Roles.PROTECTION_OFFICER));
        long loadStart = System.nanoTime();
        try (Connection c = Database.asSuperuser(); Statement s = c.createStatement()) {
            s.executeUpdate("""
                    insert into assistance_request (id, version, reference, defender_id, urgency, decision_deadline,
                        summary, intake_channel, status, received_at, created_by, updated_at, updated_by, decided_at)
                    select gen_random_uuid(), 0, 'BENCH-' || g, '%s',
                           (array['IMMEDIATE','URGENT','STANDARD'])[1 + g %% 3],
                           now() - interval '30 days' + (g %% 60) * interval '1 day',
                           'Synthetic benchmark request', 'SIGNAL',
                           (array['RECEIVED','IN_ASSESSMENT','SUPPORTED','DECLINED','REFERRED','CLOSED'])[1 + g %% 6],
                           now() - (g %% 365) * interval '1 day', 'bench', now(), 'bench',
                           case when g %% 6 >= 2 then now() - (g %% 365) * interval '1 day' + (g %% 72) * interval '1 hour' end
                      from generate_series(1, %d) g
                    """.formatted(defender, requests));
            s.executeUpdate("""
                    insert into follow_up (id, version, request_id, defender_id, holder_id, team, type, due_on, status,
                        created_at, created_by, updated_at)
                    select gen_random_uuid(), 0, r.id, r.defender_id, r.defender_id, r.team, 'CHECK_IN',
                           current_date - (random() * 200)::int,
                           (array['PLANNED','DONE','MISSED'])[1 + (random() * 2)::int], now(), 'bench', now()
                      from assistance_request r where r.reference like 'BENCH-%%' and r.status = 'SUPPORTED'
                    """);
            s.execute("analyze");
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        String manager = Tokens.of(Roles.PROGRAMME_MANAGER);
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(manager).get("/stats").then().statusCode(200);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            given().auth().oauth2(manager).get("/stats").then().statusCode(200);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf("BENCH GET /stats over %d synthetic requests (loaded in %.1f s), %d runs: "
                + "p50=%.1f ms  p95=%.1f ms  max=%.1f ms%n", requests, loadSeconds, runs,
                millis.get(runs / 2), millis.get((int) Math.ceil(runs * 0.95) - 1), millis.get(runs - 1));
    }
}
