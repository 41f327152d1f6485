package org.haven.console;

import static io.restassured.RestAssured.given;
import static org.haven.support.DefenderFixtures.aDefender;
import static org.haven.support.RequestFixtures.aRequest;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.haven.support.GrantFixtures;
import org.haven.support.RequestFixtures;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** "Propose a grant" from a case: the same rules as POST /grants, one grant per form however often it is sent. */
@QuarkusTest
class ConsoleGrantPagesTest {

    private static final Pattern FORM_KEY = Pattern.compile("name=\"formKey\" value=\"([^\"]+)\"");

    @OidcWireMock
    WireMockServer provider;

    /** A case of the officer's team, IN_ASSESSMENT with its assessment done, and its defender's pseudonym. */
    record Case(String id, String reference, String pseudonym) {
    }

    static Case aCaseInAssessment(ConsoleSession officer) {
        String pseudonym = "Heron-" + System.nanoTime();
        String defenderId = aDefender().with("pseudonym", pseudonym).register(officer.token);
        String id = aRequest(defenderId).open(officer.token);
        RequestFixtures.transition(officer.token, id, "IN_ASSESSMENT", null);
        RequestFixtures.assess(officer.token, id, RequestFixtures.anAssessment());
        String reference = given().auth().oauth2(officer.token).get("/requests/" + id).then().statusCode(200)
                .extract().path("reference");
        return new Case(id, reference, pseudonym);
    }

    static JsonPath grantsOf(ConsoleSession officer, String requestId) {
        return given().auth().oauth2(officer.token).queryParam("requestId", requestId).get("/grants").then()
                .statusCode(200).extract().jsonPath();
    }

    static Map<String, Object> aProposal(Response form, String fundId, String amount) {
        Matcher key = FORM_KEY.matcher(form.asString());
        assertTrue(key.find(), "the form carries a form key");
        Map<String, Object> fields = new HashMap<>();
        fields.put("formKey", key.group(1));
        fields.put("fundId", fundId);
        fields.put("amount.amount", amount);
        fields.put("amount.currency", "");
        fields.put("purpose", "Synthetic: legal fees for an appeal");
        return fields;
    }

    @Test
    void theFormShowsTheCaseAndTheOpenFundsWithWhatTheyHaveLeft() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        Case c = aCaseInAssessment(officer);
        String fundId = GrantFixtures.aFund(40000, "EUR");

