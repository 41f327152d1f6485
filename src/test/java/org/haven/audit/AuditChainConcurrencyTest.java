package org.haven.audit;

import static io.restassured.RestAssured.given;
import static org.haven.support.DefenderFixtures.aDefender;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.haven.shared.security.Roles;
import org.haven.support.DefenderFixtures;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Many concurrent audited decisions never fork or break the chain. */
@QuarkusTest
class AuditChainConcurrencyTest {

    private static final int THREADS = 8;
    private static final int DECISIONS_PER_THREAD = 200;

    @Test
    void concurrentDecisionsKeepOneUnbrokenChain() throws Exception {
        String auditor = Tokens.of(Roles.AUDITOR);
        long before = given().auth().oauth2(auditor).get("/audit/verify").then().statusCode(200)
                .extract().jsonPath().getLong("entries");

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> workers = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                workers.add(pool.submit(() -> {
                    String officer = Tokens.of(Roles.PROTECTION_OFFICER);
                    start.await();
                    DefenderFixtures fixture = aDefender();
                    String id = fixture.register(officer);
                    int done = 1;
                    Map<String, Object> profile = new HashMap<>(fixture.profile());
                    for (int version = 0; done < DECISIONS_PER_THREAD; version++, done++) {
                        profile.put("riskLevel", version % 2 == 0 ? "CRITICAL" : "HIGH");
                        given().auth().oauth2(officer).contentType(ContentType.JSON)
                                .header("If-Match", "\"" + version + "\"").body(profile)
                                .put("/defenders/" + id).then().statusCode(200);
                    }
                    return done;
                }));
            }
            start.countDown();
            int decisions = 0;
            for (Future<Integer> worker : workers) {
                decisions += worker.get();
            }
            assertEquals(THREADS * DECISIONS_PER_THREAD, decisions);
        } finally {
            pool.shutdownNow();
        }

        JsonPath verification = given().auth().oauth2(auditor).get("/audit/verify").then().statusCode(200)
                .extract().jsonPath();
        assertTrue(verification.getBoolean("valid"), "chain verifies: " + verification.prettify());
        assertEquals(before + THREADS * DECISIONS_PER_THREAD, verification.getLong("entries"),
                "every decision is in the chain: " + verification.prettify());
        assertEquals(verification.getLong("entries"), verification.getLong("headSeq"), "no gaps, no duplicates");
    }
}
