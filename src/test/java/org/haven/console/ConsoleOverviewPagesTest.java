package org.haven.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.haven.support.Database;
import org.haven.support.DefenderFixtures;
import org.haven.support.GrantFixtures;
import org.haven.support.RequestFixtures;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.restassured.http.ContentType;

/**
 * The overview over HTTP: a manager's figures (their team's cases only) as pictures with tables, in
 * English and mirrored in Dari, the period filter and its problems, and who may open it.
 */
@QuarkusTest
class ConsoleOverviewPagesTest {

    private static final Pattern SVG = Pattern.compile("<svg class=\"chart\" id=\"([\\w-]+)\" role=\"img\" "
            + "aria-labelledby=\"\\1-title \\1-desc\"[^>]*>.*?</svg>", Pattern.DOTALL);
    private static final Pattern FIRST_BAR = Pattern.compile("<rect class=\"bar\" x=\"([\\d.]+)\" y=\"[\\d.]+\" "
            + "width=\"([\\d.]+)\"");

    @OidcWireMock
    WireMockServer provider;

    /** A manager, an officer of their team and one of the team's received cases. */
    record Team(ConsoleSession manager, ConsoleSession officer, String receivedCase) {
    }

    static ConsoleSession aManagerOfAKnownTeam(WireMockServer provider) throws Exception {
        return aKnownTeam(provider).manager();
    }

