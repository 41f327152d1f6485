package org.haven.grant;

import static io.restassured.RestAssured.given;
import static org.haven.support.ActivityFixtures.anActivity;
import static org.haven.support.GrantFixtures.aDisbursement;
import static org.haven.support.GrantFixtures.aFund;
import static org.haven.support.GrantFixtures.aRequestReadyForAGrant;
import static org.haven.support.GrantFixtures.approval;
import static org.haven.support.GrantFixtures.decide;
import static org.haven.support.GrantFixtures.money;
import static org.haven.support.GrantFixtures.propose;
import static org.haven.support.OrganisationFixtures.anOrganisation;
import static org.haven.support.Problems.assertFieldProblem;
import static org.haven.support.Problems.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.haven.shared.security.Roles;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Grants to an organisation or a group and an activity's costs: one set of rules with the grants to a
 * defender (four eyes, the fund's budget, the per-grant cap), a payee distinct from the beneficiary, and
 * the cap counted against the beneficiary.
 */
@QuarkusTest
class GroupGrantTest {

    private final String officer = Tokens.of(Roles.PROTECTION_OFFICER);
    private final String auditor = Tokens.of(Roles.AUDITOR);

    @Test
    void aGrantToAnOrganisationTakesFourEyesCommitsTheFundAndIsAudited() {
        String fund = aFund(100000, "EUR");
        String organisation = vetted(anOrganisation().with("types", List.of("BENEFICIARY")).register(officer));
        String both = Tokens.forUser("officer-manager-" + UUID.randomUUID(), Roles.PROTECTION_OFFICER,
                Roles.PROGRAMME_MANAGER);
        String grant = propose(both, toOrganisation(organisation, fund, 3000)).then().statusCode(201)
                .body("beneficiaryKind", equalTo("ORGANISATION")).body("organisationId", equalTo(organisation))
                .body("requestId", nullValue()).body("defenderId", nullValue()).body("approvalsRequired", equalTo(1))
                .extract().path("id");

        assertProblem(decide(both, grant, approval(null)).then(), 403, "own-proposal");
        assertProblem(decide(officer, grant, approval(null)).then(), 403, "forbidden");
        given().auth().oauth2(auditor).get("/funds/" + fund).then().body("committed.amount", equalTo(0.00f));

        decide(Tokens.of(Roles.PROGRAMME_MANAGER), grant, approval(null)).then().statusCode(200)
                .body("status", equalTo("APPROVED"));
        given().auth().oauth2(auditor).get("/funds/" + fund).then().body("committed.amount", equalTo(3000.00f));
        given().auth().oauth2(auditor).queryParam("organisationId", organisation).get("/grants").then()
                .body("items.id", contains(grant));

        JsonPath audit = given().auth().oauth2(auditor).queryParam("entityId", grant).get("/audit").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of("GRANT_APPROVED", "GRANT_DECISION_REFUSED", "GRANT_PROPOSED"),
                audit.getList("items.action", String.class).stream().sorted().toList());
        Map<String, Object> proposed = audit.getMap("items.find { it.action == 'GRANT_PROPOSED' }.changes");
        assertEquals("ORGANISATION", ((Map<?, ?>) proposed.get("beneficiaryKind")).get("after"));
        assertEquals(organisation, ((Map<?, ?>) proposed.get("organisationId")).get("after"));
    }

    @Test
    void exactlyOneBeneficiaryIsNamedAndAnActivityCostHasItsCategory() {
        String fund = aFund(10000, "EUR");
        String organisation = anOrganisation().with("types", List.of("BENEFICIARY")).register(officer);
        String activity = anActivity().plan(officer);
        String request = aRequestReadyForAGrant(null);

        Map<String, Object> none = toOrganisation(null, fund, 100);
        assertFieldProblem(propose(officer, none).then(), 422, "one-beneficiary", "requestId");
        Map<String, Object> two = toOrganisation(organisation, fund, 100);
        two.put("requestId", request);
        assertFieldProblem(propose(officer, two).then(), 422, "one-beneficiary", "organisationId");
        Map<String, Object> noCategory = toActivity(activity, fund, 100, null);
        assertFieldProblem(propose(officer, noCategory).then(), 422, "cost-category", "costCategory");
        Map<String, Object> categoryWithoutActivity = toOrganisation(organisation, fund, 100);
        categoryWithoutActivity.put("costCategory", "TRAVEL");
        assertFieldProblem(propose(officer, categoryWithoutActivity).then(), 422, "cost-category", "costCategory");
        Map<String, Object> payeeIsBeneficiary = toOrganisation(organisation, fund, 100);
        payeeIsBeneficiary.put("payeeOrganisationId", organisation);
        assertFieldProblem(propose(officer, payeeIsBeneficiary).then(), 422, "payee-is-beneficiary",
                "payeeOrganisationId");
        String partnerOnly = anOrganisation().with("types", List.of("PARTNER")).register(officer);
        assertFieldProblem(propose(officer, toOrganisation(partnerOnly, fund, 100)).then(), 422,
                "organisation-not-beneficiary", "organisationId");
        assertProblem(propose(officer, toActivity(activity, fund, 100, "PICNIC")).then(), 400, "invalid-value");

        given().auth().oauth2(auditor).queryParam("fundId", fund).get("/grants").then().body("items", hasSize(0));
    }

    @Test
    void organisationsSupportedOrPaidAreVettedBeforeTheFinalApproval() {
        String fund = aFund(100000, "EUR");
        String notVetted = anOrganisation().with("types", List.of("BENEFICIARY")).register(officer);
        String grant = proposed(toOrganisation(notVetted, fund, 1000));
        assertFieldProblem(decide(Tokens.of(Roles.PROGRAMME_MANAGER), grant, approval(null)).then(), 422,
                "organisation-not-vetted", "organisationId");

        String host = anOrganisation().with("types", List.of("HOST")).register(officer);
        Map<String, Object> relocation = toCase(aRequestReadyForAGrant(null), fund, 1000);
        relocation.put("payeeOrganisationId", host);
        String paidToHost = proposed(relocation);
        assertFieldProblem(decide(Tokens.of(Roles.PROGRAMME_MANAGER), paidToHost, approval(null)).then(), 422,
                "organisation-not-vetted", "payeeOrganisationId");
        vetted(host);
        decide(Tokens.of(Roles.PROGRAMME_MANAGER), paidToHost, approval(null)).then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("beneficiaryKind", equalTo("DEFENDER"))
                .body("payeeOrganisationId", equalTo(host));
        given().auth().oauth2(auditor).queryParam("organisationId", host).get("/grants").then()
                .body("items", hasSize(0));

        String refused = anOrganisation().with("types", List.of("BENEFICIARY")).register(officer);
        vet(refused, "REFUSED");
        assertFieldProblem(propose(officer, toOrganisation(refused, fund, 100)).then(), 422,
                "organisation-vetting-refused", "organisationId");
    }

    @Test
    void theCapCountsAgainstTheBeneficiaryNeverThePayee() {
        String fund = aFund(200000, "EUR");
        String host = vetted(anOrganisation().with("types", List.of("HOST", "BENEFICIARY")).register(officer));
        String defender = org.haven.support.DefenderFixtures.aDefender().register(officer);
        for (int i = 0; i < 4; i++) {
            Map<String, Object> paidToHost = toCase(aRequestReadyForAGrant(defender), fund, 3750);
            paidToHost.put("payeeOrganisationId", host);
            approve(proposed(paidToHost));
        }
        Map<String, Object> fifth = toCase(aRequestReadyForAGrant(defender), fund, 1);
        fifth.put("payeeOrganisationId", host);
        assertFieldProblem(decide(Tokens.of(Roles.PROGRAMME_MANAGER), proposed(fifth), approval(null)).then(), 422,
                "defender-cap-exceeded", "amount.amount");

        for (int i = 0; i < 4; i++) {
            approve(proposed(toOrganisation(host, fund, 10000)));
        }
        String over = proposed(toOrganisation(host, fund, 1));
        assertFieldProblem(decide(Tokens.of(Roles.PROGRAMME_MANAGER), over, approval(null)).then(), 422,
                "organisation-cap-exceeded", "amount.amount");
        given().auth().oauth2(auditor).get("/grants/" + over).then().body("status", equalTo("PROPOSED"));
    }

    @Test
    void anActivitysCostsAreCappedTogetherAndACancelledActivityTakesNone() {
        String fund = aFund(200000, "EUR");
        String activity = anActivity().plan(officer);
        String travel = proposed(toActivity(activity, fund, 10000, "TRAVEL"));
        given().auth().oauth2(auditor).get("/grants/" + travel).then().body("beneficiaryKind", equalTo("ACTIVITY"))
                .body("activityId", equalTo(activity)).body("costCategory", equalTo("TRAVEL"));
        approve(travel);
        approve(proposed(toActivity(activity, fund, 10000, "STAY")));
        approve(proposed(toActivity(activity, fund, 10000, "INTERPRETATION")));
        assertFieldProblem(decide(Tokens.of(Roles.PROGRAMME_MANAGER),
                proposed(toActivity(activity, fund, 1, "OTHER")), approval(null)).then(), 422, "activity-cap-exceeded",
                "amount.amount");
        given().auth().oauth2(auditor).queryParam("activityId", activity).queryParam("status", "APPROVED")
                .get("/grants").then().body("items", hasSize(3));

        String cancelled = anActivity().plan(officer);
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("target", "CANCELLED", "reason", "Visas refused"))
                .post("/activities/" + cancelled + "/transitions").then().statusCode(200);
        assertFieldProblem(propose(officer, toActivity(cancelled, fund, 100, "TRAVEL")).then(), 422,
                "activity-cancelled", "activityId");
    }

    @Test
    void anotherTeamsOrganisationOrActivityCannotBeNamedAndItsGrantsStayHidden() {
        String fund = aFund(10000, "EUR");
        String otherTeam = "team-grant-other-" + UUID.randomUUID();
        String stranger = Tokens.inTeams("officer-other-" + UUID.randomUUID(), List.of(otherTeam),
                Roles.PROTECTION_OFFICER);
        String theirs = anOrganisation().with("team", otherTeam).with("types", List.of("BENEFICIARY"))
                .register(stranger);
        String theirActivity = anActivity().with("team", otherTeam).plan(stranger);
        assertFieldProblem(propose(officer, toOrganisation(theirs, fund, 100)).then(), 422, "unknown-organisation",
                "organisationId");
        assertFieldProblem(propose(officer, toActivity(theirActivity, fund, 100, "TRAVEL")).then(), 422,
                "unknown-activity", "activityId");
        Map<String, Object> paidToTheirs = toCase(aRequestReadyForAGrant(null), fund, 100);
        paidToTheirs.put("payeeOrganisationId", theirs);
        assertFieldProblem(propose(officer, paidToTheirs).then(), 422, "unknown-organisation", "payeeOrganisationId");

        String hidden = propose(stranger, toActivity(theirActivity, fund, 100, "TRAVEL")).then().statusCode(201)
                .extract().path("id");
        assertProblem(given().auth().oauth2(officer).get("/grants/" + hidden).then(), 404, "not-found");
        given().auth().oauth2(officer).queryParam("activityId", theirActivity).get("/grants").then()
                .body("items", hasSize(0));
    }

    @Test
    void aPaidOrganisationGrantPlansItsReportsWithoutACaseAndClosesWhenReported() {
        String fund = aFund(100000, "EUR");
        String organisation = vetted(anOrganisation().with("types", List.of("BENEFICIARY")).register(officer));
        String grant = proposed(toOrganisation(organisation, fund, 2000));
        approve(grant);
        given().auth().oauth2(Tokens.of(Roles.PROGRAMME_MANAGER)).contentType(ContentType.JSON)
                .body(aDisbursement(2000)).post("/grants/" + grant + "/disbursements").then().statusCode(201);
        JsonPath followUps = given().auth().oauth2(officer).queryParam("grantId", grant).get("/follow-ups").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of("CHECK_IN", "FINANCIAL_REPORT"), followUps.getList("items.type", String.class));
        assertEquals(java.util.Arrays.asList(null, null), followUps.getList("items.requestId"));
        String report = followUps.getString("items.find { it.type == 'FINANCIAL_REPORT' }.id");
        assertFieldProblem(given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("completedAt", "2026-01-20T10:00:00Z", "outcome", "SAFE", "notes", "Synthetic report",
                        "newRiskLevel", "HIGH"))
                .post("/follow-ups/" + report + "/outcome").then(), 422, "no-defender", "newRiskLevel");
        for (String id : followUps.getList("items.id", String.class)) {
            given().auth().oauth2(officer).contentType(ContentType.JSON)
                    .body(Map.of("completedAt", "2026-01-20T10:00:00Z", "outcome", "SAFE", "notes",
                            "Synthetic: the workshop's receipts are filed"))
                    .post("/follow-ups/" + id + "/outcome").then().statusCode(200);
        }
        given().auth().oauth2(auditor).queryParam("reason", "synthetic audit sample")
                .get("/follow-ups/" + report + "/sensitive").then().statusCode(200)
                .body("notes", equalTo("Synthetic: the workshop's receipts are filed"));
        given().auth().oauth2(Tokens.of(Roles.PROGRAMME_MANAGER)).post("/grants/" + grant + "/closure").then()
                .statusCode(200).body("status", equalTo("CLOSED"));
    }

    private String proposed(Map<String, Object> proposal) {
        return propose(officer, proposal).then().statusCode(201).extract().path("id");
    }

    /** Approved by as many different managers as the grant needs, with due diligence. */
    private static void approve(String grant) {
        String status = decide(Tokens.of(Roles.PROGRAMME_MANAGER), grant, approval("Within the plan")).then()
                .statusCode(200).extract().path("status");
        if (!"APPROVED".equals(status)) {
            decide(Tokens.of(Roles.PROGRAMME_MANAGER), grant, approval("Second pair of eyes")).then().statusCode(200)
                    .body("status", equalTo("APPROVED"));
        }
    }

    private static String vetted(String organisation) {
        vet(organisation, "VETTED");
        return organisation;
    }

    private static void vet(String organisation, String status) {
        String manager = Tokens.of(Roles.PROGRAMME_MANAGER);
        String etag = given().auth().oauth2(manager).get("/organisations/" + organisation).then().statusCode(200)
                .extract().header("ETag");
        given().auth().oauth2(manager).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("status", status, "vettedOn", "2026-01-05", "reason", "Checked with two partners"))
                .post("/organisations/" + organisation + "/vetting").then().statusCode(200);
    }

    private static Map<String, Object> base(String fund, Object amount) {
        Map<String, Object> body = new HashMap<>();
        body.put("fundId", fund);
        body.put("amount", money(amount, "EUR"));
        body.put("purpose", "Synthetic support");
        return body;
    }

    private static Map<String, Object> toCase(String request, String fund, Object amount) {
        Map<String, Object> body = base(fund, amount);
        body.put("requestId", request);
        return body;
    }

    private static Map<String, Object> toOrganisation(String organisation, String fund, Object amount) {
        Map<String, Object> body = base(fund, amount);
        if (organisation != null) {
            body.put("organisationId", organisation);
        }
        return body;
    }

    private static Map<String, Object> toActivity(String activity, String fund, Object amount, String category) {
        Map<String, Object> body = base(fund, amount);
        body.put("activityId", activity);
        if (category != null) {
            body.put("costCategory", category);
        }
        return body;
    }
}
