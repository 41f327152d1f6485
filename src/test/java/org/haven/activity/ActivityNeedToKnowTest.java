package org.haven.activity;

import static io.restassured.RestAssured.given;
import static org.haven.support.ActivityFixtures.anActivity;
import static org.haven.support.DefenderFixtures.aDefender;
import static org.haven.support.Problems.assertFieldProblem;
import static org.haven.support.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.haven.shared.security.Roles;
import org.haven.support.ActivityFixtures;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Activities follow need-to-know by the organising team: another team's are 404, unlisted, uncounted. */
@QuarkusTest
class ActivityNeedToKnowTest {

    private final String teamA = "team-a-" + UUID.randomUUID();
    private final String teamB = "team-b-" + UUID.randomUUID();
    private final String officerA = Tokens.inTeams("officer-a-" + UUID.randomUUID(), List.of(teamA),
            Roles.PROTECTION_OFFICER);
    private final String managerA = Tokens.inTeams("manager-a-" + UUID.randomUUID(), List.of(teamA),
            Roles.PROGRAMME_MANAGER);
    private final String officerB = Tokens.inTeams("officer-b-" + UUID.randomUUID(), List.of(teamB),
            Roles.PROTECTION_OFFICER);
    private final String managerB = Tokens.inTeams("manager-b-" + UUID.randomUUID(), List.of(teamB),
            Roles.PROGRAMME_MANAGER);

    @Test
    void anotherTeamsActivitiesDoNotExistForYou() {
        ActivityFixtures data = anActivity();
        String activity = data.plan(officerA);
        String defenderA = aDefender().register(officerA);
        ActivityFixtures.addParticipant(officerA, activity, defenderA, true);

        for (String outsider : List.of(officerB, managerB)) {
            for (String path : List.of("", "/sensitive?reason=synthetic-test", "/history", "/participants")) {
                assertProblem(given().auth().oauth2(outsider).get("/activities/" + activity + path).then(), 404,
                        "not-found");
            }
            given().auth().oauth2(outsider).queryParam("followsActivityId", activity).get("/activities").then()
                    .statusCode(200).body("totalItems", equalTo(0));
            assertProblem(given().auth().oauth2(outsider).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(data.details()).put("/activities/" + activity).then(), 404, "not-found");
            assertProblem(given().auth().oauth2(outsider).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(Map.of("target", "CANCELLED", "reason", "Not mine"))
                    .post("/activities/" + activity + "/transitions").then(), 404, "not-found");
            assertProblem(given().auth().oauth2(outsider).contentType(ContentType.JSON)
                    .body(Map.of("defenderId", defenderA, "reason", "Not mine"))
                    .post("/activities/" + activity + "/participants/removal").then(), 404, "not-found");
            assertProblem(given().auth().oauth2(outsider).contentType(ContentType.JSON)
                    .body(Map.of("kind", "REPORT", "title", "Not mine"))
                    .post("/activities/" + activity + "/outputs").then(), 404, "not-found");
            // nor can they follow it up
            assertFieldProblem(given().auth().oauth2(outsider).contentType(ContentType.JSON)
                    .body(anActivity().with("followsActivityId", activity).body()).post("/activities").then(), 422,
                    "unknown-activity", "followsActivityId");
        }
        // team B's activity cannot take team A's defender
        String activityB = anActivity().plan(officerB);
        assertFieldProblem(given().auth().oauth2(officerB).contentType(ContentType.JSON)
                .body(Map.of("defenderId", defenderA, "consentToBeListed", true))
                .post("/activities/" + activityB + "/participants").then(), 422, "unknown-defender", "defenderId");

        given().auth().oauth2(managerA).get("/activities/" + activity + "/participants").then().statusCode(200)
                .body("total", equalTo(1));
        given().auth().oauth2(Tokens.of(Roles.AUDITOR)).get("/activities/" + activity).then().statusCode(200)
                .body("team", equalTo(teamA));
    }
}
