package org.haven.defender;

import static io.restassured.RestAssured.given;
import static org.haven.support.DefenderFixtures.aDefender;
import static org.haven.support.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.haven.shared.security.Roles;
import org.haven.support.DefenderFixtures;
import org.haven.support.EndpointCatalog;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Every defender endpoint against every role: allowed ones succeed, the others get 403 and change nothing. */
@QuarkusTest
class DefenderRoleMatrixTest {

    private static final String OFFICER = Roles.PROTECTION_OFFICER;
    private static final String MANAGER = Roles.PROGRAMME_MANAGER;
    private static final String AUDITOR = Roles.AUDITOR;
    private static final String ADMIN = Roles.ADMIN;

    /** An endpoint, how to call it on a fresh defender, the status it gives when allowed, and who is allowed. */
    record Case(String endpoint, BiFunction<RequestSpecification, Fixture, Response> call, int success,
            Set<String> allowed) {
        @Override
        public String toString() {
            return endpoint;
        }
    }

    record Fixture(String id, DefenderFixtures data) {
    }

    static final List<Case> CASES = List.of(
            new Case("POST /defenders", (req, f) -> req.contentType(ContentType.JSON).body(aDefender().body())
                    .post("/defenders"), 201, Set.of(OFFICER)),
            new Case("GET /defenders", (req, f) -> req.get("/defenders"), 200,
                    Set.of(OFFICER, MANAGER, AUDITOR, ADMIN)),
            new Case("GET /defenders/{id}", (req, f) -> req.get("/defenders/" + f.id()), 200,
                    Set.of(OFFICER, MANAGER, AUDITOR, ADMIN)),
            new Case("PUT /defenders/{id}", (req, f) -> req.contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(f.data().profile()).put("/defenders/" + f.id()), 200, Set.of(OFFICER)),
            new Case("GET /defenders/{id}/sensitive", (req, f) -> req.get("/defenders/" + f.id() + "/sensitive?reason=synthetic-test"), 200,
                    Set.of(OFFICER, MANAGER, AUDITOR)),
            new Case("PUT /defenders/{id}/sensitive", (req, f) -> req.contentType(ContentType.JSON)
                    .header("If-Match", "\"0\"")
                    .body(Map.of("legalName", "Other Synthetic", "otherNames", List.of(), "contacts", List.of()))
                    .put("/defenders/" + f.id() + "/sensitive"), 200, Set.of(OFFICER)),
            new Case("POST /defenders/{id}/archive", (req, f) -> req.contentType(ContentType.JSON)
                    .header("If-Match", "\"0\"").body(Map.of("reason", "Synthetic test archive"))
                    .post("/defenders/" + f.id() + "/archive"), 200, Set.of(OFFICER, MANAGER)),
            new Case("POST /defenders/{id}/erasure", (req, f) -> req.contentType(ContentType.JSON)
                    .body(Map.of("reason", "Synthetic erasure request from the defender"))
                    .post("/defenders/" + f.id() + "/erasure"), 200, Set.of(ADMIN)),
            new Case("GET /defenders/{id}/history", (req, f) -> req.get("/defenders/" + f.id() + "/history"), 200,
                    Set.of(OFFICER, MANAGER, AUDITOR, ADMIN)));

    static Stream<Arguments> everyEndpointAndRole() {
        return CASES.stream().flatMap(c -> Roles.ALL.stream().map(role -> Arguments.of(c, role)));
    }

    static Stream<Case> everyEndpoint() {
        return CASES.stream();
    }

    private Fixture freshDefender() {
        DefenderFixtures data = aDefender();
        return new Fixture(data.register(Tokens.of(OFFICER)), data);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointAndRole")
    void eachRoleIsAllowedOrRefused(Case c, String role) {
        Fixture fixture = freshDefender();
        Response response = c.call().apply(given().auth().oauth2(Tokens.of(role)), fixture);
        if (c.allowed().contains(role)) {
            assertEquals(c.success(), response.statusCode(), c.endpoint() + " as " + role + ": " + response.asString());
        } else {
            assertProblem(response.then(), 403, "forbidden");
            // a refused call changed nothing
            given().auth().oauth2(Tokens.of(AUDITOR)).get("/defenders/" + fixture.id())
                    .then().statusCode(200).header("ETag", equalTo("\"0\"")).body("status", equalTo("ACTIVE"));
        }
    }

    @ParameterizedTest(name = "{0} without a token")
    @MethodSource("everyEndpoint")
    void anonymousCallsAreUnauthenticated(Case c) {
        Fixture fixture = freshDefender();
        assertProblem(c.call().apply(given(), fixture).then(), 401, "unauthenticated");
    }

    @Test
    void theMatrixCoversEveryDefenderEndpoint() {
        Set<String> defenderEndpoints = new TreeSet<>(EndpointCatalog.all().stream()
                .filter(e -> e.contains("/defenders"))
                // a defender's legal-status timeline has its own matrix (legal.LegalRoleMatrixTest)
                .filter(e -> !e.contains("/legal-events")).toList());
        Set<String> covered = new TreeSet<>(CASES.stream().map(Case::endpoint).toList());
        assertEquals(defenderEndpoints, covered);
    }
}
