package org.haven.request;

import static io.restassured.RestAssured.given;
import static org.haven.support.Problems.assertProblem;
import static org.haven.support.RequestFixtures.aRequest;
import static org.hamcrest.Matchers.equalTo;
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

/** Every request endpoint against every role; admins have no access to cases (need-to-know). */
@QuarkusTest
class RequestRoleMatrixTest {

    private static final String OFFICER = Roles.PROTECTION_OFFICER;
    private static final String MANAGER = Roles.PROGRAMME_MANAGER;
    private static final String AUDITOR = Roles.AUDITOR;
    private static final Set<String> CASE_READERS = Set.of(OFFICER, MANAGER, AUDITOR);

    record Fixture(String id, RequestFixtures data) {
    }

    record Case(String endpoint, BiFunction<RequestSpecification, Fixture, Response> call, int success,
            Set<String> allowed) {
        @Override
        public String toString() {
            return endpoint;
        }
    }

    static final List<Case> CASES = List.of(
            new Case("POST /requests", (req, f) -> req.contentType(ContentType.JSON)
                    .body(aRequest((String) f.data().body().get("defenderId")).body()).post("/requests"), 201,
                    Set.of(OFFICER)),
            new Case("GET /requests", (req, f) -> req.get("/requests"), 200, CASE_READERS),
            new Case("GET /requests/{id}", (req, f) -> req.get("/requests/" + f.id()), 200, CASE_READERS),
            new Case("PUT /requests/{id}", (req, f) -> req.contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(f.data().details()).put("/requests/" + f.id()), 200, Set.of(OFFICER)),
            new Case("GET /requests/{id}/sensitive", (req, f) -> req.get("/requests/" + f.id() + "/sensitive?reason=synthetic-test"), 200,
                    CASE_READERS),
            new Case("PUT /requests/{id}/narrative", (req, f) -> req.contentType(ContentType.JSON)
                    .header("If-Match", "\"0\"").body(Map.of("narrative", "Changed synthetic narrative"))
                    .put("/requests/" + f.id() + "/narrative"), 200, Set.of(OFFICER)),
            new Case("GET /requests/{id}/history", (req, f) -> req.get("/requests/" + f.id() + "/history"), 200,
                    CASE_READERS),
            new Case("POST /requests/{id}/transitions", (req, f) -> req.contentType(ContentType.JSON)
                    .header("If-Match", "\"0\"").body(Map.of("target", "IN_ASSESSMENT"))
                    .post("/requests/" + f.id() + "/transitions"), 200, Set.of(OFFICER, MANAGER)),
            new Case("PUT /requests/{id}/assessment", (req, f) -> {
                RequestFixtures.transition(Tokens.of(OFFICER), f.id(), "IN_ASSESSMENT", null);
                return req.contentType(ContentType.JSON).header("If-Match", "\"1\"")
                        .body(RequestFixtures.anAssessment()).put("/requests/" + f.id() + "/assessment");
            }, 200, Set.of(OFFICER)),
            new Case("GET /requests/{id}/history/export", (req, f) -> req.get("/requests/" + f.id() + "/history/export"),
                    200, Set.of(AUDITOR, Roles.ADMIN)),
            new Case("PUT /requests/{id}/assignee", (req, f) -> req.contentType(ContentType.JSON)
                    .header("If-Match", "\"0\"").body(Map.of("officer", "matrix-" + OFFICER))
                    .put("/requests/" + f.id() + "/assignee"), 200, Set.of(OFFICER, MANAGER)));

    static Stream<Arguments> everyEndpointAndRole() {
        return CASES.stream().flatMap(c -> Roles.ALL.stream().map(role -> Arguments.of(c, role)));
    }

    static Stream<Case> everyEndpoint() {
        return CASES.stream();
    }

    private Fixture freshRequest() {
        RequestFixtures data = aRequest();
        return new Fixture(data.open(Tokens.of(OFFICER)), data);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointAndRole")
    void eachRoleIsAllowedOrRefused(Case c, String role) {
        Fixture fixture = freshRequest();
        Response response = c.call().apply(given().auth().oauth2(Tokens.forUser("matrix-" + role, role)), fixture);
        if (c.allowed().contains(role)) {
            assertEquals(c.success(), response.statusCode(), c.endpoint() + " as " + role + ": " + response.asString());
        } else {
            assertProblem(response.then(), 403, "forbidden");
            given().auth().oauth2(Tokens.of(AUDITOR)).get("/requests/" + fixture.id()).then().statusCode(200)
                    .body("assignedOfficer", equalTo(null))
                    .body("version", org.hamcrest.Matchers.lessThanOrEqualTo(1));
        }
    }

    @ParameterizedTest(name = "{0} without a token")
    @MethodSource("everyEndpoint")
    void anonymousCallsAreUnauthenticated(Case c) {
        assertProblem(c.call().apply(given(), freshRequest()).then(), 401, "unauthenticated");
    }

    @Test
    void theMatrixCoversEveryRequestEndpoint() {
        Set<String> endpoints = new TreeSet<>(EndpointCatalog.all().stream().filter(e -> e.contains(" /requests"))
                .toList());
        assertEquals(endpoints, new TreeSet<>(CASES.stream().map(Case::endpoint).toList()));
    }
}
