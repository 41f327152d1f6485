package org.haven.console;

import static org.haven.console.BrowserForms.click;
import static org.haven.console.BrowserForms.fill;
import static org.haven.console.BrowserForms.problemOf;
import static org.haven.console.BrowserForms.waitOn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.haven.shared.security.Roles;
import org.haven.support.DefenderFixtures;
import org.haven.support.RequestFixtures;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.test.junit.QuarkusTest;

/**
 * An administrator's work in a real headless Chromium: the keys page and a rotation (refused once without
 * the confirmation), then a synthetic defender found by reference and erased, first with a wrong
 * confirmation (nothing erased), then for good. An officer of the defender's team then finds their page
 * and case showing the erased state. Every page is checked by axe-core and photographed in English and
 * in Dari (right to left) under target/console-screenshots/admin.
 */
@QuarkusTest
class ConsoleAdminFlowTest extends ChromiumFlow {

    @Test
    void anAdministratorRotatesTheKeysAndErasesADefender() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<String> teams = List.of("team-admin-flow-" + tag);
        String officerToken = Tokens.inTeams("officer-admin-flow-" + tag, teams, Roles.PROTECTION_OFFICER);
        String defenderId = DefenderFixtures.aDefender().with("pseudonym", "Flow Curlew " + tag).register(officerToken);
        String caseId = RequestFixtures.aRequest(defenderId).open(officerToken);
        String other = DefenderFixtures.aDefender().with("pseudonym", "Flow Dunlin " + tag).register(officerToken);
        String reference = ConsoleAdminPagesTest.reference(defenderId);
        String admin = "admin-flow-" + tag;
        ConsoleSignIn.person(provider, admin, teams, Roles.ADMIN);

        signIn(admin, "/console/defenders");
        look("defenders");

        // the keys: a rotation needs its confirmation, then shows what it did
        click(browser, linkTo("/console/admin/keys"));
        assertTrue(browser.findElement(By.id("primary-kek")).getText().contains("development"));
        look("keys");
        click(browser, "rotate");
        assertFalse(problemOf(browser, "confirm").isBlank(), "the missing confirmation is named next to the box");
        assertTrue(browser.findElements(By.id("rotation-result")).isEmpty(), "nothing ran");
        look("keys-refused");
        fill(browser, "confirm", "true");
        click(browser, "rotate");
        assertTrue(browser.findElement(By.id("rotation-result")).getText().contains("Rotation finished"));
        look("keys-rotated");

        // find the defender by reference and erase them: a wrong confirmation first
        click(browser, linkTo("/console/defenders"));
        fill(browser, "q", reference);
        click(browser, "search");
        click(browser, linkTo("/console/defenders/" + defenderId));
        look("defender");
        click(browser, "erase-link");
        look("erasure");
        fill(browser, "reason", "The defender asked to be forgotten");
        fill(browser, "confirmation", "HRD-000000");
        click(browser, "erase");
        assertTrue(problemOf(browser, "confirmation").contains("Nothing was erased"));
        assertEquals("The defender asked to be forgotten",
                browser.findElement(By.name("reason")).getDomProperty("value"), "the reason typed stays");
        assertEquals("ACTIVE", ConsoleAdminPagesTest.status(defenderId), "a wrong confirmation erases nothing");
        look("erasure-refused");
        fill(browser, "confirmation", reference);
        click(browser, "erase");
        assertTrue(browser.getCurrentUrl().endsWith("/console/defenders/" + defenderId), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.id("erased-notice")).isDisplayed(), "the erased state is shown");
        assertFalse(browser.getPageSource().contains("Flow Curlew"), "the pseudonym is gone");
        assertTrue(browser.findElements(By.id("erase-link")).isEmpty());
        assertEquals("ERASED", ConsoleAdminPagesTest.status(defenderId));
        look("defender-erased");

        // the same pages in Dari: right to left, accessible, photographed
        new Select(browser.findElement(By.id("language"))).selectByValue("prs");
        browser.findElement(By.cssSelector("form.language button")).click();
        waitOn(browser).until(d -> "rtl".equals(d.findElement(By.tagName("html")).getDomAttribute("dir")));
        Map<String, String> again = new LinkedHashMap<>();
        again.put("defenders", "/console/defenders");
        again.put("keys", "/console/admin/keys");
        again.put("defender", "/console/defenders/" + other);
        again.put("erasure", "/console/defenders/" + other + "/erasure");
        again.put("defender-erased", "/console/defenders/" + defenderId);
        for (Map.Entry<String, String> page : again.entrySet()) {
            browser.get(url(page.getValue()));
            assertEquals("rtl", browser.findElement(By.tagName("html")).getDomAttribute("dir"), page.getValue());
            assertEquals(List.of(), Axe.violations(browser), page.getKey() + " in Dari");
            Chromium.screenshot(browser, "admin/" + page.getKey() + "-prs");
        }
        browser.get(url("/console/defenders/" + other + "/erasure"));
        fill(browser, "reason", "دلیل آزمایشی");
        fill(browser, "confirmation", "");
        click(browser, "erase");
        assertFalse(problemOf(browser, "confirmation").isBlank(), "the problem in Dari, next to its field");
        assertEquals(List.of(), Axe.violations(browser), "refused erasure in Dari");
        Chromium.screenshot(browser, "admin/erasure-refused-prs");
        assertEquals("ACTIVE", ConsoleAdminPagesTest.status(other));

        // an officer of the defender's team sees what remains, and the case still opens
        String officer = "officer-admin-flow-" + tag;
        ConsoleSignIn.person(provider, officer, teams, Roles.PROTECTION_OFFICER);
        browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        signIn(officer, "/console/caseload");
        browser.get(url("/console/defenders/" + defenderId));
        assertTrue(browser.findElement(By.id("erased-notice")).isDisplayed());
        assertTrue(browser.findElements(By.id("show-sensitive")).isEmpty(), "nothing protected to show");
        look("officer-defender-erased");
        click(browser, linkTo("/console/cases/" + caseId));
        assertTrue(browser.getPageSource().contains("Erased " + reference), "the case names what is left");
        look("officer-case-erased");
    }

    // Helpers

    private void look(String name) throws Exception {
        assertEquals(List.of(), Axe.violations(browser), name + " in English");
        Chromium.screenshot(browser, "admin/" + name + "-en");
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
