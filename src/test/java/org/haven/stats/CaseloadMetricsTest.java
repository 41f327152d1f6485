package org.haven.stats;

import static io.restassured.RestAssured.given;
import static org.haven.support.DefenderFixtures.aDefender;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.haven.request.RequestStatus;
import org.haven.shared.security.Roles;
import org.haven.support.Database;
import org.haven.support.GrantFixtures;
import org.haven.support.RequestFixtures;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Haven's own metrics on the management interface: the caseload gauges follow the data only when the
 * snapshot is refreshed (a scrape runs no query), audit appends are timed, and no series carries an id,
 * a name or a team. The test database is shared, so figures are checked by their change.
 */
@QuarkusTest
class CaseloadMetricsTest {

    private static final Pattern SAMPLE = Pattern.compile("(?m)^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{([^}]*)\\})? (\\S+)$");

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Inject
    CaseloadMetrics metrics;

    private String scrape() {
        return given().baseUri("http://" + management.getHost()).port(management.getPort()).get("/q/metrics").then()
                .statusCode(200).extract().asString();
    }

    /** Every sample of the scrape: "name{labels}" to value. */
    private static Map<String, Double> samples(String scrape) {
        Map<String, Double> samples = new TreeMap<>();
        Matcher m = SAMPLE.matcher(scrape);
        while (m.find()) {
            samples.put(m.group(1) + (m.group(2) == null ? "" : m.group(2)), Double.valueOf(m.group(4)));
        }
        return samples;
    }

    private static double value(Map<String, Double> samples, String series) {
        Double value = samples.get(series);
        if (value == null) {
            throw new AssertionError("no series " + series + " in " + samples.keySet().stream()
                    .filter(k -> k.startsWith("haven_")).toList());
        }
        return value;
    }

    private static Map<String, Double> caseload(Map<String, Double> samples) {
        Map<String, Double> figures = new TreeMap<>();
        for (RequestStatus status : RequestStatus.values()) {
            figures.put(status.name(), value(samples, "haven_assistance_requests{status=\"" + status + "\"}"));
        }
        figures.put("overdue", value(samples, "haven_assistance_requests_overdue"));
        figures.put("grants", value(samples, "haven_grants_awaiting_approval"));
        figures.put("followUps", value(samples, "haven_followups_overdue"));
        return figures;
    }

    private static void sql(String statement) throws Exception {
        try (Connection c = Database.asSuperuser(); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    @Test
    void caseloadGaugesChangeWithTheRefreshNotWithTheScrape() throws Exception {
        metrics.refresh();
        Map<String, Double> before = caseload(samples(scrape()));

        String officer = Tokens.of(Roles.PROTECTION_OFFICER);
        String received = RequestFixtures.aRequest().open(officer);
        String late = RequestFixtures.aRequest().open(officer);
        sql("update assistance_request set decision_deadline = now() - interval '1 hour' where id = '" + late + "'");
        GrantFixtures.aProposedGrant(GrantFixtures.aFund(100000, "EUR"), 1000);
        String followUp = given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("requestId", received, "type", "CHECK_IN", "dueOn", "2030-01-01")).post("/follow-ups")
                .then().statusCode(201).extract().path("id");
        sql("update follow_up set due_on = current_date - 1 where id = '" + followUp + "'");

        assertEquals(before, caseload(samples(scrape())), "a scrape reads the last snapshot, it runs no query");

        metrics.refresh();
        Map<String, Double> after = caseload(samples(scrape()));
        Map<String, Double> expected = new TreeMap<>(before);
        expected.merge("RECEIVED", 2.0, Double::sum);
        expected.merge("IN_ASSESSMENT", 1.0, Double::sum); // the proposed grant's case
        expected.merge("overdue", 1.0, Double::sum);
        expected.merge("grants", 1.0, Double::sum);
        expected.merge("followUps", 1.0, Double::sum);
        assertEquals(expected, after);
    }

    @Test
    void everyAuditAppendIsTimed() {
        Map<String, Double> before = samples(scrape());
        aDefender().register(Tokens.of(Roles.PROTECTION_OFFICER));
        Map<String, Double> after = samples(scrape());
        assertEquals(value(before, "haven_audit_append_seconds_count") + 1,
                value(after, "haven_audit_append_seconds_count"), "registering a defender appends one entry");
        assertTrue(value(after, "haven_audit_append_seconds_sum") > value(before, "haven_audit_append_seconds_sum"));
        assertTrue(value(after, "haven_audit_append_seconds_bucket{le=\"5.0\"}") >= value(after,
                "haven_audit_append_seconds_bucket{le=\"0.005\"}"), "service-level buckets are published");
    }

    @Test
    void noSeriesCarriesAnIdANameOrATeam() throws Exception {
        String marker = "PIIMARK" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String team = "metrics-desk-" + UUID.randomUUID().toString().substring(0, 8);
        String officer = Tokens.inTeams("officer-" + marker, java.util.List.of(team), Roles.PROTECTION_OFFICER);
        String defender = aDefender().with("legalName", marker + "-legal").register(officer);
        given().auth().oauth2(officer).get("/defenders/" + defender).then().statusCode(200);
        String request = RequestFixtures.aRequest(defender).open(officer);
        given().auth().oauth2(officer).get("/requests/" + request).then().statusCode(200);
        given().auth().oauth2(officer).get("/requests/" + UUID.randomUUID()).then().statusCode(404);
        metrics.refresh();

        String scrape = scrape();
        assertTrue(scrape.contains("uri=\"/defenders/{id}\""), "sanity: HTTP metrics use the path template");
        for (String secret : Set.of(defender, request, marker, team)) {
            assertFalse(scrape.contains(secret), "the metrics carry " + secret);
        }
        Set<String> statuses = Stream.of(RequestStatus.values()).map(Enum::name).collect(Collectors.toSet());
        // haven_notifications_sent/failed_total by delivery channel (docs/operations.md#notifications).
        Set<String> notificationChannels = Set.of("EMAIL", "WEBHOOK");
        for (String series : samples(scrape).keySet()) {
            if (series.startsWith("haven_")) {
                Matcher labels = Pattern.compile("(\\w+)=\"([^\"]*)\"").matcher(series);
                while (labels.find()) {
                    assertTrue(labels.group(1).equals("status") && statuses.contains(labels.group(2))
                            || labels.group(1).equals("channel") && notificationChannels.contains(labels.group(2))
                            || labels.group(1).equals("le"), "a Haven series with a free label: " + series);
                }
            }
        }
    }
}
