package org.haven.console;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.haven.shared.security.Roles;
import org.haven.support.DefenderFixtures;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;

/** The legal-status pages' roles, need-to-know, CSRF and once-only recording, over HTTP. */
@QuarkusTest
class ConsoleLegalPagesTest {

    @OidcWireMock
    WireMockServer provider;

    private static Map<String, Object> anEvent(String formKey, String kind, LocalDate on) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("formKey", formKey);
        fields.put("kind", kind);
        fields.put("occurredOn", on.toString());
        fields.put("hostCountry", "pk");
        fields.put("note", "Synthetic: hearing notice");
        return fields;
    }

    private static String formKey(ConsoleSession session, String defender) {
        String page = session.get("/console/legal/defenders/" + defender).asString();
        var m = java.util.regex.Pattern.compile("name=\"formKey\" value=\"([0-9a-f-]{36})\"").matcher(
                page.substring(page.indexOf("id=\"record-event-form\"")));
        if (!m.find()) {
            throw new IllegalStateException("no form key");
        }
        return m.group(1);
    }

    @Test
    void anOfficerRecordsOnceDespiteADoubleSubmitAndTheNoteNeverShows() {
        ConsoleSession officer = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);
        String defender = DefenderFixtures.aDefender().register(officer.token);
        String key = formKey(officer, defender);
        Map<String, Object> event = anEvent(key, "APPEAL_DEADLINE", LocalDate.now(ZoneOffset.UTC).plusDays(30));
        assertEquals(303, officer.post("/console/legal/defenders/" + defender + "/events", event).statusCode());
        assertEquals(303, officer.post("/console/legal/defenders/" + defender + "/events", event).statusCode());
        officer.get("/console/legal/defenders/" + defender).then().statusCode(200)
                .body(containsString("id=\"legal-timeline\""), containsString("<bdi>PK</bdi>"),
                        not(containsString("Synthetic: hearing notice")));
        assertEquals(1, (int) io.restassured.RestAssured.given().auth().oauth2(officer.token)
                .get("/defenders/" + defender + "/legal-events").then().extract().<Integer>path("events.size()"),
                "one event despite two submits");
    }

    @Test
    void aFormWithoutItsCsrfTokenChangesNothing() {
        ConsoleSession officer = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);
        String defender = DefenderFixtures.aDefender().register(officer.token);
        Map<String, Object> event = anEvent(formKey(officer, defender), "INTERVIEW", LocalDate.now(ZoneOffset.UTC));
        event.put(CsrfTokens.FIELD, "forged");
        assertEquals(400, officer.post("/console/legal/defenders/" + defender + "/events", event).statusCode());
        assertEquals(0, (int) io.restassured.RestAssured.given().auth().oauth2(officer.token)
                .get("/defenders/" + defender + "/legal-events").then().extract().<Integer>path("events.size()"));
    }

    @Test
    void anotherTeamFindsNothingAndAnAdministratorHasNoSuchPage() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String owner = Tokens.inTeams("officer-" + tag, List.of("team-owner-" + tag), Roles.PROTECTION_OFFICER);
        String defender = DefenderFixtures.aDefender().register(owner);
        ConsoleSession outsider = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);
        outsider.get("/console/legal/defenders/" + defender).then().statusCode(404);
        outsider.get("/console/legal/defenders/not-an-id").then().statusCode(404);
        ConsoleSession admin = ConsoleSession.signIn(provider, Roles.ADMIN);
        admin.get("/console/legal/defenders/" + defender).then().statusCode(403);
        admin.get("/console/legal/forced-return").then().statusCode(403);
        admin.get("/console/reports/advocacy").then().statusCode(403);
        ConsoleSession officer = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);
        officer.get("/console/reports/advocacy").then().statusCode(403);
    }

    @Test
    void anAuditorReadsEveryTeamsStatusButGetsNoForm() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String owner = Tokens.inTeams("officer-" + tag, List.of("team-owner-" + tag), Roles.PROTECTION_OFFICER);
        String defender = DefenderFixtures.aDefender().register(owner);
        ConsoleSession auditor = ConsoleSession.signIn(provider, Roles.AUDITOR);
        auditor.get("/console/legal/defenders/" + defender).then().statusCode(200)
                .body(not(containsString("id=\"record-event-form\"")), not(containsString("id=\"proposal-form\"")));
        assertEquals(403, auditor.post("/console/legal/defenders/" + defender + "/events",
                anEvent(UUID.randomUUID().toString(), "INTERVIEW", LocalDate.now(ZoneOffset.UTC))).statusCode());
    }
}
