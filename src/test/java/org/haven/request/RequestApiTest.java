package org.haven.request;

import static io.restassured.RestAssured.given;
import static org.haven.support.DefenderFixtures.aDefender;
import static org.haven.support.Problems.assertFieldProblem;
import static org.haven.support.Problems.assertProblem;
import static org.haven.support.RequestFixtures.aRequest;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.haven.shared.security.Roles;
import org.haven.support.RequestFixtures;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class RequestApiTest {

    private final String officer = Tokens.of(Roles.PROTECTION_OFFICER);
    private final String manager = Tokens.of(Roles.PROGRAMME_MANAGER);

    @Test
    void openingAssignsReferenceDeadlineAndStartsReceived() {
        Instant before = Instant.now();
        Response response = given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(aRequest().with("urgency", "IMMEDIATE").with("assistanceTypes",
                        List.of("TEMPORARY_RELOCATION", "FAMILY_SUPPORT")).body())
                .post("/requests");
        response.then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .header("Location", notNullValue())
                .body("reference", matchesPattern("EA-\\d{4}-\\d{5}"))
                .body("status", equalTo("RECEIVED"))
                .body("urgency", equalTo("IMMEDIATE"))
                .body("overdue", equalTo(false))
                .body("requestedAmount.amount", equalTo(2500.00f))
                .body("requestedAmount.currency", equalTo("EUR"))
                .body("assistanceTypes", containsInAnyOrder("TEMPORARY_RELOCATION", "FAMILY_SUPPORT"))
                .body("allowedTransitions", containsInAnyOrder("IN_ASSESSMENT", "WITHDRAWN"))
                .body("$", not(hasKey("narrative")));
        Instant deadline = Instant.parse(response.path("decisionDeadline"));
        Instant received = Instant.parse(response.path("receivedAt"));
        assertEquals(Duration.ofHours(24), Duration.between(received, deadline), "IMMEDIATE is decided within 24 h");
        assertTrue(!received.isBefore(before.minusSeconds(5)));
    }

    @Test
    void deadlineFollowsUrgencyConfiguration() {
        for (var expected : Map.of("URGENT", Duration.ofHours(72), "STANDARD", Duration.ofDays(14)).entrySet()) {
            Response r = given().auth().oauth2(officer).contentType(ContentType.JSON)
                    .body(aRequest().with("urgency", expected.getKey()).body()).post("/requests");
            assertEquals(expected.getValue(), Duration.between(Instant.parse(r.path("receivedAt")),
                    Instant.parse(r.path("decisionDeadline"))));
        }
    }

    @Test
    void narrativeIsReadOnlyThroughTheSensitiveResource() {
        String id = aRequest().with("narrative", "Synthetic narrative Kx3").open(officer);
        given().auth().oauth2(manager).get("/requests/" + id + "/sensitive?reason=synthetic-test").then().statusCode(200)
                .body("narrative", equalTo("Synthetic narrative Kx3"));
    }

    @Test
    void retryWithTheSameIdempotencyKeyReturnsTheOriginalAndCreatesNothing() {
        String key = UUID.randomUUID().toString();
        var fixture = aRequest();
        Response first = given().auth().oauth2(officer).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(fixture.body()).post("/requests");
        first.then().statusCode(201);
        Response retry = given().auth().oauth2(officer).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(fixture.body()).post("/requests");
        retry.then().statusCode(201).header("Location", equalTo(first.header("Location")))
                .header("ETag", equalTo(first.header("ETag")));
        assertEquals((String) first.path("id"), retry.path("id"));
        assertEquals((String) first.path("reference"), retry.path("reference"));
        given().auth().oauth2(officer).queryParam("defenderId", (String) fixture.body().get("defenderId"))
                .get("/requests").then().statusCode(200).body("totalItems", equalTo(1));
    }

    @Test
    void retryMatchesWhateverTheOrderOfASetInTheBody() {
        String key = UUID.randomUUID().toString();
        var fixture = aRequest().with("assistanceTypes", List.of("MEDICAL", "LEGAL", "SUBSISTENCE"));
        String first = given().auth().oauth2(officer).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(fixture.body()).post("/requests").then().statusCode(201).extract().path("id");
        String retry = given().auth().oauth2(officer).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(fixture.with("assistanceTypes", List.of("SUBSISTENCE", "MEDICAL", "LEGAL")).body())
                .post("/requests").then().statusCode(201).extract().path("id");
        assertEquals(first, retry);
    }

    @Test
    void realCurrenciesStartingWithXAreAccepted() {
        post(aRequest().with("requestedAmount", Map.of("amount", 50000, "currency", "XOF")).body()).statusCode(201);
    }

    @Test
    void sameKeyWithADifferentBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        var fixture = aRequest();
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(fixture.body()).post("/requests").then().statusCode(201);
        assertFieldProblem(given().auth().oauth2(officer).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(fixture.with("summary", "Something else").body()).post("/requests").then(),
                422, "idempotency-key-reused", "Idempotency-Key");
    }

    @Test
    void keysBelongToTheirUser() {
        String key = UUID.randomUUID().toString();
        var fixture = aRequest();
        String first = given().auth().oauth2(officer).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(fixture.body()).post("/requests").then().statusCode(201).extract().path("id");
        String other = given().auth().oauth2(Tokens.of(Roles.PROTECTION_OFFICER)).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(fixture.body()).post("/requests").then().statusCode(201)
                .extract().path("id");
        assertTrue(!first.equals(other), "another officer's key does not replay someone else's request");
    }

    @Test
    void invalidIdempotencyKeyIsBadRequest() {
        assertFieldProblem(given().auth().oauth2(officer).contentType(ContentType.JSON)
                .header("Idempotency-Key", "x".repeat(101)).body(aRequest().body()).post("/requests").then(),
                400, "invalid-idempotency-key", "Idempotency-Key");
    }

    @Test
    void concurrentRetriesCreateExactlyOneRequest() throws Exception {
        String key = UUID.randomUUID().toString();
        var fixture = aRequest();
        int clients = 8;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> results = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                Callable<Response> retry = () -> {
                    start.await();
                    return given().auth().oauth2(officer).contentType(ContentType.JSON).header("Idempotency-Key", key)
                            .body(fixture.body()).post("/requests");
                };
                results.add(pool.submit(retry));
            }
            start.countDown();
            Set<String> ids = new HashSet<>();
            for (Future<Response> result : results) {
                Response response = result.get();
                assertEquals(201, response.statusCode(), response.asString());
                ids.add(response.path("id"));
            }
            assertEquals(1, ids.size(), "all retries answer with the same request");
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(officer).queryParam("defenderId", (String) fixture.body().get("defenderId"))
                .get("/requests").then().statusCode(200).body("totalItems", equalTo(1));
        given().auth().oauth2(Tokens.of(Roles.AUDITOR)).queryParam("action", "REQUEST_CREATED")
                .queryParam("actor", subjectOf(officer)).get("/audit").then().statusCode(200)
                .body("totalItems", equalTo(1));
    }

    private static String subjectOf(String token) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        return io.restassured.path.json.JsonPath.from(payload).getString("sub");
    }

    @Test
    void unknownOrArchivedDefenderIsRefusedNamingTheField() {
        assertFieldProblem(given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(aRequest(UUID.randomUUID().toString()).body()).post("/requests").then(),
                422, "unknown-defender", "defenderId");
        String archived = aDefender().register(officer);
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("reason", "Synthetic archive")).post("/defenders/" + archived + "/archive")
                .then().statusCode(200);
        assertFieldProblem(given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(aRequest(archived).body()).post("/requests").then(), 422, "defender-not-active", "defenderId");
    }

    @Test
    void badInputIsNamed() {
        assertFieldProblem(post(aRequest().with("assistanceTypes", List.of("TELEPORTATION")).body()), 400,
                "invalid-value", "assistanceTypes[0]");
        assertFieldProblem(post(aRequest().with("urgency", "WHENEVER").body()), 400, "invalid-value", "urgency");
        assertFieldProblem(post(aRequest().with("requestedAmount", Map.of("amount", -5, "currency", "EUR")).body()),
                422, "validation-failed", "requestedAmount.amount");
        assertFieldProblem(post(aRequest().with("requestedAmount", Map.of("amount", 50000000, "currency", "EUR"))
                .body()), 422, "validation-failed", "requestedAmount.amount");
        assertFieldProblem(post(aRequest().with("requestedAmount", Map.of("amount", 10.123, "currency", "EUR"))
                .body()), 422, "validation-failed", "requestedAmount.amount");
        assertFieldProblem(post(aRequest().with("requestedAmount", Map.of("amount", 100, "currency", "EURO")).body()),
                422, "validation-failed", "requestedAmount.currency");
        assertFieldProblem(post(aRequest().with("requestedAmount", Map.of("amount", 100, "currency", "XAU")).body()),
                422, "validation-failed", "requestedAmount.currency");
        assertFieldProblem(post(aRequest().with("requestedAmount", Map.of("amount", "lots", "currency", "EUR"))
                .body()), 400, "invalid-value", "requestedAmount.amount");
        assertFieldProblem(post(aRequest().with("summary", "x".repeat(201)).body()), 422, "validation-failed",
                "summary");
        assertFieldProblem(post(aRequest().with("assistanceTypes", List.of()).body()), 422, "validation-failed",
                "assistanceTypes");
        assertFieldProblem(post(aRequest().without("intakeChannel").body()), 422, "validation-failed",
                "intakeChannel");
        assertFieldProblem(post(aRequest().with("defenderId", "not-a-uuid").body()), 400, "invalid-value",
                "defenderId");
    }

    @Test
    void anAssistanceTypeListedTwiceIsRefusedSoTheListStaysWithinItsPublishedBounds() {
        assertFieldProblem(post(aRequest().with("assistanceTypes", List.of("LEGAL", "MEDICAL", "LEGAL")).body()), 400,
                "invalid-value", "assistanceTypes[2]");
        post(aRequest().with("assistanceTypes", List.of("LEGAL", "MEDICAL")).body()).statusCode(201);
    }

    @Test
    void overLongParametersAndHeadersAreRefusedNamingThem() {
        String id = aRequest(aDefender().register(officer)).open(officer);
        assertFieldProblem(given().auth().oauth2(officer).contentType(ContentType.JSON)
                .header("If-Match", "\"" + "0".repeat(63) + "\"").body(Map.of("narrative", "Synthetic narrative"))
                .put("/requests/" + id + "/narrative").then(), 400, "invalid-parameter", "If-Match");
        assertFieldProblem(given().auth().oauth2(manager).queryParam("defenderId", "     " + UUID.randomUUID())
                .get("/requests").then(), 400, "invalid-parameter", "defenderId");
        assertFieldProblem(given().auth().oauth2(manager).queryParam("assignedOfficer", "x".repeat(256))
                .get("/requests").then(), 400, "invalid-parameter", "assignedOfficer");
        given().auth().oauth2(manager).queryParam("defenderId", UUID.randomUUID().toString()).get("/requests").then()
                .statusCode(200);
    }

    @Test
    void amountsKeepTheirCurrencyScale() {
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(aRequest().with("requestedAmount", Map.of("amount", 150000, "currency", "JPY")).body())
                .post("/requests").then().statusCode(201).body("requestedAmount.amount", equalTo(150000));
        assertFieldProblem(post(aRequest().with("requestedAmount", Map.of("amount", 10.5, "currency", "JPY"))
                .body()), 422, "validation-failed", "requestedAmount.amount");
    }

    private io.restassured.response.ValidatableResponse post(Object body) {
        return given().auth().oauth2(officer).contentType(ContentType.JSON).body(body).post("/requests").then();
    }

    @Test
    void queueFiltersByDefenderTypeUrgencyAndStatus() {
        String defender = aDefender().register(officer);
        aRequest(defender).with("urgency", "IMMEDIATE").with("assistanceTypes", List.of("MEDICAL")).open(officer);
        String legal = aRequest(defender).with("urgency", "STANDARD").with("assistanceTypes", List.of("LEGAL"))
                .open(officer);
        RequestFixtures.transition(officer, legal, "IN_ASSESSMENT", null);
        given().auth().oauth2(manager).queryParam("defenderId", defender).get("/requests").then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items[0].urgency", equalTo("IMMEDIATE"))
                .body("items[0]", not(hasKey("narrative")));
        given().auth().oauth2(manager).queryParam("defenderId", defender).queryParam("assistanceType", "MEDICAL")
                .get("/requests").then().body("totalItems", equalTo(1));
        given().auth().oauth2(manager).queryParam("defenderId", defender).queryParam("status", "IN_ASSESSMENT")
                .get("/requests").then().body("totalItems", equalTo(1)).body("items[0].id", equalTo(legal));
        given().auth().oauth2(manager).queryParam("defenderId", defender).queryParam("urgency", "STANDARD")
                .queryParam("sort", "-deadline").get("/requests").then().body("totalItems", equalTo(1));
        given().auth().oauth2(manager).queryParam("overdue", "maybe").get("/requests").then().statusCode(400);
        given().auth().oauth2(manager).queryParam("sort", "narrative").get("/requests").then().statusCode(400);
    }

    @Test
    void overdueMeansPastDeadlineAndUndecided() throws Exception {
        String defender = aDefender().register(officer);
        String id = aRequest(defender).open(officer);
        try (var c = org.haven.support.Database.asSuperuser(); var s = c.createStatement()) {
            s.executeUpdate("update assistance_request set decision_deadline = now() - interval '1 hour' where id = '"
                    + id + "'");
        }
        given().auth().oauth2(manager).queryParam("defenderId", defender).queryParam("overdue", "true")
                .get("/requests").then().statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].overdue", equalTo(true));
        given().auth().oauth2(manager).get("/requests/" + id).then().body("overdue", equalTo(true));
        RequestFixtures.transition(officer, id, "WITHDRAWN", "The defender found other support");
        given().auth().oauth2(manager).queryParam("defenderId", defender).queryParam("overdue", "true")
                .get("/requests").then().body("totalItems", equalTo(0));
        given().auth().oauth2(manager).queryParam("defenderId", defender).queryParam("overdue", "false")
                .get("/requests").then().body("items.id", hasItem(id));
    }

    @Test
    void detailsChangeNeedsIfMatchAndMovesTheDeadline() {
        var fixture = aRequest().with("urgency", "STANDARD");
        String id = fixture.open(officer);
        assertProblem(given().auth().oauth2(officer).contentType(ContentType.JSON).body(fixture.details())
                .put("/requests/" + id).then(), 428, "if-match-required");
        var details = fixture.details();
        details.put("urgency", "IMMEDIATE");
        Response changed = given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(details).put("/requests/" + id);
        changed.then().statusCode(200).header("ETag", equalTo("\"1\"")).body("urgency", equalTo("IMMEDIATE"));
        assertEquals(Duration.ofHours(24), Duration.between(Instant.parse(changed.path("receivedAt")),
                Instant.parse(changed.path("decisionDeadline"))));
        assertProblem(given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(details).put("/requests/" + id).then(), 412, "stale-version");
    }

    @Test
    void twoClientsEditingConcurrentlyNeverLoseAnUpdate() throws Exception {
        var fixture = aRequest();
        String id = fixture.open(officer);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (String summary : List.of("Edited by client A", "Edited by client B")) {
                var details = fixture.details();
                details.put("summary", summary);
                results.add(pool.submit(() -> {
                    start.await();
                    return given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                            .body(details).put("/requests/" + id).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = List.of(results.get(0).get(), results.get(1).get());
            assertTrue(statuses.contains(200) && statuses.contains(412), "one wins, one is told: " + statuses);
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(officer).get("/requests/" + id).then().header("ETag", equalTo("\"1\""));
    }

    @Test
    void narrativeChangeNeedsIfMatch() {
        String id = aRequest().open(officer);
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("narrative", "Corrected synthetic narrative")).put("/requests/" + id + "/narrative")
                .then().statusCode(200).header("ETag", equalTo("\"1\""));
        given().auth().oauth2(officer).get("/requests/" + id + "/sensitive?reason=synthetic-test").then()
                .body("narrative", equalTo("Corrected synthetic narrative"));
    }

    @Test
    void unknownRequestIsNotFound() {
        assertProblem(given().auth().oauth2(officer).get("/requests/" + UUID.randomUUID()).then(), 404, "not-found");
        assertProblem(given().auth().oauth2(officer).get("/requests/" + UUID.randomUUID() + "/history").then(), 404,
                "not-found");
    }
}
