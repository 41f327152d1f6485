package org.haven.console;

import static io.restassured.RestAssured.given;
import static org.haven.support.DefenderFixtures.aDefender;
import static org.haven.support.RequestFixtures.aRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
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

/**
 * What a review of the console's forms found, one regression test each: hostile values answered on the
 * form (never a 500), a refused form that keeps the version it was read at (no lost update), hidden notes
 * that a save would erase, a reused form key said on the form, unknown ids as pages, and the way back
 * from a post and out of the console for everyone.
 */
@QuarkusTest
class ConsoleHardeningTest {

    private static final Pattern VERSION = Pattern.compile("id=\"assessment-form\".*?name=\"version\" value=\"(\\d+)\"",
            Pattern.DOTALL);
    private static final Pattern FORM_KEY = Pattern.compile("name=\"formKey\" value=\"([^\"]+)\"");

    @OidcWireMock
    WireMockServer provider;

    @Test
    void controlCharactersInATextAreRefusedOnTheFormAndNothingIsOpened() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        String defender = aDefender().register(officer.token);
        String form = officer.get("/console/cases/new?defender=" + defender).then().statusCode(200).extract().asString();

        String page = officer.post("/console/cases", Map.of("defenderId", defender, "assistanceTypes", "LEGAL",
                "urgency", "STANDARD", "summary", "Court fees\u0000 for an appeal", "intakeChannel", "SIGNAL",
                ConsoleOnce.FIELD, find(FORM_KEY, form))).then().statusCode(422).extract().asString();

