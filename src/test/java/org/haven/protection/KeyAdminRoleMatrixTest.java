package org.haven.protection;

import static io.restassured.RestAssured.given;
import static org.haven.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import org.haven.shared.security.Roles;
import org.haven.support.EndpointCatalog;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Only admins manage keys; every other role gets 403, no token 401. */
@QuarkusTest
class KeyAdminRoleMatrixTest {

    record Case(String endpoint, Function<RequestSpecification, Response> call, Set<String> allowed) {
        @Override
        public String toString() {
            return endpoint;
        }
    }

    static final List<Case> CASES = List.of(
            new Case("GET /admin/keys/status", req -> req.get("/admin/keys/status"), Set.of(Roles.ADMIN)),
            new Case("POST /admin/keys/rotation", req -> req.post("/admin/keys/rotation"), Set.of(Roles.ADMIN)));

    static Stream<Arguments> everyEndpointAndRole() {
        return CASES.stream().flatMap(c -> Roles.ALL.stream().map(role -> Arguments.of(c, role)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointAndRole")
    void eachRoleIsAllowedOrRefused(Case c, String role) {
        Response response = c.call().apply(given().auth().oauth2(Tokens.of(role)));
        if (c.allowed().contains(role)) {
            assertEquals(200, response.statusCode(), c.endpoint() + " as " + role + ": " + response.asString());
        } else {
            assertProblem(response.then(), 403, "forbidden");
        }
    }

    @Test
    void aTokenWithEveryOtherRoleIsStillRefused() {
        String token = Tokens.forUser("not-an-admin", Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR);
        assertProblem(given().auth().oauth2(token).post("/admin/keys/rotation").then(), 403, "forbidden");
    }

    @ParameterizedTest(name = "{0} without a token")
    @MethodSource("everyEndpoint")
    void anonymousCallsAreUnauthenticated(Case c) {
        assertProblem(c.call().apply(given()).then(), 401, "unauthenticated");
    }

    static Stream<Case> everyEndpoint() {
        return CASES.stream();
    }

    @Test
    void theMatrixCoversEveryKeyEndpoint() {
        Set<String> endpoints = new TreeSet<>(EndpointCatalog.all().stream().filter(e -> e.contains(" /admin/keys"))
                .toList());
        assertEquals(endpoints, new TreeSet<>(CASES.stream().map(Case::endpoint).toList()));
    }
}
