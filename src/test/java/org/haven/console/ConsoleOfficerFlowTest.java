package org.haven.console;

import static io.restassured.RestAssured.given;
import static org.haven.console.BrowserForms.click;
import static org.haven.console.BrowserForms.waitOn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A protection officer's day in a real headless Chromium, page after page as a person clicks through
 * it: sign in, register a defender (a refused form first), show their protected details with a reason,
 * open a request and send it three times (one case), take it into assessment, assess it, propose a
 * grant, plan a follow-up and record its outcome, sign out. Every page is checked by axe-core and
 * photographed in English, then again in Dari (right to left), under target/console-screenshots.
 * An auditor then finds no write control on the same case, and a forged post is refused.
 */
@QuarkusTest
class ConsoleOfficerFlowTest extends ChromiumFlow {

    @Test
    void anOfficersDayFromRegistrationToFollowUp() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String officer = "officer-flow-" + id;
        List<String> teams = List.of("team-flow-" + id);
        ConsoleSignIn.person(provider, officer, teams, "protection-officer");
        String token = Tokens.inTeams(officer, teams, "protection-officer");
        String fund = openFund();
        List<String> pages = new ArrayList<>();

        signIn(officer);
        pages.add(look("caseload"));
        OfficerJourney journey = new OfficerJourney(browser, url(""), page -> pages.add(look(page)), id);

        String defenderId = journey.registerDefender();
        String defenderPage = "/console/defenders/" + defenderId;
        journey.showProtectedDetails();
        String caseId = journey.openRequestSentThreeTimes();
        List<String> opened = given().auth().oauth2(token).queryParam("defenderId", defenderId)
                .get("/requests").then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
        assertEquals(List.of(caseId), opened, "three posts of one form made one case");
        journey.assess();
        assertEquals("IN_ASSESSMENT", given().auth().oauth2(token).get("/requests/" + caseId).then().statusCode(200)
                .extract().path("status"));
        journey.proposeGrant(fund, caseId);
        assertEquals(1, given().auth().oauth2(token).queryParam("requestId", caseId).get("/grants").then()
                .statusCode(200).extract().jsonPath().getList("items").size());
        String followUpLink = journey.followUp();
        assertEquals("DONE", given().auth().oauth2(token).get(followUpLink.replace("/console", "")).then()
                .statusCode(200).extract().path("status"));

        // every page again in Dari: right to left, accessible, photographed
        new Select(browser.findElement(By.id("language"))).selectByValue("prs");
        browser.findElement(By.cssSelector("form.language button")).click();
        waitOn(browser).until(d -> "rtl".equals(d.findElement(By.tagName("html")).getDomAttribute("dir")));
        Map<String, String> again = new java.util.LinkedHashMap<>();
        again.put("caseload", "/console/caseload");
        again.put("defenders", "/console/defenders");
        again.put("register", "/console/defenders/new");
        again.put("defender", defenderPage);
        again.put("open-request", "/console/cases/new?defender=" + defenderId);
        again.put("case", "/console/cases/" + caseId);
        again.put("propose-grant", "/console/cases/" + caseId + "/grants/new");
        again.put("plan-follow-up", "/console/cases/" + caseId + "/follow-ups/new");
        again.put("follow-ups", "/console/follow-ups");
        again.put("follow-up", followUpLink);
        for (Map.Entry<String, String> page : again.entrySet()) {
            browser.get(url(page.getValue()));
            assertEquals("rtl", browser.findElement(By.tagName("html")).getDomAttribute("dir"), page.getValue());
            assertEquals(List.of(), Axe.violations(browser), page.getKey() + " in Dari");
            Chromium.screenshot(browser, page.getKey() + "-prs");
        }

