package org.haven.console;

import static org.haven.console.BrowserForms.click;
import static org.haven.console.BrowserForms.fill;
import static org.haven.console.BrowserForms.fillIn;
import static org.haven.console.BrowserForms.problemOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A protection officer's day in the console, step by step as a person clicks through it, for any signed-in
 * browser: the test provider's ({@link ConsoleOfficerFlowTest}) and the real Keycloak's in the end-to-end
 * suite. Each step checks what the person sees; {@link Look} is told each page worth a look (axe-core and
 * a screenshot, or nothing). Data is synthetic.
 */
public final class OfficerJourney {

    /** Called on each page the person lands on, with a short name for it. */
    @FunctionalInterface
    public interface Look {
        void at(String page) throws Exception;
    }

    private final ChromeDriver browser;
    private final String origin;
    private final Look look;
    private final String tag;

    /** @param origin e.g. http://localhost:8081, without a trailing slash; @param tag makes names unique */
    public OfficerJourney(ChromeDriver browser, String origin, Look look, String tag) {
        this.browser = browser;
        this.origin = origin;
        this.look = look;
        this.tag = tag;
    }

    public String pseudonym() {
        return "Flow Pseudonym " + tag;
    }

    /** From the menu to a registered defender; the first try misses the pseudonym. Answers the defender's id. */
    public String registerDefender() throws Exception {
        click(browser, linkTo("/console/defenders"));
        look.at("defenders");
        click(browser, "register-link");
        fill(browser, "currentCountry", "PK");
        fill(browser, "riskLevel", "HIGH");
        fill(browser, "areasOfWork", "WOMENS_RIGHTS");
        fill(browser, "legalName", "Synthetic Legal Name " + tag);
        fill(browser, "currentCity", "Synthetic City");
        fill(browser, "riskNotes", "Synthetic notes on threats");
        click(browser, "register");
        assertFalse(problemOf(browser, "pseudonym").isBlank(), "the missing pseudonym is named next to its field");
        assertEquals("Synthetic City", browser.findElement(By.name("currentCity")).getDomProperty("value"),
                "what the officer typed is kept");
        assertTrue(browser.findElement(By.id("form-problems")).isDisplayed(), "the summary at the top");
        look.at("register-refused");
        fill(browser, "pseudonym", pseudonym());
        click(browser, "register");
        assertTrue(browser.getCurrentUrl().matches(".*/console/defenders/[0-9a-f-]{36}"), browser.getCurrentUrl());
        assertTrue(browser.getPageSource().contains(pseudonym()));
        assertFalse(browser.getPageSource().contains("Synthetic Legal Name"), "protected details are not shown by default");
        look.at("defender");
        return browser.getCurrentUrl().replaceAll(".*/", "");
    }

    /** "Show, with a reason" on the defender's page. */
    public void showProtectedDetails() throws Exception {
        fillIn(browser, "show-sensitive", "reason", "Preparing a relocation request");
        click(browser, "show");
        assertTrue(browser.getPageSource().contains("Synthetic Legal Name " + tag), "shown after giving a reason");
        look.at("defender-protected-details");
    }

    /** From the defender's page, opens a request with one plain form post (no script needed). */
    public String openRequest() throws Exception {
        click(browser, "open-request");
        fill(browser, "assistanceTypes", "LEGAL");
        fill(browser, "urgency", "STANDARD");
        fill(browser, "summary", "Flow legal request " + tag);
        fill(browser, "intakeChannel", "EMAIL");
        click(browser, "open");
        assertTrue(browser.getCurrentUrl().matches(".*/console/cases/[0-9a-f-]{36}"), browser.getCurrentUrl());
        return browser.getCurrentUrl().replaceAll(".*/console/cases/", "");
    }

