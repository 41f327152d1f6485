package org.haven.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.haven.shared.security.Roles;
import org.haven.support.DefenderFixtures;
import org.haven.support.RequestFixtures;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The notification pages over HTTP, with notifications raised by real actions: a manager assigns a case
 * to an officer through the API, and the officer's console lists it, marks it read (checked through the
 * API), and changes the e-mail preferences. Each test works in a team of its own.
 */
@QuarkusTest
class ConsoleNotificationPagesTest {

    @OidcWireMock
    WireMockServer provider;

    /** An officer and a manager of a new team, both signed in to the console. */
    record Desk(ConsoleSession officer, ConsoleSession manager) {
    }

    /** A case assigned to the officer by the manager: its id, reference and the officer's notification id. */
    record Assigned(String caseId, String reference, String notificationId) {
    }

    private Desk desk() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<String> team = List.of("team-notify-" + tag);
        ConsoleSession officer = ConsoleSession.signIn(provider, "officer-notify-" + tag, team, Roles.PROTECTION_OFFICER);
        ConsoleSession manager = ConsoleSession.signIn(provider, "manager-notify-" + tag, team, Roles.PROGRAMME_MANAGER);
        // a first call through the API, as people do, puts both in the staff directory
        given().auth().oauth2(officer.token).get("/notifications").then().statusCode(200);
        given().auth().oauth2(manager.token).get("/notifications").then().statusCode(200);
        return new Desk(officer, manager);
    }

    static Assigned assign(Desk desk) {
        String defenderId = DefenderFixtures.aDefender().register(desk.officer().token);
        String caseId = RequestFixtures.aRequest(defenderId).open(desk.officer().token);
        String reference = given().auth().oauth2(desk.officer().token).get("/requests/" + caseId).then()
                .statusCode(200).extract().path("reference");
        given().auth().oauth2(desk.manager().token).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("officer", desk.officer().subject)).put("/requests/" + caseId + "/assignee").then()
                .statusCode(200);
        String id = mine(desk.officer(), false).getString("items.find { it.reference == '" + reference + "' }.id");
        assertTrue(id != null, "the assignment raised a notification for the officer");
        return new Assigned(caseId, reference, id);
    }

    static JsonPath mine(ConsoleSession session, boolean unreadOnly) {
        return given().auth().oauth2(session.token).queryParam("unread", unreadOnly).get("/notifications").then()
                .statusCode(200).extract().jsonPath();
    }

    private static boolean read(ConsoleSession session, Assigned assigned) {
        return mine(session, false).getBoolean("items.find { it.id == '" + assigned.notificationId() + "' }.read");
    }

    @Test
    void theOfficerSeesTheAssignmentUnreadWithItsLinkAndTheMenuCountsIt() {
        Desk desk = desk();
        Assigned assigned = assign(desk);

        String page = desk.officer().get("/console/notifications").then().statusCode(200)
                .body(containsString("<h1>Notifications"), containsString("(1 unread)"),
                        containsString("<tr id=\"n-" + assigned.notificationId() + "\" class=\"notification-unread\">"),
                        containsString("<strong class=\"notification-new\">Unread</strong>"),
                        containsString("<strong>Case assigned to you</strong>"),
                        containsString("<a href=\"/console/cases/" + assigned.caseId() + "\"><bdi>"
                                + assigned.reference() + "</bdi></a>"),
                        containsString("action=\"/console/notifications/" + assigned.notificationId() + "/read\""),
                        containsString("id=\"mark-all-read\""),
                        containsString("<a href=\"/console/notifications\" aria-current=\"page\">Notifications "
                                + "<span class=\"nav-badge\">1 unread</span></a>"))
                .extract().asString();
        assertTrue(page.contains("<td>None</td>"), "an assignment has no deadline, and says so");
        // the manager who assigned is not told, and their menu has no badge
        desk.manager().get("/console/notifications").then().statusCode(200)
                .body(not(containsString(assigned.reference())), not(containsString("nav-badge")),
                        containsString("You have no notifications."));
        // every other page carries the count in its menu
        desk.officer().get("/console/caseload").then().statusCode(200)
                .body(containsString("Notifications <span class=\"nav-badge\">1 unread</span>"));
    }

    @Test
    void markingOneReadGoesThroughTheServiceAndComesBackToTheListAsLeft() {
        Desk desk = desk();
        Assigned first = assign(desk);
        Assigned second = assign(desk);

        desk.officer().post("/console/notifications/" + first.notificationId() + "/read", Map.of("unread", "true"))
                .then().statusCode(303).header("Location", containsString("/console/notifications?unread=true&done=one"));
        assertTrue(read(desk.officer(), first), "read through the API too");
        assertFalse(read(desk.officer(), second), "only the one marked");

        desk.officer().get("/console/notifications?unread=true&done=one").then().statusCode(200)
                .body(containsString("role=\"status\">The notification is marked as read."),
                        containsString("(1 unread)"), containsString(second.reference()),
                        not(containsString(first.reference())), containsString("name=\"unread\" value=\"true\" checked"));
        desk.officer().get("/console/notifications").then().statusCode(200)
                .body(containsString("<tr id=\"n-" + first.notificationId() + "\" class=\"notification-read\">"),
                        not(containsString("action=\"/console/notifications/" + first.notificationId() + "/read\"")));
        // marking it again changes nothing and is no error
        desk.officer().post("/console/notifications/" + first.notificationId() + "/read", Map.of()).then()
                .statusCode(303).header("Location", containsString("/console/notifications?done=one"));
    }

    @Test
    void aPagePastTheEndLeadsToTheLastPageThereIs() {
        Desk desk = desk();
        assign(desk);

        desk.officer().get("/console/notifications?unread=true&page=3&done=one").then().statusCode(303)
                .header("Location", containsString("/console/notifications?unread=true&done=one"));
        desk.officer().get("/console/notifications?page=9999999999").then().statusCode(200)
                .body(containsString("Case assigned to you"));
    }

    @Test
    void markAllReadLeavesNothingUnread() {
        Desk desk = desk();
        assign(desk);
        assign(desk);
        assertEquals(2, mine(desk.officer(), true).getInt("totalItems"));

        desk.officer().post("/console/notifications/read", Map.of()).then().statusCode(303)
                .header("Location", containsString("/console/notifications?done=all"));
        assertEquals(0, mine(desk.officer(), true).getInt("totalItems"));
        desk.officer().get("/console/notifications?unread=true&done=all").then().statusCode(200)
                .body(containsString("All your notifications are marked as read."),
                        containsString("You have no unread notifications."), not(containsString("nav-badge")),
                        not(containsString("id=\"mark-all-read\"")));
    }

    @Test
    void someoneElsesNotificationIsNotFoundAndStaysUnread() {
        Desk desk = desk();
        Assigned assigned = assign(desk);
        ConsoleSession stranger = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);

        stranger.post("/console/notifications/" + assigned.notificationId() + "/read", Map.of()).then()
                .statusCode(404).body(containsString("Not found"), not(containsString(assigned.reference())));
        assertFalse(read(desk.officer(), assigned));
        // the manager of the same team cannot mark the officer's either
        desk.manager().post("/console/notifications/" + assigned.notificationId() + "/read", Map.of()).then()
                .statusCode(404);
        assertFalse(read(desk.officer(), assigned));
        stranger.post("/console/notifications/not-an-id/read", Map.of()).then().statusCode(404)
                .body(containsString("<main"));
    }

    @Test
    void aFormWithoutItsCsrfTokenChangesNothing() {
        Desk desk = desk();
        Assigned assigned = assign(desk);

        desk.officer().post("/console/notifications/" + assigned.notificationId() + "/read",
                Map.of(CsrfTokens.FIELD, "forged")).then().statusCode(400);
        desk.officer().post("/console/notifications/read", Map.of(CsrfTokens.FIELD, "forged")).then().statusCode(400);
        desk.officer().post("/console/notifications/preferences",
                Map.of(CsrfTokens.FIELD, "forged", "timeZone", "Asia/Kabul")).then().statusCode(400);
        assertFalse(read(desk.officer(), assigned));
        assertEquals("UTC", preferences(desk.officer()).getString("timeZone"));
    }

    static JsonPath preferences(ConsoleSession session) {
        return given().auth().oauth2(session.token).get("/notifications/preferences").then().statusCode(200).extract()
                .jsonPath();
    }

    private static Map<String, Object> preferencesForm(String zone, String from, String until, String digest) {
        Map<String, Object> form = new HashMap<>();
        form.put("emailEnabled", "true");
        form.put("timeZone", zone);
        form.put("quietFrom", from);
        form.put("quietUntil", until);
        form.put("digestHour", digest);
        return form;
    }

    @Test
    void preferencesAreShownSavedAndConfirmed() {
        ConsoleSession officer = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);

        officer.get("/console/notifications/preferences").then().statusCode(200)
                .body(containsString("<h1>Notification preferences</h1>"), containsString("value=\"UTC\""),
                        containsString("name=\"emailEnabled\" value=\"true\" checked"),
                        containsString("type=\"time\""), containsString("<option value=\"\" selected>"),
                        containsString("<datalist id=\"time-zones\">"), not(containsString("role=\"status\"")));

        Map<String, Object> form = preferencesForm("Asia/Kabul", "22:00", "07:00", "8");
        form.remove("emailEnabled"); // the box unticked
        officer.post("/console/notifications/preferences", form).then().statusCode(303)
                .header("Location", containsString("/console/notifications/preferences?saved=true"));
        JsonPath saved = preferences(officer);
        assertEquals(false, saved.getBoolean("emailEnabled"));
        assertEquals("Asia/Kabul", saved.getString("timeZone"));
        assertEquals("22:00", saved.getString("quietFrom"));
        assertEquals("07:00", saved.getString("quietUntil"));
        assertEquals(8, saved.getInt("digestHour"));

        String page = officer.get("/console/notifications/preferences?saved=true").then().statusCode(200)
                .body(containsString("role=\"status\">Your preferences are saved."),
                        containsString("value=\"Asia/Kabul\""), containsString("value=\"22:00\""),
                        containsString("value=\"07:00\""), containsString("<option value=\"8\" selected>08:00</option>"),
                        not(containsString("value=\"true\" checked")))
                .extract().asString();
        assertFalse(page.contains("form-problems"));

        // back to no quiet hours and no digest
        officer.post("/console/notifications/preferences", preferencesForm("Europe/Paris", "", "", "")).then()
                .statusCode(303);
        JsonPath cleared = preferences(officer);
        assertEquals(true, cleared.getBoolean("emailEnabled"));
        assertNull(cleared.get("quietFrom"));
        assertNull(cleared.get("digestHour"));
    }

    @Test
    void anUnknownTimeZoneIsNamedNextToItsFieldWithWhatWasTyped() {
        ConsoleSession officer = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);

        officer.post("/console/notifications/preferences", preferencesForm("Mars/Olympus", "22:00", "07:00", "6"))
                .then().statusCode(422)
                .body(containsString("id=\"f-timeZone-error\">Haven does not know this time zone."),
                        containsString("href=\"#f-timeZone\">Your time zone: Haven does not know this time zone."),
                        containsString("value=\"Mars/Olympus\""), containsString("aria-invalid=\"true\""),
                        containsString("value=\"22:00\""), containsString("<option value=\"6\" selected>"));
        assertEquals("UTC", preferences(officer).getString("timeZone"), "nothing saved");

        // in Dari, the same problem in Dari
        String csrf = officer.csrfToken();
        Map<String, Object> form = preferencesForm("Mars/Olympus", "", "", "");
        form.put(CsrfTokens.FIELD, csrf);
        String dari = officer.request().cookie(Language.COOKIE, "prs")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(form)
                .post("/console/notifications/preferences").then().statusCode(422).extract().asString();
        assertTrue(dari.contains("id=\"f-timeZone-error\">Haven این منطقه زمانی را نمی‌شناسد"), dari);
        assertTrue(dari.contains("dir=\"rtl\""));
    }

    @Test
    void halfQuietHoursAndAnHourOutOfRangeAreRefusedNextToTheirFields() {
        ConsoleSession officer = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);

        officer.post("/console/notifications/preferences", preferencesForm("Asia/Kabul", "22:00", "", "")).then()
                .statusCode(422).body(containsString("id=\"f-quietUntil-error\">Quiet hours need both a start and an end."));
        officer.post("/console/notifications/preferences", preferencesForm("Asia/Kabul", "", "", "24")).then()
                .statusCode(422).body(containsString("id=\"f-digestHour-error\">"));
        officer.post("/console/notifications/preferences", preferencesForm("Asia/Kabul", "25:00", "07:00", "")).then()
                .statusCode(422).body(containsString("id=\"f-quietFrom-error\">"));
        officer.post("/console/notifications/preferences", preferencesForm("", "", "", "")).then().statusCode(422)
                .body(containsString("id=\"f-timeZone-error\">"));
        assertEquals("UTC", preferences(officer).getString("timeZone"), "nothing saved");
    }

    @Test
    void everyRoleHasTheListAndThePreferences() {
        for (String role : Roles.ALL) {
            ConsoleSession someone = ConsoleSession.signIn(provider, role);
            someone.get("/console/notifications").then().statusCode(200)
                    .body(containsString("<a href=\"/console/notifications\" aria-current=\"page\">Notifications</a>"),
                            containsString("You have no notifications."));
            someone.get("/console/notifications/preferences").then().statusCode(200)
                    .body(containsString("id=\"preferences-form\""));
        }
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        for (String path : List.of("/console/notifications", "/console/notifications/preferences")) {
            given().redirects().follow(false).get(path).then().statusCode(302)
                    .header("Location", containsString("/realms/console/authorize"));
        }
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("x", "y").post("/console/notifications/read").then()
                .statusCode(302).header("Location", containsString("/realms/console/authorize"));
    }
}
