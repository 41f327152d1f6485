package org.haven.stats;

import static io.restassured.RestAssured.given;
import static org.haven.support.GrantFixtures.aFund;
import static org.haven.support.GrantFixtures.aProposal;
import static org.haven.support.GrantFixtures.aRequestReadyForAGrant;
import static org.haven.support.GrantFixtures.approval;
import static org.haven.support.GrantFixtures.decide;
import static org.haven.support.GrantFixtures.manager;
import static org.haven.support.GrantFixtures.officer;
import static org.haven.support.GrantFixtures.propose;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;

import org.haven.shared.security.Roles;
import org.haven.support.Database;
import org.haven.support.RequestFixtures;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The overview against a known data set. The test database is shared with other tests, so the
 * test adds a known set and checks the exact change of every figure; the median uses a period in
 * 2001 that only this test's decisions fall into.
 */
@QuarkusTest
class StatsTest {

    private static final String PERIOD = "from=2001-01-01T00:00:00Z&to=2002-01-01T00:00:00Z";

    private JsonPath stats() {
        return given().auth().oauth2(Tokens.of(Roles.AUDITOR)).get("/stats?" + PERIOD).then().statusCode(200)
                .extract().jsonPath();
    }

    private static long open(JsonPath stats, String status, String urgency) {
        Object count = stats.get("openRequests.find { it.status == '" + status + "' && it.urgency == '" + urgency
                + "' }.count");
        return count == null ? 0 : ((Number) count).longValue();
    }

    private static BigDecimal grantAmount(JsonPath stats, String status) {
        Object amount = stats.get("grants.find { it.status == '" + status + "' && it.currency == 'EUR' }.amount");
        return amount == null ? BigDecimal.ZERO : new BigDecimal(amount.toString());
    }

    private static long grantCount(JsonPath stats, String status) {
        Object count = stats.get("grants.find { it.status == '" + status + "' && it.currency == 'EUR' }.count");
        return count == null ? 0 : ((Number) count).longValue();
    }

