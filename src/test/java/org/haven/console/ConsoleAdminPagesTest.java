package org.haven.console;

import static io.restassured.RestAssured.given;
import static org.haven.support.DefenderFixtures.aDefender;
import static org.haven.support.RequestFixtures.aRequest;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.haven.shared.security.Roles;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The administrator's pages through signed-in console sessions: the keys page and its rotation, and the
 * erasure of a defender behind a reason and a typed confirmation, with the same service, rules and audit
 * entries as /admin/keys and POST /defenders/{id}/erasure. Every person has a team of their own.
 */
@QuarkusTest
class ConsoleAdminPagesTest {

    @OidcWireMock
    WireMockServer provider;

    private static final List<String> NOT_ADMIN = List.of(Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER,
            Roles.AUDITOR);

    @Test
    void onlyAnAdministratorMayOpenTheKeysAndErasurePages() {
        String team = "team-admin-roles-" + UUID.randomUUID().toString().substring(0, 8);
        String officerToken = Tokens.inTeams("officer-" + team, List.of(team), Roles.PROTECTION_OFFICER);
        String id = aDefender().register(officerToken);
        for (String role : NOT_ADMIN) {
            ConsoleSession person = ConsoleSession.signIn(provider, role.replace("-", "") + "-" + team, List.of(team),
                    role);
            person.get("/console/admin/keys").then().statusCode(403).body(containsString("<html"));
            person.post("/console/admin/keys", Map.of("confirm", "true")).then().statusCode(403);
            person.get("/console/defenders/" + id + "/erasure").then().statusCode(403);
            person.post("/console/defenders/" + id + "/erasure", erasure("Forged by " + role, reference(id)))
                    .then().statusCode(403);
            String page = person.get("/console/defenders/" + id).then().statusCode(200).extract().asString();
            assertFalse(page.contains("id=\"erase-link\""), role + " is not offered erasure");
            assertFalse(page.contains("href=\"/console/admin/keys\""), role + " has no keys in the menu");
        }
        assertEquals("ACTIVE", status(id));
        assertEquals(0, rotationsBy("officer-" + team));
    }

    @Test
    void theKeysPageShowsTheStatusInPlainWordsAndNoKeyMaterial() throws IOException {
        ConsoleSession admin = ConsoleSession.signIn(provider, Roles.ADMIN);
        JsonPath api = given().auth().oauth2(admin.token).get("/admin/keys/status").then().statusCode(200)
                .extract().jsonPath();
        String primary = api.getString("primaryKek");

        String page = admin.get("/console/admin/keys").then().statusCode(200).extract().asString();

        assertTrue(page.contains("<h1>Encryption keys</h1>"));
        assertTrue(page.contains("<dd id=\"primary-kek\"><code>" + primary + "</code>"), "the primary KEK by name");
        assertTrue(page.contains(api.getBoolean("rotationPending") ? "Needed:" : "Not needed:"), "pending, in words");
        assertTrue(page.contains("<table id=\"keks\">") && page.contains("<caption id=\"keks-caption\">"));
        String liveKeys = String.format(java.util.Locale.UK, "%,d", api.getLong("keks.find { it.primary }.dataKeys"));
        assertTrue(page.contains("<td>" + liveKeys + "</td>"), "the data keys under the primary: " + liveKeys);
        assertTrue(page.contains("id=\"rotation-form\"") && page.contains("name=\"csrf-token\""));
        assertTrue(page.contains("aria-current=\"page\""), "the menu marks the keys page");
        String kek = kekOf(primary);
        assertTrue(kek.length() >= 44, "the test knows the key it looks for");
        assertFalse(page.contains(kek) || page.contains(kek.substring(0, 16)), "never the key itself");
    }

    @Test
    void aRotationRunsOnlyWhenConfirmedAndShowsWhatItDid() {
        ConsoleSession admin = ConsoleSession.signIn(provider, Roles.ADMIN);

        String unconfirmed = admin.post("/console/admin/keys", Map.of()).then().statusCode(422).extract().asString();
        assertTrue(unconfirmed.contains("id=\"f-confirm-error\""), "the problem next to the check box");
        assertTrue(unconfirmed.contains("Confirmation: Tick this box"), "and in the summary, with its field");
        assertFalse(unconfirmed.contains("id=\"rotation-result\""));
        assertEquals(0, rotationsBy(admin.subject), "nothing ran");

        admin.request().contentType("application/x-www-form-urlencoded").formParam("confirm", "true")
                .post("/console/admin/keys").then().statusCode(400)
                .body(containsString("This form could not be accepted"));
        assertEquals(0, rotationsBy(admin.subject), "a post without the CSRF token runs nothing");

        String done = admin.post("/console/admin/keys", Map.of("confirm", "true")).then().statusCode(200)
                .extract().asString();
        assertTrue(done.contains("id=\"rotation-result\""), "the result is shown");
        assertTrue(done.contains("Rotation finished"));
        assertTrue(done.matches("(?s).*Locked with \\w+ by this run: [\\d,]+ data keys\\..*"), "what this run did");
        assertTrue(done.contains("Not needed:"), "after the run nothing waits");
        assertEquals(1, rotationsBy(admin.subject), "one KEYS_REWRAPPED entry, by this admin");
    }

