package org.haven.grant;

import static io.restassured.RestAssured.given;
import static org.haven.support.GrantFixtures.aDisbursement;
import static org.haven.support.GrantFixtures.aFund;
import static org.haven.support.GrantFixtures.aProposal;
import static org.haven.support.GrantFixtures.aProposedGrant;
import static org.haven.support.GrantFixtures.aRequestReadyForAGrant;
import static org.haven.support.GrantFixtures.anApprovedGrant;
import static org.haven.support.GrantFixtures.approval;
import static org.haven.support.GrantFixtures.decide;
import static org.haven.support.GrantFixtures.manager;
import static org.haven.support.GrantFixtures.money;
import static org.haven.support.GrantFixtures.officer;
import static org.haven.support.GrantFixtures.propose;
import static org.haven.support.Problems.assertFieldProblem;
import static org.haven.support.Problems.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.haven.shared.security.Roles;
import org.haven.support.RequestFixtures;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class GrantApiTest {

    private final String auditor = Tokens.of(Roles.AUDITOR);

    @Test
    void proposalBelowTheThresholdNeedsOneApproval() {
        String fund = aFund(50000, "EUR");
        String request = aRequestReadyForAGrant(null);
        propose(officer(), aProposal(request, fund, 3000, "EUR")).then().statusCode(201)
                .body("reference", matchesPattern("GR-\\d{4}-\\d{5}"))
                .body("status", equalTo("PROPOSED"))
                .body("approvalsRequired", equalTo(1))
                .body("amount.amount", equalTo(3000.00f))
                .body("requestId", equalTo(request));
        propose(officer(), aProposal(aRequestReadyForAGrant(null), fund, 6000, "EUR")).then().statusCode(201)
                .body("approvalsRequired", equalTo(2));
    }

    @Test
    void aUuidParameterLongerThanPublishedIsRefusedEvenWhenOnlyPadded() {
        assertFieldProblem(given().auth().oauth2(auditor).queryParam("fundId", UUID.randomUUID() + " ")
                .get("/grants").then(), 400, "invalid-parameter", "fundId");
        given().auth().oauth2(auditor).queryParam("fundId", UUID.randomUUID().toString()).get("/grants").then()
                .statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void proposalRulesAreNamed() {
        String fund = aFund(50000, "EUR");
        String request = aRequestReadyForAGrant(null);
        assertFieldProblem(propose(officer(), aProposal(request, fund, 10500, "EUR")).then(), 422,
                "grant-cap-exceeded", "amount.amount").body("errors[0].message", containsString("by 500.00 EUR"));
        assertFieldProblem(propose(officer(), aProposal(request, fund, 1000, "USD")).then(), 422, "currency-mismatch",
                "amount.currency");
        assertFieldProblem(propose(officer(), aProposal(request, UUID.randomUUID().toString(), 1000, "EUR")).then(),
                422, "unknown-fund", "fundId");
        assertFieldProblem(propose(officer(), aProposal(UUID.randomUUID().toString(), fund, 1000, "EUR")).then(),
                422, "unknown-request", "requestId");
        Map<String, Object> tranches = aProposal(request, fund, 8000, "EUR");
        tranches.put("plannedTranches", List.of(Map.of("amount", money(5000, "EUR")),
                Map.of("amount", money(2000, "EUR"))));
        assertFieldProblem(propose(officer(), tranches).then(), 422, "tranches-do-not-add-up", "plannedTranches");
        String received = RequestFixtures.aRequest().open(officer());
        assertProblem(propose(officer(), aProposal(received, fund, 1000, "EUR")).then(), 409,
                "request-not-in-assessment");
        String gbpFund = aFund(5000, "GBP");
        assertFieldProblem(propose(officer(), aProposal(request, gbpFund, 100, "GBP")).then(), 422,
                "currency-not-configured", "amount.currency");
    }

    @Test
    void proposerMayNeverDecideOnTheirOwnProposalAndTheRefusalIsAudited() {
        String dual = Tokens.forUser("dual-role-" + UUID.randomUUID(), Roles.PROTECTION_OFFICER,
                Roles.PROGRAMME_MANAGER);
        String fund = aFund(50000, "EUR");
        String grant = propose(dual, aProposal(aRequestReadyForAGrant(null), fund, 2000, "EUR")).then()
                .statusCode(201).extract().path("id");
        assertProblem(decide(dual, grant, approval("I approve my own")).then(), 403, "own-proposal");
        assertProblem(decide(dual, grant, Map.of("decision", "REJECT", "comment", "mine")).then(), 403,
                "own-proposal");
        given().auth().oauth2(manager()).get("/grants/" + grant).then().body("status", equalTo("PROPOSED"))
                .body("approvals", hasSize(0));
        given().auth().oauth2(auditor).queryParam("entityId", grant).queryParam("action", "GRANT_DECISION_REFUSED")
                .get("/audit").then().statusCode(200).body("totalItems", equalTo(2))
                .body("items[0].reason", containsString("own proposal"));
    }

    @Test
    void finalApprovalSupportsTheRequestAndCommitsTheFund() {
        String fund = aFund(20000, "EUR");
        String request = aRequestReadyForAGrant(null);
        String grant = propose(officer(), aProposal(request, fund, 4000, "EUR")).then().statusCode(201).extract()
                .path("id");
        decide(manager(), grant, approval("Meets identity, situation and need")).then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("approvals", hasSize(1))
                .body("dueDiligence.sanctionsScreened", equalTo(true));
        given().auth().oauth2(officer()).get("/requests/" + request).then().body("status", equalTo("SUPPORTED"));
        given().auth().oauth2(officer()).get("/funds/" + fund).then()
                .body("committed.amount", equalTo(4000.00f))
                .body("available.amount", equalTo(16000.00f))
                .body("disbursed.amount", equalTo(0.00f));
        given().auth().oauth2(auditor).get("/requests/" + request + "/history").then()
                .body("action", org.hamcrest.Matchers.hasItems("GRANT_PROPOSED", "GRANT_APPROVED",
                        "REQUEST_STATUS_CHANGED"));
    }

    @Test
    void aboveTheThresholdTwoDifferentManagersApprove() {
        String fund = aFund(20000, "EUR");
        String grant = aProposedGrant(fund, 7000);
        String first = Tokens.forUser("manager-first-" + UUID.randomUUID(), Roles.PROGRAMME_MANAGER);
        assertFieldProblem(decide(first, grant, approval(null)).then(), 422, "comment-required", "comment");
        decide(first, grant, approval("Relocation plan is sound")).then().statusCode(200)
                .body("status", equalTo("PROPOSED")).body("approvals", hasSize(1));
        assertProblem(decide(first, grant, approval("again")).then(), 403, "second-approver-must-differ");
        given().auth().oauth2(auditor).get("/funds/" + fund).then().body("committed.amount", equalTo(0.00f));
        decide(manager(), grant, approval("Agree")).then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("approvals", hasSize(2));
        given().auth().oauth2(auditor).get("/funds/" + fund).then().body("committed.amount", equalTo(7000.00f));
    }

    @Test
    void finalApprovalNeedsDueDiligence() {
        String fund = aFund(20000, "EUR");
        String grant = aProposedGrant(fund, 1000);
        assertFieldProblem(decide(manager(), grant, Map.of("decision", "APPROVE", "comment", "ok")).then(), 422,
                "due-diligence-required", "dueDiligence");
        assertFieldProblem(decide(manager(), grant, Map.of("decision", "APPROVE", "dueDiligence",
                Map.of("sanctionsScreened", false, "fundedElsewhere", false))).then(), 422,
                "sanctions-screening-required", "dueDiligence.sanctionsScreened");
        assertFieldProblem(decide(manager(), grant, Map.of("decision", "APPROVE", "dueDiligence",
                Map.of("sanctionsScreened", true, "fundedElsewhere", true))).then(), 422, "funded-elsewhere",
                "dueDiligence.fundedElsewhere");
        given().auth().oauth2(manager()).get("/grants/" + grant).then().body("status", equalTo("PROPOSED"))
                .body("dueDiligence", equalTo(null));
    }

    @Test
    void rejectionNeedsACommentAndLeavesTheRequestInAssessment() {
        String fund = aFund(20000, "EUR");
        String request = aRequestReadyForAGrant(null);
        String grant = propose(officer(), aProposal(request, fund, 1000, "EUR")).then().extract().path("id");
        assertFieldProblem(decide(manager(), grant, Map.of("decision", "REJECT")).then(), 422, "comment-required",
                "comment");
        decide(manager(), grant, Map.of("decision", "REJECT", "comment", "Funded by another mechanism")).then()
                .statusCode(200).body("status", equalTo("REJECTED"))
                .body("decisionReason", equalTo("Funded by another mechanism"));
        given().auth().oauth2(officer()).get("/requests/" + request).then().body("status", equalTo("IN_ASSESSMENT"));
        assertProblem(decide(manager(), grant, approval("too late")).then(), 409, "grant-rejected");
    }

    @Test
    void approvalBeyondTheFundsBudgetIsRefused() {
        String fund = aFund(2000, "EUR");
        String grant = aProposedGrant(fund, 2500);
        assertProblem(decide(manager(), grant, approval("ok")).then(), 409, "insufficient-budget")
                .body("detail", containsString("2000.00 EUR available"));
        given().auth().oauth2(manager()).get("/grants/" + grant).then().body("status", equalTo("PROPOSED"));
    }

    @Test
    void perDefenderCapCountsAllTheirGrants() {
        String fund = aFund(50000, "EUR");
        String defender = org.haven.support.DefenderFixtures.aDefender().register(officer());
        String firstGrant = propose(officer(), aProposal(aRequestReadyForAGrant(defender), fund, 9000, "EUR")).then()
                .statusCode(201).extract().path("id");
        decide(manager(), firstGrant, approval("first")).then().statusCode(200);
        decide(manager(), firstGrant, approval("second")).then().statusCode(200).body("status", equalTo("APPROVED"));
        String secondGrant = propose(officer(), aProposal(aRequestReadyForAGrant(defender), fund, 9000, "EUR")).then()
                .statusCode(201).extract().path("id");
        decide(manager(), secondGrant, approval("first")).then().statusCode(200);
        assertFieldProblem(decide(manager(), secondGrant, approval("second")).then(), 422, "defender-cap-exceeded",
                "amount.amount").body("errors[0].message", containsString("by 3000.00 EUR"));
    }

    @Test
    void withdrawalOnlyWhileProposed() {
        String fund = aFund(20000, "EUR");
        String grant = aProposedGrant(fund, 1000);
        assertFieldProblem(given().auth().oauth2(officer()).contentType(ContentType.JSON).body(Map.of("reason", ""))
                .post("/grants/" + grant + "/withdrawal").then(), 422, "validation-failed", "reason");
        given().auth().oauth2(officer()).contentType(ContentType.JSON).body(Map.of("reason", "Defender relocated"))
                .post("/grants/" + grant + "/withdrawal").then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        assertProblem(given().auth().oauth2(officer()).contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .post("/grants/" + grant + "/withdrawal").then(), 409, "grant-withdrawn");
    }

    @Test
    void cancellationReleasesTheFundOnlyWhileNothingIsPaid() {
        String fund = aFund(20000, "EUR");
        String grant = anApprovedGrant(fund, 3000);
        given().auth().oauth2(manager()).contentType(ContentType.JSON).body(Map.of("reason", "Duplicate support"))
                .post("/grants/" + grant + "/cancellation").then().statusCode(200).body("status", equalTo("CANCELLED"));
        given().auth().oauth2(auditor).get("/funds/" + fund).then().body("committed.amount", equalTo(0.00f));
        String paid = anApprovedGrant(fund, 3000);
        disburse(paid, aDisbursement(1000), null).then().statusCode(201);
        assertProblem(given().auth().oauth2(manager()).contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .post("/grants/" + paid + "/cancellation").then(), 409, "grant-partly-disbursed");
    }

    private final String paymaster = Tokens.of(Roles.PROGRAMME_MANAGER);

    private io.restassured.response.Response disburse(String grant, Map<String, Object> body, String key) {
        var spec = given().auth().oauth2(paymaster).contentType(ContentType.JSON).body(body);
        if (key != null) {
            spec.header("Idempotency-Key", key);
        }
        return spec.post("/grants/" + grant + "/disbursements");
    }

    @Test
    void disbursementsNeverExceedTheApprovedAmountAndCloseTheGrant() {
        String fund = aFund(20000, "EUR");
        String grant = anApprovedGrant(fund, 3000);
        disburse(grant, aDisbursement(1000), null).then().statusCode(201)
                .body("disbursed.amount", equalTo(1000.00f)).body("remaining.amount", equalTo(2000.00f))
                .body("disbursements[0].trancheNumber", equalTo(1));
        assertFieldProblem(disburse(grant, aDisbursement(2500), null).then(), 422, "exceeds-approved-amount", "amount")
                .body("errors[0].message", containsString("by 500.00 EUR"));
        assertProblem(given().auth().oauth2(manager()).post("/grants/" + grant + "/closure").then(), 409,
                "grant-not-fully-disbursed");
        disburse(grant, aDisbursement(2000), null).then().statusCode(201).body("remaining.amount", equalTo(0.00f));
        given().auth().oauth2(auditor).get("/funds/" + fund).then().body("disbursed.amount", equalTo(3000.00f));
        assertProblem(given().auth().oauth2(manager()).post("/grants/" + grant + "/closure").then(), 409,
                "financial-report-pending");
        org.haven.support.GrantFixtures.completeFollowUps(grant);
        given().auth().oauth2(manager()).post("/grants/" + grant + "/closure").then().statusCode(200)
                .body("status", equalTo("CLOSED"));
        assertFieldProblem(disburse(grant, Map.of("amount", money(10, "USD"), "paidOn", "2026-01-01", "method",
                "OTHER", "reference", "x"), null).then(), 409, "grant-closed", "status");
    }

    @Test
    void disbursementRetriesAreIdempotent() {
        String fund = aFund(20000, "EUR");
        String grant = anApprovedGrant(fund, 3000);
        String key = UUID.randomUUID().toString();
        Map<String, Object> payment = aDisbursement(500);
        disburse(grant, payment, key).then().statusCode(201);
        disburse(grant, payment, key).then().statusCode(201).body("disbursements", hasSize(1));
        // keys belong to their user: another manager's identical key is a new payment
        given().auth().oauth2(manager()).contentType(ContentType.JSON).header("Idempotency-Key", key).body(payment)
                .post("/grants/" + grant + "/disbursements").then().statusCode(201).body("disbursements", hasSize(2));
        given().auth().oauth2(auditor).get("/grants/" + grant).then().body("disbursed.amount", equalTo(1000.00f));
        Map<String, Object> other = new HashMap<>(payment);
        other.put("amount", money(600, "EUR"));
        assertFieldProblem(disburse(grant, other, key).then(), 422, "idempotency-key-reused", "Idempotency-Key");
    }

    @Test
    void disbursementInputIsValidated() {
        String fund = aFund(20000, "EUR");
        String grant = anApprovedGrant(fund, 3000);
        assertFieldProblem(disburse(grant, Map.of("amount", money(100, "EUR"), "paidOn", "2999-01-01", "method",
                "BANK_TRANSFER", "reference", "x"), null).then(), 422, "validation-failed", "paidOn");
        assertFieldProblem(disburse(grant, Map.of("amount", money(100, "EUR"), "paidOn", "2026-01-01", "method",
                "CARRIER_PIGEON", "reference", "x"), null).then(), 400, "invalid-value", "method");
        assertFieldProblem(disburse(grant, Map.of("amount", money(100, "USD"), "paidOn", "2026-01-01", "method",
                "OTHER", "reference", "x"), null).then(), 422, "currency-mismatch", "amount.currency");
    }
}
