package org.haven.console;

import static io.restassured.RestAssured.given;
import static org.haven.support.DefenderFixtures.aDefender;
import static org.haven.support.RequestFixtures.aRequest;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.haven.shared.security.Roles;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The defender pages through a signed-in console session: search (pseudonym first), register (once per
 * form), and the defender page whose protected details show only after a reason, which is audited.
 * Every person has a team of their own, so what one test registers no other test sees.
 */
@QuarkusTest
class ConsoleDefenderPagesTest {

    private static final Pattern FORM_KEY = Pattern.compile("name=\"formKey\" value=\"([^\"]+)\"");

    @OidcWireMock
    WireMockServer provider;

    @Test
    void searchFindsADefenderByPseudonymButNeverByLegalName() {
        ConsoleSession officer = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);
        String tag = tag();
        String id = aDefender().with("pseudonym", "Kestrel-" + tag).with("legalName", "Legalname " + tag)
                .register(officer.token);

        String found = officer.get("/console/defenders?q=kestrel-" + tag).then().statusCode(200)
                .extract().asString();
        assertTrue(found.contains("Kestrel-" + tag), "the pseudonym is shown");
        assertTrue(found.contains("href=\"/console/defenders/" + id + "\""), "the row links to the defender page");
        assertTrue(found.contains("Pakistan"), "the current country is named");
        assertFalse(found.contains("Legalname " + tag), "never the legal name");
        assertTrue(found.contains("id=\"register-link\""), "officers may register");

