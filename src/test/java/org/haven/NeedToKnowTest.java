package org.haven;

import static io.restassured.RestAssured.given;
import static org.haven.support.DefenderFixtures.aDefender;
import static org.haven.support.Problems.assertFieldProblem;
import static org.haven.support.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.haven.shared.security.Roles;
import org.haven.support.GrantFixtures;
import org.haven.support.RequestFixtures;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Officers and managers see only their teams' defenders and cases (plus cases assigned to them);
 * everything else is 404 and absent from lists and counts. Auditors see all, read-only.
 */
@QuarkusTest
class NeedToKnowTest {

    private final String teamA = "team-a-" + UUID.randomUUID();
    private final String teamB = "team-b-" + UUID.randomUUID();
    private final String officerA = Tokens.inTeams("officer-a-" + UUID.randomUUID(), List.of(teamA),
            Roles.PROTECTION_OFFICER);
    private final String officerBSubject = "officer-b-" + UUID.randomUUID();
    private final String officerB = Tokens.inTeams(officerBSubject, List.of(teamB), Roles.PROTECTION_OFFICER);
    private final String managerA = Tokens.inTeams("manager-a-" + UUID.randomUUID(), List.of(teamA),
            Roles.PROGRAMME_MANAGER);
    private final String managerB = Tokens.inTeams("manager-b-" + UUID.randomUUID(), List.of(teamB),
            Roles.PROGRAMME_MANAGER);

    @Test
    void anotherTeamsRecordsAreInvisible() {
        String marker = "N2K" + UUID.randomUUID().toString().substring(0, 8);
        String defender = aDefender().with("pseudonym", marker).register(officerA);
        String request = RequestFixtures.aRequest(defender).open(officerA);
        String followUp = given().auth().oauth2(officerA).contentType(ContentType.JSON)
                .body(Map.of("requestId", request, "type", "CHECK_IN", "dueOn", "2030-01-01")).post("/follow-ups")
                .then().statusCode(201).extract().path("id");

        for (String outsider : List.of(officerB, managerB)) {
            assertProblem(given().auth().oauth2(outsider).get("/defenders/" + defender).then(), 404, "not-found");
            assertProblem(given().auth().oauth2(outsider).get("/defenders/" + defender + "/sensitive?reason=synthetic-test").then(), 404,
                    "not-found");
            assertProblem(given().auth().oauth2(outsider).get("/defenders/" + defender + "/history").then(), 404,
                    "not-found");
            assertProblem(given().auth().oauth2(outsider).get("/requests/" + request).then(), 404, "not-found");
            assertProblem(given().auth().oauth2(outsider).get("/requests/" + request + "/sensitive?reason=synthetic-test").then(), 404,
                    "not-found");
            assertProblem(given().auth().oauth2(outsider).get("/follow-ups/" + followUp).then(), 404, "not-found");
            given().auth().oauth2(outsider).queryParam("q", marker).get("/defenders").then().statusCode(200)
                    .body("totalItems", equalTo(0));
            given().auth().oauth2(outsider).queryParam("defenderId", defender).get("/requests").then()
                    .statusCode(200).body("totalItems", equalTo(0));
            given().auth().oauth2(outsider).queryParam("requestId", request).get("/follow-ups").then()
                    .statusCode(200).body("totalItems", equalTo(0));
        }
        // changes are refused as if the record did not exist
        assertProblem(given().auth().oauth2(officerB).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("target", "IN_ASSESSMENT")).post("/requests/" + request + "/transitions").then(), 404,
                "not-found");
        assertFieldProblem(given().auth().oauth2(officerB).contentType(ContentType.JSON)
                .body(RequestFixtures.aRequest(defender).body()).post("/requests").then(), 422, "unknown-defender",
                "defenderId");