    @Test
    void aWrongOrMissingConfirmationErasesNothing() {
        ConsoleSession admin = ConsoleSession.signIn(provider, Roles.ADMIN);
        String id = aDefender().register(Tokens.of(Roles.PROTECTION_OFFICER));
        String reference = reference(id);

        String wrong = admin.post("/console/defenders/" + id + "/erasure",
                erasure("The defender asked to be forgotten", "HRD-999999")).then().statusCode(422).extract().asString();
        assertTrue(wrong.contains("id=\"f-confirmation-error\""));
        assertTrue(wrong.contains("This is not the reference " + reference + ". Nothing was erased."));
        assertTrue(wrong.contains(">The defender asked to be forgotten</textarea>"), "the reason typed stays");

        String lower = admin.post("/console/defenders/" + id + "/erasure",
                erasure("The defender asked to be forgotten", reference.toLowerCase())).then().statusCode(422)
                .extract().asString();
        assertTrue(lower.contains("id=\"f-confirmation-error\""), "exactly as shown");

        String empty = admin.post("/console/defenders/" + id + "/erasure",
                erasure("The defender asked to be forgotten", "")).then().statusCode(422).extract().asString();
        assertTrue(empty.contains("Type the reference to confirm: This field is required."));

        assertEquals("ACTIVE", status(id));
        assertEquals(0, erasureEntries(id).size());
    }

    @Test
    void theReasonIsCheckedAsTheApiChecksIt() {
        ConsoleSession admin = ConsoleSession.signIn(provider, Roles.ADMIN);
        String id = aDefender().register(Tokens.of(Roles.PROTECTION_OFFICER));

        String blank = admin.post("/console/defenders/" + id + "/erasure", erasure("   ", reference(id)))
                .then().statusCode(422).extract().asString();
        assertTrue(blank.contains("id=\"f-reason-error\""));
        assertTrue(blank.contains("Reason for the erasure: This field is required."));
        assertFalse(blank.contains("id=\"f-confirmation-error\""), "the confirmation was right");

        admin.post("/console/defenders/" + id + "/erasure", erasure("x".repeat(2001), reference(id)))
                .then().statusCode(422).body(containsString("id=\"f-reason-error\""));
        admin.post("/console/defenders/" + id + "/erasure", erasure("Bell\u0007character", reference(id)))
                .then().statusCode(422).body(containsString("id=\"f-reason-error\""));

        admin.request().contentType("application/x-www-form-urlencoded")
                .formParams(erasure("The defender asked to be forgotten", reference(id)))
                .post("/console/defenders/" + id + "/erasure").then().statusCode(400);
        assertEquals("ACTIVE", status(id), "nothing without a reason or a CSRF token");
    }

    @Test
    void anAdministratorErasesADefenderOnceAndTheAuditKeepsTheReason() {
        ConsoleSession admin = ConsoleSession.signIn(provider, Roles.ADMIN);
        String id = aDefender().register(Tokens.of(Roles.PROTECTION_OFFICER));
        String reference = reference(id);

        String defenderPage = admin.get("/console/defenders/" + id).then().statusCode(200).extract().asString();
        assertTrue(defenderPage.contains("href=\"/console/defenders/" + id + "/erasure\""), "the admin's erasure link");
        admin.get("/console/defenders/" + id + "/erasure").then().statusCode(200)
                .body(containsString("id=\"erasure-form\""), containsString("Erasure cannot be undone"),
                        containsString("The audit log"), containsString("Type " + reference + " exactly as shown."),
                        containsString("autocomplete=\"off\""));

        Response erased = admin.post("/console/defenders/" + id + "/erasure",
                erasure("The defender asked to be forgotten", " " + reference + " "));
        assertEquals(303, erased.statusCode());
        assertTrue(erased.header("Location").endsWith("/console/defenders/" + id), erased.header("Location"));

        String after = admin.get("/console/defenders/" + id).then().statusCode(410).extract().asString();
        assertTrue(after.contains("id=\"erased-notice\""), "the page says the data was erased");
        assertTrue(after.contains("Erased " + reference), "the pseudonym left by the erasure");
        assertFalse(after.contains("id=\"erase-link\""), "nothing left to erase");
        assertFalse(after.contains("id=\"show-sensitive\""));
        assertEquals("ERASED", status(id));
        List<Map<String, Object>> entries = erasureEntries(id);
        assertEquals(1, entries.size());
        assertEquals("The defender asked to be forgotten", entries.get(0).get("reason"));
        assertEquals(admin.subject, entries.get(0).get("actorSubject"));

        admin.get("/console/defenders/" + id + "/erasure").then().statusCode(303);
        String twice = admin.post("/console/defenders/" + id + "/erasure",
                erasure("Sent again from an old tab", reference)).then().statusCode(409).extract().asString();
        assertTrue(twice.contains("already erased. Nothing more was done."), "a plain refusal");
        assertEquals(1, erasureEntries(id).size(), "erasing twice records nothing more");
    }

