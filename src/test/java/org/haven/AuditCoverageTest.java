package org.haven;

import static io.restassured.RestAssured.given;
import static org.haven.support.DefenderFixtures.aDefender;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.haven.shared.security.Roles;
import org.haven.support.DefenderFixtures;
import org.haven.support.EndpointCatalog;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Every state-changing endpoint writes exactly one audit entry with the expected action about the
 * record it changed. The list of endpoints comes from the compiled resources, so a new endpoint
 * without a scenario here fails the build.
 */
@QuarkusTest
class AuditCoverageTest {

    /** Performs the change and returns the id of the record it changed. */
    record Scenario(String endpoint, String action, Supplier<String> perform) {
        @Override
        public String toString() {
            return endpoint;
        }
    }

    private static String officer() {
        return Tokens.of(Roles.PROTECTION_OFFICER);
    }

    private static String registered(DefenderFixtures fixture) {
        return fixture.register(officer());
    }

    static final List<Scenario> SCENARIOS = List.of(
            new Scenario("POST /defenders", "DEFENDER_REGISTERED", () -> registered(aDefender())),
            new Scenario("PUT /defenders/{id}", "DEFENDER_PROFILE_CHANGED", () -> {
                var fixture = aDefender();
                String id = registered(fixture);
                var profile = new java.util.HashMap<>(fixture.profile());
                profile.put("organisation", "Another Synthetic Collective");
                given().auth().oauth2(officer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                        .body(profile).put("/defenders/" + id).then().statusCode(200);
                return id;
            }),
            new Scenario("PUT /defenders/{id}/sensitive", "DEFENDER_SENSITIVE_DETAILS_CHANGED", () -> {
                String id = registered(aDefender());
                given().auth().oauth2(officer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                        .body(Map.of("legalName", "Changed Synthetic")).put("/defenders/" + id + "/sensitive")
                        .then().statusCode(200);
                return id;
            }),
            new Scenario("POST /defenders/{id}/archive", "DEFENDER_ARCHIVED", () -> {
                String id = registered(aDefender());
                given().auth().oauth2(officer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                        .body(Map.of("reason", "Synthetic duplicate")).post("/defenders/" + id + "/archive")
                        .then().statusCode(200);
                return id;
            }));

    static Stream<Scenario> scenarios() {
        return SCENARIOS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void eachChangeWritesExactlyOneEntry(Scenario scenario) {
        String auditor = Tokens.of(Roles.AUDITOR);
        long before = head(auditor);
        String id = scenario.perform().get();
        JsonPath entries = given().auth().oauth2(auditor).queryParam("entityId", id).queryParam("sort", "-seq")
                .get("/audit").then().statusCode(200).extract().jsonPath();
        assertEquals(scenario.action(), entries.getString("items[0].action"));
        long after = head(auditor);
        // setup steps (e.g. registering first) write their own entries; the change itself wrote one
        long setupEntries = entries.getLong("totalItems") - 1;
        assertEquals(before + setupEntries + 1, after, "exactly one entry for " + scenario.endpoint());
    }

    @Test
    void everyMutatingEndpointHasAScenario() {
        Set<String> covered = new TreeSet<>(SCENARIOS.stream().map(Scenario::endpoint).toList());
        Set<String> mutating = EndpointCatalog.mutating();
        assertTrue(!mutating.isEmpty());
        assertEquals(mutating, covered, "add a scenario for each new state-changing endpoint");
    }

    private static long head(String auditor) {
        return given().auth().oauth2(auditor).get("/audit/checkpoint").then().statusCode(200).extract().jsonPath()
                .getLong("seq");
    }
}