        // the own team, and auditors, see them
        given().auth().oauth2(managerA).get("/requests/" + request).then().statusCode(200);
        given().auth().oauth2(managerA).queryParam("q", marker).get("/defenders").then().body("totalItems", equalTo(1));
        given().auth().oauth2(Tokens.of(Roles.AUDITOR)).get("/requests/" + request).then().statusCode(200);
        given().auth().oauth2(Tokens.of(Roles.ADMIN)).get("/defenders/" + defender).then().statusCode(200)
                .body("team", equalTo(teamA));
    }

    /** Every history and export of one record, as each role of another team (404) and of the own team (200). */
    @Test
    void historiesAndExportsFollowNeedToKnow() {
        String defender = aDefender().register(officerA);
        String request = RequestFixtures.aRequest(defender).open(officerA);
        String adminA = Tokens.inTeams("admin-a-" + UUID.randomUUID(), List.of(teamA), Roles.ADMIN);
        String adminB = Tokens.inTeams("admin-b-" + UUID.randomUUID(), List.of(teamB), Roles.ADMIN);
        record Row(String path, List<String> outsiders, List<String> insiders) {
        }
        List<Row> table = List.of(
                new Row("/defenders/" + defender + "/history", List.of(officerB, managerB), List.of(officerA, managerA)),
                new Row("/requests/" + request + "/history", List.of(officerB, managerB), List.of(officerA, managerA)),
                new Row("/requests/" + request + "/history/export", List.of(adminB), List.of(adminA)));
        for (Row row : table) {
            for (String outsider : row.outsiders()) {
                assertProblem(given().auth().oauth2(outsider).get(row.path()).then(), 404, "not-found");
            }
            for (String insider : row.insiders()) {
                given().auth().oauth2(insider).get(row.path()).then().statusCode(200);
            }
            // auditors see every team's records
            given().auth().oauth2(Tokens.of(Roles.AUDITOR)).get(row.path()).then().statusCode(200);
        }
    }

    @Test
    void anOfficerSeesACaseAssignedToThemFromAnotherTeam() {
        String request = RequestFixtures.aRequest(aDefender().register(officerA)).open(officerA);
        assertProblem(given().auth().oauth2(officerB).get("/requests/" + request).then(), 404, "not-found");
        given().auth().oauth2(managerA).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("officer", officerBSubject)).put("/requests/" + request + "/assignee").then()
                .statusCode(200);
        given().auth().oauth2(officerB).get("/requests/" + request).then().statusCode(200)
                .body("assignedOfficer", equalTo(officerBSubject));
    }

    @Test
    void grantsFollowTheirCasesTeam() {
        String fund = GrantFixtures.aFund(50000, "EUR");
        String request = GrantFixtures.aRequestReadyForAGrant(null);
        String grant = GrantFixtures.propose(Tokens.of(Roles.PROTECTION_OFFICER),
                GrantFixtures.aProposal(request, fund, 1000, "EUR")).then().statusCode(201).extract().path("id");
        assertProblem(given().auth().oauth2(managerB).get("/grants/" + grant).then(), 404, "not-found");
        assertProblem(GrantFixtures.decide(managerB, grant, GrantFixtures.approval("not mine")).then(), 404,
                "not-found");
        given().auth().oauth2(managerB).queryParam("requestId", request).get("/grants").then()
                .body("totalItems", equalTo(0));
        given().auth().oauth2(GrantFixtures.manager()).get("/grants/" + grant).then().statusCode(200);
    }

    @Test
    void theTeamOfANewDefenderMustBeTheOfficersOwn() {
        String both = Tokens.inTeams("officer-two-teams-" + UUID.randomUUID(), List.of(teamA, teamB),
                Roles.PROTECTION_OFFICER);
        assertFieldProblem(given().auth().oauth2(both).contentType(ContentType.JSON).body(aDefender().body())
                .post("/defenders").then(), 422, "team-required", "team");
        assertFieldProblem(given().auth().oauth2(officerA).contentType(ContentType.JSON)
                .body(aDefender().with("team", teamB).body()).post("/defenders").then(), 422, "not-your-team", "team");
        given().auth().oauth2(both).contentType(ContentType.JSON).body(aDefender().with("team", teamB).body())
                .post("/defenders").then().statusCode(201).body("team", equalTo(teamB));
        String noTeam = Tokens.inTeams("officer-no-team-" + UUID.randomUUID(), List.of(), Roles.PROTECTION_OFFICER);
        assertFieldProblem(given().auth().oauth2(noTeam).contentType(ContentType.JSON).body(aDefender().body())
                .post("/defenders").then(), 422, "team-required", "team");
    }
}
