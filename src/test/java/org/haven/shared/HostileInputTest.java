package org.haven.shared;

import static io.restassured.RestAssured.given;
import static org.haven.support.DefenderFixtures.aDefender;
import static org.haven.support.Problems.assertFieldProblem;
import static org.haven.support.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.haven.shared.security.Actor;
import org.haven.shared.security.Roles;
import org.haven.support.Database;
import org.haven.support.GrantFixtures;
import org.haven.support.RequestFixtures;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Malformed and hostile requests found by trying Haven as a new user would: each once answered 500
 * (often with an empty body) or was silently misread. Each now gets a 4xx problem naming the field,
 * and nothing is written.
 */
@QuarkusTest
class HostileInputTest {

    private final String officer = Tokens.of(Roles.PROTECTION_OFFICER);
    private final String manager = Tokens.of(Roles.PROGRAMME_MANAGER);

    private io.restassured.response.ValidatableResponse send(String token, String method, String path, String json) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(json)
                .when().request(method, path).then();
    }

    // --- duplicate keys -------------------------------------------------------------------------------

    @Test
    void aRepeatedKeyIsRefusedNamingTheField() {
        String defender = aDefender().register(officer);
        assertFieldProblem(send(Tokens.of(Roles.ADMIN), "POST", "/defenders/" + defender + "/erasure",
                "{\"reason\":\"a\",\"reason\":\"b\"}"), 400, "duplicate-field", "reason");
        assertFieldProblem(send(officer, "POST", "/defenders/" + defender + "/archive",
                "{\"reason\":\"first\",\"reason\":\"second\"}"), 400, "duplicate-field", "reason");
    }

    @Test
    void aRepeatedKeyInsideMoneyIsRefusedNamingThePath() {
        long before = countOf("fund");
        assertFieldProblem(send(manager, "POST", "/funds", """
                {"name":"Synthetic Dup Fund","donor":"Example Donor",
                 "totalBudget":{"currency":"EUR","amount":1000,"currency":"USD"},
                 "periodStart":"2020-01-01","periodEnd":"2099-12-31"}"""), 400, "duplicate-field",
                "totalBudget.currency");
        assertFieldProblem(send(officer, "POST", "/defenders", """
                {"pseudonym":"Dup","pseudonym":"Dup2"}"""), 400, "duplicate-field", "pseudonym");
        assertFieldProblem(send(officer, "POST", "/defenders", """
                {"contacts":[{"channel":"SIGNAL","value":"x"},{"channel":"SIGNAL","channel":"EMAIL","value":"y"}]}"""),
                400, "duplicate-field", "contacts[1].channel");
        org.junit.jupiter.api.Assertions.assertEquals(before, countOf("fund"), "nothing is written");
    }

    // --- money without an amount ----------------------------------------------------------------------

    @org.junit.jupiter.api.BeforeAll
    static void logFailures() {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void moneyWithoutAnAmountIsUnprocessableNamingIt() {
        for (String money : List.of("{\"amount\":null,\"currency\":\"EUR\"}", "{\"currency\":\"EUR\"}")) {
            assertFieldProblem(send(manager, "POST", "/funds", fundWith(money)), 422, "validation-failed",
                    "totalBudget.amount");
        }
        assertProblem(send(manager, "POST", "/funds", fundWith("{}")), 422, "validation-failed")
                .body("errors.field", hasItems("totalBudget.amount", "totalBudget.currency"));
        assertFieldProblem(send(manager, "POST", "/funds", fundWith("{\"amount\":\" \",\"currency\":\"EUR\"}")), 400,
                "invalid-value", "totalBudget.amount");
    }

    @Test
    void everyMoneyFieldWithoutAnAmountIsNamed() {
        String fund = GrantFixtures.aFund(50000, "EUR");
        Map<String, Object> noAmount = new HashMap<>();
        noAmount.put("amount", null);
        noAmount.put("currency", "EUR");

        Map<String, Object> change = new HashMap<>(Map.of("name", "Renamed", "donor", "Example Donor",
                "periodStart", "2020-01-01", "periodEnd", "2099-12-31", "status", "ACTIVE"));
        change.put("totalBudget", noAmount);
        assertFieldProblem(given().auth().oauth2(manager).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(change).put("/funds/" + fund).then(), 422, "validation-failed", "totalBudget.amount");

        String request = GrantFixtures.aRequestReadyForAGrant(null);
        Map<String, Object> proposal = GrantFixtures.aProposal(request, fund, 100, "EUR");
        proposal.put("amount", noAmount);
        assertFieldProblem(GrantFixtures.propose(officer, proposal).then(), 422, "validation-failed", "amount.amount");
        Map<String, Object> tranches = GrantFixtures.aProposal(request, fund, 100, "EUR");
        tranches.put("plannedTranches", List.of(Map.of("amount", noAmount, "plannedOn", "2027-01-01")));
        assertFieldProblem(GrantFixtures.propose(officer, tranches).then(), 422, "validation-failed",
                "plannedTranches[0].amount.amount");

        String grant = GrantFixtures.anApprovedGrant(fund, 100);
        Map<String, Object> payment = new HashMap<>(GrantFixtures.aDisbursement(100));
        payment.put("amount", noAmount);
        assertFieldProblem(given().auth().oauth2(manager).contentType(ContentType.JSON).body(payment)
                .post("/grants/" + grant + "/disbursements").then(), 422, "validation-failed", "amount.amount");

        String open = RequestFixtures.aRequest().open(officer);
        Map<String, Object> details = RequestFixtures.aRequest(UUID.randomUUID().toString()).details();
        details.put("requestedAmount", noAmount);
        assertFieldProblem(given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(details).put("/requests/" + open).then(), 422, "validation-failed", "requestedAmount.amount");
    }

    @Test
    void aBlankStringForANumberIsRefusedNotReadAsNull() {
        assertFieldProblem(given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(aDefender().with("birthYear", " ").body()).post("/defenders").then(), 400, "invalid-value",
                "birthYear");
        assertFieldProblem(given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(aDefender().with("birthYear", "").body()).post("/defenders").then(), 400, "invalid-value",
                "birthYear");
    }

    // --- idempotency with the longest subject ---------------------------------------------------------

    @Test
    void anIdempotentPaymentByASubjectOfTheLongestAcceptedLengthIsStoredAndReplayed() {
        String fund = GrantFixtures.aFund(50000, "EUR");
        String grant = GrantFixtures.anApprovedGrant(fund, 300);
        String longest = Tokens.forUser("m".repeat(Actor.MAX_LENGTH), Roles.PROGRAMME_MANAGER);
        Map<String, Object> payment = GrantFixtures.aDisbursement(100);
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(longest).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(payment).post("/grants/" + grant + "/disbursements").then().statusCode(201).extract()
                .path("id");
        given().auth().oauth2(longest).contentType(ContentType.JSON).header("Idempotency-Key", key).body(payment)
                .post("/grants/" + grant + "/disbursements").then().statusCode(201).body("id", equalTo(first));
        String requester = Tokens.forUser("o".repeat(Actor.MAX_LENGTH), Roles.PROTECTION_OFFICER);
        given().auth().oauth2(requester).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(RequestFixtures.aRequest().body()).post("/requests").then().statusCode(201);
    }

    // --- HTTP layer ----------------------------------------------------------------------------------

    @Test
    void aBodyOverTheLimitIsAProblem() throws Exception {
        RawHttp.Answer answer = RawHttp.send("POST /defenders HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + officer + "\r\nContent-Type: application/json\r\nContent-Length: " + (64L * 1024 * 1024)
                + "\r\nConnection: close\r\n\r\n{");
        org.junit.jupiter.api.Assertions.assertEquals(413, answer.status(), answer.toString());
        answer.assertProblem("payload-too-large");
    }

    @Test
    void theDecodersOwnRefusalsAreShortAndEchoNothing() throws Exception {
        // Written by the HTTP layer before any route runs: Quarkus offers no hook to shape them
        // (docs/api.md). What they must never do is echo the request, carry a trace, or hang.
        RawHttp.Answer escape = RawHttp.send("GET /defenders/%zz-secret HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");
        RawHttp.Answer uri = RawHttp.send("GET /defenders?q=" + "x".repeat(20_000)
                + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        RawHttp.Answer headers = RawHttp.send("GET /defenders HTTP/1.1\r\nHost: localhost\r\nX-Big: "
                + "y".repeat(40_000) + "\r\nConnection: close\r\n\r\n");
        org.junit.jupiter.api.Assertions.assertEquals(400, escape.status(), escape.toString());
        org.junit.jupiter.api.Assertions.assertEquals(414, uri.status(), uri.toString());
        org.junit.jupiter.api.Assertions.assertEquals(431, headers.status(), headers.toString());
        for (RawHttp.Answer answer : List.of(escape, uri, headers)) {
            org.junit.jupiter.api.Assertions.assertEquals("", answer.body(), answer.toString());
            org.junit.jupiter.api.Assertions.assertFalse(answer.head().contains("secret")
                    || answer.head().contains("xxxx") || answer.head().contains("yyyy"), answer.toString());
        }
    }

    @Test
    void aWrongMethodAnswers405WithAllow() {
        assertProblem(given().auth().oauth2(officer).delete("/defenders").then(), 405, "method-not-allowed")
                .header("Allow", org.hamcrest.Matchers.containsString("GET"));
    }

    // --- headers -------------------------------------------------------------------------------------

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        String defender = aDefender().register(officer);
        for (var response : List.of(
                given().auth().oauth2(officer).get("/defenders/" + defender).then(),
                given().auth().oauth2(officer).get("/defenders").then(),
                given().auth().oauth2(officer).queryParam("reason", "synthetic-test")
                        .get("/defenders/" + defender + "/sensitive").then(),
                given().auth().oauth2(officer).get("/defenders/" + defender + "/history").then(),
                given().get("/defenders").then(),
                given().auth().oauth2(officer).get("/nowhere").then())) {
            response.header("X-Content-Type-Options", "nosniff")
                    .header("Cache-Control", "no-store")
                    .header("X-Frame-Options", "DENY")
                    .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors 'none'"))
                    .header("Referrer-Policy", "no-referrer");
        }
    }

    @Test
    void strictTransportSecurityOnlyOverTls() {
        given().auth().oauth2(officer).get("/defenders").then().header("Strict-Transport-Security",
                org.hamcrest.Matchers.nullValue());
        given().auth().oauth2(officer).header("X-Forwarded-Proto", "https").get("/defenders").then()
                .header("Strict-Transport-Security", org.hamcrest.Matchers.startsWith("max-age="));
    }

    @Test
    void ifMatchAcceptsOnlyTheQuotedStrongForm() {
        String defender = aDefender().register(officer);
        for (String form : List.of("0", "W/\"0\"", "\"0\", \"1\"", "'0'")) {
            var response = given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", form)
                    .body(aDefender().profile()).put("/defenders/" + defender).then();
            if (form.startsWith("W/") || form.contains(",")) {
                assertProblem(response, 412, "stale-version");
            } else {
                assertFieldProblem(response, 400, "invalid-parameter", "If-Match");
            }
        }
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(aDefender().profile()).put("/defenders/" + defender).then().statusCode(200);
    }

    // -------------------------------------------------------------------------------------------------

    private static String fundWith(String money) {
        return """
                {"name":"Synthetic Fund","donor":"Example Donor","totalBudget":%s,
                 "periodStart":"2020-01-01","periodEnd":"2099-12-31"}""".formatted(money);
    }

    private static long countOf(String table) {
        try (var c = Database.asSuperuser(); var s = c.createStatement();
                var rows = s.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
