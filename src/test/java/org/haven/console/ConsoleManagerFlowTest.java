package org.haven.console;

import static io.restassured.RestAssured.given;
import static org.haven.console.BrowserForms.click;
import static org.haven.console.BrowserForms.fill;
import static org.haven.console.BrowserForms.waitOn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.haven.support.DefenderFixtures;
import org.haven.support.GrantFixtures;
import org.haven.support.RequestFixtures;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Two programme managers' day in a real headless Chromium: a grant above the two-manager threshold
 * (7,000 EUR against 5,000, application.properties) proposed by an officer waits in both inboxes;
 * manager A approves it with due diligence and it leaves A's inbox; manager B gives the second approval
 * and the grant is approved (checked through the API). A person who is both officer and manager
 * proposes a grant and finds no decision control on its page. Every page is checked by axe-core and
 * photographed in English and Dari under target/console-screenshots/manager/.
 */
@QuarkusTest
class ConsoleManagerFlowTest extends ChromiumFlow {

    @Test
    void twoManagersApproveAGrantAboveTheThresholdFromTheirInboxes() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        List<String> teams = List.of("team-managers-" + id);
        String officer = Tokens.inTeams("officer-" + id, teams, "protection-officer");
        String managerA = "manager-a-" + id;
        String managerB = "manager-b-" + id;
        ConsoleSignIn.person(provider, managerA, teams, "programme-manager");
        ConsoleSignIn.person(provider, managerB, teams, "programme-manager");
        String grantId = propose(officer, "7000");
        String reference = grantReference(officer, grantId);

        signIn(managerA);
        browser.get(url("/console/approvals"));
        String item = browser.findElement(By.id("grant-" + grantId)).getText();
        assertTrue(item.contains("Needs 2 approvals, has 0"), item);
        assertTrue(item.contains("With this grant:"), "the defender's cap figures: " + item);
        look("inbox-en");
        click(browser, linkTo("/console/grants/" + grantId));
        look("grant-en");
        fill(browser, "decision", "APPROVE");
        fill(browser, "comment", "First of two: identity verified by a partner");
        fill(browser, "dueDiligence.sanctionsScreened", "true");
        fill(browser, "dueDiligence.fundedElsewhere", "false");
        fill(browser, "dueDiligence.note", "Screened against the EU consolidated list");
        click(browser, "decide");
        assertTrue(browser.findElement(By.className("approval-count")).getText().contains("has 1"));
        look("grant-approved-once-en");
        browser.get(url("/console/approvals"));
        assertFalse(browser.getPageSource().contains(reference), "the grant left A's inbox");
        look("inbox-empty-en");
        signOut();

        signIn(managerB);
        browser.get(url("/console/approvals"));
        assertTrue(browser.findElement(By.id("grant-" + grantId)).getText().contains("Needs 2 approvals, has 1"));
        click(browser, linkTo("/console/grants/" + grantId));
        fill(browser, "decision", "APPROVE");
        fill(browser, "comment", "Second of two: the plan and the budget are sound");
        click(browser, "decide");
        look("grant-approved-en");
        assertEquals("APPROVED", given().auth().oauth2(officer).get("/grants/" + grantId).then().statusCode(200)
                .extract().path("status"), "the second approval approved the grant");

        // the same pages in Dari: right to left, accessible, photographed
        new Select(browser.findElement(By.id("language"))).selectByValue("prs");
        browser.findElement(By.cssSelector("form.language button")).click();
        waitOn(browser).until(d -> "rtl".equals(d.findElement(By.tagName("html")).getDomAttribute("dir")));
        String other = propose(officer, "900");
        for (Map.Entry<String, String> page : Map.of("inbox-prs", "/console/approvals", "grant-prs",
                "/console/grants/" + other, "grant-approved-prs", "/console/grants/" + grantId).entrySet()) {
            browser.get(url(page.getValue()));
            assertEquals("rtl", browser.findElement(By.tagName("html")).getDomAttribute("dir"));
            look(page.getKey());
        }
    }

    @Test
    void theProposerWhoIsAlsoAManagerFindsNoDecisionControl() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        List<String> teams = List.of("team-dual-" + id);
        String dual = "dual-" + id;
        ConsoleSignIn.person(provider, dual, teams, "protection-officer", "programme-manager");
        String grantId = propose(Tokens.inTeams(dual, teams, "protection-officer", "programme-manager"), "900");

        signIn(dual);
        browser.get(url("/console/approvals"));
        assertTrue(browser.findElements(By.id("grant-" + grantId)).isEmpty(), "not in the proposer's inbox");
        browser.get(url("/console/grants/" + grantId));
        assertTrue(browser.findElements(By.id("decision-form")).isEmpty(), "no decision control");
        assertTrue(browser.findElement(By.id("decision-standing")).getText()
                .contains("You proposed this grant, so you cannot decide on it"));
        look("grant-own-proposal-en");
    }

    // Helpers

    private static String propose(String officer, String amount) {
        String defender = DefenderFixtures.aDefender().register(officer);
        String request = RequestFixtures.aRequest(defender).open(officer);
        RequestFixtures.transition(officer, request, "IN_ASSESSMENT", null);
        RequestFixtures.assess(officer, request, RequestFixtures.anAssessment());
        return GrantFixtures.propose(officer, GrantFixtures.aProposal(request, GrantFixtures.aFund(40000, "EUR"),
                new BigDecimal(amount), "EUR")).then().statusCode(201).extract().path("id");
    }

    private static String grantReference(String token, String grantId) {
        return given().auth().oauth2(token).get("/grants/" + grantId).then().statusCode(200).extract()
                .path("reference");
    }

    private void look(String name) throws Exception {
        assertEquals(List.of(), Axe.violations(browser), name);
        Chromium.screenshot(browser, "manager/" + name);
    }

    private void signIn(String subject) {
        browser.get(url("/console"));
        waitOn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(subject);
        browser.findElement(By.id("sign-in")).click();
        waitOn(browser).until(ExpectedConditions.urlContains("/console/caseload"));
    }

    private void signOut() {
        browser.findElement(By.cssSelector("form.sign-out button")).click();
        waitOn(browser).until(ExpectedConditions.urlContains("/console/signed-out"));
        browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    /** The id of the link to a path on this page (given one when it has none), for {@link BrowserForms#click}. */
    private String linkTo(String path) {
        var link = browser.findElement(By.cssSelector("main a[href='" + path + "']"));
        browser.executeScript("arguments[0].id = arguments[0].id || 'go-' + Math.random().toString(36).slice(2)", link);
        return link.getDomAttribute("id");
    }

    private String url(String path) {
        return app.toString().replaceAll("/$", "") + path;
    }
}