        String byLegalName = officer.get("/console/defenders?q=Legalname+" + tag).then().statusCode(200)
                .extract().asString();
        assertFalse(byLegalName.contains("Kestrel-" + tag), "the legal name is not searched");
        assertTrue(byLegalName.contains("No defender matches this search."));
    }

    @Test
    void searchFiltersByRiskLevelAndPages() {
        ConsoleSession officer = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);
        String tag = tag();
        for (int i = 0; i < 21; i++) {
            aDefender().with("pseudonym", "Swift-" + tag + "-" + i).with("riskLevel", "LOW").register(officer.token);
        }
        aDefender().with("pseudonym", "Swift-" + tag + "-critical").with("riskLevel", "CRITICAL").register(officer.token);

        String first = officer.get("/console/defenders?q=Swift-" + tag + "&riskLevel=LOW").then().statusCode(200)
                .extract().asString();
        assertTrue(first.contains("Defenders found: 21"), "the count of every match");
        assertFalse(first.contains("Swift-" + tag + "-critical"), "another risk level is filtered out");
        assertTrue(first.contains("<option value=\"LOW\" selected>"), "the filter stays chosen");
        assertTrue(first.contains("Page 1 of 2"));
        Matcher next = Pattern.compile("href=\"([^\"]+)\" rel=\"next\"").matcher(first);
        assertTrue(next.find(), "a link to the next page");
        assertFalse(first.contains("rel=\"prev\""));

        String second = officer.get(next.group(1).replace("&amp;", "&")).then().statusCode(200).extract().asString();
        assertTrue(second.contains("Page 2 of 2"));
        assertTrue(second.contains("rel=\"prev\""));
        assertFalse(second.contains("rel=\"next\""));
        assertEquals(1, count(second, "<th scope=\"row\">"), "the 21st match alone");
    }

    @Test
    void aBadFilterIsShownNextToItsField() {
        ConsoleSession officer = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);

        String page = officer.get("/console/defenders?q=Owl&riskLevel=EXTREME").then().statusCode(422)
                .extract().asString();
        assertTrue(page.contains("id=\"f-riskLevel-error\""));
        assertTrue(page.contains("value=\"Owl\""), "the search text stays");
    }

    @Test
    void anOfficerRegistersADefenderAndLandsOnTheirPage() {
        ConsoleSession officer = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);
        officer.get("/console/defenders/new").then().statusCode(200)
                .body(containsString("id=\"register-defender\""), containsString("id=\"register\""),
                        containsString("name=\"contacts[0].channel\""), not(containsString("name=\"team\"")));
        String tag = tag();

        Response answer = officer.post("/console/defenders", registration(tag, formKey(officer)));

        assertEquals(303, answer.statusCode());
        String location = answer.header("Location");
        assertTrue(location.matches(".*/console/defenders/[0-9a-f-]{36}"), location);
        String id = location.substring(location.lastIndexOf('/') + 1);
        given().auth().oauth2(officer.token).get("/defenders/" + id).then().statusCode(200)
                .body("pseudonym", equalTo("Heron-" + tag)).body("currentCountry", equalTo("PK"))
                .body("riskLevel", equalTo("HIGH")).body("team", equalTo(officer.teams.get(0)))
                .body("birthYear", equalTo(1990)).body("areasOfWork.size()", equalTo(2));
        given().auth().oauth2(officer.token).queryParam("reason", "Test checks what the form registered")
                .get("/defenders/" + id + "/sensitive").then().statusCode(200)
                .body("legalName", equalTo("Legal Heron " + tag)).body("currentCity", equalTo("Synthcity"))
                .body("contacts[0].channel", equalTo("SIGNAL")).body("contacts[0].value", equalTo("+00-555-" + tag))
                .body("riskNotes", equalTo("Threats noted " + tag));

        String page = officer.get(location).then().statusCode(200).extract().asString();
        assertTrue(page.contains("Heron-" + tag));
        assertFalse(page.contains("Legal Heron " + tag), "no protected detail by default");
        assertTrue(page.contains("id=\"open-request\" href=\"/console/cases/new?defender=" + id + "\""));
    }

    @Test
    void aDoubleSubmittedFormRegistersOneDefender() {
        ConsoleSession officer = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);
        String tag = tag();
        Map<String, Object> form = registration(tag, formKey(officer));

        Response first = officer.post("/console/defenders", form);
        Response second = officer.post("/console/defenders", form);

        assertEquals(303, first.statusCode());
        assertEquals(303, second.statusCode());
        assertEquals(first.header("Location"), second.header("Location"), "the second answer is the first one");
        given().auth().oauth2(officer.token).queryParam("q", "Heron-" + tag).get("/defenders")
                .then().statusCode(200).body("totalItems", equalTo(1));
    }

    @Test
    void aFormWithoutPseudonymOrAreaOfWorkIsShownAgainWithEverythingTyped() {
        ConsoleSession officer = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);
        String tag = tag();
        Map<String, Object> form = registration(tag, formKey(officer));
        form.remove("pseudonym");
        form.remove("areasOfWork");

        String page = officer.post("/console/defenders", form).then().statusCode(422).extract().asString();

        assertTrue(page.contains("id=\"f-pseudonym-error\">This field is required."), "the pseudonym's problem");
        assertTrue(page.contains("id=\"f-areasOfWork-error\">This field is required."), "the areas' problem");
        assertTrue(page.contains("href=\"#f-pseudonym\""), "the summary links to the field");
        assertTrue(page.indexOf("href=\"#f-pseudonym\"") < page.indexOf("href=\"#f-areasOfWork\""),
                "the summary lists the problems in the order of the fields");
        assertTrue(page.matches("(?s).*id=\"f-pseudonym\"[^>]*aria-invalid=\"true\".*"));
        assertTrue(page.contains("value=\"Legal Heron " + tag + "\""), "protected values typed stay too");
        assertTrue(page.contains(">Threats noted " + tag + "</textarea>"));
        assertTrue(page.contains("value=\"+00-555-" + tag + "\""));
        assertTrue(page.contains("<option value=\"SIGNAL\" selected>"));
        assertTrue(page.contains("<option value=\"PK\" selected>"));
        assertTrue(page.contains("value=\"HIGH\" checked"));
        assertTrue(page.contains("value=\"1990\""));
        assertTrue(page.contains("value=\"" + form.get("formKey") + "\""), "the same form key, for the next send");
        given().auth().oauth2(officer.token).get("/defenders").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void theFormRecordsOriginExileOtherNamesAndConsentAsTheApiDoes() {
        ConsoleSession officer = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);
        String tag = tag();
        Map<String, Object> form = registration(tag, formKey(officer));
        form.put("countryOfOrigin", "IR");
        form.put("inExileSince", "2021-09-01");
        form.put("otherNames", "First Alias " + tag + "\r\n\r\n  Second Alias " + tag + "  \r\n");
        form.put("consent.givenAt", "2024-03-05");
        form.put("consent.scope", List.of("CASE_MANAGEMENT", "DONOR_REPORTING_PSEUDONYMISED"));

        String location = officer.post("/console/defenders", form).then().statusCode(303).extract().header("Location");

        String id = location.substring(location.lastIndexOf('/') + 1);
        given().auth().oauth2(officer.token).get("/defenders/" + id).then().statusCode(200)
                .body("countryOfOrigin", equalTo("IR")).body("inExileSince", equalTo("2021-09-01"))
                // the day starts in the console's zone (UTC in tests)
                .body("consent.givenAt", equalTo("2024-03-05T00:00:00Z"))
                .body("consent.scope", containsInAnyOrder("CASE_MANAGEMENT", "DONOR_REPORTING_PSEUDONYMISED"));
        given().auth().oauth2(officer.token).queryParam("reason", "Test checks what the form registered")
                .get("/defenders/" + id + "/sensitive").then().statusCode(200)
                .body("otherNames", contains("First Alias " + tag, "Second Alias " + tag));
        String page = officer.get(location).then().statusCode(200).extract().asString();
        assertTrue(page.contains("Iran"), "the country of origin, named");
        assertTrue(page.contains("Given on 5 Mar 2024, for: Case management by our organisation, Reporting to donors"),
                page);
        assertFalse(page.contains("First Alias " + tag), "other names are protected details");
    }

    @Test
    void consentWithoutItsDayAndAFutureExileAreRefusedNextToTheirFields() {
        ConsoleSession officer = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);
        Map<String, Object> form = registration(tag(), formKey(officer));
        form.put("consent.scope", "SHARING_WITH_PARTNERS");
        form.put("inExileSince", "2999-01-01");
        form.put("otherNames", String.join("\n", java.util.Collections.nCopies(11, "Alias")));

        String page = officer.post("/console/defenders", form).then().statusCode(422).extract().asString();

        assertTrue(page.contains("id=\"f-consent-givenAt-error\">This field is required."), page);
        assertTrue(page.contains("id=\"f-inExileSince-error\""), "a day still to come is refused");
        assertTrue(page.contains("id=\"f-otherNames-error\""), "more than ten other names");
        assertTrue(page.contains("value=\"SHARING_WITH_PARTNERS\" checked"), "the scope chosen stays chosen");
        given().auth().oauth2(officer.token).get("/defenders").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void aContactWithoutChannelIsRefusedOnItsRow() {
        ConsoleSession officer = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);
        Map<String, Object> form = registration(tag(), formKey(officer));
        form.remove("contacts[0].channel");
        form.remove("contacts[0].value");
        form.put("contacts[2].value", "+00-555-0000");

        String page = officer.post("/console/defenders", form).then().statusCode(422).extract().asString();

        // the third row, filled alone, is the first contact: its problem is on the first row shown
        assertTrue(page.contains("id=\"f-contacts-0-channel-error\""), page);
        assertTrue(page.matches("(?s).*id=\"f-contacts-0-value\" name=\"contacts\\[0]\\.value\" value=\"\\+00-555-0000\".*"));
    }

    @Test
    void anOfficerOfSeveralTeamsChoosesOne() {
        String subject = "officer-" + tag();
        ConsoleSession officer = ConsoleSession.signIn(provider, subject, List.of("team-a-" + subject, "team-b-" + subject),
                Roles.PROTECTION_OFFICER);
        officer.get("/console/defenders/new").then().statusCode(200).body(containsString("name=\"team\""));

        String page = officer.post("/console/defenders", registration(tag(), formKey(officer))).then().statusCode(422)
                .extract().asString();
        assertTrue(page.contains("id=\"f-team-error\">Choose the team"), "the service's refusal, on the team");

        Map<String, Object> form = registration(tag(), formKey(officer));
        form.put("team", "team-b-" + subject);
        String location = officer.post("/console/defenders", form).then().statusCode(303).extract().header("Location");
        given().auth().oauth2(officer.token).get("/defenders/" + location.substring(location.lastIndexOf('/') + 1))
                .then().statusCode(200).body("team", equalTo("team-b-" + subject));
    }

    @Test
    void protectedDetailsShowOnlyWithAReasonAndTheReadIsAudited() {
        ConsoleSession officer = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);
        String tag = tag();
        String id = aDefender().with("legalName", "Legalname " + tag).register(officer.token);

        String page = officer.get("/console/defenders/" + id).then().statusCode(200)
                .header("Cache-Control", "no-store").extract().asString();
        assertTrue(page.contains("id=\"show-sensitive\""));
        assertFalse(page.contains("Legalname " + tag));

        String withoutReason = officer.post("/console/defenders/" + id + "/sensitive", Map.of("reason", "  "))
                .then().statusCode(422).extract().asString();
        assertTrue(withoutReason.contains("id=\"f-reason-error\">This field is required."));
        assertFalse(withoutReason.contains("Legalname " + tag), "nothing shown without a reason");
        assertEquals(0, sensitiveReads(officer, id).size(), "nothing read, nothing recorded");

        String reason = "Preparing the relocation call " + tag;
        String shown = officer.post("/console/defenders/" + id + "/sensitive", Map.of("reason", reason))
                .then().statusCode(200).header("Cache-Control", "no-store").extract().asString();
        assertTrue(shown.contains("Legalname " + tag), "the legal name, after a reason");
        assertTrue(shown.contains("Synthetic threat notes"), "the risk notes");
        assertTrue(shown.contains("Signal: <bdi>+00-555-"), "the contacts");
        assertFalse(shown.contains("id=\"show-sensitive\""));

        List<Map<String, Object>> reads = sensitiveReads(officer, id);
        assertEquals(1, reads.size());
        assertEquals(reason, reads.get(0).get("reason"));
        assertEquals(officer.subject, reads.get(0).get("actorSubject"));
    }

    @Test
    void theDefenderPageListsTheirRequests() {
        ConsoleSession officer = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);
        String id = aDefender().register(officer.token);
        String other = aDefender().register(officer.token);
        officer.get("/console/defenders/" + id).then().statusCode(200)
                .body(containsString("No request for this defender yet."));
        String request = aRequest(id).with("summary", "Relocation support for " + id).open(officer.token);
        aRequest(other).with("summary", "Relocation support for " + other).open(officer.token);

        String page = officer.get("/console/defenders/" + id).then().statusCode(200).extract().asString();

        assertTrue(page.contains("href=\"/console/cases/" + request + "\""), "their request links to its case page");
        assertTrue(page.contains("Relocation support for " + id));
        assertFalse(page.contains("Relocation support for " + other), "another defender's request is not theirs");
    }

    @Test
    void anAuditorReadsButRegistersNothing() {
        ConsoleSession officer = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);
        String id = aDefender().register(officer.token);
        ConsoleSession auditor = ConsoleSession.signIn(provider, Roles.AUDITOR);

        auditor.get("/console/defenders").then().statusCode(200).body(not(containsString("register-link")));
        auditor.get("/console/defenders/" + id).then().statusCode(200)
                .body(not(containsString("open-request")), containsString("id=\"show-sensitive\""));
        auditor.get("/console/defenders/new").then().statusCode(403)
                .body(containsString("You do not have access to this page"));
        String tag = tag();
        Map<String, Object> form = registration(tag, UUID.randomUUID().toString());

        auditor.post("/console/defenders", form).then().statusCode(403)
                .body(containsString("You do not have access to this page"));
        given().auth().oauth2(Tokens.of(Roles.AUDITOR)).queryParam("q", "Heron-" + tag).get("/defenders")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        ConsoleSession officer = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);
        String tag = tag();
        Map<String, Object> form = registration(tag, formKey(officer));
        form.put(CsrfTokens.FIELD, "forged");

        officer.post("/console/defenders", form).then().statusCode(400)
                .body(containsString("This form could not be accepted"));
        given().auth().oauth2(officer.token).queryParam("q", "Heron-" + tag).get("/defenders")
                .then().statusCode(200).body("totalItems", equalTo(0));

        String id = aDefender().register(officer.token);
        officer.request().contentType("application/x-www-form-urlencoded").formParam("reason", "Looking without a token")
                .post("/console/defenders/" + id + "/sensitive").then().statusCode(400);
        assertEquals(0, sensitiveReads(officer, id).size());
    }

    @Test
    void anErasedDefenderIsGoneAndAnUnknownOneIsNotFound() {
        ConsoleSession officer = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);
        String id = aDefender().register(officer.token);
        given().auth().oauth2(Tokens.of(Roles.ADMIN)).contentType(ContentType.JSON)
                .body(Map.of("reason", "The defender asked for erasure")).post("/defenders/" + id + "/erasure")
                .then().statusCode(200);

        officer.get("/console/defenders/" + id).then().statusCode(410).body(containsString("was erased"));
        officer.post("/console/defenders/" + id + "/sensitive", Map.of("reason", "Checking after erasure"))
                .then().statusCode(410);
        officer.get("/console/defenders/" + UUID.randomUUID()).then().statusCode(404);
        officer.get("/console/defenders/not-an-id").then().statusCode(404);
    }

    @Test
    void protectedValuesTypedIntoTheFormNeverReachTheLog() throws Exception {
        ConsoleSession officer = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);
        String m = "PIIMARK" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Map<String, Object> form = registration(tag(), formKey(officer));
        form.put("legalName", m + "-legal");
        form.put("currentCity", m + "-city");
        form.put("contacts[0].value", m + "-contact");
        form.put("riskNotes", m + "-risk");
        Map<String, Object> refused = new HashMap<>(form);
        refused.remove("pseudonym");
        refused.put("birthYear", "old");
        refused.put("formKey", formKey(officer));

        officer.post("/console/defenders", refused).then().statusCode(422);
        String location = officer.post("/console/defenders", form).then().statusCode(303).extract().header("Location");
        officer.post(location + "/sensitive", Map.of("reason", "Log check")).then().statusCode(200)
                .body(containsString(m + "-legal"));

        Path log = Path.of("target", "quarkus-test.log");
        assertTrue(Files.exists(log), "the test run writes its log to " + log);
        assertFalse(Files.readString(log, StandardCharsets.UTF_8).contains(m), "a protected value reached the log");
    }

    @Test
    void aReloadedShowLeadsBackToTheDefenderPage() {
        ConsoleSession officer = ConsoleSession.signIn(provider, Roles.PROTECTION_OFFICER);
        String id = aDefender().register(officer.token);

        // e.g. the language form returns to the page it was on: the details are not shown again without a reason
        officer.get("/console/defenders/" + id + "/sensitive").then().statusCode(303)
                .header("Location", endsWith("/console/defenders/" + id));
        assertEquals(0, sensitiveReads(officer, id).size());
    }

    /** A complete registration as the form posts it. */
    private static Map<String, Object> registration(String tag, String formKey) {
        Map<String, Object> form = new HashMap<>();
        form.put("formKey", formKey);
        form.put("pseudonym", "Heron-" + tag);
        form.put("currentCountry", "PK");
        form.put("riskLevel", "HIGH");
        form.put("areasOfWork", List.of("JOURNALISM", "WOMENS_RIGHTS"));
        form.put("gender", "WOMAN");
        form.put("birthYear", "1990");
        form.put("nationality", "AF");
        form.put("legalStatus", "REFUGEE");
        form.put("organisation", "Example Press Collective");
        form.put("legalName", "Legal Heron " + tag);
        form.put("currentCity", "Synthcity");
        form.put("contacts[0].channel", "SIGNAL");
        form.put("contacts[0].value", "+00-555-" + tag);
        form.put("contacts[1].channel", "");
        form.put("contacts[1].value", "");
        form.put("riskNotes", "Threats noted " + tag);
        return form;
    }

    private static String formKey(ConsoleSession session) {
        Matcher m = FORM_KEY.matcher(session.get("/console/defenders/new").asString());
        assertTrue(m.find(), "the form carries a form key");
        return m.group(1);
    }

    private static List<Map<String, Object>> sensitiveReads(ConsoleSession session, String id) {
        List<Map<String, Object>> history = given().auth().oauth2(session.token).get("/defenders/" + id + "/history")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return history.stream().filter(e -> "DEFENDER_SENSITIVE_VIEWED".equals(e.get("action"))).toList();
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
