package org.haven.defender;

import static io.restassured.RestAssured.given;
import static org.haven.support.DefenderFixtures.aDefender;
import static org.haven.support.Problems.assertFieldProblem;
import static org.haven.support.Problems.assertProblem;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.haven.shared.security.Roles;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class DefenderApiTest {

    private final String officer = Tokens.of(Roles.PROTECTION_OFFICER);
    private final String manager = Tokens.of(Roles.PROGRAMME_MANAGER);

    @Test
    void anIfMatchLongerThanAnyETagIsMalformed() {
        String id = aDefender().register(officer);
        assertFieldProblem(given().auth().oauth2(officer).contentType(ContentType.JSON)
                .header("If-Match", "\"" + "0".repeat(org.haven.shared.web.ETags.IF_MATCH_MAX_LENGTH) + "\"")
                .body(Map.of("reason", "Duplicate")).when().post("/defenders/" + id + "/archive").then(),
                400, "invalid-parameter", "If-Match");
        given().auth().oauth2(manager).get("/defenders/" + id).then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
    }

    @Test
    void registrationAssignsIdReferenceLocationAndETag() {
        Response response = given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(aDefender().with("pseudonym", "Heron").body())
                .when().post("/defenders");
        response.then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .header("Location", endsWith("/defenders/" + response.path("id")))
                .body("reference", matchesPattern("HRD-\\d{6}"))
                .body("pseudonym", equalTo("Heron"))
                .body("status", equalTo("ACTIVE"))
                .body("areasOfWork", containsInAnyOrder("WOMENS_RIGHTS", "EDUCATION"));
    }

    @Test
    void referencesAreUniqueAndIncreasing() {
        String first = given().auth().oauth2(officer).get("/defenders/" + aDefender().register(officer)).path("reference");
        String second = given().auth().oauth2(officer).get("/defenders/" + aDefender().register(officer)).path("reference");
        assertNotEquals(first, second);
        assertTrue(second.compareTo(first) > 0, "references follow the database sequence");
    }

    @Test
    void profileNeverContainsSensitiveFields() {
        String id = aDefender().register(officer);
        given().auth().oauth2(manager).when().get("/defenders/" + id)
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("$", not(hasKey("legalName")))
                .body("$", not(hasKey("otherNames")))
                .body("$", not(hasKey("currentCity")))
                .body("$", not(hasKey("contacts")))
                .body("$", not(hasKey("riskNotes")));
    }

    @Test
    void sensitiveDetailsAreReadThroughTheirOwnResource() {
        var fixture = aDefender().with("legalName", "Synthetic Legal Name").with("currentCity", "Synthville");
        String id = fixture.register(officer);
        given().auth().oauth2(officer).when().get("/defenders/" + id + "/sensitive?reason=synthetic-test")
                .then().statusCode(200)
                .body("legalName", equalTo("Synthetic Legal Name"))
                .body("currentCity", equalTo("Synthville"))
                .body("contacts[0].channel", equalTo("SIGNAL"));
    }

    @Test
    void listShowsPseudonymousSummariesWithTotalCount() {
        String country = "TJ";
        String marker = marker();
        for (int i = 0; i < 3; i++) {
            aDefender().with("pseudonym", marker + i).with("currentCountry", country)
                    .with("riskLevel", i == 0 ? "CRITICAL" : "LOW").register(officer);
        }
        aDefender().with("pseudonym", marker + "-elsewhere").with("currentCountry", "IR").register(officer);
        given().auth().oauth2(officer).queryParam("q", marker).queryParam("currentCountry", country).queryParam("size", 2)
                .when().get("/defenders")
                .then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2))
                .body("items.size()", equalTo(2))
                .body("items[0]", not(hasKey("legalName")))
                .body("items[0]", not(hasKey("contacts")))
                .body("items[0]", not(hasKey("currentCity")));
        given().auth().oauth2(officer).queryParam("q", marker).queryParam("riskLevel", "CRITICAL")
                .when().get("/defenders")
                .then().statusCode(200).body("totalItems", equalTo(1));
    }

    @Test
    void listFiltersByAreaOfWorkAndText() {
        String marker = marker();
        aDefender().with("pseudonym", marker + "-one").with("areasOfWork", List.of("JOURNALISM")).register(officer);
        aDefender().with("pseudonym", marker + "-two").with("areasOfWork", List.of("LABOUR")).register(officer);
        given().auth().oauth2(officer).queryParam("q", marker.toLowerCase()).queryParam("areaOfWork", "JOURNALISM")
                .when().get("/defenders")
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].pseudonym", equalTo(marker + "-one"));
    }

    @Test
    void sortingByRiskLevelFollowsSeverityNotAlphabet() {
        String marker = marker();
        for (String risk : List.of("MODERATE", "CRITICAL", "LOW", "HIGH")) {
            aDefender().with("pseudonym", marker + risk).with("riskLevel", risk).register(officer);
        }
        given().auth().oauth2(officer).queryParam("q", marker).queryParam("sort", "-riskLevel")
                .when().get("/defenders")
                .then().statusCode(200)
                .body("items.riskLevel", equalTo(List.of("CRITICAL", "HIGH", "MODERATE", "LOW")));
    }

    @Test
    void updateWithCurrentETagChangesProfileAndVersion() {
        var fixture = aDefender();
        String id = fixture.register(officer);
        Map<String, Object> profile = new java.util.HashMap<>(fixture.profile());
        profile.put("riskLevel", "CRITICAL");
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(profile)
                .when().put("/defenders/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("riskLevel", equalTo("CRITICAL"))
                .body("version", equalTo(1));
        // the sensitive details were not touched by a profile change
        given().auth().oauth2(officer).when().get("/defenders/" + id + "/sensitive?reason=synthetic-test")
                .then().statusCode(200).body("legalName", notNullValue());
    }

    @Test
    void updateWithoutIfMatchIsPreconditionRequired() {
        var fixture = aDefender();
        String id = fixture.register(officer);
        assertFieldProblem(given().auth().oauth2(officer).contentType(ContentType.JSON).body(fixture.profile())
                .when().put("/defenders/" + id).then(), 428, "if-match-required", "If-Match");
    }

    @Test
    void updateWithWildcardIfMatchIsRefused() {
        var fixture = aDefender();
        String id = fixture.register(officer);
        assertProblem(given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "*")
                .body(fixture.profile()).when().put("/defenders/" + id).then(), 428, "if-match-required");
    }

    @Test
    void updateWithStaleETagIsPreconditionFailedAndChangesNothing() {
        var fixture = aDefender();
        String id = fixture.register(officer);
        Map<String, Object> first = new java.util.HashMap<>(fixture.profile());
        first.put("pseudonym", "First-Edit");
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(first)
                .when().put("/defenders/" + id).then().statusCode(200);
        Map<String, Object> second = new java.util.HashMap<>(fixture.profile());
        second.put("pseudonym", "Second-Edit");
        assertProblem(given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(second).when().put("/defenders/" + id).then(), 412, "stale-version");
        given().auth().oauth2(officer).get("/defenders/" + id).then().body("pseudonym", equalTo("First-Edit"));
    }

    @Test
    void concurrentEditsWithTheSameETagNeverLoseAnUpdate() throws Exception {
        var fixture = aDefender();
        String id = fixture.register(officer);
        int clients = 6;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                Map<String, Object> body = new java.util.HashMap<>(fixture.profile());
                body.put("pseudonym", "Concurrent-" + i);
                Callable<Integer> edit = () -> {
                    start.await();
                    return given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                            .body(body).when().put("/defenders/" + id).then().extract().statusCode();
                };
                results.add(pool.submit(edit));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "exactly one edit wins: " + statuses);
            assertEquals(clients - 1, statuses.stream().filter(s -> s == 412).count(), "the others are told: " + statuses);
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(officer).get("/defenders/" + id).then().header("ETag", equalTo("\"1\""));
    }

    @Test
    void sensitiveDetailsUpdateNeedsIfMatchAndBumpsVersion() {
        String id = aDefender().register(officer);
        Map<String, Object> details = Map.of("legalName", "New Synthetic Name", "otherNames", List.of(),
                "currentCity", "Othertown", "contacts", List.of(Map.of("channel", "EMAIL", "value", "x@example.org")),
                "riskNotes", "updated");
        assertProblem(given().auth().oauth2(officer).contentType(ContentType.JSON).body(details)
                .when().put("/defenders/" + id + "/sensitive").then(), 428, "if-match-required");
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(details)
                .when().put("/defenders/" + id + "/sensitive")
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("$", not(hasKey("legalName")));
        given().auth().oauth2(officer).get("/defenders/" + id + "/sensitive?reason=synthetic-test")
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("legalName", equalTo("New Synthetic Name"))
                .body("contacts[0].channel", equalTo("EMAIL"));
    }

    @Test
    void archiveNeedsReasonAndThenFreezesTheRecord() {
        var fixture = aDefender();
        String id = fixture.register(officer);
        assertFieldProblem(given().auth().oauth2(manager).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("reason", " ")).when().post("/defenders/" + id + "/archive").then(),
                422, "validation-failed", "reason");
        given().auth().oauth2(manager).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("reason", "Duplicate registration of the same person"))
                .when().post("/defenders/" + id + "/archive")
                .then().statusCode(200).body("status", equalTo("ARCHIVED"))
                .body("archiveReason", equalTo("Duplicate registration of the same person"))
                .body("archivedAt", notNullValue());
        assertProblem(given().auth().oauth2(manager).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("reason", "again")).when().post("/defenders/" + id + "/archive").then(),
                409, "defender-not-active");
        assertProblem(given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(fixture.profile()).when().put("/defenders/" + id).then(), 409, "defender-not-active");
    }

    @Test
    void archivedDefendersLeaveTheDefaultListButCanBeListedExplicitly() {
        String marker = marker();
        String id = aDefender().with("pseudonym", marker).register(officer);
        given().auth().oauth2(manager).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("reason", "No longer in need of support")).post("/defenders/" + id + "/archive")
                .then().statusCode(200);
        given().auth().oauth2(officer).queryParam("q", marker).get("/defenders")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().auth().oauth2(officer).queryParam("q", marker).queryParam("status", "ARCHIVED")
                .get("/defenders").then().statusCode(200).body("items.id", hasItem(id));
    }

    /** A pseudonym prefix no other test uses, so list assertions see only this test's data. */
    private static String marker() {
        return "M" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @Test
    void unknownDefenderIsNotFound() {
        assertProblem(given().auth().oauth2(officer).get("/defenders/" + UUID.randomUUID()).then(), 404, "not-found");
        assertProblem(given().auth().oauth2(officer).get("/defenders/not-a-uuid").then(), 404, "not-found");
        assertProblem(given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(aDefender().profile()).put("/defenders/" + UUID.randomUUID()).then(), 404, "not-found");
    }
}
