package org.haven.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.haven.console.ConsoleGrantPagesTest.Case;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Planning a follow-up, the queue of what is due, and recording an outcome, through the console's forms. */
@QuarkusTest
class ConsoleFollowUpPagesTest {

    private static final Pattern FORM_KEY = Pattern.compile("name=\"formKey\" value=\"([^\"]+)\"");

    @OidcWireMock
    WireMockServer provider;

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    static JsonPath followUpsOf(ConsoleSession session, String requestId) {
        return given().auth().oauth2(session.token).queryParam("requestId", requestId).get("/follow-ups").then()
                .statusCode(200).extract().jsonPath();
    }

    /** A follow-up planned through the API; returns its id. */
    static String aFollowUp(ConsoleSession officer, String requestId, LocalDate dueOn) {
        return given().auth().oauth2(officer.token).contentType(ContentType.JSON)
                .body(Map.of("requestId", requestId, "type", "CHECK_IN", "dueOn", dueOn.toString()))
                .post("/follow-ups").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> aPlan(ConsoleSession session, String caseId, String type, String dueOn) {
        Matcher key = FORM_KEY.matcher(session.get("/console/cases/" + caseId + "/follow-ups/new").asString());
        assertTrue(key.find(), "the form carries a form key");
        Map<String, Object> fields = new HashMap<>();
        fields.put("formKey", key.group(1));
        fields.put("type", type);
        fields.put("dueOn", dueOn);
        fields.put("assignedOfficer", "");
        return fields;
    }

    static Map<String, Object> anOutcome() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("completedAt", "2025-06-01T10:30");
        fields.put("outcome", "SAFE");
        fields.put("notes", "Synthetic: met at the partner office, feels safe");
        fields.put("newRiskLevel", "");
        fields.put("nextFollowUp.type", "SECURITY_REVIEW");
        fields.put("nextFollowUp.dueOn", today().plusDays(30).toString());
        return fields;
    }

    @Test
    void anOfficerPlansAFollowUpOnceDespiteADoubleSubmit() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        Case c = ConsoleGrantPagesTest.aCaseInAssessment(officer);

        officer.get("/console/cases/" + c.id() + "/follow-ups/new").then().statusCode(200)
                .body(containsString("id=\"plan-follow-up-form\""), containsString("id=\"plan\""),
                        containsString(c.reference()), containsString(c.pseudonym()), containsString("type=\"date\""));
        Map<String, Object> plan = aPlan(officer, c.id(), "SECURITY_REVIEW", today().plusDays(7).toString());
        for (int i = 0; i < 2; i++) {
            officer.post("/console/cases/" + c.id() + "/follow-ups", plan).then().statusCode(303)
                    .header("Location", containsString("/console/cases/" + c.id() + "#follow-ups"));
        }

