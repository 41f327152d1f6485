package org.haven.console;

import static io.restassured.RestAssured.given;
import static org.haven.support.DefenderFixtures.aDefender;
import static org.haven.support.RequestFixtures.aRequest;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.haven.support.RequestFixtures;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The case pages over HTTP, signed in for real: opening a request once despite a double submit, the case
 * page's assessment, status and assignment forms, their refusals next to the field, the stale-version page,
 * the audited "show, with a reason", and the role and CSRF refusals. Every outcome is checked through the API.
 */
@QuarkusTest
class ConsoleCasePagesTest {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    private static final Pattern FORM_KEY = Pattern.compile("name=\"formKey\" value=\"([^\"]+)\"");

    @OidcWireMock
    WireMockServer provider;

    @Test
    void withoutADefenderTheFormAsksForOneAndAnUnknownIdIsNamed() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        String form = officer.get("/console/cases/new").then().statusCode(200)
                .body(containsString("name=\"defenderId\" value=\"\"")).extract().asString();
        String unknown = UUID.randomUUID().toString();

        String page = officer.post("/console/cases", openFields(unknown, find(FORM_KEY, form))).then().statusCode(422)
                .extract().asString();

        assertTrue(page.contains("id=\"f-defenderId-error\">Defender: No defender with this id exists"),
                "named, in plain words");
        assertTrue(page.contains("value=\"" + unknown + "\""), "what was typed is kept");
        assertTrue(page.contains("value=\"Court fees for an appeal\""), "the rest is kept");
    }

    @Test
    void officerOpensARequestFromTheDefendersPage() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        String defenderId = aDefender().with("pseudonym", "Heron-Case-Page").register(officer.token);

        String form = officer.get("/console/cases/new?defender=" + defenderId).then().statusCode(200)
                .body(containsString("id=\"open-request-form\""), containsString("Heron-Case-Page"),
                        containsString("id=\"open\""))
                .extract().asString();
        Response opened = officer.post("/console/cases", openFields(defenderId, find(FORM_KEY, form)));

        assertEquals(303, opened.statusCode());
        String caseId = caseIdOf(opened);
        JsonPath request = api(officer).get("/requests/" + caseId).then().statusCode(200).extract().jsonPath();
        assertEquals(defenderId, request.getString("defenderId"));
        assertEquals("IMMEDIATE", request.getString("urgency"));
        assertEquals(List.of("LEGAL", "MEDICAL"), request.getList("assistanceTypes"));
        assertEquals(1500.0, request.getDouble("requestedAmount.amount"), 0.001);
        assertEquals("EUR", request.getString("requestedAmount.currency"));
        assertEquals("SIGNAL", request.getString("intakeChannel"));
        officer.get("/console/cases/" + caseId).then().statusCode(200)
                .body(containsString("<bdi>" + request.getString("reference") + "</bdi></h1>"),
                        containsString("Heron-Case-Page"), containsString("Court fees for an appeal"),
                        // the narrative is sensitive: not on the page until shown with a reason
                        not(containsString("Synthetic narrative for the console")));
    }

    @Test
    void theSameFormSentTwiceOpensOneCase() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        String defenderId = aDefender().register(officer.token);
        String formKey = find(FORM_KEY, officer.get("/console/cases/new?defender=" + defenderId).asString());

        Response first = officer.post("/console/cases", openFields(defenderId, formKey));
        Response second = officer.post("/console/cases", openFields(defenderId, formKey));

        assertEquals(303, first.statusCode());
        assertEquals(303, second.statusCode());
        assertEquals(first.header("Location"), second.header("Location"));
        assertEquals(1, api(officer).queryParam("defenderId", defenderId).get("/requests").then().statusCode(200)
                .extract().jsonPath().getInt("totalItems"));
        // the same form sent again with other values opens nothing and says why
        Map<String, Object> changed = openFields(defenderId, formKey);
        changed.put("summary", "Something else entirely");
        String refused = officer.post("/console/cases", changed).then().statusCode(422).extract().asString();
        assertTrue(refused.contains("This form was already sent with other values"), "said in plain words");
        assertTrue(refused.contains("value=\"Something else entirely\""), "what was typed is kept");
        // a fresh form is a new request
        String another = find(FORM_KEY, officer.get("/console/cases/new?defender=" + defenderId).asString());
        assertNotEquals(formKey, another);
        assertNotEquals(first.header("Location"),
                officer.post("/console/cases", openFields(defenderId, another)).header("Location"));
    }

    @Test
    void missingUrgencyAndSummaryAreNamedAndTheRestIsKept() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        String defenderId = aDefender().with("pseudonym", "Kite-Kept").register(officer.token);
        Map<String, Object> fields = openFields(defenderId, UUID.randomUUID().toString());
        fields.remove("urgency");
        fields.put("summary", "  ");

        String page = officer.post("/console/cases", fields).then().statusCode(422).extract().asString();

        assertTrue(page.contains("id=\"f-urgency-error\""), "urgency named");
        assertTrue(page.contains("id=\"f-summary-error\""), "summary named");
        assertTrue(page.contains("<a href=\"#f-urgency\">Urgency: This field is required.</a>"), "in the summary");
        assertTrue(page.indexOf("href=\"#f-urgency\"") < page.indexOf("href=\"#f-summary\""), "in the form's order");
        assertTrue(page.contains("Synthetic narrative for the console"), "narrative kept");
        assertTrue(page.contains("value=\"Example Partner Org\""), "partner kept");
        assertTrue(page.contains("value=\"MEDICAL\" checked"), "assistance type kept");
        assertTrue(page.contains("Kite-Kept"), "defender still shown");
        assertEquals(0, api(officer).queryParam("defenderId", defenderId).get("/requests").then().extract()
                .jsonPath().getInt("totalItems"));
    }

    @Test
    void officerRecordsTheAssessment() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        String caseId = aCaseInAssessment(officer);
        String page = officer.get("/console/cases/" + caseId).then().statusCode(200)
                .body(containsString("id=\"assessment-form\""), containsString("id=\"save-assessment\"")).extract()
                .asString();

        Response saved = officer.post("/console/cases/" + caseId + "/assessment", assessment(find(VERSION, page), "MET"));

        assertEquals(303, saved.statusCode());
        JsonPath request = api(officer).get("/requests/" + caseId).then().extract().jsonPath();
        assertEquals("MET", request.getString("assessment.identity"));
        assertEquals("UNCLEAR", request.getString("assessment.need"));
        assertTrue(request.getBoolean("assessment.complete"));
    }

    @Test
    void problemsNameTheirFieldInTheReadersLanguage() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        String caseId = aRequest(aDefender().register(officer.token))
                .with("assistanceTypes", List.of("TEMPORARY_RELOCATION")).open(officer.token);
        RequestFixtures.transition(officer.token, caseId, "IN_ASSESSMENT", null);
        officer.post("/console/language", Map.of("lang", "fr", "return", "/console/caseload")).then().statusCode(303);
        Map<String, Object> fields = assessment(find(VERSION, officer.get("/console/cases/" + caseId).asString()), "MET");
        fields.put("relocation.hostCountry", "ZZ");
        fields.put("relocation.plannedDurationMonths", "six");

        String page = officer.post("/console/cases/" + caseId + "/assessment", fields).then().statusCode(422)
                .extract().asString();

        assertTrue(page.contains(">Pays d&#39;accueil : "), "the country named once escaped, in French");
        assertTrue(page.contains(">Durée prévue en mois : Cette valeur n&#39;est pas valable ici.</a>"), page);
        assertTrue(page.indexOf("#f-relocation-hostCountry") < page.indexOf("#f-relocation-plannedDurationMonths"));
    }

    @Test
    void aStaleAssessmentShowsTheCurrentValuesAndWhatWasTyped() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        String caseId = aCaseInAssessment(officer);
        String version = find(VERSION, officer.get("/console/cases/" + caseId).asString());
        RequestFixtures.assess(officer.token, caseId, RequestFixtures.anAssessment()); // someone else, meanwhile

        Map<String, Object> mine = assessment(version, "NOT_MET");
        mine.put("identity.note", "Typed while someone else saved");
        String page = officer.post("/console/cases/" + caseId + "/assessment", mine).then().statusCode(412)
                .extract().asString();

        assertTrue(page.contains("Your change was not saved"), "stale title");
        assertTrue(page.contains("Someone else changed this record"), "stale notice");
        assertTrue(page.contains("<details class=\"case-typed\" open>"), "what was typed is shown");
        assertTrue(page.contains("Typed while someone else saved"), "typed note kept visible");
        // the other person's assessment has notes this reader has not seen: a save now would erase them
        assertFalse(page.contains("id=\"assessment-form\""), "no form that would erase hidden notes");
        assertTrue(page.contains("id=\"assessment-show-notes-first\""), "the way to change it: show the notes first");

        String shown = officer.post("/console/cases/" + caseId + "/narrative", Map.of("reason", "Redoing my change"))
                .then().statusCode(200).extract().asString();
        assertTrue(shown.contains("name=\"identity.result\" value=\"MET\" checked"), "form shows the current value");
        assertNotEquals(version, find(VERSION, shown), "the form carries the current version");
        assertEquals("MET", api(officer).get("/requests/" + caseId).then().extract().path("assessment.identity"));
    }

    @Test
    void aTransitionWithItsReasonAppearsInTheTimeline() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        String caseId = aRequest(aDefender().register(officer.token)).open(officer.token);
        String page = officer.get("/console/cases/" + caseId).asString();
        assertTrue(page.contains("<option value=\"IN_ASSESSMENT\">"), "allowed now");
        assertFalse(page.contains("<option value=\"CLOSED\">"), "not allowed now");
        assertFalse(page.contains("id=\"assessment-form\""), "an assessment waits for IN_ASSESSMENT");
        assertTrue(page.contains("An assessment is recorded while the case is in assessment."));

        Response moved = officer.post("/console/cases/" + caseId + "/transitions",
                Map.of("version", find(VERSION, page), "to", "WITHDRAWN", "reason", "Defender found help elsewhere"));

        assertEquals(303, moved.statusCode());
        assertEquals("WITHDRAWN", api(officer).get("/requests/" + caseId).then().extract().path("status"));
        String after = officer.get("/console/cases/" + caseId).asString();
        String timeline = after.substring(after.indexOf("id=\"timeline\""));
        assertTrue(timeline.contains("Status changed from Received to Withdrawn"), timeline);
        assertTrue(timeline.contains("Defender found help elsewhere"));
        assertTrue(timeline.indexOf("Status changed") < timeline.indexOf("Request opened"), "newest first");
    }

    @Test
    void aTransitionTheWorkflowRefusesIsShownNextToTheField() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        String caseId = aCaseInAssessment(officer);
        String version = find(VERSION, officer.get("/console/cases/" + caseId).asString());

        String noReason = officer.post("/console/cases/" + caseId + "/transitions",
                Map.of("version", version, "to", "DECLINED", "reason", "")).then().statusCode(422).extract().asString();
        assertTrue(noReason.contains("id=\"f-reason-error\""), "reason named");
        assertTrue(noReason.contains("<option value=\"DECLINED\" selected>"), "choice kept");

        String illegal = officer.post("/console/cases/" + caseId + "/transitions",
                Map.of("version", version, "to", "CLOSED", "reason", "Typed reason")).then().statusCode(409).extract()
                .asString();
        assertTrue(illegal.contains("id=\"f-to-error\""), "the target is named");
        assertTrue(illegal.contains("This change of status is not possible"), "in plain words");
        assertTrue(illegal.contains(">Typed reason</textarea>"), "reason kept");
        assertEquals("IN_ASSESSMENT", api(officer).get("/requests/" + caseId).then().extract().path("status"));
    }

    @Test
    void officerAssignsTheCaseToThemselves() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        String caseId = aRequest(aDefender().register(officer.token)).open(officer.token);
        String page = officer.get("/console/cases/" + caseId).then()
                .body(containsString("id=\"assign-to-me\""), containsString("id=\"assign-form\"")).extract().asString();

        Response assigned = officer.post("/console/cases/" + caseId + "/assignee",
                Map.of("version", find(VERSION, page), "officer", officer.subject));

        assertEquals(303, assigned.statusCode());
        assertEquals(officer.subject, api(officer).get("/requests/" + caseId).then().extract().path("assignedOfficer"));
        officer.get("/console/cases/" + caseId).then().body(not(containsString("id=\"assign-to-me\"")));

        // an officer may not assign someone else: the request's rule, next to the field
        String refused = officer.post("/console/cases/" + caseId + "/assignee",
                Map.of("version", find(VERSION, officer.get("/console/cases/" + caseId).asString()), "officer",
                        "someone-else")).then().statusCode(403).extract().asString();
        assertTrue(refused.contains("id=\"f-officer-error\""));
        assertTrue(refused.contains("value=\"someone-else\""));
    }

    @Test
    void aManagerAssignsAnOfficerButRecordsNoAssessmentAndProposesNoGrant() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        String caseId = aCaseInAssessment(officer);
        ConsoleSession manager = ConsoleSession.signIn(provider, "manager-" + UUID.randomUUID().toString().substring(0, 8),
                officer.teams, "programme-manager");

        String page = manager.get("/console/cases/" + caseId).then().statusCode(200).extract().asString();
        assertTrue(page.contains("id=\"assign-form\"") && page.contains("id=\"transition-form\""));
        assertTrue(page.contains("id=\"plan-follow-up\""), "managers plan follow-ups, as the API lets them");
        for (String absent : List.of("assessment-form", "propose-grant", "assign-to-me")) {
            assertFalse(page.contains("id=\"" + absent + "\""), absent);
        }
        manager.post("/console/cases/" + caseId + "/assignee", Map.of("version", find(VERSION, page), "officer",
                officer.subject)).then().statusCode(303);
        assertEquals(officer.subject, api(officer).get("/requests/" + caseId).then().extract().path("assignedOfficer"));
        manager.post("/console/cases/" + caseId + "/assessment", assessment(find(VERSION, page), "MET")).then()
                .statusCode(403);
    }

    @Test
    void theNarrativeIsShownOnlyWithAReasonAndTheReadIsRecorded() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        String caseId = aRequest(aDefender().register(officer.token))
                .with("narrative", "Synthetic narrative behind the reason").open(officer.token);

        String noReason = officer.post("/console/cases/" + caseId + "/narrative", Map.of("reason", " ")).then()
                .statusCode(422).extract().asString();
        assertTrue(noReason.contains("id=\"f-revealReason-error\""));
        assertFalse(noReason.contains("Synthetic narrative behind the reason"));

        officer.post("/console/cases/" + caseId + "/narrative", Map.of("reason", "Preparing the assessment call"))
                .then().statusCode(200).body(containsString("Synthetic narrative behind the reason"));
        List<Map<String, Object>> history = api(officer).get("/requests/" + caseId + "/history").then()
                .extract().jsonPath().getList("findAll { it.action == 'REQUEST_SENSITIVE_VIEWED' }");
        assertEquals(1, history.size());
        assertEquals("Preparing the assessment call", history.get(0).get("reason"));
    }

    @Test
    void anAuditorReadsWithoutWriteControlsAndAForgedPostIsRefused() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        String caseId = aCaseInAssessment(officer);
        ConsoleSession auditor = ConsoleSession.signIn(provider, "auditor");

        String page = auditor.get("/console/cases/" + caseId).then().statusCode(200).extract().asString();
        for (String control : List.of("assessment-form", "transition-form", "assign-form", "assign-to-me",
                "propose-grant", "plan-follow-up")) {
            assertFalse(page.contains("id=\"" + control + "\""), control);
        }
        assertTrue(page.contains("id=\"show-narrative\""), "auditors may read with a reason");
        assertTrue(page.contains("id=\"timeline\""));

        String version = find(VERSION, officer.get("/console/cases/" + caseId).asString());
        auditor.post("/console/cases/" + caseId + "/transitions",
                Map.of("version", version, "to", "DECLINED", "reason", "Forged")).then().statusCode(403)
                .contentType(containsString("text/html"));
        auditor.post("/console/cases/" + caseId + "/assessment", assessment(version, "MET")).then().statusCode(403);
        auditor.get("/console/cases/new").then().statusCode(403);
        assertEquals("IN_ASSESSMENT", api(officer).get("/requests/" + caseId).then().extract().path("status"));
    }

    @Test
    void aFormWithoutItsCsrfTokenChangesNothing() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        String caseId = aRequest(aDefender().register(officer.token)).open(officer.token);
        String version = find(VERSION, officer.get("/console/cases/" + caseId).asString());

        officer.request().contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("version", version, "to", "WITHDRAWN", "reason", "No token"))
                .post("/console/cases/" + caseId + "/transitions").then().statusCode(400);

        assertEquals("RECEIVED", api(officer).get("/requests/" + caseId).then().extract().path("status"));
    }

    @Test
    void anUnknownCaseIsAPageNotJson() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");

        for (String id : List.of(UUID.randomUUID().toString(), "not-an-id")) {
            officer.get("/console/cases/" + id).then().statusCode(404).contentType(containsString("text/html"))
                    .body(containsString("<h1>Not found</h1>"));
        }
        // another team's case is not found either
        ConsoleSession other = ConsoleSession.signIn(provider, "protection-officer");
        String theirs = aRequest(aDefender().register(other.token)).open(other.token);
        officer.get("/console/cases/" + theirs).then().statusCode(404);
    }

    @Test
    void theCaseloadLinksToTheCasePage() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        String caseId = aRequest(aDefender().register(officer.token)).open(officer.token);

        officer.get("/console/caseload").then().statusCode(200)
                .body(containsString("<a href=\"/console/cases/" + caseId + "\">"));
    }

    private static Map<String, Object> openFields(String defenderId, String formKey) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("formKey", formKey);
        fields.put("defenderId", defenderId);
        fields.put("assistanceTypes", List.of("LEGAL", "MEDICAL"));
        fields.put("urgency", "IMMEDIATE");
        fields.put("summary", "Court fees for an appeal");
        fields.put("narrative", "Synthetic narrative for the console");
        fields.put("requestedAmount.amount", "1500");
        fields.put("requestedAmount.currency", "eur");
        fields.put("intakeChannel", "SIGNAL");
        fields.put("referringPartner", "Example Partner Org");
        return fields;
    }

    private static Map<String, Object> assessment(String version, String identity) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("version", version);
        fields.put("identity.result", identity);
        fields.put("situation.result", "MET");
        fields.put("need.result", "UNCLEAR");
        fields.put("need.note", "Synthetic: partner may cover part");
        fields.put("riskAssessment", "Synthetic risk: credible threats");
        return fields;
    }

    /** A request of this officer's team, moved to IN_ASSESSMENT through the API. */
    private static String aCaseInAssessment(ConsoleSession officer) {
        String caseId = aRequest(aDefender().register(officer.token)).open(officer.token);
        RequestFixtures.transition(officer.token, caseId, "IN_ASSESSMENT", null);
        return caseId;
    }

    private static io.restassured.specification.RequestSpecification api(ConsoleSession session) {
        return given().auth().oauth2(session.token);
    }

    private static String caseIdOf(Response answer) {
        Matcher m = Pattern.compile("/console/cases/([0-9a-f-]{36})$").matcher(answer.header("Location"));
        assertTrue(m.find(), answer.header("Location"));
        return m.group(1);
    }

    private static String find(Pattern pattern, String page) {
        Matcher m = pattern.matcher(page);
        assertTrue(m.find(), "no " + pattern + " on the page");
        return m.group(1);
    }
}
