package org.haven;

import static io.restassured.RestAssured.given;
import static org.haven.support.DefenderFixtures.aDefender;
import static org.haven.support.RequestFixtures.aRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.haven.shared.security.Roles;
import org.haven.support.EndpointCatalog;
import org.haven.support.ActivityFixtures;
import org.haven.support.GrantFixtures;
import org.haven.support.OrganisationFixtures;
import org.haven.support.RequestFixtures;
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

    /**
     * {@code setup} prepares what the change needs and returns an id (writing its own entries);
     * {@code perform} makes the one change under test and returns the id of the record it changed.
     */
    record Scenario(String endpoint, List<String> actions, Supplier<String> setup,
            java.util.function.UnaryOperator<String> perform) {

        Scenario(String endpoint, String action, Supplier<String> setup, java.util.function.UnaryOperator<String> perform) {
            this(endpoint, List.of(action), setup, perform);
        }

        @Override
        public String toString() {
            return endpoint;
        }
    }

    private static String officer() {
        return Tokens.of(Roles.PROTECTION_OFFICER);
    }

    private static String newDefender() {
        return aDefender().register(officer());
    }

    private static String newRequest() {
        return aRequest().open(officer());
    }

    private static String requestInAssessment() {
        String id = newRequest();
        RequestFixtures.transition(officer(), id, "IN_ASSESSMENT", null);
        return id;
    }

    private static io.restassured.specification.RequestSpecification asOfficer(String ifMatch) {
        return given().auth().oauth2(officer()).contentType(ContentType.JSON).header("If-Match", ifMatch);
    }

    static final List<Scenario> SCENARIOS = List.of(
            new Scenario("POST /defenders", "DEFENDER_REGISTERED", () -> null,
                    ignored -> aDefender().register(officer())),
            new Scenario("PUT /defenders/{id}", "DEFENDER_PROFILE_CHANGED", AuditCoverageTest::newDefender,
                    id -> changed(id, () -> asOfficer("\"0\"").body(aDefender().with("organisation", "Another Synthetic Collective")
                            .profile()).put("/defenders/" + id).then().statusCode(200))),
            new Scenario("PUT /defenders/{id}/sensitive", "DEFENDER_SENSITIVE_DETAILS_CHANGED",
                    AuditCoverageTest::newDefender,
                    id -> changed(id, () -> asOfficer("\"0\"").body(Map.of("legalName", "Changed Synthetic"))
                            .put("/defenders/" + id + "/sensitive").then().statusCode(200))),
            new Scenario("POST /defenders/{id}/archive", "DEFENDER_ARCHIVED", AuditCoverageTest::newDefender,
                    id -> changed(id, () -> asOfficer("\"0\"").body(Map.of("reason", "Synthetic duplicate"))
                            .post("/defenders/" + id + "/archive").then().statusCode(200))),
            new Scenario("POST /defenders/{id}/erasure", "DEFENDER_ERASED", AuditCoverageTest::newDefender,
                    id -> changed(id, () -> given().auth().oauth2(Tokens.of(Roles.ADMIN)).contentType(ContentType.JSON)
                            .body(Map.of("reason", "The defender asked to be forgotten"))
                            .post("/defenders/" + id + "/erasure").then().statusCode(200))),
            new Scenario("POST /requests", "REQUEST_CREATED", AuditCoverageTest::newDefender,
                    defenderId -> aRequest(defenderId).open(officer())),
            new Scenario("PUT /requests/{id}", "REQUEST_DETAILS_CHANGED", AuditCoverageTest::newRequest,
                    id -> changed(id, () -> asOfficer("\"0\"").body(aRequest(UUID.randomUUID().toString()).with("urgency", "IMMEDIATE")
                            .details()).put("/requests/" + id).then().statusCode(200))),
            new Scenario("PUT /requests/{id}/narrative", "REQUEST_NARRATIVE_CHANGED", AuditCoverageTest::newRequest,
                    id -> changed(id, () -> asOfficer("\"0\"").body(Map.of("narrative", "New synthetic narrative"))
                            .put("/requests/" + id + "/narrative").then().statusCode(200))),
            new Scenario("POST /requests/{id}/transitions", "REQUEST_STATUS_CHANGED", AuditCoverageTest::newRequest,
                    id -> changed(id, () -> asOfficer("\"0\"").body(Map.of("target", "IN_ASSESSMENT"))
                            .post("/requests/" + id + "/transitions").then().statusCode(200))),
            new Scenario("PUT /requests/{id}/assessment", "REQUEST_ASSESSED", AuditCoverageTest::requestInAssessment,
                    id -> changed(id, () -> asOfficer("\"1\"").body(RequestFixtures.anAssessment())
                            .put("/requests/" + id + "/assessment").then().statusCode(200))),
            new Scenario("PUT /requests/{id}/assignee", "REQUEST_ASSIGNED", AuditCoverageTest::newRequest,
                    id -> changed(id, () -> given().auth().oauth2(Tokens.of(Roles.PROGRAMME_MANAGER)).contentType(ContentType.JSON)
                            .header("If-Match", "\"0\"").body(Map.of("officer", "officer-x"))
                            .put("/requests/" + id + "/assignee").then().statusCode(200))),
            new Scenario("POST /funds", "FUND_CREATED", () -> null, ignored -> GrantFixtures.aFund(1000, "EUR")),
            new Scenario("PUT /funds/{id}", "FUND_CHANGED", () -> GrantFixtures.aFund(1000, "EUR"),
                    id -> changed(id, () -> given().auth().oauth2(GrantFixtures.manager()).contentType(ContentType.JSON)
                            .header("If-Match", "\"0\"").body(Map.of("name", "Renamed", "donor", "Example Donor",
                                    "totalBudget", GrantFixtures.money(2000, "EUR"), "periodStart", "2020-01-01",
                                    "periodEnd", "2099-12-31", "status", "ACTIVE"))
                            .put("/funds/" + id).then().statusCode(200))),
            new Scenario("POST /grants", "GRANT_PROPOSED",
                    () -> GrantFixtures.aRequestReadyForAGrant(null) + " " + GrantFixtures.aFund(50000, "EUR"),
                    requestAndFund -> GrantFixtures.propose(officer(), GrantFixtures.aProposal(
                            requestAndFund.split(" ")[0], requestAndFund.split(" ")[1], 1000, "EUR")).then()
                            .statusCode(201).extract().path("id")),
            new Scenario("POST /grants/{id}/decisions", List.of("REQUEST_STATUS_CHANGED", "GRANT_APPROVED"),
                    () -> GrantFixtures.aProposedGrant(GrantFixtures.aFund(50000, "EUR"), 1000),
                    id -> changed(id, () -> GrantFixtures.decide(GrantFixtures.manager(), id,
                            GrantFixtures.approval("ok")).then().statusCode(200))),
            new Scenario("POST /grants/{id}/withdrawal", "GRANT_WITHDRAWN",
                    () -> GrantFixtures.aProposedGrant(GrantFixtures.aFund(50000, "EUR"), 1000),
                    id -> changed(id, () -> given().auth().oauth2(officer()).contentType(ContentType.JSON)
                            .body(Map.of("reason", "No longer needed")).post("/grants/" + id + "/withdrawal")
                            .then().statusCode(200))),
            new Scenario("POST /grants/{id}/cancellation", "GRANT_CANCELLED",
                    () -> GrantFixtures.anApprovedGrant(GrantFixtures.aFund(50000, "EUR"), 1000),
                    id -> changed(id, () -> given().auth().oauth2(GrantFixtures.manager()).contentType(ContentType.JSON)
                            .body(Map.of("reason", "Duplicate")).post("/grants/" + id + "/cancellation")
                            .then().statusCode(200))),
            new Scenario("POST /grants/{id}/disbursements",
                    List.of("GRANT_DISBURSED", "FOLLOW_UP_PLANNED", "FOLLOW_UP_PLANNED"),
                    () -> GrantFixtures.anApprovedGrant(GrantFixtures.aFund(50000, "EUR"), 1000),
                    id -> changed(id, () -> given().auth().oauth2(GrantFixtures.manager()).contentType(ContentType.JSON)
                            .body(GrantFixtures.aDisbursement(400)).post("/grants/" + id + "/disbursements")
                            .then().statusCode(201))),
            new Scenario("POST /grants/{id}/closure", "GRANT_CLOSED",
                    () -> GrantFixtures.aFullyPaidGrant(GrantFixtures.aFund(50000, "EUR"), 1000),
                    id -> changed(id, () -> given().auth().oauth2(GrantFixtures.manager())
                            .post("/grants/" + id + "/closure").then().statusCode(200))),
            new Scenario("POST /follow-ups", "FOLLOW_UP_PLANNED", AuditCoverageTest::newRequest,
                    request -> given().auth().oauth2(officer()).contentType(ContentType.JSON)
                            .body(Map.of("requestId", request, "type", "SECURITY_REVIEW", "dueOn", "2030-01-01"))
                            .post("/follow-ups").then().statusCode(201).extract().path("id")),
            new Scenario("POST /follow-ups/{id}/outcome", "FOLLOW_UP_COMPLETED", AuditCoverageTest::newFollowUp,
                    id -> changed(id, () -> given().auth().oauth2(officer()).contentType(ContentType.JSON)
                            .body(Map.of("completedAt", "2026-01-20T10:00:00Z", "outcome", "SAFE"))
                            .post("/follow-ups/" + id + "/outcome").then().statusCode(200))),
            new Scenario("POST /follow-ups/{id}/cancellation", "FOLLOW_UP_CANCELLED", AuditCoverageTest::newFollowUp,
                    id -> changed(id, () -> given().auth().oauth2(officer()).contentType(ContentType.JSON)
                            .body(Map.of("reason", "Defender unreachable by plan; replaced by a visit"))
                            .post("/follow-ups/" + id + "/cancellation").then().statusCode(200))),
            new Scenario("POST /defenders/{id}/legal-events", "LEGAL_EVENT_RECORDED", AuditCoverageTest::newDefender,
                    defender -> given().auth().oauth2(officer()).contentType(ContentType.JSON)
                            .body(Map.of("kind", "APPEAL_DEADLINE", "occurredOn", "2030-01-01"))
                            .post("/defenders/" + defender + "/legal-events").then().statusCode(201).extract().path("id")),
            new Scenario("POST /legal-events/{id}/retraction", "LEGAL_EVENT_RETRACTED", AuditCoverageTest::newLegalEvent,
                    id -> changed(id, () -> given().auth().oauth2(officer()).contentType(ContentType.JSON)
                            .body(Map.of("reason", "Entered for the wrong defender"))
                            .post("/legal-events/" + id + "/retraction").then().statusCode(200))),
            new Scenario("POST /admin/keys/rotation", "KEYS_REWRAPPED", () -> null,
                    ignored -> kekEntityId(given().auth().oauth2(Tokens.of(Roles.ADMIN)).post("/admin/keys/rotation")
                            .then().statusCode(200).extract().path("primaryKek"))),
            new Scenario("POST /organisations", "ORGANISATION_REGISTERED", () -> null,
                    ignored -> OrganisationFixtures.anOrganisation().register(officer())),
            new Scenario("PUT /organisations/{id}", "ORGANISATION_PROFILE_CHANGED", AuditCoverageTest::newOrganisation,
                    id -> changed(id, () -> asOfficer("\"0\"").body(OrganisationFixtures.anOrganisation().profile())
                            .put("/organisations/" + id).then().statusCode(200))),
            new Scenario("PUT /organisations/{id}/sensitive", "ORGANISATION_CONTACTS_CHANGED",
                    AuditCoverageTest::newOrganisation,
                    id -> changed(id, () -> asOfficer("\"0\"").body(Map.of("contacts", List.of()))
                            .put("/organisations/" + id + "/sensitive").then().statusCode(200))),
            new Scenario("POST /organisations/{id}/vetting", "ORGANISATION_VETTED", AuditCoverageTest::newOrganisation,
                    id -> changed(id, () -> given().auth().oauth2(GrantFixtures.manager()).contentType(ContentType.JSON)
                            .header("If-Match", "\"0\"").body(Map.of("status", "IN_PROGRESS", "reason", "Started"))
                            .post("/organisations/" + id + "/vetting").then().statusCode(200))),
            new Scenario("POST /organisations/{id}/archive", "ORGANISATION_ARCHIVED", AuditCoverageTest::newOrganisation,
                    id -> changed(id, () -> given().auth().oauth2(GrantFixtures.manager()).contentType(ContentType.JSON)
                            .header("If-Match", "\"0\"").body(Map.of("reason", "Partnership ended"))
                            .post("/organisations/" + id + "/archive").then().statusCode(200))),
            new Scenario("POST /organisations/{id}/members", "ORGANISATION_MEMBER_LINKED",
                    () -> newOrganisation() + " " + newDefender(),
                    orgAndDefender -> changed(orgAndDefender.split(" ")[0], () -> OrganisationFixtures.link(officer(),
                            orgAndDefender.split(" ")[0], orgAndDefender.split(" ")[1], "MEMBER"))),
            new Scenario("POST /organisations/{id}/members/removal", "ORGANISATION_MEMBER_REMOVED",
                    () -> {
                        String org = newOrganisation();
                        String defender = newDefender();
                        OrganisationFixtures.link(officer(), org, defender, "STAFF");
                        return org + " " + defender;
                    },
                    orgAndDefender -> changed(orgAndDefender.split(" ")[0], () -> given().auth().oauth2(officer())
                            .contentType(ContentType.JSON).body(Map.of("defenderId", orgAndDefender.split(" ")[1],
                                    "reason", "Left the network"))
                            .post("/organisations/" + orgAndDefender.split(" ")[0] + "/members/removal")
                            .then().statusCode(200))),
            new Scenario("POST /activities", "ACTIVITY_PLANNED", () -> null,
                    ignored -> ActivityFixtures.anActivity().plan(officer())),
            new Scenario("PUT /activities/{id}", "ACTIVITY_CHANGED", AuditCoverageTest::newActivity,
                    id -> changed(id, () -> asOfficer("\"0\"").body(ActivityFixtures.anActivity().details())
                            .put("/activities/" + id).then().statusCode(200))),
            new Scenario("PUT /activities/{id}/sensitive", "ACTIVITY_LOCATION_CHANGED", AuditCoverageTest::newActivity,
                    id -> changed(id, () -> asOfficer("\"0\"").body(Map.of("location", "Another synthetic venue"))
                            .put("/activities/" + id + "/sensitive").then().statusCode(200))),
            new Scenario("POST /activities/{id}/transitions", "ACTIVITY_STATUS_CHANGED", AuditCoverageTest::newActivity,
                    id -> changed(id, () -> ActivityFixtures.held(officer(), id, "\"0\""))),
            new Scenario("POST /activities/{id}/outputs", "ACTIVITY_OUTPUT_RECORDED", () -> {
                String id = newActivity();
                ActivityFixtures.held(officer(), id, "\"0\"");
                return id;
            }, id -> changed(id, () -> given().auth().oauth2(officer()).contentType(ContentType.JSON)
                    .body(Map.of("kind", "ACTION_PLAN", "title", "Synthetic action plan"))
                    .post("/activities/" + id + "/outputs").then().statusCode(201))),
            new Scenario("POST /activities/{id}/participants", "ACTIVITY_PARTICIPANT_ADDED",
                    () -> newActivity() + " " + newDefender(),
                    both -> changed(both.split(" ")[0], () -> ActivityFixtures.addParticipant(officer(),
                            both.split(" ")[0], both.split(" ")[1], true))),
            new Scenario("POST /activities/{id}/participants/removal", "ACTIVITY_PARTICIPANT_REMOVED", () -> {
                String activity = newActivity();
                String defender = newDefender();
                ActivityFixtures.addParticipant(officer(), activity, defender, false);
                return activity + " " + defender;
            }, both -> changed(both.split(" ")[0], () -> given().auth().oauth2(officer()).contentType(ContentType.JSON)
                    .body(Map.of("defenderId", both.split(" ")[1], "reason", "Could not travel"))
                    .post("/activities/" + both.split(" ")[0] + "/participants/removal").then().statusCode(200))));

    private static String newActivity() {
        return ActivityFixtures.anActivity().plan(officer());
    }

    private static String newOrganisation() {
        return OrganisationFixtures.anOrganisation().register(officer());
    }

    /** A KEK's audit entity id, as auditors derive it from the KEK id (docs/security-keys.md). */
    private static String kekEntityId(String kekId) {
        return UUID.nameUUIDFromBytes(("kek:" + kekId).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    /** An interview on a fresh defender's timeline. */
    private static String newLegalEvent() {
        String defender = newDefender();
        return given().auth().oauth2(officer()).contentType(ContentType.JSON)
                .body(Map.of("kind", "INTERVIEW", "occurredOn", "2026-01-15"))
                .post("/defenders/" + defender + "/legal-events").then().statusCode(201).extract().path("id");
    }

    private static String newFollowUp() {
        return given().auth().oauth2(officer()).contentType(ContentType.JSON)
                .body(Map.of("requestId", newRequest(), "type", "CHECK_IN", "dueOn", "2030-01-01"))
                .post("/follow-ups").then().statusCode(201).extract().path("id");
    }

    static Stream<Scenario> scenarios() {
        return SCENARIOS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void eachChangeWritesExactlyOneEntry(Scenario scenario) {
        String auditor = Tokens.of(Roles.AUDITOR);
        String prepared = scenario.setup().get();
        long before = head(auditor);
        String id = scenario.perform().apply(prepared);
        long after = head(auditor);
        int expected = scenario.actions().size();
        assertEquals(before + expected, after, "entries written by " + scenario.endpoint());
        JsonPath newest = given().auth().oauth2(auditor).queryParam("from", "2000-01-01T00:00:00Z")
                .queryParam("sort", "-seq").queryParam("size", expected)
                .get("/audit").then().statusCode(200).extract().jsonPath();
        List<String> actions = new java.util.ArrayList<>(newest.getList("items.action", String.class));
        java.util.Collections.reverse(actions);
        assertEquals(scenario.actions(), actions);
        assertTrue(newest.getList("items.entityId", String.class).contains(id),
                "an entry is about the record the endpoint changed");
    }

    private static String changed(String id, Runnable change) {
        change.run();
        return id;
    }

    /**
     * A person's own inbox and e-mail preferences: no case, defender, grant or fund changes, so no
     * audit entry (docs/notifications.md). Everything else that changes state is a case decision.
     */
    private static final Set<String> NOT_CASE_DECISIONS = Set.of("POST /notifications/{id}/read",
            "POST /notifications/read", "PUT /notifications/preferences");

    @Test
    void everyMutatingEndpointHasAScenario() {
        Set<String> covered = new TreeSet<>(SCENARIOS.stream().map(Scenario::endpoint).toList());
        Set<String> mutating = new TreeSet<>(EndpointCatalog.mutating());
        assertTrue(!mutating.isEmpty());
        assertTrue(mutating.containsAll(NOT_CASE_DECISIONS), "the exemptions name real endpoints");
        mutating.removeAll(NOT_CASE_DECISIONS);
        assertEquals(mutating, covered, "add a scenario for each new state-changing endpoint");
    }

    private static long head(String auditor) {
        return given().auth().oauth2(auditor).get("/audit/checkpoint").then().statusCode(200).extract().jsonPath()
                .getLong("seq");
    }
}
