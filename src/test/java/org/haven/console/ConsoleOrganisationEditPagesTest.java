package org.haven.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.haven.shared.security.Roles;
import org.haven.support.DefenderFixtures;
import org.haven.support.OrganisationFixtures;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.restassured.http.ContentType;

/**
 * Changing an organisation in the console: the profile page, the contact channels replaced from the answer that
 * showed them with a reason, the history page and a defender linked by choice; roles as the API's, another team's
 * organisation not found, stale forms refused with what was typed. Over HTTP with real tokens.
 */
@QuarkusTest
class ConsoleOrganisationEditPagesTest {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @OidcWireMock
    WireMockServer provider;

    private static String version(String page) {
        Matcher m = VERSION.matcher(page);
        assertTrue(m.find(), "a versioned form is on the page");
        return m.group(1);
    }

    private static Map<String, Object> profile(String name, String version) {
        return new HashMap<>(Map.of("name", name, "types", "HOST", "country", "PK", "version", version));
    }

    private static List<String> actions(String token, String organisation) {
        return given().auth().oauth2(token).get("/organisations/" + organisation + "/history").then().statusCode(200)
                .extract().jsonPath().getList("action");
    }

    @Test
    void anOfficerChangesTheProfileAndTheHistoryPageShowsTheChangeWithoutTheName() {
        ConsoleSession officer = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);
        String organisation = OrganisationFixtures.anOrganisation().register(officer.token);
        String name = "Synthetic Renamed " + UUID.randomUUID().toString().substring(0, 8);
        officer.get("/console/organisations/" + organisation).then().statusCode(200)
                .body(containsString("id=\"edit-profile\""), containsString("id=\"history-link\""));
        String form = officer.get("/console/organisations/" + organisation + "/profile").then().statusCode(200)
                .body(containsString("id=\"profile-form\""), containsString("autocomplete=\"off\""),
                        containsString("value=\"PARTNER\" checked")).extract().asString();
        officer.post("/console/organisations/" + organisation + "/profile", profile(name, version(form)))
                .then().statusCode(303).header("Location", containsString("?done=profile"));
        given().auth().oauth2(officer.token).get("/organisations/" + organisation).then()
                .body("name", org.hamcrest.Matchers.equalTo(name), "types", org.hamcrest.Matchers.contains("HOST"),
                        "country", org.hamcrest.Matchers.equalTo("PK"));
        officer.get("/console/organisations/" + organisation + "?done=profile").then()
                .body(containsString("The profile is saved."));
        assertTrue(actions(officer.token, organisation).contains("ORGANISATION_PROFILE_CHANGED"));
        officer.get("/console/organisations/" + organisation + "/history").then().statusCode(200)
                .body(containsString("ORGANISATION_PROFILE_CHANGED"), containsString("ORGANISATION_REGISTERED"),
                        containsString("id=\"back-to-record\""), not(containsString(name)));
    }

    @Test
    void aProfileWithoutANameIsRefusedNextToItInEnglishAndInDari() {
        ConsoleSession officer = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);
        String organisation = OrganisationFixtures.anOrganisation().register(officer.token);
        String version = version(officer.get("/console/organisations/" + organisation + "/profile").asString());
        Map<String, Object> nameless = profile("", version);
        nameless.remove("types");
        officer.post("/console/organisations/" + organisation + "/profile", nameless).then().statusCode(422)
                .body(containsString("id=\"f-name-error\""), containsString("id=\"f-types-error\""),
                        containsString("value=\"PK\" selected"));
        nameless.put(CsrfTokens.FIELD, officer.csrfToken());
        String dari = officer.request().cookie(Language.COOKIE, "prs")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(nameless)
                .post("/console/organisations/" + organisation + "/profile").then().statusCode(422).extract().asString();
        assertTrue(dari.contains("dir=\"rtl\"") && dari.contains("id=\"f-name-error\""), dari);
    }

    @Test
    void aStaleProfileShowsTheCurrentValuesAndWhatWasTyped() {
        ConsoleSession officer = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);
        String organisation = OrganisationFixtures.anOrganisation().register(officer.token);
        String read = version(officer.get("/console/organisations/" + organisation + "/profile").asString());
        String theirs = "Synthetic Theirs " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> change = OrganisationFixtures.anOrganisation().with("name", theirs).profile();
        given().auth().oauth2(officer.token).contentType(ContentType.JSON).header("If-Match", "\"" + read + "\"")
                .body(change).put("/organisations/" + organisation).then().statusCode(200);
        String mine = "Synthetic Mine " + UUID.randomUUID().toString().substring(0, 8);
        String page = officer.post("/console/organisations/" + organisation + "/profile", profile(mine, read))
                .then().statusCode(412).body(containsString("id=\"form-problems\""), containsString("id=\"typed\""),
                        containsString("value=\"" + theirs + "\""), containsString(mine)).extract().asString();
        assertEquals(Integer.toString(Integer.parseInt(read) + 1), version(page), "the form now carries the current version");
        assertEquals(theirs, given().auth().oauth2(officer.token).get("/organisations/" + organisation).then().extract()
                .path("name"));
    }

    @Test
    void contactChannelsAreChangedOnlyFromTheAnswerThatShowedThemWithAReason() {
        ConsoleSession officer = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String organisation = OrganisationFixtures.anOrganisation()
                .with("contacts", List.of(Map.of("channel", "SIGNAL", "value", "+00-555-old-" + tag)))
                .register(officer.token);
        officer.get("/console/organisations/" + organisation).then().body(not(containsString("id=\"contacts-form\"")));
        String shown = officer.post("/console/organisations/" + organisation + "/contacts",
                Map.of("contactsReason", "Updating the shelter's number")).then().statusCode(200)
                .body(containsString("id=\"contacts-form\""), containsString("value=\"+00-555-old-" + tag + "\""),
                        containsString("name=\"contacts[1].value\"")).extract().asString();
        Map<String, Object> change = new HashMap<>(Map.of("contacts[0].channel", "SIGNAL",
                "contacts[0].value", "", "contacts[1].channel", "EMAIL", "contacts[1].value", "desk-" + tag + "@example.org",
                "version", version(shown.substring(shown.indexOf("id=\"contacts-form\"")))));
        // a channel without its address is said next to that row, and nothing changes
        officer.post("/console/organisations/" + organisation + "/sensitive", change).then().statusCode(422)
                .body(containsString("id=\"f-contacts-0-value-error\""), containsString("id=\"contacts-form\""));
        change.put("contacts[0].channel", "");
        officer.post("/console/organisations/" + organisation + "/sensitive", change).then().statusCode(303)
                .header("Location", containsString("?done=contacts"));
        assertEquals(1, actions(officer.token, organisation).stream().filter("ORGANISATION_SENSITIVE_VIEWED"::equals)
                .count(), "changing reads nothing");
        assertTrue(actions(officer.token, organisation).contains("ORGANISATION_CONTACTS_CHANGED"));
        officer.post("/console/organisations/" + organisation + "/contacts", Map.of("contactsReason", "Checking"))
                .then().body(containsString("desk-" + tag + "@example.org"), not(containsString("+00-555-old-" + tag)));
        officer.get("/console/organisations/" + organisation + "/history").then()
                .body(not(containsString("desk-" + tag)), containsString("ORGANISATION_CONTACTS_CHANGED"));
        // the same form again: someone changed the record since; only what was typed comes back
        change.put("contacts[1].value", "late-" + tag + "@example.org");
        officer.post("/console/organisations/" + organisation + "/sensitive", change).then().statusCode(412)
                .body(containsString("id=\"typed-contacts\""), containsString("late-" + tag),
                        containsString("id=\"contacts-stale\""), containsString("id=\"show-contacts\""),
                        not(containsString("desk-" + tag)));
    }

    @Test
    void aDefenderIsLinkedByChoosingThemFromASearch() {
        ConsoleSession officer = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);
        String organisation = OrganisationFixtures.anOrganisation().register(officer.token);
        String pseudonym = "Kestrel-" + UUID.randomUUID().toString().substring(0, 8);
        String defender = DefenderFixtures.aDefender().with("pseudonym", pseudonym).register(officer.token);
        officer.get("/console/organisations/" + organisation + "/members/new?q=" + pseudonym).then().statusCode(200)
                .body(containsString("id=\"f-defenderId-" + defender + "\""), containsString(pseudonym),
                        containsString("id=\"link-form\""));
        officer.get("/console/organisations/" + organisation + "/members/new?q=nobody-" + pseudonym).then()
                .body(containsString("id=\"pick-none\""));
        officer.post("/console/organisations/" + organisation + "/members", Map.of("q", pseudonym, "role", "STAFF"))
                .then().statusCode(422).body(containsString("id=\"f-defenderId-error\""),
                        containsString("id=\"f-defenderId-" + defender + "\""));
        officer.post("/console/organisations/" + organisation + "/members",
                Map.of("q", pseudonym, "defenderId", defender, "role", "STAFF")).then().statusCode(303);
        assertEquals(List.of(defender), given().auth().oauth2(officer.token)
                .get("/organisations/" + organisation + "/members").then().extract().jsonPath().getList("defenderId"));
    }

    @Test
    void auditorsReadTheHistoryButChangeNothingAndAnotherTeamsOrganisationIsNotFound() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String owner = Tokens.inTeams("officer-" + tag, List.of("team-owner-" + tag), Roles.PROTECTION_OFFICER);
        String organisation = OrganisationFixtures.anOrganisation().register(owner);
        Map<String, Object> change = profile("Synthetic Forged " + tag, "0");

        ConsoleSession auditor = ConsoleSession.signIn(provider, Roles.AUDITOR);
        auditor.get("/console/organisations/" + organisation).then().statusCode(200)
                .body(not(containsString("id=\"edit-profile\"")), containsString("id=\"history-link\""));
        auditor.get("/console/organisations/" + organisation + "/history").then().statusCode(200)
                .body(containsString("ORGANISATION_REGISTERED"));
        assertEquals(403, auditor.get("/console/organisations/" + organisation + "/profile").statusCode());
        assertEquals(403, auditor.post("/console/organisations/" + organisation + "/profile", change).statusCode());
        assertEquals(403, auditor.post("/console/organisations/" + organisation + "/sensitive",
                Map.of("contacts[0].channel", "SIGNAL", "contacts[0].value", "+00-555-forged", "version", "0"))
                .statusCode());
        assertEquals(403, auditor.get("/console/organisations/" + organisation + "/members/new").statusCode());
        auditor.post("/console/organisations/" + organisation + "/contacts", Map.of("contactsReason", "Audit sample"))
                .then().statusCode(200).body(not(containsString("id=\"contacts-form\"")));

        ConsoleSession admin = ConsoleSession.signIn(provider, Roles.ADMIN);
        assertEquals(403, admin.get("/console/organisations/" + organisation + "/history").statusCode());

        ConsoleSession outsider = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);
        for (String path : List.of("/profile", "/history", "/members/new")) {
            outsider.get("/console/organisations/" + organisation + path).then().statusCode(404)
                    .contentType(containsString("text/html"));
        }
        outsider.post("/console/organisations/" + organisation + "/profile", change).then().statusCode(404);
        outsider.post("/console/organisations/" + organisation + "/sensitive",
                Map.of("contacts[0].channel", "SIGNAL", "contacts[0].value", "+00-555-forged", "version", "0"))
                .then().statusCode(404);
        assertEquals(List.of("ORGANISATION_REGISTERED", "ORGANISATION_SENSITIVE_VIEWED"), actions(owner, organisation));
    }

    @Test
    void aChangeWithoutItsCsrfTokenChangesNothing() {
        ConsoleSession officer = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);
        String organisation = OrganisationFixtures.anOrganisation().register(officer.token);
        Map<String, Object> forged = profile("Synthetic Forged", "0");
        forged.put(CsrfTokens.FIELD, "forged");
        assertEquals(400, officer.post("/console/organisations/" + organisation + "/profile", forged).statusCode());
        assertEquals(List.of("ORGANISATION_REGISTERED"), actions(officer.token, organisation));
    }
}
