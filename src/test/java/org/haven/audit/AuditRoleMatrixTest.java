package org.haven.audit;

import static io.restassured.RestAssured.given;
import static org.haven.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
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

/** Only auditors and admins read and verify the log; everyone on staff may fetch the public key. */
@QuarkusTest
class AuditRoleMatrixTest {

    record Case(String endpoint, Function<RequestSpecification, Response> call, Set<String> allowed) {
        @Override
        public String toString() {
            return endpoint;
        }
    }

    private static final Set<String> AUDITORS = Set.of(Roles.AUDITOR, Roles.ADMIN);

    static final List<Case> CASES = List.of(
            new Case("GET /audit", req -> req.get("/audit"), AUDITORS),
            new Case("GET /audit/verify", req -> req.get("/audit/verify"), AUDITORS),
            new Case("GET /audit/checkpoint", req -> req.get("/audit/checkpoint"), AUDITORS),
            // well-formed but not valid: the answer is 200 with valid=false
            new Case("GET /audit/checkpoint/verify", req -> req.queryParams(Map.of("seq", 0, "headHash",
                    AuditHash.GENESIS, "signedAt", "2026-01-01T00:00:00Z", "keyId", "0".repeat(16),
                    "signature", "A".repeat(86) + "==")).get("/audit/checkpoint/verify"), AUDITORS),
            new Case("GET /audit/public-key", req -> req.get("/audit/public-key"), Set.copyOf(Roles.ALL)));

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

    @ParameterizedTest(name = "{0} without a token")
    @MethodSource("everyEndpoint")
    void anonymousCallsAreUnauthenticated(Case c) {
        assertProblem(c.call().apply(given()).then(), 401, "unauthenticated");
    }

    static Stream<Case> everyEndpoint() {
        return CASES.stream();
    }

    @Test
    void theMatrixCoversEveryAuditEndpoint() {
        Set<String> endpoints = new TreeSet<>(EndpointCatalog.all().stream().filter(e -> e.contains(" /audit")).toList());
        assertEquals(endpoints, new TreeSet<>(CASES.stream().map(Case::endpoint).toList()));
    }
}
