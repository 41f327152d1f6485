package org.haven.activity;

import static io.restassured.RestAssured.given;
import static org.haven.support.ActivityFixtures.anActivity;
import static org.haven.support.DefenderFixtures.aDefender;
import static org.haven.support.OrganisationFixtures.anOrganisation;
import static org.haven.support.Problems.assertFieldProblem;
import static org.haven.support.Problems.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.haven.shared.security.Roles;
import org.haven.support.ActivityFixtures;
import org.haven.support.Database;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Activities: planning, sealed location, partners, participants with consent, outputs, follow-ups, erasure. */
@QuarkusTest
class ActivityApiTest {

    private final String officer = Tokens.of(Roles.PROTECTION_OFFICER);
    private final String manager = Tokens.of(Roles.PROGRAMME_MANAGER);
    private final String auditor = Tokens.of(Roles.AUDITOR);

    @Test
    void planningSealsTheLocationAndReadsItOnlyWithAReason() throws Exception {
        String marker = "ACTLOC" + UUID.randomUUID().toString().substring(0, 8);
        String partner = anOrganisation().register(officer);
        String id = given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(anActivity().with("location", marker).with("partnerOrganisationIds", List.of(partner)).body())
                .post("/activities").then().statusCode(201).header("ETag", "\"0\"")
                .body("reference", matchesPattern("^ACT-[0-9]{6,12}$")).body("status", equalTo("PLANNED"))
                .body("team", equalTo(Tokens.DEFAULT_TEAM)).body("partnerOrganisationIds", contains(partner))
                .body("$", not(hasKey("location"))).body(not(containsString(marker)))
                .extract().path("id");
        try (Connection c = Database.asSuperuser();
                PreparedStatement s = c.prepareStatement("select location from activity where id = ?")) {
            s.setObject(1, UUID.fromString(id));
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                assertFalse(new String(rs.getBytes(1), StandardCharsets.UTF_8).contains(marker));
            }
        }
        assertProblem(given().auth().oauth2(officer).get("/activities/" + id + "/sensitive").then(), 400,
                "invalid-parameter");
        given().auth().oauth2(auditor).queryParam("reason", "synthetic audit sample")
                .get("/activities/" + id + "/sensitive").then().statusCode(200).body("location", equalTo(marker));
        JsonPath history = given().auth().oauth2(auditor).get("/activities/" + id + "/history").then().extract()
                .jsonPath();
        assertEquals(List.of("ACTIVITY_PLANNED", "ACTIVITY_SENSITIVE_VIEWED"), history.getList("action", String.class));
        assertEquals(Boolean.TRUE, history.get("[0].changes.location.sensitive"));
        assertFalse(history.prettify().contains(marker), "the location never reaches the audit log");
    }

    @Test
    void badInputNamesTheFieldAndWritesNothing() {
        assertFieldProblem(post(anActivity().with("endsOn", "2020-01-01").with("startsOn", "2020-01-05").body()),
                422, "dates-invalid", "endsOn");
        assertFieldProblem(post(anActivity().with("title", "").body()), 422, "validation-failed", "title");
        assertFieldProblem(post(anActivity().with("partnerOrganisationIds", List.of(UUID.randomUUID().toString()))
                .body()), 422, "unknown-organisation", "partnerOrganisationIds[0]");
        assertFieldProblem(post(anActivity().with("followsActivityId", UUID.randomUUID().toString()).body()), 422,
                "unknown-activity", "followsActivityId");
        assertProblem(post(anActivity().with("type", "PICNIC").body()), 400, "invalid-value");
    }

    @Test
    void aPartnerOrganisationIsOfTheOrganisingTeam() {
        String teamA = "team-act-a-" + UUID.randomUUID();
        String teamB = "team-act-b-" + UUID.randomUUID();
        String both = Tokens.inTeams("officer-ab-" + UUID.randomUUID(), List.of(teamA, teamB), Roles.PROTECTION_OFFICER);
        String orgB = anOrganisation().with("team", teamB).register(both);
        assertFieldProblem(given().auth().oauth2(both).contentType(ContentType.JSON)
                .body(anActivity().with("team", teamA).with("partnerOrganisationIds", List.of(orgB)).body())
                .post("/activities").then(), 422, "organisation-in-another-team", "partnerOrganisationIds[0]");
    }

    @Test
    void followUpActivitiesAreLinkedToTheFirstOneAndDoNotStartBeforeIt() {
        String first = anActivity().plan(officer);
        assertFieldProblem(post(anActivity().with("followsActivityId", first)
                .with("startsOn", LocalDate.now().minusDays(10).toString()).body()), 422,
                "follow-up-before-activity", "startsOn");
        String followUp = anActivity().with("followsActivityId", first).with("type", "ADVOCACY_MEETING")
                .with("startsOn", LocalDate.now().plusDays(30).toString())
                .with("endsOn", LocalDate.now().plusDays(30).toString()).plan(officer);
        given().auth().oauth2(manager).queryParam("followsActivityId", first).get("/activities").then()
                .statusCode(200).body("items.id", contains(followUp)).body("items[0].followsActivityId", equalTo(first));
        String later = LocalDate.now().plusDays(31).toString();
        assertFieldProblem(given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(anActivity().with("startsOn", later).with("endsOn", later).details())
                .put("/activities/" + first).then(), 422, "follow-up-before-activity", "startsOn");
        String early = LocalDate.now().minusDays(10).toString();
        assertFieldProblem(given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(anActivity().with("startsOn", early).with("endsOn", early).details())
                .put("/activities/" + followUp).then(), 422, "follow-up-before-activity", "startsOn");
    }

    @Test
    void participantsAreListedOnlyWithConsentAndCountedByGender() {
        String activity = anActivity().plan(officer);
        String woman = aDefender().with("gender", "WOMAN").register(officer);
        String man = aDefender().with("gender", "MAN").register(officer);
        String unlisted = aDefender().with("gender", "WOMAN").register(officer);
        ActivityFixtures.addParticipant(officer, activity, woman, true);
        ActivityFixtures.addParticipant(manager, activity, man, true);
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("defenderId", unlisted, "consentToBeListed", false))
                .post("/activities/" + activity + "/participants").then().statusCode(201)
                .body("total", equalTo(3)).body("listed.defenderId", contains(woman, man))
                .body("byGender.gender", contains("WOMAN", "MAN")).body("byGender.count", contains(2, 1))
                .body(not(containsString(unlisted)));
        assertProblem(given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("defenderId", woman, "consentToBeListed", true))
                .post("/activities/" + activity + "/participants").then(), 409, "already-participant");
        assertFieldProblem(given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("defenderId", woman)).post("/activities/" + activity + "/participants").then(), 422,
                "validation-failed", "consentToBeListed");
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("defenderId", man, "reason", "Could not travel"))
                .post("/activities/" + activity + "/participants/removal").then().statusCode(200)
                .body("total", equalTo(2)).body("byGender.count", contains(2));
        JsonPath history = given().auth().oauth2(auditor).get("/activities/" + activity + "/history").then()
                .extract().jsonPath();
        assertEquals(List.of("ACTIVITY_PLANNED", "ACTIVITY_PARTICIPANT_ADDED", "ACTIVITY_PARTICIPANT_ADDED",
                "ACTIVITY_PARTICIPANT_ADDED", "ACTIVITY_PARTICIPANT_REMOVED"), history.getList("action", String.class));
        assertEquals("Could not travel", history.getString("[4].reason"));
        // the history names no participant the list does not
        String unlistedReference = given().auth().oauth2(officer).get("/defenders/" + unlisted).then().extract()
                .path("reference");
        assertEquals(Boolean.TRUE, history.get("[3].changes.defender.sensitive"));
        assertFalse(history.prettify().contains(unlistedReference), "an unlisted participant is named in the history");
        assertFalse(history.prettify().contains(unlisted), "an unlisted participant's id is in the history");
    }

    @Test
    void concurrentAdditionsOfOneDefenderMakeOneParticipant() throws Exception {
        String activity = anActivity().plan(officer);
        String defender = aDefender().register(officer);
        var pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> given().auth().oauth2(officer).contentType(ContentType.JSON)
                        .body(Map.of("defenderId", defender, "consentToBeListed", true))
                        .post("/activities/" + activity + "/participants").statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (var f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(5, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void erasureRemovesTheDefenderFromParticipantListsAndCounts() {
        String activity = anActivity().plan(officer);
        String stays = aDefender().with("gender", "MAN").register(officer);
        String erased = aDefender().with("gender", "WOMAN").register(officer);
        ActivityFixtures.addParticipant(officer, activity, stays, true);
        ActivityFixtures.addParticipant(officer, activity, erased, true);
        given().auth().oauth2(Tokens.of(Roles.ADMIN)).contentType(ContentType.JSON)
                .body(Map.of("reason", "The defender asked to be forgotten"))
                .post("/defenders/" + erased + "/erasure").then().statusCode(200);
        given().auth().oauth2(officer).get("/activities/" + activity + "/participants").then().statusCode(200)
                .body("total", equalTo(1)).body("listed.defenderId", contains(stays))
                .body("byGender.gender", contains("MAN"));
        assertTrue(given().auth().oauth2(auditor).get("/audit/verify").then().statusCode(200).extract().jsonPath()
                .getBoolean("valid"));
    }

    @Test
    void anActivityIsHeldOnceStartedThenTakesOutputsAndACancelledOneChangesNoMore() {
        String future = anActivity().with("startsOn", LocalDate.now().plusDays(5).toString())
                .with("endsOn", LocalDate.now().plusDays(6).toString()).plan(officer);
        assertFieldProblem(move(future, "\"0\"", Map.of("target", "HELD")), 422, "not-yet-started", "target");
        assertFieldProblem(move(future, "\"0\"", Map.of("target", "CANCELLED")), 422, "reason-required", "reason");
        assertProblem(given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("kind", "STRATEGY_PAPER", "title", "Draft strategy"))
                .post("/activities/" + future + "/outputs").then(), 409, "activity-not-held");
        move(future, "\"0\"", Map.of("target", "CANCELLED", "reason", "Visas refused")).statusCode(200)
                .body("status", equalTo("CANCELLED")).body("statusReason", equalTo("Visas refused"));
        assertProblem(given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("defenderId", aDefender().register(officer), "consentToBeListed", true))
                .post("/activities/" + future + "/participants").then(), 409, "activity-cancelled");
        assertProblem(move(future, "\"1\"", Map.of("target", "HELD")), 409, "illegal-transition");

        String held = anActivity().plan(officer);
        ActivityFixtures.held(officer, held, "\"0\"");
        given().auth().oauth2(manager).contentType(ContentType.JSON)
                .body(Map.of("kind", "STRATEGY_PAPER", "title", "Draft strategy paper"))
                .post("/activities/" + held + "/outputs").then().statusCode(201).header("ETag", "\"2\"")
                .body("outputs.kind", contains("STRATEGY_PAPER")).body("outputs.title", contains("Draft strategy paper"));
        JsonPath history = given().auth().oauth2(auditor).get("/activities/" + held + "/history").then().extract()
                .jsonPath();
        assertEquals(List.of("ACTIVITY_PLANNED", "ACTIVITY_STATUS_CHANGED", "ACTIVITY_OUTPUT_RECORDED"),
                history.getList("action", String.class));
    }

    @Test
    void detailsAndLocationChangeWithIfMatch() {
        ActivityFixtures data = anActivity();
        String id = data.plan(officer);
        assertProblem(given().auth().oauth2(officer).contentType(ContentType.JSON).body(data.details())
                .put("/activities/" + id).then(), 428, "if-match-required");
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(data.with("type", "TRAINING").details()).put("/activities/" + id).then().statusCode(200)
                .body("type", equalTo("TRAINING")).header("ETag", "\"1\"");
        assertProblem(given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("location", "Elsewhere")).put("/activities/" + id + "/sensitive").then(), 412,
                "stale-version");
        given().auth().oauth2(manager).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("location", "Another synthetic venue")).put("/activities/" + id + "/sensitive").then()
                .statusCode(200).header("ETag", "\"2\"");
        given().auth().oauth2(manager).queryParam("reason", "travel planning").get("/activities/" + id + "/sensitive")
                .then().body("location", equalTo("Another synthetic venue"));
    }

    private io.restassured.response.ValidatableResponse post(Map<String, Object> body) {
        return given().auth().oauth2(officer).contentType(ContentType.JSON).body(body).post("/activities").then();
    }

    private io.restassured.response.ValidatableResponse move(String id, String version, Map<String, Object> body) {
        return given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", version).body(body)
                .post("/activities/" + id + "/transitions").then();
    }
}
