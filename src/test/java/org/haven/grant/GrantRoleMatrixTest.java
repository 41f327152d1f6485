package org.haven.grant;

import static io.restassured.RestAssured.given;
import static org.haven.support.GrantFixtures.aDisbursement;
import static org.haven.support.GrantFixtures.aFund;
import static org.haven.support.GrantFixtures.aProposal;
import static org.haven.support.GrantFixtures.aProposedGrant;
import static org.haven.support.GrantFixtures.aRequestReadyForAGrant;
import static org.haven.support.GrantFixtures.anApprovedGrant;
import static org.haven.support.GrantFixtures.approval;
import static org.haven.support.GrantFixtures.money;
import static org.haven.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Supplier;
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

/** Every fund and grant endpoint against every role. */
@QuarkusTest
class GrantRoleMatrixTest {

    private static final String OFFICER = Roles.PROTECTION_OFFICER;
    private static final String MANAGER = Roles.PROGRAMME_MANAGER;
    private static final String AUDITOR = Roles.AUDITOR;
    private static final String ADMIN = Roles.ADMIN;
    private static final Set<String> STAFF = Set.of(OFFICER, MANAGER, AUDITOR, ADMIN);
    private static final Set<String> CASE_READERS = Set.of(OFFICER, MANAGER, AUDITOR);

    /** Prepares what the call needs (an id) and performs it. */
    record Case(String endpoint, Supplier<String> setup, BiFunction<RequestSpecification, String, Response> call,
            int success, Set<String> allowed) {
        @Override
        public String toString() {
            return endpoint;
        }
    }

    private static Map<String, Object> fundBody(String status) {
        return Map.of("name", "Matrix Fund", "donor", "Example Donor", "totalBudget", money(90000, "EUR"),
                "periodStart", "2020-01-01", "periodEnd", "2099-12-31", "status", status);
    }

    static final List<Case> CASES = List.of(
            new Case("POST /funds", () -> null, (req, id) -> req.contentType(ContentType.JSON).body(Map.of("name",
                    "Matrix Fund", "donor", "Example Donor", "totalBudget", money(1000, "EUR"), "periodStart",
                    "2026-01-01", "periodEnd", "2026-12-31")).post("/funds"), 201, Set.of(MANAGER, ADMIN)),
            new Case("GET /funds", () -> null, (req, id) -> req.get("/funds"), 200, STAFF),
            new Case("GET /funds/{id}", () -> aFund(1000, "EUR"), (req, id) -> req.get("/funds/" + id), 200, STAFF),
            new Case("PUT /funds/{id}", () -> aFund(1000, "EUR"), (req, id) -> req.contentType(ContentType.JSON)
                    .header("If-Match", "\"0\"").body(fundBody("ACTIVE")).put("/funds/" + id), 200,
                    Set.of(MANAGER, ADMIN)),
            new Case("POST /grants", () -> aRequestReadyForAGrant(null), (req, request) -> req
                    .contentType(ContentType.JSON).body(aProposal(request, aFund(50000, "EUR"), 1000, "EUR"))
                    .post("/grants"), 201, Set.of(OFFICER)),
            new Case("GET /grants", () -> null, (req, id) -> req.get("/grants"), 200, CASE_READERS),
            new Case("GET /grants/{id}", () -> aProposedGrant(aFund(50000, "EUR"), 1000),
                    (req, id) -> req.get("/grants/" + id), 200, CASE_READERS),
            new Case("POST /grants/{id}/withdrawal", () -> aProposedGrant(aFund(50000, "EUR"), 1000),
                    (req, id) -> req.contentType(ContentType.JSON).body(Map.of("reason", "Matrix"))
                            .post("/grants/" + id + "/withdrawal"), 200, Set.of(OFFICER)),
            new Case("POST /grants/{id}/decisions", () -> aProposedGrant(aFund(50000, "EUR"), 1000),
                    (req, id) -> req.contentType(ContentType.JSON).body(approval("Matrix approval"))
                            .post("/grants/" + id + "/decisions"), 200, Set.of(MANAGER)),
            new Case("POST /grants/{id}/cancellation", () -> anApprovedGrant(aFund(50000, "EUR"), 1000),
                    (req, id) -> req.contentType(ContentType.JSON).body(Map.of("reason", "Matrix"))
                            .post("/grants/" + id + "/cancellation"), 200, Set.of(MANAGER)),
            new Case("POST /grants/{id}/disbursements", () -> anApprovedGrant(aFund(50000, "EUR"), 1000),
                    (req, id) -> req.contentType(ContentType.JSON).body(aDisbursement(100))
                            .post("/grants/" + id + "/disbursements"), 201, Set.of(MANAGER)),
            new Case("POST /grants/{id}/closure",
                    () -> org.haven.support.GrantFixtures.aFullyPaidGrant(aFund(50000, "EUR"), 1000),
                    (req, id) -> req.post("/grants/" + id + "/closure"), 200, Set.of(MANAGER)));

    static Stream<Arguments> everyEndpointAndRole() {
        return CASES.stream().flatMap(c -> Roles.ALL.stream().map(role -> Arguments.of(c, role)));
    }

    static Stream<Case> everyEndpoint() {
        return CASES.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointAndRole")
    void eachRoleIsAllowedOrRefused(Case c, String role) {
        String id = c.setup().get();
        Response response = c.call().apply(given().auth().oauth2(Tokens.of(role)), id);
        if (c.allowed().contains(role)) {
            assertEquals(c.success(), response.statusCode(), c.endpoint() + " as " + role + ": " + response.asString());
        } else {
            assertProblem(response.then(), 403, "forbidden");
        }
    }

    @ParameterizedTest(name = "{0} without a token")
    @MethodSource("everyEndpoint")
    void anonymousCallsAreUnauthenticated(Case c) {
        assertProblem(c.call().apply(given(), "00000000-0000-0000-0000-000000000000").then(), 401, "unauthenticated");
    }

    @Test
    void theMatrixCoversEveryFundAndGrantEndpoint() {
        Set<String> endpoints = new TreeSet<>(EndpointCatalog.all().stream()
                .filter(e -> e.contains(" /funds") || e.contains(" /grants")).toList());
        assertEquals(endpoints, new TreeSet<>(CASES.stream().map(Case::endpoint).toList()));
    }
}