    /** From the defender's page, opens a request; the form is sent three times (a double click and a resend). */
    public String openRequestSentThreeTimes() throws Exception {
        click(browser, "open-request");
        look.at("open-request");
        fill(browser, "assistanceTypes", "TEMPORARY_RELOCATION");
        fill(browser, "urgency", "URGENT");
        fill(browser, "summary", "Flow relocation request " + tag);
        fill(browser, "narrative", "Synthetic narrative of the threats");
        fill(browser, "intakeChannel", "SIGNAL");
        browser.executeScript("""
                const form = document.getElementById('open-request-form');
                const send = () => fetch(form.action, { method: 'POST', body: new URLSearchParams(new FormData(form)),
                    redirect: 'manual', credentials: 'same-origin' });
                return Promise.all([send(), send()]);""");
        click(browser, "open");
        assertTrue(browser.getCurrentUrl().matches(".*/console/cases/[0-9a-f-]{36}"), browser.getCurrentUrl());
        look.at("case");
        return browser.getCurrentUrl().replaceAll(".*/console/cases/", "");
    }

    /** Takes the case into assessment with a reason, then records the assessment with a relocation plan. */
    public void assess() throws Exception {
        fillIn(browser, "transition-form", "to", "IN_ASSESSMENT");
        fillIn(browser, "transition-form", "reason", "Documents received from the partner");
        click(browser, "change-status");
        assertTrue(browser.findElement(By.id("timeline")).getText().contains("Documents received from the partner"),
                "the transition and its reason are in the case timeline");
        fill(browser, "identity.result", "MET");
        fill(browser, "situation.result", "MET");
        fill(browser, "need.result", "MET");
        fill(browser, "riskAssessment", "Synthetic risk assessment: credible threats");
        fill(browser, "relocation.hostCountry", "DE");
        fill(browser, "relocation.plannedDurationMonths", "6");
        fill(browser, "relocation.familyMembersIncluded", "2");
        click(browser, "save-assessment");
        assertNoProblems("the assessment");
    }

    /** From the case page, proposes a grant from the fund; back on the case page. */
    public void proposeGrant(String fundId, String caseId) throws Exception {
        click(browser, "propose-grant");
        look.at("propose-grant");
        fill(browser, "fundId", fundId);
        fill(browser, "amount.amount", "1500");
        fill(browser, "purpose", "Three months of rent in a safe city");
        click(browser, "propose");
        assertNoProblems("the grant");
        assertTrue(browser.getCurrentUrl().contains("/console/cases/" + caseId), browser.getCurrentUrl());
    }

    /** From the case page, plans a check-in, finds it in the queue and records its outcome. Answers its path. */
    public String followUp() throws Exception {
        click(browser, "plan-follow-up");
        look.at("plan-follow-up");
        fill(browser, "type", "CHECK_IN");
        fill(browser, "dueOn", LocalDate.now().plusDays(7).toString());
        click(browser, "plan");
        assertNoProblems("the follow-up");
        click(browser, linkTo("/console/follow-ups"));
        look.at("follow-ups");
        List<WebElement> links = browser.findElements(By.cssSelector("a[href^='/console/follow-ups/']"));
        assertFalse(links.isEmpty(), "the planned follow-up is in the queue");
        String path = links.get(0).getDomAttribute("href");
        browser.get(origin + path);
        look.at("follow-up");
        fill(browser, "outcome", "SAFE");
        fill(browser, "notes", "Synthetic check-in notes");
        click(browser, "record-outcome");
        assertNoProblems("the outcome");
        return path;
    }

    public void signOut() {
        WebElement button = browser.findElement(By.cssSelector("form.sign-out button"));
        browser.executeScript("arguments[0].id = 'sign-out-button'", button);
        click(browser, "sign-out-button");
    }

    private void assertNoProblems(String what) {
        List<WebElement> problems = browser.findElements(By.id("form-problems"));
        assertTrue(problems.isEmpty(), what + " was refused: " + (problems.isEmpty() ? "" : problems.get(0).getText()));
    }

    /** Gives the element that links to a path an id, so that it can be clicked like any other. */
    private String linkTo(String path) {
        WebElement link = browser.findElement(By.cssSelector("a[href='" + path + "']"));
        browser.executeScript("arguments[0].id = arguments[0].id || 'go-' + Math.random().toString(36).slice(2)", link);
        return link.getDomAttribute("id");
    }
}
