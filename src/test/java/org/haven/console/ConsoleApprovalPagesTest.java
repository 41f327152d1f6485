package org.haven.console;

import static io.restassured.RestAssured.given;
import static org.haven.support.RequestFixtures.aRequest;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.haven.support.DefenderFixtures;
import org.haven.support.GrantFixtures;
import org.haven.support.RequestFixtures;
import org.haven.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The programme manager's approval inbox and a grant's decision page, at the HTTP level: what waits for
 * whom (never one's own proposal, never a grant one already approved), a decision through the same
 * service as POST /grants/{id}/decisions, each refusal in plain words with nothing changed, the 412 of a
 * grant changed since the page was read, CSRF, and the roles that may not decide.
 */
@QuarkusTest
class ConsoleApprovalPagesTest {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @OidcWireMock
    WireMockServer provider;

    private String team;
    private ConsoleSession officer;
    private ConsoleSession managerA;
    private ConsoleSession managerB;

    @BeforeEach
    void aDeskWithAnOfficerAndTwoManagers() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        team = "team-approvals-" + tag;
        officer = ConsoleSession.signIn(provider, "officer-" + tag, List.of(team), "protection-officer");
        managerA = ConsoleSession.signIn(provider, "manager-a-" + tag, List.of(team), "programme-manager");
        managerB = ConsoleSession.signIn(provider, "manager-b-" + tag, List.of(team), "programme-manager");
    }

    // What waits for whom

    @Test
    void eachManagersInboxHoldsWhatWaitsForThemOldestFirst() {
        String fund = GrantFixtures.aFund(40000, "EUR");
        ConsoleSession dual = ConsoleSession.signIn(provider, "dual-" + team, List.of(team), "protection-officer",
                "programme-manager");
        Grant large = propose(officer, newCase(officer, null), fund, "7000");
        Grant small = propose(officer, newCase(officer, null), fund, "900");
        Grant dualsOwn = propose(dual, newCase(dual, null), fund, "800");
        Grant otherTeams = propose(ConsoleSession.signIn(provider, "protection-officer"), null, fund, "700");

        String inbox = managerA.get("/console/approvals").then().statusCode(200).extract().asString();
        assertTrue(inbox.indexOf(large.reference) < inbox.indexOf(small.reference), "oldest first");
        assertTrue(inbox.contains(dualsOwn.reference), "another manager's proposal waits for A");
        assertFalse(inbox.contains(otherTeams.reference), "another team's grant is not A's to see");
        assertTrue(inbox.contains("Waiting for your decision: 3"), inbox);
        assertTrue(inbox.contains("Needs 2 approvals, has 0"));
        assertTrue(inbox.contains("Available in the fund now: €40,000.00"));
        assertTrue(inbox.contains("Available after this grant: €33,000.00"), "the large grant's fund figure");
        assertTrue(inbox.contains("Received in the last 365 days: €0.00"));
        assertTrue(inbox.contains("Cap: €15,000.00"));
        assertTrue(inbox.contains("With this grant: €7,000.00"));
        assertTrue(inbox.contains("href=\"/console/grants/" + large.id + "\""));
        assertTrue(inbox.contains("href=\"/console/cases/" + large.caseId + "\""));
        assertTrue(inbox.contains("Not recorded yet"), "the due-diligence state");

        String dualsInbox = dual.get("/console/approvals").then().statusCode(200).extract().asString();
        assertFalse(dualsInbox.contains(dualsOwn.reference), "never one's own proposal");
        assertTrue(dualsInbox.contains(small.reference));

        approve(managerA, large.id, "First of two: criteria met");
        assertFalse(managerA.get("/console/approvals").asString().contains(large.reference),
                "a grant A approved leaves A's inbox");
        managerB.get("/console/approvals").then().statusCode(200)
                .body(containsString(large.reference), containsString("Needs 2 approvals, has 1"),
                        containsString("Approved by Test " + managerA.subject),
                        containsString("Sanctions screening done, not funded elsewhere (recorded by "
                                + managerA.subject + ")"));
    }

    @Test
    void anEmptyInboxSaysSo() {
        ConsoleSession alone = ConsoleSession.signIn(provider, "programme-manager");
        alone.get("/console/approvals").then().statusCode(200)
                .body(containsString("Nothing is waiting for your decision."), not(containsString("approval-inbox")));
    }

    @Test
    void theInboxPagesThroughManyGrants() {
        String fund = GrantFixtures.aFund(40000, "EUR");
        for (int i = 0; i <= ApprovalInboxResource.PAGE_SIZE; i++) {
            propose(officer, newCase(officer, null), fund, "100");
        }
        managerA.get("/console/approvals").then().statusCode(200)
                .body(containsString("Page 1 of 2"), containsString("href=\"/console/approvals?page=1\""));
        String second = managerA.get("/console/approvals?page=1").then().statusCode(200).extract().asString();
        assertEquals(1, second.split("class=\"approval-item\"").length - 1, "21 grants: one on the second page");
    }

    // Deciding

    @Test
    void twoManagersApproveAGrantAboveTheThresholdThroughTheirPages() {
        String fund = GrantFixtures.aFund(40000, "EUR");
        Grant grant = propose(officer, newCase(officer, null), fund, "7000");

        managerA.get("/console/grants/" + grant.id).then().statusCode(200)
                .body(containsString("id=\"decision-form\""), containsString("Needs 2 approvals, has 0"),
                        containsString("name=\"dueDiligence.sanctionsScreened\""));
        approve(managerA, grant.id, "First of two: criteria met");
        assertEquals("PROPOSED", api(grant.id).getString("status"));
        approve(managerB, grant.id, "Second of two: screened again");

        JsonPath approved = api(grant.id);
        assertEquals("APPROVED", approved.getString("status"));
        assertEquals(List.of(managerA.subject, managerB.subject), approved.getList("approvals.approver"));
        assertEquals(true, approved.getBoolean("dueDiligence.sanctionsScreened"));
        managerB.get("/console/grants/" + grant.id).then().statusCode(200)
                .body(containsString("This grant no longer waits for a decision."), not(containsString("decision-form")),
                        containsString("Second of two: screened again"));
    }

    @Test
    void aManagerRejectsWithAComment() {
        Grant grant = propose(officer, newCase(officer, null), GrantFixtures.aFund(40000, "EUR"), "900");
        managerA.post("/console/grants/" + grant.id + "/decision",
                Map.of("version", version(managerA, grant.id), "decision", "REJECT", "comment", "Funded by a partner"))
                .then().statusCode(303);
        assertEquals("REJECTED", api(grant.id).getString("status"));
        assertEquals("Funded by a partner", api(grant.id).getString("decisionReason"));
    }

    // Refusals, each in plain words, nothing changed

    @Test
    void theProposerWhoIsAlsoAManagerSeesWhyAndAForgedPostIsRefused() {
        ConsoleSession dual = ConsoleSession.signIn(provider, "dual-" + team, List.of(team), "protection-officer",
                "programme-manager");
        Grant own = propose(dual, newCase(dual, null), GrantFixtures.aFund(40000, "EUR"), "900");

        String page = dual.get("/console/grants/" + own.id).then().statusCode(200).extract().asString();
        assertFalse(page.contains("decision-form"), "no decision controls for the proposer");
        assertTrue(page.contains("You proposed this grant, so you cannot decide on it"));
        dual.post("/console/grants/" + own.id + "/decision", approval(apiVersion(own.id), "Forged")).then()
                .statusCode(403).body(containsString("You proposed this grant, so you cannot decide on it"),
                        containsString("Nothing was changed."), not(containsString("decision-form")));
        unchanged(own.id);
        assertEquals(1, given().auth().oauth2(Tokens.of("auditor")).queryParam("entityId", own.id)
                .queryParam("action", "GRANT_DECISION_REFUSED").get("/audit").then().statusCode(200).extract()
                .jsonPath().getInt("totalItems"), "the refusal is kept in the audit log, as through the API");
    }

    @Test
    void theSameManagerCannotGiveBothApprovals() {
        Grant grant = propose(officer, newCase(officer, null), GrantFixtures.aFund(40000, "EUR"), "7000");
        String version = version(managerA, grant.id);
        approve(managerA, grant.id, "First of two");
        managerA.get("/console/grants/" + grant.id).then().statusCode(200)
                .body(containsString("You gave the first of the two approvals"), not(containsString("decision-form")));

        managerA.post("/console/grants/" + grant.id + "/decision", approval(apiVersion(grant.id), "Again"))
                .then().statusCode(403).body(containsString("You already approved this grant."));
        assertEquals(1, api(grant.id).getList("approvals").size());
        assertFalse(version.equals(apiVersion(grant.id)), "the first approval changed the version");
    }

    @Test
    void aGrantAboveTheDefendersCapIsRefused() {
        String fund = GrantFixtures.aFund(40000, "EUR");
        String defender = DefenderFixtures.aDefender().register(officer.token);
        approvedGrant(propose(officer, newCase(officer, defender), fund, "10000"));
        approvedGrant(propose(officer, newCase(officer, defender), fund, "5000"));
        Grant over = propose(officer, newCase(officer, defender), fund, "100");

        managerA.get("/console/approvals").then().statusCode(200)
                .body(containsString("Received in the last 365 days: €15,000.00"),
                        containsString("With this grant: €15,100.00"), containsString("Above the cap by €100.00"));
        managerA.post("/console/grants/" + over.id + "/decision", approval(version(managerA, over.id), null))
                .then().statusCode(422)
                .body(containsString("the defender would receive more than their cap allows"),
                        containsString("href=\"#main\""));
        unchanged(over.id);
    }

    @Test
    void aGrantTheFundCannotCoverIsRefused() {
        Grant grant = propose(officer, newCase(officer, null), GrantFixtures.aFund(500, "EUR"), "900");
        managerA.get("/console/grants/" + grant.id).then()
                .body(containsString("Not enough: the fund lacks €400.00 for this grant."));

        managerA.post("/console/grants/" + grant.id + "/decision", approval(version(managerA, grant.id), null))
                .then().statusCode(409).body(containsString("The fund does not have enough money available"));
        unchanged(grant.id);
    }

    @Test
    void aGrantNoLongerAwaitingADecisionIsRefused() {
        Grant grant = propose(officer, newCase(officer, null), GrantFixtures.aFund(40000, "EUR"), "900");
        given().auth().oauth2(officer.token).contentType(ContentType.JSON).body(Map.of("reason", "Need changed"))
                .post("/grants/" + grant.id + "/withdrawal").then().statusCode(200);

        String page = managerA.get("/console/grants/" + grant.id).then().statusCode(200).extract().asString();
        assertTrue(page.contains("This grant no longer waits for a decision."));
        assertFalse(page.contains("decision-form"));
        managerA.post("/console/grants/" + grant.id + "/decision", approval(apiVersion(grant.id), null)).then()
                .statusCode(409).body(containsString("This grant was withdrawn by its officer"));
        assertEquals("WITHDRAWN", api(grant.id).getString("status"));
    }

    @Test
    void missingCommentAndDueDiligenceAreShownNextToTheirFields() {
        Grant large = propose(officer, newCase(officer, null), GrantFixtures.aFund(40000, "EUR"), "7000");
        managerA.post("/console/grants/" + large.id + "/decision",
                Map.of("version", version(managerA, large.id), "decision", "REJECT", "comment", " ")).then()
                .statusCode(422).body(containsString("id=\"f-comment-error\""), containsString("Write a comment"));

        Grant small = propose(officer, newCase(officer, null), GrantFixtures.aFund(40000, "EUR"), "900");
        managerA.post("/console/grants/" + small.id + "/decision",
                Map.of("version", version(managerA, small.id), "decision", "APPROVE")).then().statusCode(422)
                .body(containsString("id=\"dd-error\""),
                        containsString("Record the due diligence"));
        Map<String, Object> half = new HashMap<>(Map.of("version", version(managerA, small.id), "decision",
                "APPROVE", "dueDiligence.sanctionsScreened", "true"));
        managerA.post("/console/grants/" + small.id + "/decision", half).then().statusCode(422)
                .body(containsString("id=\"f-dueDiligence-fundedElsewhere-error\""),
                        containsString("value=\"true\" checked"));
        half.put("dueDiligence.fundedElsewhere", "true");
        managerA.post("/console/grants/" + small.id + "/decision", half).then().statusCode(422)
                .body(containsString("approving this grant would fund it twice"));
        unchanged(large.id);
        unchanged(small.id);
    }

    @Test
    void aGrantChangedSinceThePageWasReadAnswers412WithItsCurrentState() {
        Grant grant = propose(officer, newCase(officer, null), GrantFixtures.aFund(40000, "EUR"), "7000");
        String seen = version(managerA, grant.id);
        GrantFixtures.decide(managerB.token, grant.id, GrantFixtures.approval("First of two, by B")).then()
                .statusCode(200);

        String answer = managerA.post("/console/grants/" + grant.id + "/decision", approval(seen, "Mine"))
                .then().statusCode(412).extract().asString();
        assertTrue(answer.contains("Someone else changed this record"), answer);
        assertTrue(answer.contains("Needs 2 approvals, has 1"), "the current state");
        assertFalse(versionOf(answer).equals(seen), "the form now carries the current version");
        assertTrue(answer.contains(">Mine</textarea>"), "what A typed is kept");
        assertEquals(1, api(grant.id).getList("approvals").size());
    }

    @Test
    void aDecisionWithoutTheCsrfTokenIsRefused() {
        Grant grant = propose(officer, newCase(officer, null), GrantFixtures.aFund(40000, "EUR"), "900");
        Map<String, Object> forged = new HashMap<>(approval(version(managerA, grant.id), null));
        forged.put(CsrfTokens.FIELD, "");
        managerA.post("/console/grants/" + grant.id + "/decision", forged).then().statusCode(400);
        unchanged(grant.id);
    }

    // Roles

    @Test
    void onlyManagersHaveAnInboxAndDecide() {
        Grant grant = propose(officer, newCase(officer, null), GrantFixtures.aFund(40000, "EUR"), "900");
        ConsoleSession auditor = ConsoleSession.signIn(provider, "auditor-" + team, List.of(team), "auditor");
        ConsoleSession admin = ConsoleSession.signIn(provider, "admin-" + team, List.of(team), "admin");
        for (ConsoleSession who : List.of(officer, auditor, admin)) {
            who.get("/console/approvals").then().statusCode(403).body(not(containsString("approval-inbox")));
            who.post("/console/grants/" + grant.id + "/decision", approval("0", "Forged")).then().statusCode(403);
        }
        unchanged(grant.id);

        auditor.get("/console/grants/" + grant.id).then().statusCode(200)
                .body(containsString(grant.reference), not(containsString("decision-form")),
                        not(containsString("decision-standing")));
        officer.get("/console/grants/" + grant.id).then().statusCode(200).body(not(containsString("decision-form")));
        admin.get("/console/grants/" + grant.id).then().statusCode(403);
    }

    @Test
    void anUnknownOrOtherTeamsGrantIsNotFound() {
        Grant elsewhere = propose(ConsoleSession.signIn(provider, "protection-officer"), null,
                GrantFixtures.aFund(40000, "EUR"), "700");
        managerA.get("/console/grants/" + elsewhere.id).then().statusCode(404)
                .body(not(containsString(elsewhere.reference)));
        managerA.get("/console/grants/" + UUID.randomUUID()).then().statusCode(404);
        managerA.get("/console/grants/not-a-uuid").then().statusCode(404).body(not(containsString("Exception")));
    }

    @Test
    void theCasePageLinksEachGrantToItsPage() {
        String caseId = newCase(officer, null);
        Grant grant = propose(officer, caseId, GrantFixtures.aFund(40000, "EUR"), "900");
        officer.get("/console/cases/" + caseId).then().statusCode(200)
                .body(containsString("<a href=\"/console/grants/" + grant.id + "\"><bdi>" + grant.reference));
    }

    // Helpers

    record Grant(String id, String reference, String caseId) {
    }

    /** A case IN_ASSESSMENT with its assessment done, in the person's team, for a defender (new if null). */
    private static String newCase(ConsoleSession who, String defenderId) {
        String defender = defenderId != null ? defenderId : DefenderFixtures.aDefender().register(who.token);
        String id = aRequest(defender).open(who.token);
        RequestFixtures.transition(who.token, id, "IN_ASSESSMENT", null);
        RequestFixtures.assess(who.token, id, RequestFixtures.anAssessment());
        return id;
    }

    private static Grant propose(ConsoleSession who, String caseId, String fundId, String amount) {
        String request = caseId != null ? caseId : newCase(who, null);
        JsonPath grant = GrantFixtures.propose(who.token, GrantFixtures.aProposal(request, fundId, new java.math.BigDecimal(amount), "EUR"))
                .then().statusCode(201).extract().jsonPath();
        return new Grant(grant.getString("id"), grant.getString("reference"), request);
    }

    private void approvedGrant(Grant grant) {
        GrantFixtures.decide(managerA.token, grant.id, GrantFixtures.approval("Approved for the cap test")).then()
                .statusCode(200);
        if (!"APPROVED".equals(api(grant.id).getString("status"))) {
            GrantFixtures.decide(managerB.token, grant.id, GrantFixtures.approval("Second")).then().statusCode(200);
        }
    }

    private static Map<String, Object> approval(String version, String comment) {
        Map<String, Object> form = new HashMap<>();
        form.put("version", version);
        form.put("decision", "APPROVE");
        form.put("dueDiligence.sanctionsScreened", "true");
        form.put("dueDiligence.fundedElsewhere", "false");
        form.put("dueDiligence.note", "Screened against the EU list");
        if (comment != null) {
            form.put("comment", comment);
        }
        return form;
    }

    private static void approve(ConsoleSession manager, String grantId, String comment) {
        manager.post("/console/grants/" + grantId + "/decision", approval(version(manager, grantId), comment)).then()
                .statusCode(303).header("Location", containsString("/console/grants/" + grantId));
    }

    private static String version(ConsoleSession who, String grantId) {
        return versionOf(who.get("/console/grants/" + grantId).then().statusCode(200).extract().asString());
    }

    private static String versionOf(String page) {
        Matcher m = VERSION.matcher(page);
        assertTrue(m.find(), "the decision form carries the version it was read at");
        return m.group(1);
    }

    private JsonPath api(String grantId) {
        return given().auth().oauth2(managerA.token).get("/grants/" + grantId).then().statusCode(200).extract()
                .jsonPath();
    }

    /** The version the API reads, for posts from pages that offer no form (forged ones). */
    private String apiVersion(String grantId) {
        return api(grantId).getString("version");
    }

    private void unchanged(String grantId) {
        JsonPath grant = api(grantId);
        assertEquals("PROPOSED", grant.getString("status"));
        assertEquals(List.of(), grant.getList("approvals"), "nothing was written");
    }
}
