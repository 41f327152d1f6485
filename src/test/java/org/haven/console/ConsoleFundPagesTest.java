package org.haven.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.haven.support.GrantFixtures;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The funds pages over HTTP, signed in for real: creating a fund once despite a double submit, changing
 * it, the refusals next to their fields (a budget below what is committed), the stale change shown
 * with the current values, and who may do what. Every outcome is checked through the API.
 */
@QuarkusTest
class ConsoleFundPagesTest {

    private static final Pattern FORM_KEY = Pattern.compile("name=\"formKey\" value=\"([^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @OidcWireMock
    WireMockServer provider;

    private static String find(Pattern pattern, String page) {
        Matcher m = pattern.matcher(page);
        assertTrue(m.find(), "the page has " + pattern);
        return m.group(1);
    }

    private static Map<String, Object> aFundForm(String formKey, String name) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("formKey", formKey);
        fields.put("name", name);
        fields.put("donor", "Example Donor");
        fields.put("totalBudget.amount", "25 000");
        fields.put("totalBudget.currency", "eur");
        fields.put("periodStart", "2026-01-01");
        fields.put("periodEnd", "2026-12-31");
        return fields;
    }

    private static Map<String, Object> aChange(String page, String budget) {
        return aChangeAt(find(VERSION, page), budget);
    }

