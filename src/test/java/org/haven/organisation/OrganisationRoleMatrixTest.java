package org.haven.organisation;

import static io.restassured.RestAssured.given;
import static org.haven.support.DefenderFixtures.aDefender;
import static org.haven.support.OrganisationFixtures.anOrganisation;
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
import org.haven.support.EndpointCatalog;
import org.haven.support.OrganisationFixtures;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Every organisation endpoint against every role: allowed ones succeed, the others get 403 and change nothing. */
@QuarkusTest
class OrganisationRoleMatrixTest {

    private static final String OFFICER = Roles.PROTECTION_OFFICER;
    private static final String MANAGER = Roles.PROGRAMME_MANAGER;
    private static final String AUDITOR = Roles.AUDITOR;
    private static final String ADMIN = Roles.ADMIN;
    private static final Set<String> READERS = Set.of(OFFICER, MANAGER, AUDITOR);
    private static final Set<String> EDITORS = Set.of(OFFICER, MANAGER);

    record Case(String endpoint, BiFunction<RequestSpecification, Fixture, Response> call, int success,
            Set<String> allowed) {
        @Override
        public String toString() {
            return endpoint;
        }
    }

    /** A fresh organisation with one linked defender, and a second defender of the team not yet linked. */
    record Fixture(String id, OrganisationFixtures data, String member, String other) {
    }

    static final List<Case> CASES = List.of(
            new Case("POST /organisations", (req, f) -> req.contentType(ContentType.JSON)
                    .body(anOrganisation().body()).post("/organisations"), 201, EDITORS),
            new Case("GET /organisations", (req, f) -> req.get("/organisations"), 200, READERS),
            new Case("GET /organisations/{id}", (req, f) -> req.get("/organisations/" + f.id()), 200, READERS),
            new Case("PUT /organisations/{id}", (req, f) -> req.contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(f.data().profile()).put("/organisations/" + f.id()), 200, EDITORS),
            new Case("POST /organisations/{id}/vetting", (req, f) -> req.contentType(ContentType.JSON)
                    .header("If-Match", "\"0\"")
                    .body(Map.of("status", "VETTED", "vettedOn", "2026-01-05", "reason", "Checked with partners"))
                    .post("/organisations/" + f.id() + "/vetting"), 200, Set.of(MANAGER)),
            new Case("POST /organisations/{id}/archive", (req, f) -> req.contentType(ContentType.JSON)
                    .header("If-Match", "\"0\"").body(Map.of("reason", "Synthetic test archive"))
                    .post("/organisations/" + f.id() + "/archive"), 200, Set.of(MANAGER)),
            new Case("GET /organisations/{id}/history", (req, f) -> req.get("/organisations/" + f.id() + "/history"),
                    200, READERS),
            new Case("GET /organisations/{id}/sensitive",
                    (req, f) -> req.get("/organisations/" + f.id() + "/sensitive?reason=synthetic-test"), 200, READERS),
            new Case("PUT /organisations/{id}/sensitive", (req, f) -> req.contentType(ContentType.JSON)
                    .header("If-Match", "\"0\"").body(Map.of("contacts", List.of()))
                    .put("/organisations/" + f.id() + "/sensitive"), 200, EDITORS),
            new Case("GET /organisations/{id}/members", (req, f) -> req.get("/organisations/" + f.id() + "/members"),
                    200, READERS),
            new Case("POST /organisations/{id}/members", (req, f) -> req.contentType(ContentType.JSON)
                    .body(Map.of("defenderId", f.other(), "role", "MEMBER"))
                    .post("/organisations/" + f.id() + "/members"), 201, EDITORS),
            new Case("POST /organisations/{id}/members/removal", (req, f) -> req.contentType(ContentType.JSON)
                    .body(Map.of("defenderId", f.member(), "reason", "Left the network"))
                    .post("/organisations/" + f.id() + "/members/removal"), 200, EDITORS));

    static Stream<Arguments> everyEndpointAndRole() {
        return CASES.stream().flatMap(c -> Roles.ALL.stream().map(role -> Arguments.of(c, role)));
    }

    static Stream<Case> everyEndpoint() {
        return CASES.stream();
    }

    private Fixture freshOrganisation() {
        String officer = Tokens.of(OFFICER);
        OrganisationFixtures data = anOrganisation();
        String id = data.register(officer);
        String member = aDefender().register(officer);
        OrganisationFixtures.link(officer, id, member, "MEMBER");
        return new Fixture(id, data, member, aDefender().register(officer));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointAndRole")
    void eachRoleIsAllowedOrRefused(Case c, String role) {
        Fixture fixture = freshOrganisation();
        Response response = c.call().apply(given().auth().oauth2(Tokens.of(role)), fixture);
        if (c.allowed().contains(role)) {
            assertEquals(c.success(), response.statusCode(), c.endpoint() + " as " + role + ": " + response.asString());
        } else {
            assertProblem(response.then(), 403, "forbidden");
            // a refused call changed nothing
            String auditor = Tokens.of(AUDITOR);
            given().auth().oauth2(auditor).get("/organisations/" + fixture.id()).then().statusCode(200)
                    .header("ETag", equalTo("\"0\"")).body("status", equalTo("ACTIVE"));
            given().auth().oauth2(auditor).get("/organisations/" + fixture.id() + "/members").then()
                    .body("defenderId", equalTo(List.of(fixture.member())));
        }
    }

    @ParameterizedTest(name = "{0} without a token")
    @MethodSource("everyEndpoint")
    void anonymousCallsAreUnauthenticated(Case c) {
        Fixture fixture = freshOrganisation();
        assertProblem(c.call().apply(given(), fixture).then(), 401, "unauthenticated");
    }

    @Test
    void theMatrixCoversEveryOrganisationEndpoint() {
        Set<String> endpoints = new TreeSet<>(EndpointCatalog.all().stream()
                .filter(e -> e.contains(" /organisations")).toList());
        Set<String> covered = new TreeSet<>(CASES.stream().map(Case::endpoint).toList());
        assertEquals(endpoints, covered);
    }
}
