package org.haven.activity;

import static io.restassured.RestAssured.given;
import static org.haven.support.ActivityFixtures.anActivity;
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
import org.haven.support.ActivityFixtures;
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

/** Every activity endpoint against every role: allowed ones succeed, the others get 403 and change nothing. */
@QuarkusTest
class ActivityRoleMatrixTest {

    private static final String OFFICER = Roles.PROTECTION_OFFICER;
    private static final String MANAGER = Roles.PROGRAMME_MANAGER;
    private static final String AUDITOR = Roles.AUDITOR;
    private static final Set<String> READERS = Set.of(OFFICER, MANAGER, AUDITOR);
    private static final Set<String> EDITORS = Set.of(OFFICER, MANAGER);

    record Case(String endpoint, BiFunction<RequestSpecification, Fixture, Response> call, int success,
            Set<String> allowed) {
        @Override
        public String toString() {
            return endpoint;
        }
    }

    /** A fresh (started, PLANNED) activity with one participant, and a defender of the team not yet in it. */
    record Fixture(String id, ActivityFixtures data, String participant, String other) {
    }

    static final List<Case> CASES = List.of(
            new Case("POST /activities", (req, f) -> req.contentType(ContentType.JSON).body(anActivity().body())
                    .post("/activities"), 201, EDITORS),
            new Case("GET /activities", (req, f) -> req.get("/activities"), 200, READERS),
            new Case("GET /activities/{id}", (req, f) -> req.get("/activities/" + f.id()), 200, READERS),
            new Case("PUT /activities/{id}", (req, f) -> req.contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(f.data().details()).put("/activities/" + f.id()), 200, EDITORS),
            new Case("POST /activities/{id}/transitions", (req, f) -> req.contentType(ContentType.JSON)
                    .header("If-Match", "\"0\"").body(Map.of("target", "HELD"))
                    .post("/activities/" + f.id() + "/transitions"), 200, EDITORS),
            new Case("POST /activities/{id}/outputs", (req, f) -> req.contentType(ContentType.JSON)
                    .body(Map.of("kind", "ACTION_PLAN", "title", "Synthetic action plan"))
                    .post("/activities/" + f.id() + "/outputs"), 409, EDITORS),
            new Case("GET /activities/{id}/history", (req, f) -> req.get("/activities/" + f.id() + "/history"), 200,
                    READERS),
            new Case("GET /activities/{id}/sensitive",
                    (req, f) -> req.get("/activities/" + f.id() + "/sensitive?reason=synthetic-test"), 200, READERS),
            new Case("PUT /activities/{id}/sensitive", (req, f) -> req.contentType(ContentType.JSON)
                    .header("If-Match", "\"0\"").body(Map.of("location", "Another synthetic venue"))
                    .put("/activities/" + f.id() + "/sensitive"), 200, EDITORS),
            new Case("GET /activities/{id}/participants", (req, f) -> req.get("/activities/" + f.id() + "/participants"),
                    200, READERS),
            new Case("POST /activities/{id}/participants", (req, f) -> req.contentType(ContentType.JSON)
                    .body(Map.of("defenderId", f.other(), "consentToBeListed", true))
                    .post("/activities/" + f.id() + "/participants"), 201, EDITORS),
            new Case("POST /activities/{id}/participants/removal", (req, f) -> req.contentType(ContentType.JSON)
                    .body(Map.of("defenderId", f.participant(), "reason", "Could not travel"))
                    .post("/activities/" + f.id() + "/participants/removal"), 200, EDITORS));

    static Stream<Arguments> everyEndpointAndRole() {
        return CASES.stream().flatMap(c -> Roles.ALL.stream().map(role -> Arguments.of(c, role)));
    }

    static Stream<Case> everyEndpoint() {
        return CASES.stream();
    }

    private Fixture freshActivity() {
        String officer = Tokens.of(OFFICER);
        ActivityFixtures data = anActivity();
        String id = data.plan(officer);
        String participant = aDefender().register(officer);
        ActivityFixtures.addParticipant(officer, id, participant, true);
        return new Fixture(id, data, participant, aDefender().register(officer));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointAndRole")
    void eachRoleIsAllowedOrRefused(Case c, String role) {
        Fixture fixture = freshActivity();
        Response response = c.call().apply(given().auth().oauth2(Tokens.of(role)), fixture);
        if (c.allowed().contains(role)) {
            // outputs need a HELD activity: reaching that rule (409) shows the role passed
            assertEquals(c.success(), response.statusCode(), c.endpoint() + " as " + role + ": " + response.asString());
        } else {
            assertProblem(response.then(), 403, "forbidden");
            String auditor = Tokens.of(AUDITOR);
            given().auth().oauth2(auditor).get("/activities/" + fixture.id()).then().statusCode(200)
                    .header("ETag", equalTo("\"0\"")).body("status", equalTo("PLANNED"));
            given().auth().oauth2(auditor).get("/activities/" + fixture.id() + "/participants").then()
                    .body("total", equalTo(1));
        }
    }

    @ParameterizedTest(name = "{0} without a token")
    @MethodSource("everyEndpoint")
    void anonymousCallsAreUnauthenticated(Case c) {
        Fixture fixture = freshActivity();
        assertProblem(c.call().apply(given(), fixture).then(), 401, "unauthenticated");
    }

    @Test
    void theMatrixCoversEveryActivityEndpoint() {
        Set<String> endpoints = new TreeSet<>(EndpointCatalog.all().stream()
                .filter(e -> e.contains(" /activities")).toList());
        Set<String> covered = new TreeSet<>(CASES.stream().map(Case::endpoint).toList());
        assertEquals(endpoints, covered);
    }
}
