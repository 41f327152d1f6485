package org.haven.organisation;

import static io.restassured.RestAssured.given;
import static org.haven.support.DefenderFixtures.aDefender;
import static org.haven.support.OrganisationFixtures.anOrganisation;
import static org.haven.support.Problems.assertFieldProblem;
import static org.haven.support.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.haven.shared.security.Roles;
import org.haven.support.OrganisationFixtures;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Organisations follow need-to-know like defenders: another team's are 404, unlisted, uncounted. */
@QuarkusTest
class OrganisationNeedToKnowTest {

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
    void anotherTeamsOrganisationsDoNotExistForYou() {
        String marker = "N2KORG" + UUID.randomUUID().toString().substring(0, 8);
        OrganisationFixtures data = anOrganisation().with("name", marker);
        String org = data.register(officerA);
        String defender = aDefender().register(officerA);
        OrganisationFixtures.link(officerA, org, defender, "MEMBER");

        for (String outsider : List.of(officerB, managerB)) {
            for (String path : List.of("", "/sensitive?reason=synthetic-test", "/history", "/members")) {
                assertProblem(given().auth().oauth2(outsider).get("/organisations/" + org + path).then(), 404,
                        "not-found");
            }
            given().auth().oauth2(outsider).queryParam("q", marker).get("/organisations").then().statusCode(200)
                    .body("totalItems", equalTo(0));
            assertProblem(given().auth().oauth2(outsider).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(data.profile()).put("/organisations/" + org).then(), 404, "not-found");
            assertProblem(given().auth().oauth2(outsider).contentType(ContentType.JSON)
                    .body(Map.of("defenderId", defender, "role", "MEMBER"))
                    .post("/organisations/" + org + "/members").then(), 404, "not-found");
            assertProblem(given().auth().oauth2(outsider).contentType(ContentType.JSON)
                    .body(Map.of("defenderId", defender, "reason", "Not mine to end"))
                    .post("/organisations/" + org + "/members/removal").then(), 404, "not-found");
        }
        assertProblem(given().auth().oauth2(managerB).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("status", "REFUSED", "vettedOn", "2026-01-01", "reason", "Not mine"))
                .post("/organisations/" + org + "/vetting").then(), 404, "not-found");
        assertProblem(given().auth().oauth2(managerB).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("reason", "Not mine")).post("/organisations/" + org + "/archive").then(), 404, "not-found");

        // an officer of team B cannot link their own organisation to team A's defender either
        String orgB = anOrganisation().register(officerB);
        assertFieldProblem(given().auth().oauth2(officerB).contentType(ContentType.JSON)
                .body(Map.of("defenderId", defender, "role", "MEMBER"))
                .post("/organisations/" + orgB + "/members").then(), 422, "unknown-defender", "defenderId");

        // the own team and auditors see it
        given().auth().oauth2(managerA).queryParam("q", marker).get("/organisations").then()
                .body("totalItems", equalTo(1));
        given().auth().oauth2(managerA).get("/organisations/" + org + "/members").then().statusCode(200)
                .body("size()", equalTo(1));
        given().auth().oauth2(Tokens.of(Roles.AUDITOR)).get("/organisations/" + org).then().statusCode(200)
                .body("team", equalTo(teamA));
    }

    @Test
    void theTeamOfANewOrganisationMustBeTheCallersOwn() {
        String both = Tokens.inTeams("manager-two-teams-" + UUID.randomUUID(), List.of(teamA, teamB),
                Roles.PROGRAMME_MANAGER);
        assertFieldProblem(given().auth().oauth2(both).contentType(ContentType.JSON).body(anOrganisation().body())
                .post("/organisations").then(), 422, "team-required", "team");
        assertFieldProblem(given().auth().oauth2(officerA).contentType(ContentType.JSON)
                .body(anOrganisation().with("team", teamB).body()).post("/organisations").then(), 422,
                "not-your-team", "team");
        given().auth().oauth2(both).contentType(ContentType.JSON).body(anOrganisation().with("team", teamB).body())
                .post("/organisations").then().statusCode(201).body("team", equalTo(teamB));
    }
}