    @Test
    void anErasedDefenderIsShownSensiblyToEveryRole() {
        String team = "team-erased-" + UUID.randomUUID().toString().substring(0, 8);
        ConsoleSession officer = ConsoleSession.signIn(provider, "officer-" + team, List.of(team),
                Roles.PROTECTION_OFFICER);
        String id = aDefender().with("pseudonym", "Plover-" + team).register(officer.token);
        String caseId = aRequest(id).open(officer.token);
        String reference = reference(id);
        ConsoleSession admin = ConsoleSession.signIn(provider, Roles.ADMIN);
        admin.post("/console/defenders/" + id + "/erasure", erasure("The defender asked to be forgotten", reference))
                .then().statusCode(303);

        ConsoleSession manager = ConsoleSession.signIn(provider, "manager-" + team, List.of(team),
                Roles.PROGRAMME_MANAGER);
        ConsoleSession auditor = ConsoleSession.signIn(provider, "auditor-" + team, List.of(team), Roles.AUDITOR);
        for (ConsoleSession person : List.of(officer, manager, auditor)) {
            String page = person.get("/console/defenders/" + id).then().statusCode(410).extract().asString();
            assertTrue(page.contains("id=\"erased-notice\""), person.subject);
            assertTrue(page.contains("href=\"/console/cases/" + caseId + "\""), "their cases stay reachable");
            assertFalse(page.contains("Plover-" + team), "the old pseudonym is gone");
            assertFalse(page.contains("id=\"open-request\"") || page.contains("id=\"show-sensitive\""));
            person.get("/console/cases/" + caseId).then().statusCode(200)
                    .body(containsString("Erased " + reference), not(containsString("Plover-" + team)));
            person.get("/console/caseload").then().statusCode(200).body(not(containsString("Plover-" + team)));
            person.get("/console/defenders?q=" + reference + "&status=ERASED").then().statusCode(200)
                    .body(containsString("Erased " + reference));
        }
        officer.get("/console/caseload").then().statusCode(200)
                .body(containsString("href=\"/console/cases/" + caseId + "\""), containsString("(erased)"));
        officer.post("/console/cases/" + caseId + "/narrative", Map.of("reason", "Checking after the erasure"))
                .then().statusCode(200);
        officer.post("/console/defenders/" + id + "/sensitive", Map.of("reason", "Checking after the erasure"))
                .then().statusCode(410).body(containsString("was erased"));
    }

    @Test
    void consoleLeadsAnAdministratorToTheDefenderSearch() {
        ConsoleSession admin = ConsoleSession.signIn(provider, Roles.ADMIN);

        Response home = admin.get("/console");
        assertTrue(home.statusCode() == 302 || home.statusCode() == 303, "a redirect: " + home.statusCode());
        assertTrue(home.header("Location").endsWith("/console/defenders"), home.header("Location"));
        admin.get("/console/defenders").then().statusCode(200)
                .body(containsString("href=\"/console/admin/keys\""), not(containsString("id=\"register-link\"")));
    }

    // Helpers

    /** The KEK's base64 value, configured or (tests without one) generated into the development key file. */
    private static String kekOf(String id) throws IOException {
        var configured = ConfigProvider.getConfig().getOptionalValue("haven.protection.keks." + id, String.class);
        if (configured.isPresent()) {
            return configured.get();
        }
        Properties generated = new Properties();
        try (var reader = Files.newBufferedReader(Path.of(ConfigProvider.getConfig()
                .getValue("haven.protection.dev-key-file", String.class)))) {
            generated.load(reader);
        }
        return generated.getProperty("kek." + id);
    }

    private static Map<String, Object> erasure(String reason, String confirmation) {
        Map<String, Object> form = new HashMap<>();
        form.put("reason", reason);
        form.put("confirmation", confirmation);
        return form;
    }

    static String reference(String defenderId) {
        return given().auth().oauth2(Tokens.of(Roles.ADMIN)).get("/defenders/" + defenderId).then().statusCode(200)
                .extract().path("reference");
    }

    static String status(String defenderId) {
        return given().auth().oauth2(Tokens.of(Roles.ADMIN)).get("/defenders/" + defenderId).then().statusCode(200)
                .extract().path("status");
    }

    private static List<Map<String, Object>> erasureEntries(String defenderId) {
        return given().auth().oauth2(Tokens.of(Roles.ADMIN)).queryParam("entityType", "defender")
                .queryParam("entityId", defenderId).queryParam("action", "DEFENDER_ERASED").get("/audit").then()
                .statusCode(200).extract().jsonPath().getList("items");
    }

    private static int rotationsBy(String subject) {
        return given().auth().oauth2(Tokens.of(Roles.ADMIN)).queryParam("actor", subject)
                .queryParam("action", "KEYS_REWRAPPED").get("/audit").then().statusCode(200).extract().path("totalItems");
    }
}