        assertTrue(page.contains("id=\"f-summary-error\""), "the summary is named");
        assertEquals(0, given().auth().oauth2(officer.token).queryParam("defenderId", defender).get("/requests").then()
                .statusCode(200).extract().jsonPath().getList("items").size());
    }

    @Test
    void aProtectedTextWithControlCharactersIsNamedOnceAndNothingIsRegistered() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        String form = officer.get("/console/defenders/new").then().statusCode(200).extract().asString();

        String page = officer.post("/console/defenders", Map.of("pseudonym", "Control " + System.nanoTime(),
                "currentCountry", "PK", "riskLevel", "HIGH", "areasOfWork", "JOURNALISM",
                "legalName", "Synthetic\u001b[2J Name", ConsoleOnce.FIELD, find(FORM_KEY, form)))
                .then().statusCode(422).extract().asString();

        assertEquals(1, page.split("<a href=\"#f-legalName\">", -1).length - 1, "one problem for the field");
    }

    @Test
    void theSummaryOfProblemsNamesEachField() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        String form = officer.get("/console/defenders/new").then().statusCode(200).extract().asString();

        String page = officer.post("/console/defenders", Map.of("currentCountry", "PK", "riskLevel", "HIGH",
                ConsoleOnce.FIELD, find(FORM_KEY, form))).then().statusCode(422).extract().asString();

        assertTrue(page.contains("<a href=\"#f-pseudonym\">Pseudonym: "), "a link that says where it leads");
        assertTrue(page.contains("<a href=\"#f-areasOfWork\">Areas of work"), page);
    }

    @Test
    void anAmountIsReadAlikeOnEveryForm() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        String defender = aDefender().register(officer.token);
        String form = officer.get("/console/cases/new?defender=" + defender).then().statusCode(200).extract().asString();

        String location = officer.post("/console/cases", Map.of("defenderId", defender, "assistanceTypes", "LEGAL",
                "urgency", "STANDARD", "summary", "Court fees for an appeal", "intakeChannel", "SIGNAL",
                "requestedAmount.amount", "\u06f1\u06f5\u06f0\u06f0,50", "requestedAmount.currency", "EUR",
                ConsoleOnce.FIELD, find(FORM_KEY, form))).then().statusCode(303).extract().header("Location");

        String id = location.replaceAll(".*/", "");
        assertEquals(0, new java.math.BigDecimal("1500.50").compareTo(new java.math.BigDecimal(given().auth()
                .oauth2(officer.token).get("/requests/" + id).then().statusCode(200).extract().jsonPath()
                .getString("requestedAmount.amount"))), "Dari digits and a decimal comma, as on the grant form");
    }

    @Test
    void aRefusedAssessmentKeepsTheVersionItWasReadAtSoAnotherPersonsChangeIsNotOverwritten() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        String defender = aDefender().register(officer.token);
        String id = aRequest(defender).open(officer.token);
        RequestFixtures.transition(officer.token, id, "IN_ASSESSMENT", "Synthetic reason");
        String read = find(VERSION, officer.get("/console/cases/" + id).then().statusCode(200).extract().asString());
        // meanwhile someone else changes the case
        given().auth().oauth2(officer.token).contentType(ContentType.JSON).header("If-Match", RequestFixtures.etag(officer.token, id))
                .body(Map.of("officer", officer.subject)).put("/requests/" + id + "/assignee").then().statusCode(200);

        Map<String, Object> incomplete = assessment(read);
        incomplete.remove("riskAssessment");
        String refused = officer.post("/console/cases/" + id + "/assessment", incomplete).then().statusCode(422)
                .extract().asString();
        assertEquals(read, find(VERSION, refused), "the form still carries the version its reader saw");

        officer.post("/console/cases/" + id + "/assessment", assessment(find(VERSION, refused))).then().statusCode(412);
    }

    @Test
    void aRecordedAssessmentIsOnlyEditableWithItsNotesShown() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        String id = aRequest(aDefender().register(officer.token)).open(officer.token);
        RequestFixtures.transition(officer.token, id, "IN_ASSESSMENT", "Synthetic reason");
        RequestFixtures.assess(officer.token, id, RequestFixtures.anAssessment());

        String page = officer.get("/console/cases/" + id).then().statusCode(200).extract().asString();
        assertFalse(page.contains("id=\"assessment-form\""), "saving without the notes would erase them");
        assertTrue(page.contains("id=\"assessment-show-notes-first\""));

        String shown = officer.post("/console/cases/" + id + "/narrative", Map.of("reason", "Updating the assessment"))
                .then().statusCode(200).extract().asString();
        assertTrue(shown.contains("id=\"assessment-form\"") && shown.contains("Verified by partner organisation"),
                "with the notes shown, the form holds them");
        assertTrue(shown.contains("name=\"return\" value=\"/console/cases/" + id + "\""),
                "the language form returns to the case page, not to the post's path");
    }

    @Test
    void datesOutsideTheYearsTheApiAcceptsAreRefusedOnTheForm() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        String id = aRequest(aDefender().register(officer.token)).open(officer.token);
        RequestFixtures.transition(officer.token, id, "IN_ASSESSMENT", "Synthetic reason");
        String form = officer.get("/console/cases/" + id + "/follow-ups/new").then().statusCode(200).extract().asString();

        String page = officer.post("/console/cases/" + id + "/follow-ups", Map.of("type", "CHECK_IN", "dueOn",
                "+10000-01-01", ConsoleOnce.FIELD, find(FORM_KEY, form))).then().statusCode(422).extract().asString();

        assertTrue(page.contains("id=\"f-dueOn-error\""), page);
    }

    @Test
    void aHugeAmountIsRefusedWithoutParsingIt() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        String id = aRequest(aDefender().register(officer.token)).open(officer.token);
        RequestFixtures.transition(officer.token, id, "IN_ASSESSMENT", "Synthetic reason");
        String fund = GrantFixtures.aFund(50000, "EUR");
        String form = officer.get("/console/cases/" + id + "/grants/new").then().statusCode(200).extract().asString();

        String page = officer.post("/console/cases/" + id + "/grants", Map.of("fundId", fund, "amount.amount",
                "9".repeat(200_000), "purpose", "Synthetic purpose", ConsoleOnce.FIELD, find(FORM_KEY, form)))
                .then().statusCode(422).extract().asString();

        assertTrue(page.contains("id=\"f-amount-amount-error\""), "named next to the amount");
    }

    @Test
    void aFormKeyReusedWithOtherValuesIsSaidOnTheForm() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        String id = aRequest(aDefender().register(officer.token)).open(officer.token);
        RequestFixtures.transition(officer.token, id, "IN_ASSESSMENT", "Synthetic reason");
        String key = find(FORM_KEY, officer.get("/console/cases/" + id + "/follow-ups/new").then().statusCode(200)
                .extract().asString());
        officer.post("/console/cases/" + id + "/follow-ups", Map.of("type", "CHECK_IN", "dueOn", "2030-01-01",
                ConsoleOnce.FIELD, key)).then().statusCode(303);

        String page = officer.post("/console/cases/" + id + "/follow-ups", Map.of("type", "SECURITY_REVIEW", "dueOn",
                "2030-02-01", ConsoleOnce.FIELD, key)).then().statusCode(422).contentType("text/html").extract().asString();

        assertTrue(page.contains("id=\"form-problems\""), "a page with the problem, not the API's JSON");
    }

    @Test
    void aFormBodyThatCannotBeDecodedIsRefusedNotA500() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        String token = officer.csrfToken();

        for (String path : List.of("/console/cases", "/console/language")) {
            int status = officer.request().contentType("application/x-www-form-urlencoded")
                    .body(CsrfTokens.FIELD + "=" + token + "&summary=%zz&lang=%").post(path).statusCode();
            assertTrue(status >= 400 && status < 500, path + " answered " + status);
        }
    }

    @Test
    void anIdThatIsNoUuidIsTheConsolesNotFoundPage() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");

        for (String path : List.of("/console/follow-ups/not-an-id", "/console/cases/not-an-id/grants/new",
                "/console/cases/not-an-id/follow-ups/new")) {
            officer.get(path).then().statusCode(404).contentType("text/html");
        }
    }

    @Test
    void aPersonWithoutAHavenRoleCanStillSignOut() {
        ConsoleSession nobody = ConsoleSession.signIn(provider, "someone-" + System.nanoTime(), List.of("team-x"));

        nobody.get("/console/caseload").then().statusCode(403);
        nobody.post("/console/sign-out", Map.of()).then().statusCode(303);
    }

    @Test
    void everyConsoleFormKeepsItsValuesOutOfTheBrowsersFormHistory() throws Exception {
        List<String> without = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src", "main", "resources", "templates"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher form = Pattern.compile("<form[^>]*>").matcher(java.nio.file.Files.readString(file));
                while (form.find()) {
                    if (!form.group().contains("autocomplete=\"off\"")) {
                        without.add(file.getFileName() + ": " + form.group());
                    }
                }
            }
        }
        assertEquals(List.of(), without);
    }

    private static Map<String, Object> assessment(String version) {
        Map<String, Object> fields = new HashMap<>(Map.of("identity.result", "MET", "situation.result", "MET",
                "need.result", "MET", "riskAssessment", "Synthetic risk assessment", "version", version));
        return fields;
    }

    private static String find(Pattern pattern, String page) {
        Matcher m = pattern.matcher(page);
        assertTrue(m.find(), "not on the page: " + pattern);
        return m.group(1);
    }
}
