package org.haven.followup;

import static io.restassured.RestAssured.given;
import static org.haven.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.haven.shared.security.Roles;
import org.haven.support.EndpointCatalog;
import org.haven.support.RequestFixtures;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Every follow-up and stats endpoint against every role. */
@QuarkusTest
class FollowUpRoleMatrixTest {

    private static final String OFFICER = Roles.PROTECTION_OFFICER;
    private static final String MANAGER = Roles.PROGRAMME_MANAGER;
    private static final String AUDITOR = Roles.AUDITOR;
    private static final Set<String> CASE_READERS = Set.of(OFFICER, MANAGER, AUDITOR);

    /** f = [requestId, followUpId] of fresh data. */
    record Case(String endpoint, BiFunction<RequestSpecification, String[], Response> call, int success,
            Set<String> allowed) {
        @Override
        public String toString() {
            return endpoint;
        }
    }

    static final List<Case> CASES = List.of(
            new Case("POST /follow-ups", (req, f) -> req.contentType(ContentType.JSON)
                    .body(Map.of("requestId", f[0], "type", "OTHER", "dueOn", "2030-01-01")).post("/follow-ups"), 201,
                    Set.of(OFFICER, MANAGER)),
            new Case("GET /follow-ups", (req, f) -> req.get("/follow-ups"), 200, CASE_READERS),
            new Case("GET /follow-ups/overdue", (req, f) -> req.get("/follow-ups/overdue"), 200, CASE_READERS),
            new Case("GET /follow-ups/{id}", (req, f) -> req.get("/follow-ups/" + f[1]), 200, CASE_READERS),
            new Case("GET /follow-ups/{id}/sensitive", (req, f) -> req.get("/follow-ups/" + f[1] + "/sensitive?reason=synthetic-test"), 200,
                    CASE_READERS),
            new Case("POST /follow-ups/{id}/outcome", (req, f) -> req.contentType(ContentType.JSON)
                    .body(Map.of("completedAt", "2026-01-20T10:00:00Z", "outcome", "SAFE"))
                    .post("/follow-ups/" + f[1] + "/outcome"), 200, Set.of(OFFICER)),
            new Case("POST /follow-ups/{id}/cancellation", (req, f) -> req.contentType(ContentType.JSON)
                    .body(Map.of("reason", "Matrix")).post("/follow-ups/" + f[1] + "/cancellation"), 200,
                    Set.of(OFFICER, MANAGER)),
            new Case("GET /stats", (req, f) -> req.get("/stats"), 200, Set.of(MANAGER, AUDITOR)));

    static Stream<Arguments> everyEndpointAndRole() {
        return CASES.stream().flatMap(c -> Roles.ALL.stream().map(role -> Arguments.of(c, role)));
    }

    static Stream<Case> everyEndpoint() {
        return CASES.stream();
    }

    private static String[] fresh() {
        String officer = Tokens.of(OFFICER);
        String request = RequestFixtures.aRequest().open(officer);
        String followUp = given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("requestId", request, "type", "CHECK_IN", "dueOn", "2030-01-01")).post("/follow-ups")
                .then().statusCode(201).extract().path("id");
        return new String[] { request, followUp };
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointAndRole")
    void eachRoleIsAllowedOrRefused(Case c, String role) {
        Response response = c.call().apply(given().auth().oauth2(Tokens.of(role)), fresh());
        if (c.allowed().contains(role)) {
            assertEquals(c.success(), response.statusCode(), c.endpoint() + " as " + role + ": " + response.asString());
        } else {
            assertProblem(response.then(), 403, "forbidden");
        }
    }

    @ParameterizedTest(name = "{0} without a token")
    @MethodSource("everyEndpoint")
    void anonymousCallsAreUnauthenticated(Case c) {
        assertProblem(c.call().apply(given(), fresh()).then(), 401, "unauthenticated");
    }

    @Test
    void theMatrixCoversEveryFollowUpAndStatsEndpoint() {
        Set<String> endpoints = new TreeSet<>(EndpointCatalog.all().stream()
                .filter(e -> e.contains(" /follow-ups") || e.contains(" /stats")).toList());
        assertEquals(endpoints, new TreeSet<>(CASES.stream().map(Case::endpoint).toList()));
    }
}
