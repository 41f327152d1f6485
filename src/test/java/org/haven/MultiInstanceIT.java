package org.haven;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.MimeMessage;

import org.haven.shared.security.Roles;
import org.haven.support.DefenderFixtures;
import org.haven.support.PackagedHaven;
import org.haven.support.PostgresResource;
import org.haven.support.RequestFixtures;
import org.haven.support.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Two instances of the packaged service (production profile) against one PostgreSQL, with concurrent
 * decisions through both: the audit chain stays one unbroken chain, references stay unique, and an
 * idempotent creation retried on both instances creates exactly one case, and both dispatchers
 * working one outbox send each e-mail once. Nothing that must be unique, ordered or exactly-once
 * lives in a JVM.
 */
class MultiInstanceIT {

    private static final PostgresResource POSTGRES = new PostgresResource();
    private static final OidcWiremockTestResource OIDC = new OidcWiremockTestResource();
    private static final List<PackagedHaven> INSTANCES = new ArrayList<>();
    private static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)
            .dynamicPort());

    @BeforeAll
    static void startTwoInstances() throws Exception {
        Map<String, String> oidc = OIDC.start();
        oidc.forEach(System::setProperty);
        Map<String, String> env = PackagedHaven.environment(POSTGRES.start(), oidc.get("keycloak.url")
                + "/realms/quarkus");
        SMTP.start();
        env.put("HAVEN_SMTP_HOST", "127.0.0.1");
        env.put("HAVEN_SMTP_PORT", Integer.toString(SMTP.getSmtp().getPort()));
        env.put("HAVEN_SMTP_START_TLS", "DISABLED");
        // Both replicas' dispatchers compete every second for the same outbox rows.
        env.put("HAVEN_NOTIFICATIONS_JOBS_DISPATCH_EVERY", "1s");
        for (int i = 0; i < 2; i++) {
            INSTANCES.add(PackagedHaven.start(env, "multi-instance-" + i + ".log"));
        }
        for (PackagedHaven instance : INSTANCES) {
            instance.awaitReady();
        }
    }

    @AfterAll
    static void stopEverything() throws Exception {
        for (PackagedHaven instance : INSTANCES) {
            instance.close();
        }
        OIDC.stop();
        POSTGRES.stop();
        SMTP.stop();
    }

    private static RequestSpecification on(int instance, String token) {
        return given().baseUri("http://localhost").port(INSTANCES.get(instance).port()).auth().oauth2(token);
    }

    @Test
    void concurrentDecisionsThroughTwoInstancesKeepOneChainAndUniqueReferences() throws Exception {
        int writers = 8;
        int changes = 25;
        long before = on(0, Tokens.of(Roles.AUDITOR)).get("/audit/checkpoint").then().statusCode(200).extract()
                .jsonPath().getLong("seq"); // other tests of this class may have written first
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<String>> registered = new ArrayList<>();
        try {
            for (int w = 0; w < writers; w++) {
                int instance = w % 2;
                registered.add(pool.submit(() -> {
                    String officer = Tokens.of(Roles.PROTECTION_OFFICER);
                    DefenderFixtures fixture = DefenderFixtures.aDefender();
                    String id = on(instance, officer).contentType(ContentType.JSON).body(fixture.body())
                            .post("/defenders").then().statusCode(201).extract().path("id");
                    Map<String, Object> profile = new HashMap<>(fixture.profile());
                    for (int v = 0; v < changes; v++) {
                        profile.put("riskLevel", v % 2 == 0 ? "CRITICAL" : "HIGH");
                        // alternate instances: each change may land on either replica
                        on((instance + v) % 2, officer).contentType(ContentType.JSON)
                                .header("If-Match", "\"" + v + "\"").body(profile).put("/defenders/" + id)
                                .then().statusCode(200);
                    }
                    return on(instance, officer).get("/defenders/" + id).then().extract().path("reference");
                }));
            }
            Set<String> references = new HashSet<>();
            for (Future<String> f : registered) {
                references.add(f.get());
            }
            assertEquals(writers, references.size(), "every defender got its own reference");
        } finally {
            pool.shutdownNow();
        }
        var verification = on(1, Tokens.of(Roles.AUDITOR)).get("/audit/verify").then().statusCode(200)
                .extract().jsonPath();
        assertTrue(verification.getBoolean("valid"), verification.prettify());
        assertEquals(before + writers * (changes + 1L), verification.getLong("entries"));
        assertEquals(verification.getLong("entries"), verification.getLong("headSeq"));
    }

    @Test
    void twoReplicasDispatchingTheSameOutboxSendEachEmailExactlyOnce() throws Exception {
        String team = "team-" + UUID.randomUUID().toString().substring(0, 8);
        String manager = Tokens.inTeams("manager-" + UUID.randomUUID(), List.of(team), Roles.PROGRAMME_MANAGER);
        String opener = Tokens.inTeams("officer-" + UUID.randomUUID(), List.of(team), Roles.PROTECTION_OFFICER);
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            int instance = i % 2;
            String officer = "officer-" + UUID.randomUUID();
            String address = officer + "@desk.example.org";
            String token = Tokens.sign(Tokens.claimsInTeams(officer, List.of(team), Roles.PROTECTION_OFFICER)
                    .claim("email", address));
            on(instance, token).get("/notifications").then().statusCode(200); // now in the staff directory
            String defender = on(instance, opener).contentType(ContentType.JSON)
                    .body(DefenderFixtures.aDefender().body()).post("/defenders").then().statusCode(201)
                    .extract().path("id");
            String request = on(1 - instance, opener).contentType(ContentType.JSON)
                    .body(RequestFixtures.aRequest(defender).body()).post("/requests").then().statusCode(201)
                    .extract().path("id");
            on(instance, manager).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(Map.of("officer", officer)).put("/requests/" + request + "/assignee").then().statusCode(200);
            addresses.add(address);
        }
        assertTrue(SMTP.waitForIncomingEmail(60_000, addresses.size()), "every assignment was e-mailed");
        Thread.sleep(3_000); // three more dispatcher rounds on each replica: nothing may come twice
        Map<String, Integer> received = new HashMap<>();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            received.merge(GreenMailUtil.getAddressList(message.getAllRecipients()), 1, Integer::sum);
        }
        for (String address : addresses) {
            assertEquals(1, received.getOrDefault(address, 0), "e-mails to " + address);
        }
    }

    @Test
    void anIdempotentRetryOnTheOtherInstanceCreatesNothingNew() throws Exception {
        String officer = Tokens.of(Roles.PROTECTION_OFFICER);
        String defender = on(0, officer).contentType(ContentType.JSON).body(DefenderFixtures.aDefender().body())
                .post("/defenders").then().statusCode(201).extract().path("id");
        Map<String, Object> body = RequestFixtures.aRequest(defender).body();
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> attempts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                int instance = i % 2;
                attempts.add(pool.submit(() -> on(instance, officer).contentType(ContentType.JSON)
                        .header("Idempotency-Key", key).body(body).post("/requests").then().statusCode(201)
                        .extract().path("id")));
            }
            Set<String> ids = new HashSet<>();
            for (Future<String> attempt : attempts) {
                ids.add(attempt.get());
            }
            assertEquals(1, ids.size());
        } finally {
            pool.shutdownNow();
        }
        on(1, officer).queryParam("defenderId", defender).get("/requests").then().statusCode(200)
                .body("totalItems", org.hamcrest.Matchers.equalTo(1));
    }
}
