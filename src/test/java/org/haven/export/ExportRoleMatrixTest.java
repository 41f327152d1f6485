package org.haven.export;

import static io.restassured.RestAssured.given;
import static org.haven.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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

/**
 * Every endpoint under /exports against every role: auditors and admins export, officers and managers are
 * refused with 403 before anything is read or recorded, anonymous callers get 401.
 */
@QuarkusTest
class ExportRoleMatrixTest {

    private static final Set<String> EXPORTERS = Set.of(Roles.AUDITOR, Roles.ADMIN);
    private static final List<String> ENDPOINTS = List.of("GET /exports/case-histories",
            "GET /exports/organisation-histories", "GET /exports/activity-histories");

    static Stream<Arguments> everyEndpointAndRole() {
        return ENDPOINTS.stream().flatMap(e -> Roles.ALL.stream().map(role -> Arguments.of(e, role)));
    }

    private static String path(String endpoint) {
        return endpoint.substring("GET ".length());
    }

    private static long exportsStarted() {
        return ((Number) given().auth().oauth2(Tokens.of(Roles.AUDITOR)).queryParam("action", "EXPORT_STARTED")
                .get("/audit").then().statusCode(200).extract().path("totalItems")).longValue();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointAndRole")
    void eachRoleIsAllowedOrRefused(String endpoint, String role) {
        if (EXPORTERS.contains(role)) {
            Response response = given().auth().oauth2(Tokens.of(role)).get(path(endpoint));
            assertEquals(200, response.statusCode(), endpoint + " as " + role);
        } else {
            long before = exportsStarted();
            assertProblem(given().auth().oauth2(Tokens.of(role)).get(path(endpoint)).then(), 403, "forbidden");
            assertEquals(before, exportsStarted(), "a refused export starts nothing");
        }
    }

    @Test
    void anonymousCallsAreUnauthenticated() {
        for (String endpoint : ENDPOINTS) {
            assertProblem(given().get(path(endpoint)).then(), 401, "unauthenticated");
        }
    }

    @Test
    void theMatrixCoversEveryExportEndpoint() {
        Set<String> endpoints = new TreeSet<>(EndpointCatalog.all().stream()
                .filter(e -> e.startsWith("GET /exports")).toList());
        assertEquals(endpoints, new TreeSet<>(ENDPOINTS));
    }
}
