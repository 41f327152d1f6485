package org.haven.console;

import static io.restassured.RestAssured.given;
import static org.haven.console.BrowserForms.click;
import static org.haven.console.BrowserForms.fill;
import static org.haven.console.BrowserForms.waitOn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.haven.support.GrantFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A programme manager's funds and overview in a real headless Chromium: create a fund, raise its budget,
 * then read the overview of a team whose cases were made through the API, pictures and tables alike.
 * axe-core on every page, screenshots in English and Dari under target/console-screenshots/manager-funds,
 * and in Dari the bars measured on the screen: they grow from the right, their labels right of them.
 */
@QuarkusTest
class ConsoleFundsOverviewFlowTest extends ChromiumFlow {

    private static final String SHOTS = "manager-funds/";
    @Test
    void aManagerCreatesAFundRaisesItsBudgetAndReadsTheOverview() throws Exception {
        ConsoleOverviewPagesTest.Team team = ConsoleOverviewPagesTest.aKnownTeam(provider);
        ConsoleSession manager = team.manager();
        String name = "Synthetic Flow Fund " + System.nanoTime();
        signIn(manager.subject);

        browser.get(url("/console/funds"));
        look("funds-en");
        fill(browser, "name", name);
        fill(browser, "donor", "Example Donor");
        fill(browser, "totalBudget.amount", "30000");
        fill(browser, "totalBudget.currency", "EUR");
        fill(browser, "periodStart", "2020-01-01");
        fill(browser, "periodEnd", "2099-12-31");
        click(browser, "create-fund");
        assertTrue(browser.getCurrentUrl().matches(".*/console/funds/[0-9a-f-]{36}"), browser.getCurrentUrl());
        String fundId = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
        assertEquals("€30,000.00", browser.findElement(By.id("fund-budget")).getText());
        look("fund-en");

        fill(browser, "totalBudget.amount", "35 000");
        click(browser, "change-fund");
        assertEquals("€35,000.00", browser.findElement(By.id("fund-budget")).getText());
        JsonPath fund = given().auth().oauth2(GrantFixtures.manager()).get("/funds/" + fundId).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(35000.0, fund.getDouble("totalBudget.amount"), 0.001, "changed through the same service");
        GrantFixtures.anApprovedGrant(fundId, 7000);

        browser.get(url("/console/overview"));
        look("overview-en");
        assertEquals(5, browser.findElements(By.cssSelector("main svg[role=img]")).size(), "five pictures");
        for (WebElement details : browser.findElements(By.cssSelector("details.chart-numbers summary"))) {
            details.click();
        }
        assertEquals(List.of("Received", "0", "2", "0", "2"), cells("table-requests", 0));
        assertEquals(List.of("In assessment", "1", "0", "0", "1"), cells("table-requests", 1));
        assertEquals("50% of the 2 decisions in this period were made by their deadline (1).",
                browser.findElement(By.id("deadline-share")).getText());
        assertEquals(List.of("Requests past their decision deadline", "1"), cells("table-late", 0));
        assertEquals(List.of("Follow-ups overdue", "1"), cells("table-late", 1));
        List<String> ourFund = browser.findElements(By.cssSelector("#table-money tbody tr")).stream()
                .map(r -> r.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList())
                .filter(r -> r.get(0).equals(name)).findFirst().orElseThrow();
        assertEquals(List.of(name, "€35,000.00", "€7,000.00", "€0.00", "€28,000.00", "20%"), ourFund);
        assertTrue(browser.findElement(By.id("chart-money")).getText().contains("20% committed"));
        assertBarsFrom("left");
        scrollTo("money");
        Chromium.screenshot(browser, SHOTS + "overview-money-en");

        // from the overview to the caseload and a case, assigned to an officer of the team
        click(browser, "caseload-link");
        browser.get(url("/console/cases/" + team.receivedCase()));
        fill(browser, "officer", team.officer().subject);
        click(browser, "assign");
        assertEquals(team.officer().subject, given().auth().oauth2(team.officer().token)
                .get("/requests/" + team.receivedCase()).then().statusCode(200).extract().path("assignedOfficer"));
        look("case-assigned-en");
        browser.get(url("/console/overview"));

        new Select(browser.findElement(By.id("language"))).selectByValue("prs");
        browser.findElement(By.cssSelector("form.language button")).click();
        waitOn(browser).until(d -> "rtl".equals(d.findElement(By.tagName("html")).getDomAttribute("dir")));
        assertBarsFrom("right");
        look("overview-prs");
        scrollTo("money");
        Chromium.screenshot(browser, SHOTS + "overview-money-prs");
        browser.get(url("/console/funds"));
        look("funds-prs");
        browser.get(url("/console/funds/" + fundId));
        look("fund-prs");
    }

    /**
     * The first bar of "open requests by status" against its label and the axis, as laid out on the screen:
     * left to right, the label ends before the bar starts; right to left, the label starts after it ends.
     */
    private void assertBarsFrom(String side) {
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) browser.executeScript("""
                const chart = document.getElementById('chart-status');
                const bar = [...chart.querySelectorAll('rect.bar')].find(r => r.getBBox().width > 0)
                    .getBoundingClientRect();
                const label = chart.querySelector('text.chart-label').getBoundingClientRect();
                const axis = chart.querySelector('line.axis').getBoundingClientRect();
                return { barLeft: bar.left, barRight: bar.right, labelLeft: label.left, labelRight: label.right,
                         axis: axis.left + axis.width / 2 };""");
        double barLeft = ((Number) box.get("barLeft")).doubleValue();
        double barRight = ((Number) box.get("barRight")).doubleValue();
        double labelLeft = ((Number) box.get("labelLeft")).doubleValue();
        double labelRight = ((Number) box.get("labelRight")).doubleValue();
        double axis = ((Number) box.get("axis")).doubleValue();
        if (side.equals("left")) {
            assertTrue(labelRight <= barLeft + 1, "the label left of the bar: " + box);
            assertEquals(axis, barLeft, 2, "the bar grows rightwards from the axis: " + box);
        } else {
            assertTrue(labelLeft >= barRight - 1, "the label right of the bar: " + box);
            assertEquals(axis, barRight, 2, "the bar grows leftwards from the axis: " + box);
        }
    }

    private List<String> cells(String table, int row) {
        return browser.findElements(By.cssSelector("#" + table + " tbody tr")).get(row)
                .findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList();
    }

    private void scrollTo(String id) {
        browser.executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    private void look(String name) throws Exception {
        assertEquals(List.of(), Axe.violations(browser), name);
        Chromium.screenshot(browser, SHOTS + name);
    }

    private void signIn(String subject) {
        browser.get(url("/console"));
        waitOn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(subject);
        browser.findElement(By.id("sign-in")).click();
        waitOn(browser).until(ExpectedConditions.urlContains("/console/caseload"));
    }

    private String url(String path) {
        return app.toString().replaceAll("/$", "") + path;
    }
}
