package org.haven.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.haven.shared.security.Roles;
import org.haven.support.ActivityFixtures;
import org.haven.support.DefenderFixtures;
import org.haven.support.OrganisationFixtures;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.restassured.http.ContentType;

/**
 * Changing an activity in the console: the details page with partners found by a search, the location replaced from
 * the answer that showed it with a reason, the history page and a participant added by choice; roles as the API's,
 * another team's activity not found, stale forms refused with what was typed. Over HTTP with real tokens.
 */
@QuarkusTest
class ConsoleActivityEditPagesTest {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @OidcWireMock
    WireMockServer provider;

    private static String version(String page) {
        Matcher m = VERSION.matcher(page);
        assertTrue(m.find(), "a versioned form is on the page");
        return m.group(1);
    }

    private static List<String> actions(String token, String activity) {
        return given().auth().oauth2(token).get("/activities/" + activity + "/history").then().statusCode(200)
                .extract().jsonPath().getList("action");
    }

    private static Map<String, Object> details(String title, String version) {
        LocalDate start = LocalDate.now(ZoneOffset.UTC).plusDays(20);
        return new HashMap<>(Map.of("type", "TRAINING", "title", title, "startsOn", start.toString(),
                "endsOn", start.plusDays(2).toString(), "version", version));
    }

    @Test
    void anOfficerChangesTheDetailsWithAPartnerFoundBySearchAndTheHistoryShowsIt() {
        ConsoleSession officer = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String partner = OrganisationFixtures.anOrganisation().with("name", "Synthetic Partner " + tag)
                .register(officer.token);
        String activity = ActivityFixtures.anActivity().plan(officer.token);
        officer.get("/console/activities/" + activity).then().statusCode(200)
                .body(containsString("id=\"edit-details\""), containsString("id=\"history-link\""));
        String form = officer.get("/console/activities/" + activity + "/details?partnerQ=Partner " + tag).then()
                .statusCode(200).body(containsString("id=\"details-form\""), containsString("value=\"STRATEGY_MEETING\" selected"),
                        containsString("id=\"f-partner-" + partner + "\""), containsString("value=\"Partner " + tag + "\""))
                .extract().asString();
        officer.get("/console/activities/" + activity + "/details?partnerQ=nothing-" + tag).then()
                .body(containsString("id=\"partners-none\""));
        Map<String, Object> change = details("Synthetic renamed training " + tag, version(form));
        change.put("partnerOrganisationIds", partner);
        officer.post("/console/activities/" + activity + "/details", change).then().statusCode(303)
                .header("Location", containsString("?done=details"));
        given().auth().oauth2(officer.token).get("/activities/" + activity).then()
                .body("title", org.hamcrest.Matchers.equalTo("Synthetic renamed training " + tag),
                        "type", org.hamcrest.Matchers.equalTo("TRAINING"),
                        "partnerOrganisationIds", org.hamcrest.Matchers.contains(partner));
        officer.get("/console/activities/" + activity + "/history").then().statusCode(200)
                .body(containsString("ACTIVITY_CHANGED"), containsString("ACTIVITY_PLANNED"));
    }

