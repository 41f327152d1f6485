package org.haven.request;

import static io.restassured.RestAssured.given;
import static org.haven.support.Problems.assertFieldProblem;
import static org.haven.support.Problems.assertProblem;
import static org.haven.support.RequestFixtures.aRequest;
import static org.haven.support.RequestFixtures.anAssessment;
import static org.haven.support.RequestFixtures.assess;
import static org.haven.support.RequestFixtures.etag;
import static org.haven.support.RequestFixtures.transition;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.haven.shared.security.Roles;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class RequestWorkflowTest {

    private final String officerSubject = "officer-" + java.util.UUID.randomUUID();
    private final String officer = Tokens.forUser(officerSubject, Roles.PROTECTION_OFFICER);
    private final String manager = Tokens.of(Roles.PROGRAMME_MANAGER);

    private ValidatableResponse move(String token, String id, String target, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("target", target);
        if (reason != null) {
            body.put("reason", reason);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag(token, id))
                .body(body).post("/requests/" + id + "/transitions").then();
    }

    @Test
    void assessmentThenDeclineWithReason() {
        String id = aRequest().open(officer);
        move(officer, id, "IN_ASSESSMENT", null).statusCode(200).body("status", equalTo("IN_ASSESSMENT"))
                .body("allowedTransitions", containsInAnyOrder("DECLINED", "REFERRED", "WITHDRAWN"));
        move(manager, id, "DECLINED", "Not at risk because of human rights work").statusCode(200)
                .body("status", equalTo("DECLINED"))
                .body("statusReason", equalTo("Not at risk because of human rights work"))
                .body("decidedAt", notNullValue())
                .body("allowedTransitions", empty());
    }

    @Test
    void decisionsNeedAReason() {
        String id = aRequest().open(officer);
        transition(officer, id, "IN_ASSESSMENT", null);
        for (String target : List.of("DECLINED", "REFERRED", "WITHDRAWN")) {
            assertFieldProblem(move(officer, id, target, null), 422, "reason-required", "reason");
            assertFieldProblem(move(officer, id, target, "   "), 422, "reason-required", "reason");
        }
        given().auth().oauth2(officer).get("/requests/" + id).then().body("status", equalTo("IN_ASSESSMENT"));
    }

    @Test
    void illegalTransitionsAreConflictsListingTheAllowedOnes() {
        String id = aRequest().open(officer);
        assertFieldProblem(move(officer, id, "CLOSED", "done"), 409, "illegal-transition", "target")
                .body("errors[0].message", containsString("IN_ASSESSMENT"))
                .body("errors[0].message", containsString("WITHDRAWN"));
        assertProblem(move(officer, id, "DECLINED", "too early"), 409, "illegal-transition");
        transition(officer, id, "WITHDRAWN", "The defender no longer needs help");
        assertProblem(move(officer, id, "IN_ASSESSMENT", null), 409, "illegal-transition")
                .body("detail", containsString("none"));
    }

    @Test
    void supportedComesOnlyFromAGrant() {
        String id = aRequest().open(officer);
        transition(officer, id, "IN_ASSESSMENT", null);
        assess(officer, id, anAssessment());
        assertProblem(move(manager, id, "SUPPORTED", "approve"), 409, "illegal-transition")
                .body("detail", containsString("grant"));
    }

    @Test
    void transitionsUseOptimisticLocking() {
        String id = aRequest().open(officer);
        assertProblem(given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("target", "IN_ASSESSMENT")).post("/requests/" + id + "/transitions").then(),
                428, "if-match-required");
        assertProblem(given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"5\"")
                .body(Map.of("target", "IN_ASSESSMENT")).post("/requests/" + id + "/transitions").then(),
                412, "stale-version");
    }

    @Test
    void unknownTargetIsBadRequest() {
        String id = aRequest().open(officer);
        assertFieldProblem(given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("target", "APPROVED")).post("/requests/" + id + "/transitions").then(),
                400, "invalid-value", "target");
    }

    @Test
    void assessmentIsRecordedOnlyWhileInAssessment() {
        String id = aRequest().open(officer);
        assertProblem(given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(anAssessment()).put("/requests/" + id + "/assessment").then(), 409, "request-not-in-assessment");
        transition(officer, id, "IN_ASSESSMENT", null);
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", etag(officer, id))
                .body(anAssessment()).put("/requests/" + id + "/assessment").then().statusCode(200)
                .body("assessment.identity", equalTo("MET"))
                .body("assessment.complete", equalTo(true))
                .body("assessment.assessedBy", equalTo(officerSubject))
                .body("assessment", not(org.hamcrest.Matchers.hasKey("riskAssessment")));
        given().auth().oauth2(officer).get("/requests/" + id + "/sensitive?reason=synthetic-test").then()
                .body("identityNote", equalTo("Verified by partner organisation"))
                .body("riskAssessment", containsString("Synthetic risk"));
    }

    @Test
    void relocationNeedsItsPlan() {
        String id = aRequest().with("assistanceTypes", List.of("TEMPORARY_RELOCATION")).open(officer);
        transition(officer, id, "IN_ASSESSMENT", null);
        assertFieldProblem(given().auth().oauth2(officer).contentType(ContentType.JSON)
                .header("If-Match", etag(officer, id)).body(anAssessment()).put("/requests/" + id + "/assessment")
                .then(), 422, "relocation-plan-required", "relocation");
        Map<String, Object> withPlan = anAssessment();
        withPlan.put("relocation", Map.of("hostCountry", "DE", "hostOrganisation", "Synthetic Shelter e.V.",
                "plannedDurationMonths", 6, "familyMembersIncluded", 3));
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", etag(officer, id))
                .body(withPlan).put("/requests/" + id + "/assessment").then().statusCode(200)
                .body("assessment.hostCountry", equalTo("DE"))
                .body("assessment.familyMembersIncluded", equalTo(3))
                .body("assessment", not(org.hamcrest.Matchers.hasKey("hostOrganisation")));
        Map<String, Object> badPlan = anAssessment();
        badPlan.put("relocation", Map.of("hostCountry", "QQ", "plannedDurationMonths", 60,
                "familyMembersIncluded", -1));
        assertFieldProblem(given().auth().oauth2(officer).contentType(ContentType.JSON)
                .header("If-Match", etag(officer, id)).body(badPlan).put("/requests/" + id + "/assessment").then(),
                422, "validation-failed", "relocation.hostCountry")
                .body("errors.field", org.hamcrest.Matchers.hasItems("relocation.plannedDurationMonths",
                        "relocation.familyMembersIncluded"));
    }

    @Test
    void assessmentCriteriaAreValidated() {
        String id = aRequest().open(officer);
        transition(officer, id, "IN_ASSESSMENT", null);
        Map<String, Object> bad = anAssessment();
        bad.put("identity", Map.of("result", "PROBABLY"));
        assertFieldProblem(given().auth().oauth2(officer).contentType(ContentType.JSON)
                .header("If-Match", etag(officer, id)).body(bad).put("/requests/" + id + "/assessment").then(),
                400, "invalid-value", "identity.result");
        Map<String, Object> missing = anAssessment();
        missing.remove("need");
        missing.put("riskAssessment", "");
        assertFieldProblem(given().auth().oauth2(officer).contentType(ContentType.JSON)
                .header("If-Match", etag(officer, id)).body(missing).put("/requests/" + id + "/assessment").then(),
                422, "validation-failed", "need")
                .body("errors.field", org.hamcrest.Matchers.hasItem("riskAssessment"));
    }

    @Test
    void managerAssignsAnyOfficer() {
        String id = aRequest().open(officer);
        given().auth().oauth2(manager).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("officer", "officer-zainab")).put("/requests/" + id + "/assignee").then().statusCode(200)
                .body("assignedOfficer", equalTo("officer-zainab"));
        given().auth().oauth2(manager).queryParam("assignedOfficer", "officer-zainab").get("/requests").then()
                .body("items.id", org.hamcrest.Matchers.hasItem(id));
    }

    @Test
    void officersTakeOnlyUnassignedRequestsForThemselves() {
        String id = aRequest().open(officer);
        assertProblem(given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("officer", "someone-else")).put("/requests/" + id + "/assignee").then(), 403,
                "assign-others-forbidden");
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("officer", officerSubject)).put("/requests/" + id + "/assignee").then().statusCode(200)
                .body("assignedOfficer", equalTo(officerSubject));
        String colleagueSubject = "officer-colleague-" + java.util.UUID.randomUUID();
        String colleague = Tokens.forUser(colleagueSubject, Roles.PROTECTION_OFFICER);
        assertProblem(given().auth().oauth2(colleague).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("officer", colleagueSubject)).put("/requests/" + id + "/assignee").then(), 409,
                "already-assigned");
    }

    @Test
    void everyStepIsInTheCaseHistory() {
        String id = aRequest().open(officer);
        given().auth().oauth2(manager).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("officer", officerSubject)).put("/requests/" + id + "/assignee").then().statusCode(200);
        transition(officer, id, "IN_ASSESSMENT", null);
        assess(officer, id, anAssessment());
        transition(officer, id, "REFERRED", "Referred to a partner with a relocation programme");
        given().auth().oauth2(Tokens.of(Roles.AUDITOR)).get("/requests/" + id + "/history").then().statusCode(200)
                .body("$", hasSize(5))
                .body("action", contains("REQUEST_CREATED", "REQUEST_ASSIGNED", "REQUEST_STATUS_CHANGED",
                        "REQUEST_ASSESSED", "REQUEST_STATUS_CHANGED"))
                .body("caseId", everyItemEquals(id))
                .body("[2].changes.status.before", equalTo("RECEIVED"))
                .body("[2].changes.status.after", equalTo("IN_ASSESSMENT"))
                .body("[4].reason", equalTo("Referred to a partner with a relocation programme"))
                .body("[3].changes.identityNote.sensitive", equalTo(true))
                .body(not(containsString("Verified by partner organisation")));
    }

    private static org.hamcrest.Matcher<Iterable<? extends String>> everyItemEquals(String value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }

    @Test
    void closingNeedsSupportedFirst() {
        String id = aRequest().open(officer);
        transition(officer, id, "IN_ASSESSMENT", null);
        assertProblem(move(officer, id, "CLOSED", "finished"), 409, "illegal-transition");
    }
}
