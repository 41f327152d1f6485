package org.haven.legal;

import static io.restassured.RestAssured.given;
import static org.haven.support.DefenderFixtures.aDefender;
import static org.haven.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.haven.shared.security.Roles;
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

/** Every legal-status endpoint against every role, and against the right role of another team. */
@QuarkusTest
class LegalRoleMatrixTest {

    private static final String OFFICER = Roles.PROTECTION_OFFICER;
    private static final String MANAGER = Roles.PROGRAMME_MANAGER;
    private static final String AUDITOR = Roles.AUDITOR;
    private static final Set<String> READERS = Set.of(OFFICER, MANAGER, AUDITOR);
    private static final Set<String> DESK = Set.of(OFFICER, MANAGER);

    /** f = [defenderId, eventId] of fresh data; {@code perRecord}: another team gets 404. */
    record Case(String endpoint, BiFunction<RequestSpecification, String[], Response> call, int success,
            Set<String> allowed, boolean perRecord) {
        @Override
        public String toString() {
            return endpoint;
        }
    }

    static final List<Case> CASES = List.of(
            new Case("GET /defenders/{id}/legal-events", (req, f) -> req.get("/defenders/" + f[0] + "/legal-events"),
                    200, READERS, true),
            new Case("POST /defenders/{id}/legal-events", (req, f) -> req.contentType(ContentType.JSON)
                    .body(Map.of("kind", "INTERVIEW", "occurredOn", "2026-01-15"))
                    .post("/defenders/" + f[0] + "/legal-events"), 201, DESK, true),
            new Case("GET /legal-events/{id}/note", (req, f) -> req
                    .get("/legal-events/" + f[1] + "/note?reason=synthetic-test"), 200, READERS, true),
            new Case("POST /legal-events/{id}/retraction", (req, f) -> req.contentType(ContentType.JSON)
                    .body(Map.of("reason", "Matrix")).post("/legal-events/" + f[1] + "/retraction"), 200, DESK, true),
            new Case("GET /legal/forced-return", (req, f) -> req.get("/legal/forced-return"), 200, READERS, false),
            new Case("GET /reports/advocacy", (req, f) -> req.get("/reports/advocacy"), 200, Set.of(MANAGER, AUDITOR),
                    false));

    static Stream<Arguments> everyEndpointAndRole() {
        return CASES.stream().flatMap(c -> Roles.ALL.stream().map(role -> Arguments.of(c, role)));
    }

    static Stream<Case> everyEndpoint() {
        return CASES.stream();
    }

    static Stream<Case> perRecordEndpoints() {
        return CASES.stream().filter(Case::perRecord);
    }

    private static String[] fresh() {
        String officer = Tokens.of(OFFICER);
        String defender = aDefender().register(officer);
        String event = given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("kind", "DECISION_REFUSED", "occurredOn",
                        LocalDate.now(ZoneOffset.UTC).minusDays(3).toString(), "note", "Synthetic note"))
                .post("/defenders/" + defender + "/legal-events").then().statusCode(201).extract().path("id");
        return new String[] { defender, event };
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

    @ParameterizedTest(name = "{0} from another team")
    @MethodSource("perRecordEndpoints")
    void anotherTeamFindsNothing(Case c) {
        String team = "team-elsewhere-" + UUID.randomUUID();
        for (String role : c.allowed()) {
            if (role.equals(AUDITOR)) {
                continue; // auditors read every team's records
            }
            String outsider = Tokens.inTeams(role + "-" + UUID.randomUUID(), List.of(team), role);
            assertProblem(c.call().apply(given().auth().oauth2(outsider), fresh()).then(), 404, "not-found");
        }
    }

    @Test
    void theMatrixCoversEveryLegalStatusEndpoint() {
        Set<String> endpoints = new TreeSet<>(EndpointCatalog.all().stream()
                .filter(e -> e.contains("/legal-events") || e.contains(" /legal/") || e.contains(" /reports/"))
                .toList());
        assertEquals(endpoints, new TreeSet<>(CASES.stream().map(Case::endpoint).toList()));
    }
}
