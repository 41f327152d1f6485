package org.haven;

import static io.restassured.RestAssured.given;
import static org.haven.support.DefenderFixtures.aDefender;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.haven.shared.security.Roles;
import org.haven.support.ActivityFixtures;
import org.haven.support.OrganisationFixtures;
import org.haven.support.RequestFixtures;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Drives the API with marker values in every sensitive field, in accepted and in refused requests,
 * then searches the application's log output (DEBUG included) for them.
 */
@QuarkusTest
class NoPersonalDataInLogsTest {

    private static final Path LOG = Path.of("target", "quarkus-test.log");

    @Test
    void sensitiveValuesNeverReachTheLog() throws Exception {
        String m = "PIIMARK" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String officer = Tokens.of(Roles.PROTECTION_OFFICER);
        var defender = aDefender().with("legalName", m + "-legal").with("otherNames", List.of(m + "-alias"))
                .with("currentCity", m + "-city").with("riskNotes", m + "-risk")
                .with("contacts", List.of(Map.of("channel", "SIGNAL", "value", m + "-contact")));
        String id = defender.register(officer);
        given().auth().oauth2(officer).get("/defenders/" + id + "/sensitive?reason=log-test").then().statusCode(200);
        // refused requests carrying the markers: validation, wrong types, unknown fields, stale versions
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(aDefender().with("legalName", m + "-legal2").with("currentCountry", "XX").body())
                .post("/defenders").then().statusCode(422);
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(aDefender().with("riskNotes", m + "-risk2").with("birthYear", "old").body())
                .post("/defenders").then().statusCode(400);
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(aDefender().with("homeAddress", m + "-address").body()).post("/defenders").then().statusCode(400);
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"9\"")
                .body(Map.of("legalName", m + "-legal3")).put("/defenders/" + id + "/sensitive").then()
                .statusCode(412);
        String request = RequestFixtures.aRequest(id).with("narrative", m + "-narrative").open(officer);
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(RequestFixtures.aRequest(id).with("narrative", m + "-narrative2").with("summary", "").body())
                .post("/requests").then().statusCode(422);
        RequestFixtures.transition(officer, request, "IN_ASSESSMENT", null);
        Map<String, Object> assessment = RequestFixtures.anAssessment();
        assessment.put("identity", Map.of("result", "MET", "note", m + "-identity-note"));
        assessment.put("riskAssessment", m + "-risk-assessment");
        RequestFixtures.assess(officer, request, assessment);
        Map<String, Object> badAssessment = RequestFixtures.anAssessment();
        badAssessment.put("need", Map.of("note", m + "-need-note"));
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"2\"").body(badAssessment)
                .put("/requests/" + request + "/assessment").then().statusCode(422);
        String followUp = given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("requestId", request, "type", "CHECK_IN", "dueOn", "2030-01-01")).post("/follow-ups")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("completedAt", "2999-01-01T00:00:00Z", "outcome", "SAFE", "notes", m + "-notes-refused"))
                .post("/follow-ups/" + followUp + "/outcome").then().statusCode(422);
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("completedAt", "2026-01-01T00:00:00Z", "outcome", "SAFE", "notes", m + "-notes"))
                .post("/follow-ups/" + followUp + "/outcome").then().statusCode(200);

        // organisations: contacts and name in accepted and refused requests, and a contacts read
        String organisation = OrganisationFixtures.anOrganisation().with("name", m + "-org-name")
                .with("contacts", List.of(Map.of("channel", "EMAIL", "value", m + "-org-contact"))).register(officer);
        given().auth().oauth2(officer).get("/organisations/" + organisation + "/sensitive?reason=log-test").then()
                .statusCode(200);
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(OrganisationFixtures.anOrganisation().with("name", m + "-org-name2").with("country", "XX")
                        .with("contacts", List.of(Map.of("channel", "EMAIL", "value", m + "-org-contact2"))).body())
                .post("/organisations").then().statusCode(422);
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"9\"")
                .body(Map.of("contacts", List.of(Map.of("channel", "EMAIL", "value", m + "-org-contact3"))))
                .put("/organisations/" + organisation + "/sensitive").then().statusCode(412);

        // activities: the location in accepted and refused requests, and a location read
        String activity = ActivityFixtures.anActivity().with("location", m + "-venue").plan(officer);
        given().auth().oauth2(officer).get("/activities/" + activity + "/sensitive?reason=log-test").then()
                .statusCode(200);
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(ActivityFixtures.anActivity().with("location", m + "-venue2").with("endsOn", "2000-01-01").body())
                .post("/activities").then().statusCode(422);

        assertTrue(Files.exists(LOG), "the test run writes its log to " + LOG);
        String log = Files.readString(LOG, StandardCharsets.UTF_8);
        assertTrue(log.contains("Refused with 422"), "sanity: DEBUG output of the refusals is in the log");
        assertFalse(log.contains(m), "a sensitive marker value appeared in the log");
    }
}