    @Test
    void detailsEndingBeforeTheyStartAreRefusedAndAStaleFormShowsWhatWasTyped() {
        ConsoleSession officer = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);
        String activity = ActivityFixtures.anActivity().plan(officer.token);
        String read = version(officer.get("/console/activities/" + activity + "/details").asString());
        Map<String, Object> backwards = details("Synthetic backwards", read);
        backwards.put("endsOn", "2020-01-01");
        officer.post("/console/activities/" + activity + "/details", backwards).then().statusCode(422)
                .body(containsString("id=\"form-problems\""), containsString("value=\"Synthetic backwards\""));
        given().auth().oauth2(officer.token).contentType(ContentType.JSON).header("If-Match", "\"" + read + "\"")
                .body(ActivityFixtures.anActivity().with("title", "Synthetic theirs").details())
                .put("/activities/" + activity).then().statusCode(200);
        officer.post("/console/activities/" + activity + "/details", details("Synthetic mine", read)).then()
                .statusCode(412).body(containsString("id=\"typed\""), containsString("Synthetic mine"),
                        containsString("value=\"Synthetic theirs\""), containsString("id=\"form-problems\""));
        assertEquals("Synthetic theirs", given().auth().oauth2(officer.token).get("/activities/" + activity).then()
                .extract().path("title"));
    }

    @Test
    void theLocationIsChangedOnlyFromTheAnswerThatShowedItAndAStaleChangeShowsOnlyWhatWasTyped() {
        ConsoleSession officer = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String activity = ActivityFixtures.anActivity().with("location", "Synthetic old venue " + tag)
                .plan(officer.token);
        officer.get("/console/activities/" + activity).then().body(not(containsString("id=\"location-form\"")));
        String shown = officer.post("/console/activities/" + activity + "/location",
                Map.of("locationReason", "Moving to a safer venue")).then().statusCode(200)
                .body(containsString("id=\"location-form\""), containsString("Synthetic old venue " + tag))
                .extract().asString();
        String version = version(shown.substring(shown.indexOf("id=\"location-form\"")));
        officer.post("/console/activities/" + activity + "/sensitive",
                Map.of("location", "x".repeat(501), "version", version)).then().statusCode(422)
                .body(containsString("id=\"f-location-error\""), containsString("id=\"location-form\""));
        officer.post("/console/activities/" + activity + "/sensitive",
                Map.of("location", "Synthetic new venue " + tag, "version", version)).then().statusCode(303)
                .header("Location", containsString("?done=location"));
        List<String> actions = actions(officer.token, activity);
        assertEquals(1, actions.stream().filter("ACTIVITY_SENSITIVE_VIEWED"::equals).count(), "changing reads nothing");
        assertTrue(actions.contains("ACTIVITY_LOCATION_CHANGED"));
        officer.get("/console/activities/" + activity + "/history").then()
                .body(not(containsString("venue " + tag)), containsString("ACTIVITY_LOCATION_CHANGED"));
        officer.post("/console/activities/" + activity + "/location", Map.of("locationReason", "Checking")).then()
                .body(containsString("Synthetic new venue " + tag));
        officer.post("/console/activities/" + activity + "/sensitive",
                Map.of("location", "Synthetic late venue " + tag, "version", version)).then().statusCode(412)
                .body(containsString("id=\"typed-location\""), containsString("Synthetic late venue " + tag),
                        containsString("id=\"location-stale\""), not(containsString("Synthetic new venue " + tag)));
    }

    @Test
    void aParticipantIsAddedByChoosingThemFromASearch() {
        ConsoleSession officer = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);
        String activity = ActivityFixtures.anActivity().with("startsOn", LocalDate.now().plusDays(5).toString())
                .with("endsOn", LocalDate.now().plusDays(6).toString()).plan(officer.token);
        String defender = DefenderFixtures.aDefender().register(officer.token);
        String reference = given().auth().oauth2(officer.token).get("/defenders/" + defender).then().extract()
                .path("reference");
        officer.get("/console/activities/" + activity + "/participants/new?q=" + reference).then().statusCode(200)
                .body(containsString("id=\"f-defenderId-" + defender + "\""), containsString("id=\"add-participant-form\""));
        officer.post("/console/activities/" + activity + "/participants",
                Map.of("q", reference, "defenderId", defender, "consentToBeListed", "true")).then().statusCode(303);
        officer.post("/console/activities/" + activity + "/participants",
                Map.of("q", reference, "defenderId", defender)).then().statusCode(409)
                .body(containsString("id=\"add-participant-form\""), containsString("id=\"form-problems\""));
        officer.get("/console/activities/" + activity).then().body(containsString(reference));
    }

    @Test
    void auditorsReadTheHistoryButChangeNothingAndAnotherTeamsActivityIsNotFound() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String owner = Tokens.inTeams("officer-" + tag, List.of("team-owner-" + tag), Roles.PROTECTION_OFFICER);
        String activity = ActivityFixtures.anActivity().plan(owner);
        Map<String, Object> change = details("Synthetic forged", "0");

        ConsoleSession auditor = ConsoleSession.signIn(provider, Roles.AUDITOR);
        auditor.get("/console/activities/" + activity).then().statusCode(200)
                .body(not(containsString("id=\"edit-details\"")), containsString("id=\"history-link\""));
        auditor.get("/console/activities/" + activity + "/history").then().statusCode(200)
                .body(containsString("ACTIVITY_PLANNED"));
        assertEquals(403, auditor.get("/console/activities/" + activity + "/details").statusCode());
        assertEquals(403, auditor.post("/console/activities/" + activity + "/details", change).statusCode());
        assertEquals(403, auditor.post("/console/activities/" + activity + "/sensitive",
                Map.of("location", "Forged", "version", "0")).statusCode());
        assertEquals(403, auditor.get("/console/activities/" + activity + "/participants/new").statusCode());
        auditor.post("/console/activities/" + activity + "/location", Map.of("locationReason", "Audit sample"))
                .then().statusCode(200).body(not(containsString("id=\"location-form\"")));

        ConsoleSession admin = ConsoleSession.signIn(provider, Roles.ADMIN);
        assertEquals(403, admin.get("/console/activities/" + activity + "/history").statusCode());

        ConsoleSession outsider = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);
        for (String path : List.of("/details", "/history", "/participants/new")) {
            outsider.get("/console/activities/" + activity + path).then().statusCode(404)
                    .contentType(containsString("text/html"));
        }
        outsider.post("/console/activities/" + activity + "/details", change).then().statusCode(404);
        outsider.post("/console/activities/" + activity + "/sensitive", Map.of("location", "Forged", "version", "0"))
                .then().statusCode(404);
        assertEquals(List.of("ACTIVITY_PLANNED", "ACTIVITY_SENSITIVE_VIEWED"), actions(owner, activity));

        ConsoleSession officer = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);
        String mine = ActivityFixtures.anActivity().plan(officer.token);
        Map<String, Object> forged = details("Synthetic forged", "0");
        forged.put(CsrfTokens.FIELD, "forged");
        assertEquals(400, officer.post("/console/activities/" + mine + "/details", forged).statusCode());
        assertEquals(List.of("ACTIVITY_PLANNED"), actions(officer.token, mine));
    }
}
