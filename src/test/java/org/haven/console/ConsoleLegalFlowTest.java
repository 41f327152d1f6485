package org.haven.console;

import static io.restassured.RestAssured.given;
import static org.haven.console.BrowserForms.click;
import static org.haven.console.BrowserForms.fill;
import static org.haven.console.BrowserForms.fillIn;
import static org.haven.console.BrowserForms.problemOf;
import static org.haven.console.BrowserForms.waitOn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.haven.shared.security.Roles;
import org.haven.support.DefenderFixtures;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The forced-return work in a real headless Chromium: an officer records a refusal and an appeal deadline nine
 * days away on a defender's legal-status page (a bad date refused first, nothing recorded), sees the defender at
 * risk and the proposed legal-aid request, and opens it; the desk's overview lists the deadline; a manager shows a
 * safe report. Every page is checked by axe-core, in English and in Dari (right to left), and photographed under
 * target/console-screenshots/legal.
 */
@QuarkusTest
class ConsoleLegalFlowTest extends ChromiumFlow {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void anOfficerSeesAnAppealDeadlineComingAndOpensTheProposedLegalAidRequest() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<String> teams = List.of("team-legal-flow-" + tag);
        String officerToken = Tokens.inTeams("officer-legal-flow-" + tag, teams, Roles.PROTECTION_OFFICER);
        String defenderId = DefenderFixtures.aDefender().with("pseudonym", "Flow Kestrel " + tag)
                .with("riskLevel", "MODERATE").register(officerToken);
        String officer = "officer-legal-flow-" + tag;
        ConsoleSignIn.person(provider, officer, teams, Roles.PROTECTION_OFFICER);

        signIn(officer, "/console/caseload");
        browser.get(url("/console/defenders/" + defenderId));
        click(browser, "defender-legal");
        assertTrue(browser.getCurrentUrl().endsWith("/console/legal/defenders/" + defenderId));
        assertTrue(browser.findElement(By.id("not-at-risk")).isDisplayed());
        look("status-empty");

        // a deportation cannot lie ahead: refused next to the date, nothing recorded
        fill(browser, "kind", "DEPORTATION");
        fill(browser, "occurredOn", TODAY.plusDays(3).toString());
        click(browser, "record-event");
        assertFalse(problemOf(browser, "occurredOn").isBlank(), "the problem is named next to the date");
        assertTrue(browser.findElements(By.id("legal-timeline")).isEmpty(), "nothing recorded");
        look("status-refused");

        record("DECISION_REFUSED", TODAY.minusDays(5), "Synthetic: refusal letter received");
        assertEquals("Refused", browser.findElement(By.id("legal-situation")).getText());
        record("APPEAL_DEADLINE", TODAY.plusDays(9), null);
        assertTrue(browser.findElement(By.id("forced-return-alert")).isDisplayed(), "at risk of forced return");
        assertFalse(browser.getPageSource().contains("Synthetic: refusal letter"), "the note is never shown");
        assertTrue(browser.findElement(By.id("legal-deadlines")).getText().contains("9"));
        assertEquals("CRITICAL", given().auth().oauth2(officerToken).get("/defenders/" + defenderId).then()
                .extract().path("riskLevel"), "the flag raised the risk");
        look("status-at-risk");

        // the proposal is a form the officer submits: nothing was opened before
        assertEquals(0, requestsOf(officerToken, defenderId));
        fill(browser, "intakeChannel", "SIGNAL");
        click(browser, "open-proposal");
        waitOn(browser).until(ExpectedConditions.urlMatches(".*/console/cases/[0-9a-f-]{36}$"));
        assertEquals(1, requestsOf(officerToken, defenderId));
        assertEquals("IMMEDIATE", given().auth().oauth2(officerToken).queryParam("defenderId", defenderId)
                .get("/requests").then().extract().path("items[0].urgency"));
        browser.get(url("/console/legal/defenders/" + defenderId));
        assertTrue(browser.findElement(By.id("legal-aid-open")).isDisplayed());
        assertTrue(browser.findElements(By.id("proposal-form")).isEmpty(), "proposed once, not twice");