        officer.get("/console/cases/" + c.id() + "/grants/new").then().statusCode(200)
                .body(containsString("id=\"propose-grant-form\""), containsString("id=\"propose\""),
                        containsString(c.reference()), containsString(c.pseudonym()),
                        containsString("<option value=\"" + fundId + "\">"), containsString("€40,000.00 available"),
                        containsString("name=\"plannedTranches[1].plannedOn\""),
                        containsString("href=\"/console/cases/" + c.id() + "\""));
    }

    @Test
    void anOfficerProposesAGrantInTranchesOnceDespiteADoubleSubmit() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        Case c = aCaseInAssessment(officer);
        String fundId = GrantFixtures.aFund(40000, "EUR");
        Map<String, Object> proposal = aProposal(officer.get("/console/cases/" + c.id() + "/grants/new"), fundId,
                "1500");
        proposal.put("plannedTranches[0].amount.amount", "1000");
        proposal.put("plannedTranches[0].plannedOn", "2026-02-01");
        proposal.put("plannedTranches[1].amount.amount", "500,00");
        proposal.put("trancheGated", "true");

        for (int i = 0; i < 2; i++) {
            officer.post("/console/cases/" + c.id() + "/grants", proposal).then().statusCode(303)
                    .header("Location", containsString("/console/cases/" + c.id() + "#grants"));
        }

        JsonPath grants = grantsOf(officer, c.id());
        assertEquals(1, grants.getInt("totalItems"), "the same form sent twice proposes one grant");
        assertEquals(1500.0, grants.getDouble("items[0].amount.amount"));
        assertEquals(500.0, grants.getDouble("items[0].plannedTranches[1].amount.amount"), "\"500,00\" read as 500");
        assertEquals("EUR", grants.getString("items[0].amount.currency"), "the fund's currency when left empty");
        assertEquals("PROPOSED", grants.getString("items[0].status"));
        assertEquals(2, grants.getList("items[0].plannedTranches").size());
        assertEquals("2026-02-01", grants.getString("items[0].plannedTranches[0].plannedOn"));
        assertEquals(true, grants.getBoolean("items[0].trancheGated"));
    }

    @Test
    void aMissingAmountIsShownNextToItsFieldAndTheRestIsKept() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        Case c = aCaseInAssessment(officer);
        String fundId = GrantFixtures.aFund(40000, "EUR");
        Map<String, Object> proposal = aProposal(officer.get("/console/cases/" + c.id() + "/grants/new"), fundId, "");

        officer.post("/console/cases/" + c.id() + "/grants", proposal).then().statusCode(422)
                .body(containsString("id=\"f-amount-amount-error\""), containsString("aria-invalid=\"true\""),
                        containsString("href=\"#f-amount-amount\""),
                        containsString(">Synthetic: legal fees for an appeal</textarea>"),
                        containsString("<option value=\"" + fundId + "\" selected>"));
        assertEquals(0, grantsOf(officer, c.id()).getInt("totalItems"));
    }

    @Test
    void anAmountAboveTheGrantCapIsRefusedNextToTheAmountInPlainWords() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        Case c = aCaseInAssessment(officer);
        String fundId = GrantFixtures.aFund(40000, "EUR");
        Map<String, Object> proposal = aProposal(officer.get("/console/cases/" + c.id() + "/grants/new"), fundId,
                "12000");

        officer.post("/console/cases/" + c.id() + "/grants", proposal).then().statusCode(422)
                .body(containsString("<span class=\"field-error\" id=\"f-amount-amount-error\">The amount is above the limit for one grant"),
                        containsString("value=\"12000\""));
        assertEquals(0, grantsOf(officer, c.id()).getInt("totalItems"));
    }

    @Test
    void aCaseNotInAssessmentIsRefusedWithTheConflictWording() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        String id = aRequest(aDefender().register(officer.token)).open(officer.token);
        String fundId = GrantFixtures.aFund(40000, "EUR");
        Map<String, Object> proposal = aProposal(officer.get("/console/cases/" + id + "/grants/new"), fundId, "900");

        officer.post("/console/cases/" + id + "/grants", proposal).then().statusCode(409)
                .body(containsString("The case is not in assessment"), containsString("value=\"900\""));
    }

    @Test
    void aFundClosedWhileTheFormWasOpenIsRefusedNextToTheFund() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        Case c = aCaseInAssessment(officer);
        String fundId = GrantFixtures.aFund(40000, "EUR");
        Map<String, Object> proposal = aProposal(officer.get("/console/cases/" + c.id() + "/grants/new"), fundId,
                "900");
        String manager = GrantFixtures.manager();
        String etag = given().auth().oauth2(manager).get("/funds/" + fundId).then().statusCode(200).extract()
                .header("ETag");
        given().auth().oauth2(manager).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("name", "Synthetic closed fund", "donor", "Example Donor",
                        "totalBudget", GrantFixtures.money(40000, "EUR"), "periodStart", "2020-01-01",
                        "periodEnd", "2099-12-31", "status", "CLOSED"))
                .put("/funds/" + fundId).then().statusCode(200);

        officer.post("/console/cases/" + c.id() + "/grants", proposal).then().statusCode(422)
                .body(containsString("<span class=\"field-error\" id=\"f-fundId-error\">This fund is closed to new proposals"),
                        not(containsString("<option value=\"" + fundId + "\"")));
        assertEquals(0, grantsOf(officer, c.id()).getInt("totalItems"));
    }

    @Test
    void anUnknownCaseIsAPlainNotFoundPage() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");

        officer.get("/console/cases/" + java.util.UUID.randomUUID() + "/grants/new").then().statusCode(404)
                .body(containsString("<h1>"), not(containsString("propose-grant-form")), not(containsString("Exception")));
    }

    @Test
    void anAuditorSeesNoProposalFormAndAForgedPostIsRefused() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        Case c = aCaseInAssessment(officer);
        String fundId = GrantFixtures.aFund(40000, "EUR");
        ConsoleSession auditor = ConsoleSession.signIn(provider, "auditor");

        auditor.get("/console/cases/" + c.id() + "/grants/new").then().statusCode(403)
                .body(not(containsString("propose-grant-form")));
        auditor.post("/console/cases/" + c.id() + "/grants", Map.of("fundId", fundId, "amount.amount", "900",
                "amount.currency", "EUR", "purpose", "Synthetic forged proposal")).then().statusCode(403);
        assertEquals(0, grantsOf(officer, c.id()).getInt("totalItems"));
    }

    @Test
    void aProposalWithoutTheCsrfTokenIsRefused() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        Case c = aCaseInAssessment(officer);
        Map<String, Object> proposal = aProposal(officer.get("/console/cases/" + c.id() + "/grants/new"),
                GrantFixtures.aFund(40000, "EUR"), "900");
        proposal.put(CsrfTokens.FIELD, "");

        officer.post("/console/cases/" + c.id() + "/grants", proposal).then().statusCode(400);
        assertEquals(0, grantsOf(officer, c.id()).getInt("totalItems"));
    }
}