        JsonPath planned = followUpsOf(officer, c.id());
        assertEquals(1, planned.getInt("totalItems"), "the same form sent twice plans one follow-up");
        assertEquals("SECURITY_REVIEW", planned.getString("items[0].type"));
        assertEquals(today().plusDays(7).toString(), planned.getString("items[0].dueOn"));
    }

    @Test
    void aPlanWithoutADueDateIsShownAgainWithTheProblemNextToIt() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        Case c = ConsoleGrantPagesTest.aCaseInAssessment(officer);

        officer.post("/console/cases/" + c.id() + "/follow-ups", aPlan(officer, c.id(), "CHECK_IN", "")).then()
                .statusCode(422).body(containsString("id=\"f-dueOn-error\""), containsString("href=\"#f-dueOn\""),
                        containsString("<option value=\"CHECK_IN\" selected>"));
        assertEquals(0, followUpsOf(officer, c.id()).getInt("totalItems"));
    }

    @Test
    void theQueueListsTheOverdueFirstWithTheTimeLeftAndTheCase() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        Case c = ConsoleGrantPagesTest.aCaseInAssessment(officer);
        String later = aFollowUp(officer, c.id(), today().plusDays(5));
        String overdue = aFollowUp(officer, c.id(), today().minusDays(3));

        String queue = officer.get("/console/follow-ups").then().statusCode(200)
                .body(containsString("Days overdue: 3"), containsString("Days left: 5"),
                        containsString("<a href=\"/console/cases/" + c.id() + "\"><bdi>" + c.reference() + "</bdi></a>"),
                        containsString("<tr class=\"overdue\">"))
                .extract().asString();
        int first = queue.indexOf("/console/follow-ups/" + overdue);
        assertTrue(first > 0 && first < queue.indexOf("/console/follow-ups/" + later), "overdue first");
    }

    @Test
    void theQueueIsPagedWithLinksBothWays() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        Case c = ConsoleGrantPagesTest.aCaseInAssessment(officer);
        for (int i = 0; i < 21; i++) {
            aFollowUp(officer, c.id(), today().plusDays(i));
        }
        String last = aFollowUp(officer, c.id(), today().plusDays(40));

        officer.get("/console/follow-ups").then().statusCode(200)
                .body(containsString("22 planned"), containsString("Page 1 of 2"),
                        containsString("href=\"/console/follow-ups?page=1\" rel=\"next\""),
                        not(containsString("/console/follow-ups/" + last)));
        officer.get("/console/follow-ups?page=1").then().statusCode(200)
                .body(containsString("Page 2 of 2"), containsString("/console/follow-ups/" + last),
                        containsString("href=\"/console/follow-ups?page=0\" rel=\"prev\""));
    }

    @Test
    void anOfficerRecordsTheOutcomeOnceAndASecondRecordingIsAConflict() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        Case c = ConsoleGrantPagesTest.aCaseInAssessment(officer);
        String id = aFollowUp(officer, c.id(), today().minusDays(1));
        officer.get("/console/follow-ups/" + id).then().statusCode(200)
                .body(containsString("id=\"outcome-form\""), containsString("id=\"record-outcome\""),
                        containsString("type=\"datetime-local\""));

        officer.post("/console/follow-ups/" + id + "/outcome", anOutcome()).then().statusCode(303)
                .header("Location", containsString("/console/follow-ups/" + id));

        JsonPath done = given().auth().oauth2(officer.token).get("/follow-ups/" + id).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("DONE", done.getString("status"));
        assertEquals("SAFE", done.getString("outcome"));
        assertEquals("2025-06-01T10:30:00Z", done.getString("completedAt"), "read in the console's zone (UTC here)");
        assertEquals(2, followUpsOf(officer, c.id()).getInt("totalItems"), "the next follow-up is planned");
        officer.get("/console/follow-ups/" + id).then().statusCode(200)
                .body(containsString("Done"), not(containsString("id=\"outcome-form\"")),
                        not(containsString("feels safe")));

        officer.post("/console/follow-ups/" + id + "/outcome", anOutcome()).then().statusCode(409)
                .body(containsString("This follow-up was already done"));
        assertEquals(2, followUpsOf(officer, c.id()).getInt("totalItems"), "nothing planned twice");
    }

    @Test
    void anOutcomeWithoutItsOutcomeIsShownAgainWithTheNotesKept() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        Case c = ConsoleGrantPagesTest.aCaseInAssessment(officer);
        String id = aFollowUp(officer, c.id(), today());
        Map<String, Object> outcome = anOutcome();
        outcome.put("outcome", "");
        outcome.put("completedAt", "not a time");

        officer.post("/console/follow-ups/" + id + "/outcome", outcome).then().statusCode(422)
                .body(containsString("id=\"f-outcome-error\""), containsString("id=\"f-completedAt-error\""),
                        containsString(">Synthetic: met at the partner office, feels safe</textarea>"),
                        containsString("value=\"not a time\""));
        assertEquals("PLANNED", given().auth().oauth2(officer.token).get("/follow-ups/" + id).then().extract()
                .path("status"));
    }

    @Test
    void aManagerOfTheTeamPlansAFollowUpButDoesNotRecordOutcomes() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        Case c = ConsoleGrantPagesTest.aCaseInAssessment(officer);
        String id = aFollowUp(officer, c.id(), today());
        ConsoleSession manager = ConsoleSession.signIn(provider, "manager-" + System.nanoTime(), officer.teams,
                "programme-manager");

        manager.post("/console/cases/" + c.id() + "/follow-ups", aPlan(manager, c.id(), "OTHER",
                today().plusDays(3).toString())).then().statusCode(303);
        manager.get("/console/follow-ups/" + id).then().statusCode(200)
                .body(not(containsString("id=\"outcome-form\"")),
                        containsString("Only a protection officer records the outcome"));
        manager.post("/console/follow-ups/" + id + "/outcome", anOutcome()).then().statusCode(403);
        manager.get("/console/follow-ups?page=x").then().statusCode(200);

        assertEquals(2, followUpsOf(officer, c.id()).getInt("totalItems"));
        assertEquals("PLANNED", given().auth().oauth2(officer.token).get("/follow-ups/" + id).then().extract()
                .path("status"));
    }

    @Test
    void anAuditorReadsWithoutWriteControlsAndForgedPostsAreRefused() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        Case c = ConsoleGrantPagesTest.aCaseInAssessment(officer);
        String id = aFollowUp(officer, c.id(), today().minusDays(2));
        ConsoleSession auditor = ConsoleSession.signIn(provider, "auditor");

        auditor.get("/console/follow-ups").then().statusCode(200).body(containsString("<h1>Follow-ups"));
        auditor.get("/console/follow-ups/" + id).then().statusCode(200)
                .body(containsString("Check-in"), not(containsString("id=\"outcome-form\"")),
                        not(containsString("<form method=\"post\" action=\"/console/follow-ups")));
        auditor.post("/console/follow-ups/" + id + "/outcome", anOutcome()).then().statusCode(403);
        auditor.get("/console/cases/" + c.id() + "/follow-ups/new").then().statusCode(403);
        auditor.post("/console/cases/" + c.id() + "/follow-ups",
                Map.of("type", "CHECK_IN", "dueOn", today().toString())).then().statusCode(403);

        assertEquals(1, followUpsOf(officer, c.id()).getInt("totalItems"));
        assertEquals("PLANNED", given().auth().oauth2(officer.token).get("/follow-ups/" + id).then().extract()
                .path("status"));
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        Case c = ConsoleGrantPagesTest.aCaseInAssessment(officer);
        String id = aFollowUp(officer, c.id(), today());
        Map<String, Object> outcome = anOutcome();
        outcome.put(CsrfTokens.FIELD, "");
        Map<String, Object> plan = aPlan(officer, c.id(), "CHECK_IN", today().toString());
        plan.put(CsrfTokens.FIELD, "forged");

        officer.post("/console/follow-ups/" + id + "/outcome", outcome).then().statusCode(400);
        officer.post("/console/cases/" + c.id() + "/follow-ups", plan).then().statusCode(400);

        assertEquals(1, followUpsOf(officer, c.id()).getInt("totalItems"));
        assertEquals("PLANNED", given().auth().oauth2(officer.token).get("/follow-ups/" + id).then().extract()
                .path("status"));
    }
}
