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
import io.restassured.response.Response;

/** The activity pages' roles, need-to-know, audited location, participants and status, over HTTP with real tokens. */
@QuarkusTest
class ConsoleActivityPagesTest {

    private static final Pattern PLANNED = Pattern.compile("/console/activities/([0-9a-f-]{36})\\?done=planned");

    @OidcWireMock
    WireMockServer provider;

    private static String formKey(ConsoleSession session) {
        Matcher m = Pattern.compile("name=\"formKey\" value=\"([0-9a-f-]{36})\"")
                .matcher(session.get("/console/activities/new").asString());
        assertTrue(m.find(), "the plan form carries a form key");
        return m.group(1);
    }

    private static long locationReads(String token, String activity) {
        List<String> actions = given().auth().oauth2(token).get("/activities/" + activity + "/history")
                .then().statusCode(200).extract().jsonPath().getList("action");
        return actions.stream().filter(a -> a.contains("SENSITIVE_VIEWED")).count();
    }

    @Test
    void anOfficerPlansWithAPartnerOnceAndSeesItListed() {
        ConsoleSession officer = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);
        String partner = OrganisationFixtures.anOrganisation().register(officer.token);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String partnerReference = given().auth().oauth2(officer.token).get("/organisations/" + partner).then()
                .extract().path("reference");
        officer.get("/console/activities/new").then().statusCode(200).body(containsString("value=\"" + partner + "\""));
        Map<String, Object> form = new HashMap<>(Map.of("formKey", formKey(officer), "type", "WORKSHOP",
                "title", "Synthetic workshop " + tag, "startsOn", LocalDate.now(ZoneOffset.UTC).plusDays(10).toString(),
                "endsOn", LocalDate.now(ZoneOffset.UTC).plusDays(11).toString(), "partnerOrganisationIds", partner,
                "location", "Synthetic venue " + tag));
        Response first = officer.post("/console/activities", form);
        assertEquals(303, first.statusCode(), first.asString());
        assertEquals(first.header("Location"), officer.post("/console/activities", form).header("Location"));
        Matcher id = PLANNED.matcher(first.header("Location"));
        assertTrue(id.find());
        officer.get("/console/activities").then().statusCode(200)
                .body(containsString("Synthetic workshop " + tag), not(containsString("Synthetic venue " + tag)));
        officer.get("/console/activities/" + id.group(1)).then().statusCode(200)
                .body(containsString("href=\"/console/organisations/" + partner + "\"><bdi>" + partnerReference),
                        containsString("id=\"add-search\""), not(containsString("Synthetic venue " + tag)));
    }

    @Test
    void endingBeforeItStartsIsShownNextToTheDates() {
        ConsoleSession officer = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);
        Map<String, Object> form = new HashMap<>(Map.of("formKey", formKey(officer), "type", "TRAINING",
                "title", "Synthetic training", "startsOn", "2026-05-10", "endsOn", "2026-05-01"));
        officer.post("/console/activities", form).then().statusCode(422).body(containsString("id=\"form-problems\""),
                containsString("value=\"Synthetic training\""));
    }

    @Test
    void participantsAreListedOnlyWithConsentAndCountedByGender() {
        ConsoleSession officer = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);
        String activity = ActivityFixtures.anActivity().plan(officer.token);
        String listed = DefenderFixtures.aDefender().register(officer.token);
        String unlisted = DefenderFixtures.aDefender().register(officer.token);
        String listedRef = given().auth().oauth2(officer.token).get("/defenders/" + listed).then().extract()
                .path("reference");
        String unlistedRef = given().auth().oauth2(officer.token).get("/defenders/" + unlisted).then().extract()
                .path("reference");
        assertEquals(303, officer.post("/console/activities/" + activity + "/participants",
                Map.of("defenderId", listed, "consentToBeListed", "true")).statusCode());
        assertEquals(303, officer.post("/console/activities/" + activity + "/participants",
                Map.of("defenderId", unlisted)).statusCode());
        officer.get("/console/activities/" + activity + "?done=added").then().statusCode(200)
                .body(containsString(listedRef), not(containsString(unlistedRef)), containsString("2 in all"),
                        containsString("id=\"participant-counts\""));
        officer.post("/console/activities/" + activity + "/participants/removal",
                Map.of("participantId", listed, "removeReason", "")).then().statusCode(422)
                .body(containsString("id=\"f-removeReason-error\""));
        assertEquals(303, officer.post("/console/activities/" + activity + "/participants/removal",
                Map.of("participantId", listed, "removeReason", "Could not travel")).statusCode());
        officer.get("/console/activities/" + activity).then().body(not(containsString(listedRef)),
                containsString("1 in all"));
    }

    @Test
    void heldOrCancelledWithAReasonAndAStaleFormIsRefused() {
        ConsoleSession officer = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);
        String activity = ActivityFixtures.anActivity().plan(officer.token);
        String version = given().auth().oauth2(officer.token).get("/activities/" + activity).then().extract()
                .path("version").toString();
        officer.get("/console/activities/" + activity).then().body(not(containsString("id=\"output-form\"")),
                containsString("name=\"version\" value=\"" + version + "\""));
        officer.post("/console/activities/" + activity + "/transitions", Map.of("target", "CANCELLED",
                "version", version)).then().statusCode(422).body(containsString("id=\"f-statusReason-error\""));
        // a version other than the current one: someone else changed the activity since the form was read
        officer.post("/console/activities/" + activity + "/transitions", Map.of("target", "HELD",
                "version", Long.toString(Long.parseLong(version) + 5))).then().statusCode(412)
                .body(containsString("id=\"form-problems\""));
        assertEquals("PLANNED", given().auth().oauth2(officer.token).get("/activities/" + activity).then().extract()
                .path("status"));
        assertEquals(303, officer.post("/console/activities/" + activity + "/transitions",
                Map.of("target", "HELD", "version", version)).statusCode());
        assertEquals(303, officer.post("/console/activities/" + activity + "/outputs",
                Map.of("kind", "ACTION_PLAN", "outputTitle", "Synthetic action plan")).statusCode());
        officer.get("/console/activities/" + activity + "?done=output").then().statusCode(200)
                .body(containsString("id=\"activity-status\">Held<"), containsString("Synthetic action plan"),
                        not(containsString("id=\"move-form\"")), not(containsString("id=\"add-search\"")));
    }

    @Test
    void theLocationIsShownOnlyWithAReasonAndAudited() {
        ConsoleSession officer = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);
        String venue = "Synthetic venue " + UUID.randomUUID().toString().substring(0, 8);
        String activity = ActivityFixtures.anActivity().with("location", venue).plan(officer.token);
        officer.post("/console/activities/" + activity + "/location", Map.of("locationReason", ""))
                .then().statusCode(422).body(containsString("id=\"f-locationReason-error\""), not(containsString(venue)));
        assertEquals(0, locationReads(officer.token, activity));
        officer.post("/console/activities/" + activity + "/location", Map.of("locationReason", "Booking transport"))
                .then().statusCode(200).body(containsString(venue));
        assertEquals(1, locationReads(officer.token, activity));
    }

    @Test
    void rolesAndTeamsDecideWhoSeesWhat() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String owner = Tokens.inTeams("officer-" + tag, List.of("team-owner-" + tag), Roles.PROTECTION_OFFICER);
        String activity = ActivityFixtures.anActivity().plan(owner);
        ConsoleSession auditor = ConsoleSession.signIn(provider, Roles.AUDITOR);
        auditor.get("/console/activities").then().statusCode(200).body(not(containsString("id=\"plan-link\"")));
        auditor.get("/console/activities/" + activity).then().statusCode(200)
                .body(not(containsString("id=\"add-search\"")), not(containsString("id=\"move-form\"")),
                        not(containsString("id=\"output-form\"")), containsString("id=\"show-location\""));
        assertEquals(403, auditor.get("/console/activities/new").statusCode());
        assertEquals(403, auditor.post("/console/activities/" + activity + "/outputs",
                Map.of("kind", "REPORT", "outputTitle", "Forged")).statusCode());
        ConsoleSession outsider = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);
        outsider.get("/console/activities/" + activity).then().statusCode(404).contentType(containsString("text/html"));
        outsider.get("/console/activities/not-an-id").then().statusCode(404);
        ConsoleSession admin = ConsoleSession.signIn(provider, Roles.ADMIN);
        assertEquals(403, admin.get("/console/activities").statusCode());
        assertEquals(403, admin.get("/console/activities/" + activity).statusCode());
    }
}