        journey.signOut();
        waitOn(browser).until(ExpectedConditions.urlContains("/console/signed-out"));
        assertTrue(pages.size() >= 10, "pages seen: " + pages);
    }

    @Test
    void theDayWorksWithJavaScriptOff() throws Exception {
        ChromeDriver plain = Chromium.start(false);
        try {
            String id = UUID.randomUUID().toString().substring(0, 8);
            String officer = "officer-plain-" + id;
            List<String> teams = List.of("team-plain-" + id);
            ConsoleSignIn.person(provider, officer, teams, "protection-officer");
            String token = Tokens.inTeams(officer, teams, "protection-officer");
            String fund = openFund();
            plain.get(url("/console"));
            waitOn(plain).until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(officer);
            plain.findElement(By.id("sign-in")).click();
            waitOn(plain).until(ExpectedConditions.urlContains("/console/caseload"));
            assertEquals("undefined", plain.executeScript("return typeof htmx"), "the page's own scripts do not run");
            OfficerJourney journey = new OfficerJourney(plain, url(""), page -> { }, id);

            journey.registerDefender();
            journey.showProtectedDetails();
            String caseId = journey.openRequest();
            journey.assess();
            journey.proposeGrant(fund, caseId);
            String followUp = journey.followUp();

            assertEquals("DONE", given().auth().oauth2(token).get(followUp.replace("/console", "")).then()
                    .statusCode(200).extract().path("status"));
            assertEquals(1, given().auth().oauth2(token).queryParam("requestId", caseId).get("/grants").then()
                    .statusCode(200).extract().jsonPath().getList("items").size());
        } finally {
            plain.quit();
        }
    }

    @Test
    void anAuditorSeesNoWriteControlAndAForgedPostIsRefused() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        List<String> teams = List.of("team-audit-" + id);
        String officerToken = Tokens.inTeams("officer-" + id, teams, "protection-officer");
        String defender = org.haven.support.DefenderFixtures.aDefender().register(officerToken);
        String caseId = org.haven.support.RequestFixtures.aRequest(defender).open(officerToken);
        String auditor = "auditor-" + id;
        ConsoleSignIn.person(provider, auditor, teams, "auditor");

        signIn(auditor);
        browser.get(url("/console/cases/" + caseId));
        List<String> actions = browser.findElements(By.cssSelector("form[method=post]")).stream()
                .map(f -> f.getDomAttribute("action")).filter(a -> !a.equals("/console/language")
                        && !a.equals("/console/sign-out") && !a.endsWith("/sensitive") && !a.endsWith("/narrative"))
                .toList();
        assertEquals(List.of(), actions, "an auditor's case page has no form that changes anything");
        assertTrue(browser.findElements(By.id("propose-grant")).isEmpty());
        Object status = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const token = document.querySelector('form.language input[name=csrf-token]').value;
                fetch('/console/cases/' + arguments[0] + '/transitions', { method: 'POST', redirect: 'manual',
                    body: new URLSearchParams({ 'csrf-token': token, to: 'DECLINED', reason: 'forged' }) })
                  .then(r => done(r.status));""", caseId);
        assertEquals(403L, ((Number) status).longValue(), "the server refuses a forged post, not only the page");
        assertEquals("RECEIVED", given().auth().oauth2(officerToken).get("/requests/" + caseId).then().statusCode(200)
                .extract().path("status"));
    }

    // Helpers

    private String look(String name) throws Exception {
        assertEquals(List.of(), Axe.violations(browser), name + " in English");
        Chromium.screenshot(browser, name + "-en");
        return name;
    }

    private void signIn(String subject) {
        browser.get(url("/console"));
        waitOn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(subject);
        browser.findElement(By.id("sign-in")).click();
        waitOn(browser).until(ExpectedConditions.urlContains("/console/caseload"));
    }

    private static String openFund() {
        return given().auth().oauth2(Tokens.of("programme-manager")).contentType("application/json")
                .body(Map.of("name", "Flow Fund " + UUID.randomUUID(), "donor", "Example Donor", "totalBudget",
                        Map.of("amount", 50000, "currency", "EUR"), "periodStart", "2020-01-01", "periodEnd",
                        "2099-12-31"))
                .post("/funds").then().statusCode(201).extract().path("id");
    }

    private String url(String path) {
        return app.toString().replaceAll("/$", "") + path;
    }
}