    private static Map<String, Object> aChangeAt(String version, String budget) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("version", version);
        fields.put("name", "Synthetic Changed Fund");
        fields.put("donor", "Example Donor");
        fields.put("totalBudget.amount", budget);
        fields.put("periodStart", "2020-01-01");
        fields.put("periodEnd", "2099-12-31");
        fields.put("status", "ACTIVE");
        return fields;
    }

    private static JsonPath fund(String id) {
        return given().auth().oauth2(GrantFixtures.manager()).get("/funds/" + id).then().statusCode(200).extract()
                .jsonPath();
    }

    private static String idOf(Response created) {
        String location = created.header("Location");
        assertTrue(location.matches(".*/console/funds/[0-9a-f-]{36}"), location);
        return location.substring(location.lastIndexOf('/') + 1);
    }

    @Test
    void aManagerCreatesAFundOnceDespiteADoubleSubmit() {
        ConsoleSession manager = ConsoleSession.signIn(provider, "programme-manager");
        String page = manager.get("/console/funds").then().statusCode(200)
                .body(containsString("id=\"create-fund-form\""), containsString("id=\"funds\""),
                        not(containsString("id=\"read-only\"")))
                .extract().asString();
        String name = "Synthetic Fund " + UUID.randomUUID();
        Map<String, Object> form = aFundForm(find(FORM_KEY, page), name);

        Response first = manager.post("/console/funds", form);
        Response second = manager.post("/console/funds", form);

        assertEquals(303, first.statusCode());
        assertEquals(303, second.statusCode());
        assertEquals(first.header("Location"), second.header("Location"), "the same form twice creates one fund");
        JsonPath created = fund(idOf(first));
        assertEquals(name, created.getString("name"));
        assertEquals("EUR", created.getString("currency"), "typed in lower case, read as the code");
        assertEquals(25000.0, created.getDouble("totalBudget.amount"), 0.001, "\"25 000\" read as 25000");
        manager.get("/console/funds").then().body(containsString(name), containsString("€25,000.00"));
    }

    @Test
    void aRefusedFundIsShownWithEachProblemNextToItsFieldAndTheRestKept() {
        ConsoleSession manager = ConsoleSession.signIn(provider, "programme-manager");
        String key = find(FORM_KEY, manager.get("/console/funds").asString());
        Map<String, Object> form = aFundForm(key, " ");
        form.put("totalBudget.amount", "twelve");

        String refused = manager.post("/console/funds", form).then().statusCode(422).extract().asString();
        assertTrue(refused.contains("id=\"f-name-error\">This field is required."), "the name, in plain words");
        assertTrue(refused.contains("id=\"f-totalBudget-amount-error\""), "the amount");
        assertTrue(refused.contains("href=\"#f-name\">Name: "), "the summary names the field");
        assertTrue(refused.contains("value=\"Example Donor\"") && refused.contains("value=\"twelve\""), "kept");

        Map<String, Object> backwards = aFundForm(key, "Synthetic Backwards " + UUID.randomUUID());
        backwards.put("periodEnd", "2025-01-01");
        String period = manager.post("/console/funds", backwards).then().statusCode(422).extract().asString();
        assertTrue(period.contains("id=\"f-periodEnd-error\">The period cannot end before it starts."), "Fund's rule");
    }

    @Test
    void aManagerChangesTheBudgetButNotBelowWhatIsCommitted() {
        ConsoleSession manager = ConsoleSession.signIn(provider, "programme-manager");
        String id = GrantFixtures.aFund(10000, "EUR");
        GrantFixtures.anApprovedGrant(id, 4000);
        String page = manager.get("/console/funds/" + id).then().statusCode(200)
                .body(containsString("id=\"change-fund-form\""), containsString("€4,000.00"),
                        containsString("Budget (EUR)"))
                .extract().asString();

        String refused = manager.post("/console/funds/" + id, aChange(page, "3000")).then().statusCode(422).extract()
                .asString();
        assertTrue(refused.contains("id=\"f-totalBudget-amount-error\">The budget cannot be lower than the money "
                + "approved grants have already committed from this fund."), "in plain words, next to the budget");
        assertTrue(refused.contains("value=\"3000\""), "what was typed is kept");
        assertEquals(10000.0, fund(id).getDouble("totalBudget.amount"), 0.001);

        manager.post("/console/funds/" + id, aChange(page, "12000")).then().statusCode(303)
                .header("Location", containsString("/console/funds/" + id));
        JsonPath changed = fund(id);
        assertEquals(12000.0, changed.getDouble("totalBudget.amount"), 0.001);
        assertEquals("Synthetic Changed Fund", changed.getString("name"));
        assertEquals("EUR", changed.getString("currency"));
    }

    @Test
    void aChangeOvertakenBySomeoneElsesIsRefusedWithTheCurrentValuesAndWhatWasTyped() {
        ConsoleSession manager = ConsoleSession.signIn(provider, "programme-manager");
        String id = GrantFixtures.aFund(10000, "EUR");
        String page = manager.get("/console/funds/" + id).asString();
        String etag = given().auth().oauth2(GrantFixtures.manager()).get("/funds/" + id).header("ETag");
        given().auth().oauth2(GrantFixtures.manager()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("name", "Synthetic Renamed Elsewhere", "donor", "Example Donor", "totalBudget",
                        Map.of("amount", 11000, "currency", "EUR"), "periodStart", "2020-01-01", "periodEnd",
                        "2099-12-31", "status", "ACTIVE"))
                .put("/funds/" + id).then().statusCode(200);

        String stale = manager.post("/console/funds/" + id, aChange(page, "15000")).then().statusCode(412).extract()
                .asString();

        assertTrue(stale.contains("Someone else changed this record"), stale);
        assertTrue(stale.contains("value=\"Synthetic Renamed Elsewhere\""), "the form shows the current values");
        assertTrue(stale.contains("id=\"typed\"") && stale.contains("Synthetic Changed Fund"), "and what was typed");
        assertEquals(String.valueOf(fund(id).getLong("version")), find(VERSION, stale), "at the current version");
        assertEquals(11000.0, fund(id).getDouble("totalBudget.amount"), 0.001, "nothing saved");
    }

    @Test
    void anAuditorReadsTheFundsWithoutAnyFormAndAForgedChangeIsRefused() {
        ConsoleSession auditor = ConsoleSession.signIn(provider, "auditor");
        String id = GrantFixtures.aFund(10000, "EUR");

        auditor.get("/console/funds").then().statusCode(200)
                .body(containsString("id=\"read-only\""), not(containsString("id=\"create-fund-form\"")));
        auditor.get("/console/funds/" + id).then().statusCode(200)
                .body(containsString("id=\"fund-facts\""), not(containsString("id=\"change-fund-form\"")));
        Map<String, Object> forged = aChangeAt(String.valueOf(fund(id).getLong("version")), "1");
        auditor.post("/console/funds/" + id, forged).then().statusCode(403)
                .body(containsString("<html"), not(containsString("application/problem+json")));
        auditor.post("/console/funds", aFundForm(UUID.randomUUID().toString(), "Synthetic Forged")).then()
                .statusCode(403);
        assertEquals(10000.0, fund(id).getDouble("totalBudget.amount"), 0.001);
    }

    @Test
    void officersHaveNoFundPagesAndAdministratorsMayCreate() {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        String id = GrantFixtures.aFund(10000, "EUR");
        officer.get("/console/funds").then().statusCode(403).body(containsString("<html"));
        officer.get("/console/funds/" + id).then().statusCode(403);
        officer.post("/console/funds", aFundForm(UUID.randomUUID().toString(), "Synthetic Officer Fund")).then()
                .statusCode(403);

        ConsoleSession admin = ConsoleSession.signIn(provider, "admin");
        String page = admin.get("/console/funds").then().statusCode(200)
                .body(containsString("id=\"create-fund-form\"")).extract().asString();
        Response created = admin.post("/console/funds", aFundForm(find(FORM_KEY, page),
                "Synthetic Admin Fund " + UUID.randomUUID()));
        assertEquals(303, created.statusCode());
        admin.get("/console/funds/" + idOf(created)).then().statusCode(200)
                .body(containsString("id=\"change-fund-form\""));
    }

    @Test
    void aFormWithoutItsCsrfTokenChangesNothing() {
        ConsoleSession manager = ConsoleSession.signIn(provider, "programme-manager");
        String id = GrantFixtures.aFund(10000, "EUR");
        Map<String, Object> change = aChange(manager.get("/console/funds/" + id).asString(), "20000");
        change.put(CsrfTokens.FIELD, "forged");

        manager.post("/console/funds/" + id, change).then().statusCode(400);
        Map<String, Object> create = aFundForm(UUID.randomUUID().toString(), "Synthetic No Token");
        create.put(CsrfTokens.FIELD, "");
        manager.post("/console/funds", create).then().statusCode(400);

        assertEquals(10000.0, fund(id).getDouble("totalBudget.amount"), 0.001);
    }

    @Test
    void anUnknownFundIsTheNotFoundPage() {
        ConsoleSession manager = ConsoleSession.signIn(provider, "programme-manager");
        manager.get("/console/funds/" + UUID.randomUUID()).then().statusCode(404).body(containsString("<html"));
        manager.get("/console/funds/not-a-fund").then().statusCode(404).body(containsString("<html"));
        assertFalse(manager.get("/console/funds").asString().contains("Exception"));
    }
}