        // the desk's overview lists the deadline with the flag
        click(browser, linkTo("/console/legal/forced-return"));
        WebElement upcoming = browser.findElement(By.id("upcoming-deadlines"));
        assertTrue(upcoming.getText().contains("Flow Kestrel " + tag), upcoming.getText());
        look("overview");

        // the same pages in Dari: right to left, accessible
        new Select(browser.findElement(By.id("language"))).selectByValue("prs");
        browser.findElement(By.cssSelector("form.language button")).click();
        waitOn(browser).until(d -> "rtl".equals(d.findElement(By.tagName("html")).getDomAttribute("dir")));
        for (Map.Entry<String, String> page : Map.of("status", "/console/legal/defenders/" + defenderId, "overview",
                "/console/legal/forced-return").entrySet()) {
            browser.get(url(page.getValue()));
            assertEquals("rtl", browser.findElement(By.tagName("html")).getDomAttribute("dir"));
            assertEquals(List.of(), Axe.violations(browser), page.getKey() + " in Dari");
            Chromium.screenshot(browser, "legal/" + page.getKey() + "-prs");
        }
    }

    @Test
    void aManagerShowsASafeReportWithSmallCountsHidden() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<String> teams = List.of("team-report-flow-" + tag);
        String manager = "manager-report-flow-" + tag;
        ConsoleSignIn.person(provider, manager, teams, Roles.PROGRAMME_MANAGER);
        signIn(manager, "/console/caseload");
        browser.get(url("/console/reports/advocacy"));
        look("report-form");
        fill(browser, "from", "2026-Q9");
        fill(browser, "rows", "GENDER");
        click(browser, "show-report");
        assertFalse(problemOf(browser, "from").isBlank(), "a quarter that does not exist is named");
        assertTrue(browser.findElements(By.id("report-table")).isEmpty());
        fill(browser, "from", "");
        fill(browser, "rows", "GENDER");
        fill(browser, "columns", "OUTCOME");
        click(browser, "show-report");
        assertTrue(browser.findElement(By.id("report-table")).isDisplayed());
        assertTrue(browser.findElement(By.id("report-download")).getDomAttribute("href")
                .startsWith("/console/reports/advocacy/csv?"));
        look("report");
        given().auth().oauth2(Tokens.of(Roles.AUDITOR)).queryParam("action", "AGGREGATE_REPORT_ISSUED")
                .queryParam("actor", manager).get("/audit").then().statusCode(200);
    }

    // Helpers

    private void record(String kind, LocalDate on, String note) {
        fillIn(browser, "record-event-form", "kind", kind);
        fillIn(browser, "record-event-form", "occurredOn", on.toString());
        if (note != null) {
            fillIn(browser, "record-event-form", "note", note);
        }
        click(browser, "record-event");
    }

    private static int requestsOf(String token, String defenderId) {
        return given().auth().oauth2(token).queryParam("defenderId", defenderId).get("/requests").then()
                .statusCode(200).extract().path("totalItems");
    }

    private void look(String name) throws Exception {
        assertEquals(List.of(), Axe.violations(browser), name + " in English");
        Chromium.screenshot(browser, "legal/" + name + "-en");
    }

    private void signIn(String subject, String home) {
        browser.get(url("/console"));
        waitOn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(subject);
        browser.findElement(By.id("sign-in")).click();
        waitOn(browser).until(ExpectedConditions.urlContains(home));
    }

    /** Gives the element that links to a path an id, so that it can be clicked like any other. */
    private String linkTo(String path) {
        WebElement link = browser.findElement(By.cssSelector("main a[href='" + path + "'], nav a[href='" + path + "']"));
        browser.executeScript("arguments[0].id = arguments[0].id || 'go-' + Math.random().toString(36).slice(2)", link);
        return link.getDomAttribute("id");
    }

    private String url(String path) {
        return app.toString().replaceAll("/$", "") + path;
    }
}
