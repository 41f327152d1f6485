package org.haven.followup;

import static io.restassured.RestAssured.given;
import static org.haven.support.GrantFixtures.aDisbursement;
import static org.haven.support.GrantFixtures.aFund;
import static org.haven.support.GrantFixtures.aProposal;
import static org.haven.support.GrantFixtures.aRequestReadyForAGrant;
import static org.haven.support.GrantFixtures.approval;
import static org.haven.support.GrantFixtures.completeFollowUps;
import static org.haven.support.GrantFixtures.decide;
import static org.haven.support.GrantFixtures.manager;
import static org.haven.support.GrantFixtures.money;
import static org.haven.support.GrantFixtures.officer;
import static org.haven.support.GrantFixtures.propose;
import static org.haven.support.Problems.assertFieldProblem;
import static org.haven.support.Problems.assertProblem;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.haven.shared.security.Roles;
import org.haven.support.Database;
import org.haven.support.GrantFixtures;
import org.haven.support.RequestFixtures;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class FollowUpTest {

    @Inject
    FollowUpService service;

    private final String auditor = Tokens.of(Roles.AUDITOR);

    /** An approved grant of 3000 EUR for a fresh request; returns [grantId, requestId]. */
    private String[] approvedGrant(boolean gated) {
        String request = aRequestReadyForAGrant(null);
        Map<String, Object> proposal = aProposal(request, aFund(50000, "EUR"), 3000, "EUR");
        proposal.put("trancheGated", gated);
        String grant = propose(officer(), proposal).then().statusCode(201).extract().path("id");
        decide(manager(), grant, approval("ok")).then().statusCode(200);
        return new String[] { grant, request };
    }

    private io.restassured.response.ValidatableResponse pay(String grant, Object amount, String paidOn) {
        return given().auth().oauth2(manager()).contentType(ContentType.JSON)
                .body(Map.of("amount", money(amount, "EUR"), "paidOn", paidOn, "method", "PARTNER_CASH",
                        "reference", "TRX-" + UUID.randomUUID()))
                .post("/grants/" + grant + "/disbursements").then();
    }

    @Test
    void firstPaymentPlansACheckInAndAFinancialReport() {
        String grant = approvedGrant(false)[0];
        pay(grant, 1000, "2026-03-01").statusCode(201);
        given().auth().oauth2(officer()).queryParam("grantId", grant).get("/follow-ups").then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.type", containsInAnyOrder("CHECK_IN", "FINANCIAL_REPORT"))
                .body("items.dueOn", containsInAnyOrder("2026-03-31", "2026-05-30"))
                .body("items.status", containsInAnyOrder("PLANNED", "PLANNED"));
        pay(grant, 1000, "2026-04-01").statusCode(201);
        given().auth().oauth2(officer()).queryParam("grantId", grant).get("/follow-ups").then()
                .body("totalItems", equalTo(3));
    }

    @Test
    void gatedTranchesWaitForThePreviousFinancialReport() {
        String grant = approvedGrant(true)[0];
        pay(grant, 1000, "2026-03-01").statusCode(201);
        assertProblem(pay(grant, 1000, "2026-04-01"), 409, "previous-report-missing");
        completeFollowUps(grant);
        pay(grant, 1000, "2026-04-01").statusCode(201);
    }

    @Test
    void outcomeUpdatesTheDefendersRiskAndPlansTheNextCheck() {
        String[] ids = approvedGrant(false);
        pay(ids[0], 3000, "2026-03-01").statusCode(201);
        String checkIn = given().auth().oauth2(officer()).queryParam("grantId", ids[0]).get("/follow-ups").then()
                .extract().jsonPath().getString("items.find { it.type == 'CHECK_IN' }.id");
        String defender = given().auth().oauth2(officer()).get("/requests/" + ids[1]).then().extract()
                .path("defenderId");
        given().auth().oauth2(officer()).contentType(ContentType.JSON)
                .body(Map.of("completedAt", "2026-03-30T09:00:00Z", "outcome", "RISK_INCREASED",
                        "notes", "Synthetic note Qz4: new threats reported", "newRiskLevel", "CRITICAL",
                        "nextFollowUp", Map.of("type", "SECURITY_REVIEW", "dueOn", "2026-04-15")))
                .post("/follow-ups/" + checkIn + "/outcome").then().statusCode(200)
                .body("status", equalTo("DONE")).body("outcome", equalTo("RISK_INCREASED"))
                .body("$", not(hasKey("notes")));
        given().auth().oauth2(officer()).get("/defenders/" + defender).then().body("riskLevel", equalTo("CRITICAL"));
        given().auth().oauth2(auditor).get("/defenders/" + defender + "/history").then()
                .body("action", hasItem("DEFENDER_RISK_CHANGED"));
        given().auth().oauth2(officer()).queryParam("requestId", ids[1]).queryParam("status", "PLANNED")
                .get("/follow-ups").then().body("items.type", hasItem("SECURITY_REVIEW"));
        given().auth().oauth2(officer()).get("/follow-ups/" + checkIn + "/sensitive?reason=synthetic-test").then()
                .body("notes", containsString("Qz4"));
        given().auth().oauth2(auditor).get("/requests/" + ids[1] + "/history").then()
                .body("action", hasItem("FOLLOW_UP_COMPLETED")).body(not(containsString("Qz4")));
        assertProblem(given().auth().oauth2(officer()).contentType(ContentType.JSON)
                .body(Map.of("completedAt", "2026-03-30T09:00:00Z", "outcome", "SAFE"))
                .post("/follow-ups/" + checkIn + "/outcome").then(), 409, "follow-up-done");
    }

    @Test
    void outcomeInputIsValidated() {
        String request = RequestFixtures.aRequest().open(officer());
        String id = given().auth().oauth2(officer()).contentType(ContentType.JSON)
                .body(Map.of("requestId", request, "type", "CHECK_IN", "dueOn", "2030-01-01")).post("/follow-ups")
                .then().statusCode(201).extract().path("id");
        assertFieldProblem(given().auth().oauth2(officer()).contentType(ContentType.JSON)
                .body(Map.of("completedAt", "2026-03-30T09:00:00Z", "outcome", "FINE")).post("/follow-ups/" + id
                        + "/outcome").then(), 400, "invalid-value", "outcome");
        assertFieldProblem(given().auth().oauth2(officer()).contentType(ContentType.JSON)
                .body(Map.of("completedAt", "2999-01-01T00:00:00Z", "outcome", "SAFE")).post("/follow-ups/" + id
                        + "/outcome").then(), 422, "validation-failed", "completedAt");
        assertFieldProblem(given().auth().oauth2(officer()).contentType(ContentType.JSON)
                .body(Map.of("requestId", UUID.randomUUID().toString(), "type", "CHECK_IN", "dueOn", "2030-01-01"))
                .post("/follow-ups").then(), 422, "unknown-request", "requestId");
        assertFieldProblem(given().auth().oauth2(officer()).queryParam("due-before", "soon").get("/follow-ups").then(),
                400, "invalid-parameter", "due-before");
    }

    @Test
    void parametersLongerThanPublishedAreRefusedEvenWhenOnlyPadded() {
        assertFieldProblem(given().auth().oauth2(officer()).queryParam("due-before", " ".repeat(7) + "2030-01-01")
                .get("/follow-ups").then(), 400, "invalid-parameter", "due-before");
        assertFieldProblem(given().auth().oauth2(officer()).queryParam("requestId", " " + UUID.randomUUID())
                .get("/follow-ups").then(), 400, "invalid-parameter", "requestId");
        given().auth().oauth2(officer()).queryParam("due-before", "2030-01-01")
                .queryParam("requestId", UUID.randomUUID().toString()).get("/follow-ups").then().statusCode(200);
    }

    @Test
    void aCaseCannotCloseWhileFollowUpsArePlanned() {
        String[] ids = approvedGrant(false);
        pay(ids[0], 3000, "2026-03-01").statusCode(201);
        assertProblem(given().auth().oauth2(officer()).contentType(ContentType.JSON)
                .header("If-Match", RequestFixtures.etag(officer(), ids[1]))
                .body(Map.of("target", "CLOSED", "reason", "Support completed"))
                .post("/requests/" + ids[1] + "/transitions").then(), 409, "follow-ups-planned");
        List<String> planned = given().auth().oauth2(officer()).queryParam("requestId", ids[1])
                .queryParam("status", "PLANNED").get("/follow-ups").then().extract().jsonPath()
                .getList("items.id", String.class);
        assertFieldProblem(given().auth().oauth2(officer()).contentType(ContentType.JSON).body(Map.of("reason", ""))
                .post("/follow-ups/" + planned.get(0) + "/cancellation").then(), 422, "validation-failed", "reason");
        for (String id : planned) {
            given().auth().oauth2(manager()).contentType(ContentType.JSON)
                    .body(Map.of("reason", "Defender relocated to a partner programme"))
                    .post("/follow-ups/" + id + "/cancellation").then().statusCode(200)
                    .body("status", equalTo("CANCELLED"));
        }
        RequestFixtures.transition(officer(), ids[1], "CLOSED", "Support completed");
    }

    @Test
    void followUpsPastTheGracePeriodAreMarkedMissedByTheSystem() throws Exception {
        String request = RequestFixtures.aRequest().open(officer());
        String overdue = given().auth().oauth2(officer()).contentType(ContentType.JSON)
                .body(Map.of("requestId", request, "type", "CHECK_IN", "dueOn", "2020-01-01",
                        "assignedOfficer", "officer-queue-test"))
                .post("/follow-ups").then().statusCode(201).body("overdue", equalTo(true)).extract().path("id");
        String recent = given().auth().oauth2(officer()).contentType(ContentType.JSON)
                .body(Map.of("requestId", request, "type", "CHECK_IN", "dueOn", java.time.LocalDate.now()
                        .minusDays(2).toString()))
                .post("/follow-ups").then().statusCode(201).extract().path("id");
        given().auth().oauth2(officer()).queryParam("officer", "officer-queue-test").get("/follow-ups/overdue")
                .then().statusCode(200).body("items.id", hasItem(overdue));
        given().auth().oauth2(officer()).queryParam("due-before", "2021-01-01").queryParam("requestId", request)
                .get("/follow-ups").then().body("totalItems", equalTo(1));
        given().auth().oauth2(officer()).queryParam("overdue", "false").queryParam("requestId", request)
                .get("/follow-ups").then().body("totalItems", equalTo(0));
        assertTrue(service.markMissed() >= 1);
        given().auth().oauth2(officer()).get("/follow-ups/" + overdue).then().body("status", equalTo("MISSED"));
        given().auth().oauth2(officer()).get("/follow-ups/" + recent).then().body("status", equalTo("PLANNED"));
        given().auth().oauth2(auditor).queryParam("entityId", overdue).queryParam("action", "FOLLOW_UP_MISSED")
                .get("/audit").then().body("totalItems", equalTo(1))
                .body("items[0].actorSubject", equalTo("system:follow-up-scheduler"));
        service.markMissed();
        assertEquals(1, countMissed(overdue), "a second run marks nothing twice");
    }

    private static int countMissed(String id) throws Exception {
        try (var c = Database.asSuperuser(); var s = c.createStatement();
                var rs = s.executeQuery("select count(*) from audit_entry where entity_id = '" + id
                        + "' and action = 'FOLLOW_UP_MISSED'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void aMissedFollowUpTellsItsOfficerAndTheTeamsManagers() {
        String team = "team-" + UUID.randomUUID().toString().substring(0, 8);
        String officerId = "officer-" + UUID.randomUUID();
        String officer = Tokens.inTeams(officerId, List.of(team), Roles.PROTECTION_OFFICER);
        String manager = Tokens.inTeams("manager-" + UUID.randomUUID(), List.of(team), Roles.PROGRAMME_MANAGER);
        given().auth().oauth2(manager).get("/notifications").then().statusCode(200); // known to the staff directory
        String request = RequestFixtures.aRequest(org.haven.support.DefenderFixtures.aDefender().register(officer))
                .open(officer);
        String followUp = given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("requestId", request, "type", "CHECK_IN", "dueOn", "2020-01-01", "assignedOfficer", officerId))
                .post("/follow-ups").then().statusCode(201).extract().path("id");

        service.markMissed();

        for (String recipient : List.of(officer, manager)) {
            given().auth().oauth2(recipient).get("/notifications").then().statusCode(200)
                    .body("items.find { it.link == '/console/follow-ups/" + followUp + "' }.kind",
                            equalTo("FOLLOW_UP_MISSED"));
        }
    }

    /** A grant to an organisation has no case: its missed follow-up names the grant and tells its proposer. */
    @Test
    void aMissedFollowUpOfAGrantWithoutACaseNamesTheGrant() {
        String team = "team-" + UUID.randomUUID().toString().substring(0, 8);
        String officerId = "officer-" + UUID.randomUUID();
        String officer = Tokens.inTeams(officerId, List.of(team), Roles.PROTECTION_OFFICER);
        String manager = Tokens.inTeams("manager-" + UUID.randomUUID(), List.of(team), Roles.PROGRAMME_MANAGER);
        String organisation = org.haven.support.OrganisationFixtures.anOrganisation()
                .with("types", List.of("BENEFICIARY")).register(officer);
        given().auth().oauth2(manager).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("status", "VETTED", "vettedOn", "2020-01-01", "reason", "Checked with two partners"))
                .post("/organisations/" + organisation + "/vetting").then().statusCode(200);
        Map<String, Object> proposal = new java.util.HashMap<>(GrantFixtures.aProposal(null,
                GrantFixtures.aFund(10000, "EUR"), 1000, "EUR"));
        proposal.remove("requestId");
        proposal.put("organisationId", organisation);
        String grant = GrantFixtures.propose(officer, proposal).then().statusCode(201).extract().path("id");
        String grantReference = GrantFixtures.decide(manager, grant, GrantFixtures.approval(null)).then()
                .statusCode(200).extract().path("reference");
        given().auth().oauth2(manager).contentType(ContentType.JSON)
                .body(Map.of("amount", GrantFixtures.money(1000, "EUR"), "paidOn", "2020-01-01", "method",
                        "BANK_TRANSFER", "reference", "TRX-" + System.nanoTime()))
                .post("/grants/" + grant + "/disbursements").then().statusCode(201);
        String checkIn = given().auth().oauth2(officer).queryParam("grantId", grant).get("/follow-ups").then()
                .statusCode(200).body("items.find { it.type == 'CHECK_IN' }.assignedOfficer", equalTo(officerId))
                .extract().path("items.find { it.type == 'CHECK_IN' }.id");

        service.markMissed();

        given().auth().oauth2(officer).get("/follow-ups/" + checkIn).then().body("status", equalTo("MISSED"));
        given().auth().oauth2(officer).get("/notifications").then().statusCode(200)
                .body("items.find { it.link == '/console/follow-ups/" + checkIn + "' }.kind",
                        equalTo("FOLLOW_UP_MISSED"))
                .body("items.find { it.link == '/console/follow-ups/" + checkIn + "' }.reference",
                        equalTo(grantReference));
    }
}