    /** A team with known cases: 2 received (urgent), 1 immediate in assessment and overdue, 2 decided (1 late), 1 follow-up overdue. */
    static Team aKnownTeam(WireMockServer provider) throws Exception {
        ConsoleSession officer = ConsoleSession.signIn(provider, "protection-officer");
        String defender = DefenderFixtures.aDefender().register(officer.token);
        String received = RequestFixtures.aRequest(defender).open(officer.token);
        RequestFixtures.aRequest(defender).open(officer.token);
        String late = RequestFixtures.aRequest(defender).with("urgency", "IMMEDIATE").open(officer.token);
        RequestFixtures.transition(officer.token, late, "IN_ASSESSMENT", null);
        sql("update assistance_request set decision_deadline = now() - interval '1 hour' where id = '" + late + "'");
        List<String> decided = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String id = RequestFixtures.aRequest(defender).open(officer.token);
            RequestFixtures.transition(officer.token, id, "IN_ASSESSMENT", null);
            RequestFixtures.transition(officer.token, id, "DECLINED", "Synthetic: not within mandate");
            decided.add(id);
        }
        sql("update assistance_request set decision_deadline = decided_at - interval '1 hour' where id = '"
                + decided.get(0) + "'");
        given().auth().oauth2(officer.token).contentType(ContentType.JSON)
                .body(Map.of("requestId", received, "type", "CHECK_IN", "dueOn", "2020-01-01")).post("/follow-ups")
                .then().statusCode(201);
        return new Team(ConsoleSession.signIn(provider, "manager-" + officer.subject, officer.teams, "programme-manager"),
                officer, received);
    }

    static void sql(String statement) throws Exception {
        try (Connection c = Database.asSuperuser(); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    private static List<String> charts(String page) {
        List<String> ids = new ArrayList<>();
        Matcher m = SVG.matcher(page);
        while (m.find()) {
            ids.add(m.group(1));
            int rows = m.group().split("<g class=\"chart-row\">").length - 1;
            assertTrue(m.group().length() < 1_000 + 500 * rows, m.group(1) + " stays small: " + m.group().length());
        }
        return ids;
    }

    private static String chart(String page, String id) {
        Matcher m = SVG.matcher(page);
        while (m.find()) {
            if (m.group(1).equals(id)) {
                return m.group();
            }
        }
        throw new AssertionError("no chart " + id);
    }

    @Test
    void aManagerSeesTheirTeamsFiguresAsPicturesWithTheirNumbers() throws Exception {
        ConsoleSession manager = aManagerOfAKnownTeam(provider);
        String fundName = "Synthetic Overview Fund " + System.nanoTime();
        String fund = given().auth().oauth2(GrantFixtures.manager()).contentType(ContentType.JSON)
                .body(Map.of("name", fundName, "donor", "Example Donor", "totalBudget",
                        Map.of("amount", 8000, "currency", "EUR"), "periodStart", "2020-01-01", "periodEnd",
                        "2099-12-31"))
                .post("/funds").then().statusCode(201).extract().path("id");
        GrantFixtures.anApprovedGrant(fund, 2000);

        String page = manager.get("/console/overview").then().statusCode(200).extract().asString();

        assertEquals(List.of("chart-status", "chart-urgency", "chart-trend", "chart-late", "chart-money"),
                charts(page), "every picture is an image with a name and a description");
        assertTrue(page.length() < 40_000 + 1_000 * Overview.FUNDS_DRAWN, "a light page: " + page.length());
        assertTrue(page.contains("<tr><th scope=\"row\">Received</th><td class=\"number\">0</td>"
                + "<td class=\"number\">2</td><td class=\"number\">0</td><td class=\"number\">2</td></tr>"), page);
        assertTrue(page.contains("<tr><th scope=\"row\">In assessment</th><td class=\"number\">1</td>"
                + "<td class=\"number\">0</td><td class=\"number\">0</td><td class=\"number\">1</td></tr>"));
        assertTrue(page.contains("50% of the 2 decisions in this period were made by their deadline (1)."));
        assertTrue(chart(page, "chart-trend").contains("50% (1 of 2)"), "this week in the trend");
        assertTrue(page.contains("<tr><th scope=\"row\">Requests past their decision deadline</th>"
                + "<td class=\"number\">1</td></tr>"));
        assertTrue(page.contains("<tr><th scope=\"row\">Follow-ups overdue</th><td class=\"number\">1</td></tr>"));
        assertTrue(page.contains("<caption>Open requests by status and urgency</caption>"), "tables have captions");
        assertTrue(page.contains(">" + fundName + "</bdi></th><td class=\"money\">€8,000.00</td>"
                + "<td class=\"money\">€2,000.00</td><td class=\"money\">€0.00</td><td class=\"money\">€6,000.00</td>"
                + "<td class=\"number\">25%</td>"), "the fund's money in the table");
        assertTrue(chart(page, "chart-money").contains("fill=\"url(#chart-money-hatch)\""), "committed is hatched");
        Matcher bar = FIRST_BAR.matcher(chart(page, "chart-status"));
        assertTrue(bar.find());
        assertEquals(BarChart.LABEL, Double.parseDouble(bar.group(1)), 0.01, "left to right from the axis");
    }

    @Test
    void inDariTheBarsGrowFromTheRightAndTheNumbersAreInItsDigits() throws Exception {
        ConsoleSession manager = aManagerOfAKnownTeam(provider);

        String page = manager.request().cookie(Language.COOKIE, "prs").get("/console/overview").then().statusCode(200)
                .extract().asString();

        String byStatus = chart(page, "chart-status");
        assertTrue(byStatus.contains("direction=\"rtl\""));
        Matcher bar = FIRST_BAR.matcher(byStatus);
        assertTrue(bar.find());
        double x = Double.parseDouble(bar.group(1));
        double width = Double.parseDouble(bar.group(2));
        assertTrue(width > 0);
        assertEquals(BarChart.WIDTH - BarChart.LABEL, x + width, 0.01, "the bar ends at the axis on the right");
        assertTrue(byStatus.contains("x1=\"" + BarChart.n(BarChart.WIDTH - BarChart.LABEL) + "\""), "the axis on the right");
        assertTrue(page.contains("<td class=\"number\">۲</td>"), "Eastern Arabic-Indic digits");
        assertTrue(page.contains("۵۰٪"), "the share as Dari writes a percentage: " + page);
    }

    @Test
    void aPeriodWithoutDecisionsSaysSoAndABadPeriodIsShownNextToItsField() throws Exception {
        ConsoleSession manager = aManagerOfAKnownTeam(provider);

        String old = manager.get("/console/overview?from=2003-01-01&to=2003-02-28").then().statusCode(200).extract()
                .asString();
        assertTrue(old.contains("No request was decided in this period."));
        assertTrue(old.contains("value=\"2003-01-01\""), "the period stays in the form");
        assertEquals(9, chart(old, "chart-trend").split("<g class=\"chart-row\">").length - 1, "nine weeks");

        manager.get("/console/overview?from=2026-03-01&to=2026-02-01").then().statusCode(400)
                .body(containsString("id=\"f-from-error\">Must be on or before the end of the period."),
                        containsString("href=\"#f-from\">From: "), containsString("id=\"chart-status\""));
        manager.get("/console/overview?from=yesterday").then().statusCode(400)
                .body(containsString("id=\"f-from-error\""), containsString("value=\"yesterday\""));
    }

    @Test
    void onlyManagersAndAuditorsOpenTheOverview() {
        ConsoleSession.signIn(provider, "auditor").get("/console/overview").then().statusCode(200)
                .body(containsString("id=\"chart-late\""));
        ConsoleSession.signIn(provider, "protection-officer").get("/console/overview").then().statusCode(403)
                .body(containsString("<html"));
        ConsoleSession.signIn(provider, "admin").get("/console/overview").then().statusCode(403);
    }
}
