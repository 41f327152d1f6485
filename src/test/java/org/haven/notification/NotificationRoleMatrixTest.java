package org.haven.notification;

import static io.restassured.RestAssured.given;
import static org.haven.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
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
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every notification endpoint against every role: each person of staff has an inbox (their own only,
 * see NotificationTest); a token without a Haven role is refused, no token is unauthenticated.
 */
@QuarkusTest
class NotificationRoleMatrixTest {

    record Case(String endpoint, Function<RequestSpecification, Response> call, int success) {
        @Override
        public String toString() {
            return endpoint;
        }
    }

    static final List<Case> CASES = List.of(
            new Case("GET /notifications", req -> req.get("/notifications"), 200),
            // Someone else's (or no) notification: found for nobody, so 404 for every role.
            new Case("POST /notifications/{id}/read", req -> req.post("/notifications/" + UUID.randomUUID() + "/read"), 404),
            new Case("POST /notifications/read", req -> req.post("/notifications/read"), 200),
            new Case("GET /notifications/preferences", req -> req.get("/notifications/preferences"), 200),
            new Case("PUT /notifications/preferences", req -> req.contentType(ContentType.JSON)
                    .body(Map.of("emailEnabled", false, "timeZone", "Asia/Kabul", "quietFrom", "22:00",
                            "quietUntil", "07:00"))
                    .put("/notifications/preferences"), 200));

    static Stream<Arguments> everyEndpointAndRole() {
        return CASES.stream().flatMap(c -> Roles.ALL.stream().map(role -> Arguments.of(c, role)));
    }

    static Stream<Case> everyEndpoint() {
        return CASES.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointAndRole")
    void everyRoleHasAnInbox(Case c, String role) {
        Response response = c.call().apply(given().auth().oauth2(Tokens.of(role)));
        assertEquals(c.success(), response.statusCode(), c.endpoint() + " as " + role + ": " + response.asString());
    }

    @ParameterizedTest(name = "{0} without a Haven role")
    @MethodSource("everyEndpoint")
    void aTokenWithoutAHavenRoleIsRefused(Case c) {
        assertProblem(c.call().apply(given().auth().oauth2(Tokens.forUser("visitor-" + UUID.randomUUID(), "offline_access")))
                .then(), 403, "forbidden");
    }

    @ParameterizedTest(name = "{0} without a token")
    @MethodSource("everyEndpoint")
    void anonymousCallsAreUnauthenticated(Case c) {
        assertProblem(c.call().apply(given()).then(), 401, "unauthenticated");
    }

    @Test
    void theMatrixCoversEveryNotificationEndpoint() {
        Set<String> endpoints = new TreeSet<>(EndpointCatalog.all().stream().filter(e -> e.contains(" /notifications"))
                .toList());
        assertEquals(endpoints, new TreeSet<>(CASES.stream().map(Case::endpoint).toList()));
    }
}
