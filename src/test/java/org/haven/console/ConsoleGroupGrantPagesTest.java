package org.haven.console;

import static io.restassured.RestAssured.given;
import static org.haven.support.ActivityFixtures.anActivity;
import static org.haven.support.OrganisationFixtures.anOrganisation;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.haven.support.GrantFixtures;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Grants to an organisation and an activity's costs in the console: the same form and rules as a case's
 * grant and as {@code POST /grants}, a payee chosen from the organisations, the lists for every desk role.
 */
@QuarkusTest
class ConsoleGroupGrantPagesTest {

    @OidcWireMock
    WireMockServer provider;

    /** A person of the given role in the given team. */
    private ConsoleSession in(String team, String role) {
        return ConsoleSession.signIn(provider, role.replace("-", "") + "-" + System.nanoTime(), List.of(team), role);
    }

    @Test
    void anOfficerProposesAGrantToAnOrganisationPaidToAHostOnceDespiteADoubleSubmit() {
        String team = "team-group-grants-" + System.nanoTime();
        ConsoleSession officer = in(team, "protection-officer");
        String network = anOrganisation().with("types", List.of("BENEFICIARY")).register(officer.token);
        String host = anOrganisation().with("types", List.of("HOST")).register(officer.token);
        String hostReference = given().auth().oauth2(officer.token).get("/organisations/" + host).then()
                .extract().path("reference");
        String fundId = GrantFixtures.aFund(40000, "EUR");

        officer.get("/console/organisations/" + network).then().statusCode(200)
                .body(containsString("href=\"/console/organisations/" + network + "/grants\""));
        officer.get("/console/organisations/" + network + "/grants").then().statusCode(200)
                .body(containsString("href=\"/console/organisations/" + network + "/grants/new\""));
        var form = officer.get("/console/organisations/" + network + "/grants/new");
        form.then().statusCode(200).body(containsString("action=\"/console/organisations/" + network + "/grants\""),
                containsString("<option value=\"" + host + "\">"),
                not(containsString("<option value=\"" + network + "\">")), not(containsString("name=\"costCategory\"")));
        Map<String, Object> proposal = ConsoleGrantPagesTest.aProposal(form, fundId, "2500");
        proposal.put("payeeOrganisationId", host);
        for (int i = 0; i < 2; i++) {
            officer.post("/console/organisations/" + network + "/grants", proposal).then().statusCode(303)
                    .header("Location", containsString("/console/organisations/" + network + "/grants"));
        }

        JsonPath grants = given().auth().oauth2(officer.token).queryParam("organisationId", network).get("/grants")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, grants.getInt("totalItems"), "the same form sent twice proposes one grant");
        assertEquals("ORGANISATION", grants.getString("items[0].beneficiaryKind"));
        assertEquals(host, grants.getString("items[0].payeeOrganisationId"));
        officer.get("/console/organisations/" + network + "/grants").then().statusCode(200)
                .body(containsString(grants.getString("items[0].reference")), containsString(hostReference));

        ConsoleSession manager = in(team, "programme-manager");
        manager.get("/console/grants/" + grants.getString("items[0].id")).then().statusCode(200)
                .body(containsString("href=\"/console/organisations/" + network + "\""),
                        containsString("href=\"/console/organisations/" + host + "\""),
                        containsString("Organisation supported"), containsString("Paid to"),
                        containsString("Organisation&#39;s cap"));
    }

    @Test
    void anActivitysCostNeedsItsCategoryShownNextToTheField() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        String activity = anActivity().plan(officer.token);
        String fundId = GrantFixtures.aFund(40000, "EUR");
        officer.get("/console/activities/" + activity).then().statusCode(200)
                .body(containsString("href=\"/console/activities/" + activity + "/costs\""));
        var form = officer.get("/console/activities/" + activity + "/costs/new");
        form.then().statusCode(200).body(containsString("name=\"costCategory\""),
                containsString("<option value=\"INTERPRETATION\">interpretation</option>"));
        Map<String, Object> proposal = ConsoleGrantPagesTest.aProposal(form, fundId, "900");

        officer.post("/console/activities/" + activity + "/costs", proposal).then().statusCode(422)
                .body(containsString("id=\"f-costCategory-error\""), containsString("href=\"#f-costCategory\""));
        proposal.put("costCategory", "INTERPRETATION");
        officer.post("/console/activities/" + activity + "/costs", proposal).then().statusCode(303);

        assertEquals("INTERPRETATION", given().auth().oauth2(officer.token).queryParam("activityId", activity)
                .get("/grants").then().statusCode(200).extract().jsonPath().getString("items[0].costCategory"));
        officer.get("/console/activities/" + activity + "/costs").then().statusCode(200)
                .body(containsString("<td>interpretation</td>"), containsString("€900.00"));
    }

    @Test
    void managersAndAuditorsReadTheListsButOnlyOfficersPropose() {
        String team = "team-group-grants-" + System.nanoTime();
        String officerToken = Tokens.inTeams("officer-" + System.nanoTime(), List.of(team), "protection-officer");
        String activity = anActivity().plan(officerToken);
        String organisation = anOrganisation().with("types", List.of("BENEFICIARY")).register(officerToken);
        String fundId = GrantFixtures.aFund(40000, "EUR");
        for (String role : List.of("programme-manager", "auditor")) {
            ConsoleSession reader = in(team, role);
            reader.get("/console/activities/" + activity + "/costs").then().statusCode(200)
                    .body(not(containsString("/costs/new")));
            reader.get("/console/organisations/" + organisation + "/grants").then().statusCode(200)
                    .body(not(containsString("/grants/new")));
            reader.get("/console/activities/" + activity + "/costs/new").then().statusCode(403);
            reader.post("/console/organisations/" + organisation + "/grants", Map.of("fundId", fundId,
                    "amount.amount", "100", "amount.currency", "EUR", "purpose", "Synthetic forged proposal"))
                    .then().statusCode(403);
        }
        ConsoleSession admin = in(team, "admin");
        admin.get("/console/organisations/" + organisation + "/grants").then().statusCode(403);
        given().auth().oauth2(officerToken).contentType(ContentType.JSON).queryParam("organisationId", organisation)
                .get("/grants").then().statusCode(200).body("totalItems", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void anotherTeamsOrganisationIsNotFound() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        String otherTeam = "team-console-grant-" + System.nanoTime();
        String theirs = anOrganisation().with("team", otherTeam).with("types", List.of("BENEFICIARY"))
                .register(Tokens.inTeams("officer-other-" + System.nanoTime(), List.of(otherTeam),
                        "protection-officer"));
        officer.get("/console/organisations/" + theirs + "/grants").then().statusCode(404);
        officer.get("/console/organisations/" + theirs + "/grants/new").then().statusCode(404);
    }
}