    private static void sql(String statement) throws Exception {
        try (Connection c = Database.asSuperuser(); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    @Test
    void figuresMatchAKnownDataSet() throws Exception {
        JsonPath before = stats();
        String officer = officer();

        String received = RequestFixtures.aRequest().open(officer);
        RequestFixtures.aRequest().open(officer);
        String late = RequestFixtures.aRequest().with("urgency", "IMMEDIATE").open(officer);
        RequestFixtures.transition(officer, late, "IN_ASSESSMENT", null);
        sql("update assistance_request set decision_deadline = now() - interval '1 hour' where id = '" + late + "'");
        int[] hours = { 10, 20, 40 };
        for (int h : hours) {
            String declined = RequestFixtures.aRequest().open(officer);
            RequestFixtures.transition(officer, declined, "IN_ASSESSMENT", null);
            RequestFixtures.transition(officer, declined, "DECLINED", "Synthetic: not within mandate");
            sql("update assistance_request set received_at = timestamptz '2001-06-01 00:00:00+00', decided_at = "
                    + "timestamptz '2001-06-01 00:00:00+00' + interval '" + h + " hours' where id = '" + declined + "'");
        }
        String fund = aFund(10000, "EUR");
        String approved = propose(officer, aProposal(aRequestReadyForAGrant(null), fund, 4000, "EUR")).then()
                .extract().path("id");
        decide(manager(), approved, approval("ok")).then().statusCode(200);
        propose(officer, aProposal(aRequestReadyForAGrant(null), fund, 1000, "EUR")).then().statusCode(201);
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("requestId", received, "type", "CHECK_IN", "dueOn", "2020-01-01")).post("/follow-ups")
                .then().statusCode(201);

        JsonPath after = stats();
        assertEquals(2, open(after, "RECEIVED", "URGENT") - open(before, "RECEIVED", "URGENT"));
        assertEquals(1, open(after, "IN_ASSESSMENT", "IMMEDIATE") - open(before, "IN_ASSESSMENT", "IMMEDIATE"));
        assertEquals(1, open(after, "IN_ASSESSMENT", "URGENT") - open(before, "IN_ASSESSMENT", "URGENT"));
        assertEquals(1, open(after, "SUPPORTED", "URGENT") - open(before, "SUPPORTED", "URGENT"));
        assertEquals(1, after.getLong("requestsPastDeadline") - before.getLong("requestsPastDeadline"));
        assertEquals(3, after.getLong("decisionTime.decided") - before.getLong("decisionTime.decided"));
        assertEquals(20.0, after.getDouble("decisionTime.medianHours"), 0.001);
        assertEquals(1, grantCount(after, "APPROVED") - grantCount(before, "APPROVED"));
        assertEquals(0, new BigDecimal("4000.00").compareTo(grantAmount(after, "APPROVED")
                .subtract(grantAmount(before, "APPROVED"))));
        assertEquals(1, grantCount(after, "PROPOSED") - grantCount(before, "PROPOSED"));
        assertEquals(1, after.getLong("overdueFollowUps") - before.getLong("overdueFollowUps"));
        Map<String, Object> ourFund = after.getMap("funds.find { it.fundId == '" + fund + "' }");
        assertEquals(0, new BigDecimal("4000.00").compareTo(new BigDecimal(ourFund.get("committed").toString())));
        assertEquals(0, new BigDecimal("6000.00").compareTo(new BigDecimal(ourFund.get("available").toString())));
        assertEquals(0, new BigDecimal("40.0").compareTo(new BigDecimal(ourFund.get("utilisationPercent").toString())));
    }

    @Test
    void decisionsWithinTheDeadlineAreCountedForThePeriodAndByWeek() throws Exception {
        String officer = officer();
        String[][] decided = { // decided at, deadline: two in the week of 6 January 2003 (one late), one in February
            { "2003-01-07 10:00", "2003-01-08 00:00" }, { "2003-01-09 10:00", "2003-01-08 00:00" },
            { "2003-02-25 10:00", "2003-02-26 00:00" } };
        for (String[] d : decided) {
            String id = RequestFixtures.aRequest().open(officer);
            RequestFixtures.transition(officer, id, "IN_ASSESSMENT", null);
            RequestFixtures.transition(officer, id, "DECLINED", "Synthetic: not within mandate");
            sql("update assistance_request set received_at = timestamptz '2003-01-01 00:00:00+00', decided_at = "
                    + "timestamptz '" + d[0] + "+00', decision_deadline = timestamptz '" + d[1] + "+00' where id = '"
                    + id + "'");
        }

        JsonPath kept = given().auth().oauth2(Tokens.of(Roles.AUDITOR))
                .get("/stats?from=2003-01-01T00:00:00Z&to=2003-03-01T00:00:00Z").then().statusCode(200).extract()
                .jsonPath().setRootPath("decisionsWithinDeadline");
        assertEquals(3, kept.getLong("decided"));
        assertEquals(2, kept.getLong("withinDeadline"));
        assertEquals(9, kept.getList("weeks").size(), "the weeks from the one of 'from' to the one of 'to', empty included");
        assertEquals("2002-12-30", kept.getString("weeks[0].weekStart"));
        assertEquals(0, kept.getLong("weeks[0].decided"));
        assertEquals("2003-01-06", kept.getString("weeks[1].weekStart"));
        assertEquals(2, kept.getLong("weeks[1].decided"));
        assertEquals(1, kept.getLong("weeks[1].withinDeadline"));
        assertEquals("2003-02-24", kept.getString("weeks[8].weekStart"));
        assertEquals(1, kept.getLong("weeks[8].withinDeadline"));

        JsonPath year = given().auth().oauth2(Tokens.of(Roles.AUDITOR))
                .get("/stats?from=2003-01-01T00:00:00Z&to=2004-01-01T00:00:00Z").then().statusCode(200).extract()
                .jsonPath().setRootPath("decisionsWithinDeadline");
        assertEquals(3, year.getLong("decided"), "the share covers the whole period");
        assertEquals(12, year.getList("weeks").size(), "the trend, only the last twelve weeks");
        assertEquals("2003-12-29", year.getString("weeks[11].weekStart"));
    }

    @Test
    void badPeriodIsBadRequest() {
        given().auth().oauth2(Tokens.of(Roles.AUDITOR)).queryParam("from", "last week").get("/stats").then()
                .statusCode(400).body("errors[0].field", equalTo("from"));
        given().auth().oauth2(Tokens.of(Roles.AUDITOR)).queryParam("from", "2026-02-01T00:00:00Z")
                .queryParam("to", "2026-01-01T00:00:00Z").get("/stats").then().statusCode(400);
    }

    @Test
    void aTimestampLongerThanPublishedIsRefusedEvenWhenOnlyPadded() {
        String longest = "2026-01-01T00:00:00.123456789Z";
        given().auth().oauth2(Tokens.of(Roles.AUDITOR)).queryParam("from", " ".repeat(11) + longest).get("/stats")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().auth().oauth2(Tokens.of(Roles.AUDITOR)).queryParam("from", longest).get("/stats").then()
                .statusCode(200);
    }
}
