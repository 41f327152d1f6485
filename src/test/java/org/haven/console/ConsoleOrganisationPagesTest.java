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
import org.haven.support.DefenderFixtures;
import org.haven.support.OrganisationFixtures;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.restassured.response.Response;

/** The organisation pages' roles, need-to-know, audited contacts, vetting and links, over HTTP with real tokens. */
@QuarkusTest
class ConsoleOrganisationPagesTest {

    private static final Pattern LOCATION = Pattern.compile("/console/organisations/([0-9a-f-]{36})\\?done=registered");

    @OidcWireMock
    WireMockServer provider;

    private static String formKey(ConsoleSession session) {
        Matcher m = Pattern.compile("name=\"formKey\" value=\"([0-9a-f-]{36})\"")
                .matcher(session.get("/console/organisations/new").asString());
        assertTrue(m.find(), "the register form carries a form key");
        return m.group(1);
    }

    private static Map<String, Object> aRegistration(String key, String name, String contact) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("formKey", key);
        fields.put("name", name);
        fields.put("types", "PARTNER");
        fields.put("country", "ch");
        fields.put("contacts[0].channel", "SIGNAL");
        fields.put("contacts[0].value", contact);
        return fields;
    }

    private static String version(ConsoleSession session, String organisation) {
        Matcher m = Pattern.compile("name=\"version\" value=\"(\\d+)\"")
                .matcher(session.get("/console/organisations/" + organisation).asString());
        assertTrue(m.find(), "a versioned form is on the page");
        return m.group(1);
    }

    private static long sensitiveReads(String token, String organisation) {
        List<String> actions = given().auth().oauth2(token).get("/organisations/" + organisation + "/history")
                .then().statusCode(200).extract().jsonPath().getList("action");
        return actions.stream().filter("ORGANISATION_SENSITIVE_VIEWED"::equals).count();
    }

    @Test
    void anOfficerRegistersOnceAndFindsItInTheListWithoutItsContacts() {
        ConsoleSession officer = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String name = "Synthetic Shelter " + tag;
        String contact = "+00-555-shelter-" + tag;
        Map<String, Object> form = aRegistration(formKey(officer), name, contact);
        Response first = officer.post("/console/organisations", form);
        assertEquals(303, first.statusCode(), first.asString());
        Response again = officer.post("/console/organisations", form);
        assertEquals(first.header("Location"), again.header("Location"), "a double submit registers once");
        Matcher id = LOCATION.matcher(first.header("Location"));
        assertTrue(id.find(), first.header("Location"));
        officer.get("/console/organisations?q=" + tag).then().statusCode(200)
                .body(containsString(name), containsString("/console/organisations/" + id.group(1)),
                        containsString("Not vetted"), not(containsString(contact)));
        assertEquals(1, (int) given().auth().oauth2(officer.token).get("/organisations?q=" + tag)
                .then().extract().<Integer>path("totalItems"));
        officer.get("/console/organisations/" + id.group(1) + "?done=registered").then().statusCode(200)
                .body(containsString("role=\"status\""), containsString(name), containsString("id=\"link-search\""),
                        not(containsString("id=\"vetting-form\"")), not(containsString("id=\"archive-form\"")),
                        not(containsString(contact)));
    }

    @Test
    void aRegistrationWithoutNameOrTypeIsShownAgainWithItsProblems() {
        ConsoleSession officer = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);
        Map<String, Object> form = aRegistration(formKey(officer), "", "+00-555-kept");
        form.remove("types");
        officer.post("/console/organisations", form).then().statusCode(422)
                .body(containsString("id=\"form-problems\""), containsString("id=\"f-name-error\""),
                        containsString("id=\"f-types-error\""), containsString("value=\"+00-555-kept\""));
    }

    @Test
    void contactsAreShownOnlyWithAReasonAndEveryReadingIsAudited() {
        ConsoleSession officer = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);
        String contact = "+00-555-org-" + UUID.randomUUID().toString().substring(0, 8);
        String organisation = OrganisationFixtures.anOrganisation()
                .with("contacts", List.of(Map.of("channel", "SIGNAL", "value", contact))).register(officer.token);
        officer.get("/console/organisations/" + organisation).then().statusCode(200)
                .body(containsString("id=\"show-contacts\""), not(containsString(contact)));
        officer.post("/console/organisations/" + organisation + "/contacts", Map.of("contactsReason", " "))
                .then().statusCode(422).body(containsString("id=\"f-contactsReason-error\""),
                        not(containsString(contact)));
        assertEquals(0, sensitiveReads(officer.token, organisation));
        officer.post("/console/organisations/" + organisation + "/contacts",
                Map.of("contactsReason", "Arranging a safe meeting")).then().statusCode(200)
                .body(containsString(contact), containsString("id=\"contacts-shown\""));
        assertEquals(1, sensitiveReads(officer.token, organisation));
        ConsoleSession auditor = ConsoleSession.signIn(provider, Roles.AUDITOR);
        auditor.post("/console/organisations/" + organisation + "/contacts", Map.of("contactsReason", "Audit sample"))
                .then().statusCode(200).body(containsString(contact));
        assertEquals(2, sensitiveReads(officer.token, organisation));
    }

    @Test
    void onlyAManagerVetsAndAStaleDecisionIsRefusedWithTheCurrentValues() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<String> team = List.of("team-vet-" + tag);
        ConsoleSession officer = ConsoleSession.signIn(provider, "officer-" + tag, team, Roles.PROTECTION_OFFICER);
        ConsoleSession manager = ConsoleSession.signIn(provider, "manager-" + tag, team, Roles.PROGRAMME_MANAGER);
        String organisation = OrganisationFixtures.anOrganisation().register(officer.token);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Map<String, Object> decision = new HashMap<>(Map.of("status", "VETTED", "vettedOn", today,
                "reason", "References checked", "version", "0"));
        assertEquals(403, officer.post("/console/organisations/" + organisation + "/vetting", decision).statusCode());
        assertEquals("NOT_VETTED", given().auth().oauth2(officer.token).get("/organisations/" + organisation)
                .then().extract().path("vettingStatus"));

        Map<String, Object> undated = new HashMap<>(decision);
        undated.remove("vettedOn");
        manager.post("/console/organisations/" + organisation + "/vetting", undated).then().statusCode(422)
                .body(containsString("id=\"f-vettedOn-error\">Vetted and refused need the date of the decision."));
        // the service's refusal, in the reader's language
        Map<String, Object> dari = new HashMap<>(undated);
        dari.put(CsrfTokens.FIELD, manager.csrfToken());
        String page = manager.request().cookie(Language.COOKIE, "prs")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(dari)
                .post("/console/organisations/" + organisation + "/vetting").then().statusCode(422).extract().asString();
        assertTrue(page.contains("id=\"f-vettedOn-error\">«بررسی شده» و «رد شده» به تاریخ تصمیم نیاز دارند."), page);
        assertTrue(page.contains("dir=\"rtl\""));
        decision.put("version", version(manager, organisation));
        assertEquals(303, manager.post("/console/organisations/" + organisation + "/vetting", decision).statusCode());
        manager.get("/console/organisations/" + organisation + "?done=vetted").then().statusCode(200)
                .body(containsString("id=\"vetting-status\">Vetted<"), containsString("datetime=\"" + today + "\""));
        // the same form again, read before the first decision: someone else changed it since
        manager.post("/console/organisations/" + organisation + "/vetting", decision).then().statusCode(412)
                .body(containsString("id=\"form-problems\""), containsString("changed"));
    }

    @Test
    void aManagerArchivesWithAReasonAndTheFormsGoAway() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        ConsoleSession manager = ConsoleSession.signIn(provider, "manager-" + tag, List.of("team-arc-" + tag),
                Roles.PROGRAMME_MANAGER);
        String organisation = OrganisationFixtures.anOrganisation().register(manager.token);
        String version = version(manager, organisation);
        manager.post("/console/organisations/" + organisation + "/archive", Map.of("archiveReason", "", "version", version))
                .then().statusCode(422).body(containsString("id=\"f-archiveReason-error\""),
                        not(containsString("id=\"f-reason-error\"")));
        assertEquals(303, manager.post("/console/organisations/" + organisation + "/archive",
                Map.of("archiveReason", "Closed its office", "version", version)).statusCode());
        manager.get("/console/organisations/" + organisation).then().statusCode(200)
                .body(containsString("id=\"archived-notice\""), not(containsString("id=\"archive-form\"")),
                        not(containsString("id=\"link-search\"")));
    }

    @Test
    void anOfficerLinksADefenderByIdAndEndsTheLinkWithAReason() {
        ConsoleSession officer = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);
        String organisation = OrganisationFixtures.anOrganisation().register(officer.token);
        String defender = DefenderFixtures.aDefender().register(officer.token);
        String reference = given().auth().oauth2(officer.token).get("/defenders/" + defender).then().extract()
                .path("reference");
        officer.post("/console/organisations/" + organisation + "/members", Map.of("defenderId", "not-an-id",
                "role", "STAFF")).then().statusCode(422).body(containsString("id=\"f-defenderId-error\""));
        assertEquals(303, officer.post("/console/organisations/" + organisation + "/members",
                Map.of("defenderId", defender, "role", "STAFF")).statusCode());
        officer.get("/console/organisations/" + organisation + "?done=linked").then().statusCode(200)
                .body(containsString("href=\"/console/defenders/" + defender + "\"><bdi>" + reference + "</bdi>"),
                        containsString("Staff"));
        officer.post("/console/organisations/" + organisation + "/members", Map.of("defenderId", defender,
                "role", "MEMBER")).then().statusCode(409).body(containsString("already linked"));
        officer.post("/console/organisations/" + organisation + "/members/removal", Map.of("memberId", defender,
                "unlinkReason", "")).then().statusCode(422).body(containsString("id=\"f-unlinkReason-error\""));
        assertEquals(303, officer.post("/console/organisations/" + organisation + "/members/removal",
                Map.of("memberId", defender, "unlinkReason", "Left the organisation")).statusCode());
        officer.get("/console/organisations/" + organisation).then().statusCode(200)
                .body(containsString("id=\"members-empty\""));
    }

    @Test
    void anAuditorReadsEveryTeamButGetsNoFormAndAnAdministratorHasNoSuchPage() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String owner = Tokens.inTeams("officer-" + tag, List.of("team-owner-" + tag), Roles.PROTECTION_OFFICER);
        String organisation = OrganisationFixtures.anOrganisation().register(owner);
        ConsoleSession auditor = ConsoleSession.signIn(provider, Roles.AUDITOR);
        auditor.get("/console/organisations").then().statusCode(200).body(not(containsString("id=\"register-link\"")));
        auditor.get("/console/organisations/" + organisation).then().statusCode(200)
                .body(not(containsString("id=\"link-search\"")), not(containsString("id=\"vetting-form\"")),
                        not(containsString("id=\"archive-form\"")), containsString("id=\"show-contacts\""));
        assertEquals(403, auditor.get("/console/organisations/new").statusCode());
        assertEquals(403, auditor.post("/console/organisations/" + organisation + "/members",
                Map.of("defenderId", UUID.randomUUID().toString(), "role", "STAFF")).statusCode());

        ConsoleSession admin = ConsoleSession.signIn(provider, Roles.ADMIN);
        assertEquals(403, admin.get("/console/organisations").statusCode());
        assertEquals(403, admin.get("/console/organisations/" + organisation).statusCode());
        assertEquals(403, admin.get("/console/organisations/new").statusCode());
    }

    @Test
    void anotherTeamsOrganisationIsTheNotFoundPageAndAFormWithoutItsTokenDoesNothing() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String owner = Tokens.inTeams("officer-" + tag, List.of("team-owner-" + tag), Roles.PROTECTION_OFFICER);
        String organisation = OrganisationFixtures.anOrganisation().register(owner);
        ConsoleSession outsider = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);
        outsider.get("/console/organisations/" + organisation).then().statusCode(404)
                .contentType(containsString("text/html"));
        outsider.get("/console/organisations/not-an-id").then().statusCode(404);
        outsider.post("/console/organisations/" + organisation + "/contacts", Map.of("contactsReason", "Curious"))
                .then().statusCode(404);
        assertEquals(0, sensitiveReads(owner, organisation));
        outsider.get("/console/organisations").then().statusCode(200)
                .body(not(containsString("/console/organisations/" + organisation)));

        ConsoleSession officer = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);
        Map<String, Object> forged = aRegistration(formKey(officer), "Synthetic Forged " + tag, "+00-555-forged");
        forged.put(CsrfTokens.FIELD, "forged");
        assertEquals(400, officer.post("/console/organisations", forged).statusCode());
        assertEquals(0, (int) given().auth().oauth2(officer.token).get("/organisations?q=Forged " + tag)
                .then().extract().<Integer>path("totalItems"));
    }
}
