package org.haven.console;

import static io.restassured.RestAssured.given;
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
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * An officer's notifications in a real headless Chromium: a manager assigns them a case through the API,
 * the menu shows "1 unread", the list shows the assignment, its link opens the case, "Mark read" clears
 * the badge, and the e-mail preferences are changed (a refused time zone first). Every page is checked by
 * axe-core and photographed in English and in Dari (right to left) under
 * target/console-screenshots/notifications.
 */
@QuarkusTest
class ConsoleNotificationsFlowTest extends ChromiumFlow {

    @Test
    void anOfficerIsToldOfAnAssignmentReadsItAndChoosesQuietHours() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<String> teams = List.of("team-notify-flow-" + tag);
        String officer = "officer-notify-flow-" + tag;
        String officerToken = Tokens.inTeams(officer, teams, Roles.PROTECTION_OFFICER);
        String managerToken = Tokens.inTeams("manager-notify-flow-" + tag, teams, Roles.PROGRAMME_MANAGER);
        given().auth().oauth2(officerToken).get("/notifications").then().statusCode(200);
        String defenderId = DefenderFixtures.aDefender().register(officerToken);
        String caseId = RequestFixtures.aRequest(defenderId).open(officerToken);
        String reference = given().auth().oauth2(officerToken).get("/requests/" + caseId).then().statusCode(200)
                .extract().path("reference");
        given().auth().oauth2(managerToken).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("officer", officer)).put("/requests/" + caseId + "/assignee").then().statusCode(200);
        String notificationId = given().auth().oauth2(officerToken).get("/notifications").then().statusCode(200)
                .extract().path("items.find { it.reference == '" + reference + "' }.id");
        ConsoleSignIn.person(provider, officer, teams, Roles.PROTECTION_OFFICER);

        // the menu says how many are unread, in words that are part of the link's name
        signIn(officer, "/console/caseload");
        WebElement entry = browser.findElement(By.cssSelector("header nav a[href='/console/notifications']"));
        assertEquals("Notifications 1 unread", entry.getText().replaceAll("\\s+", " ").trim());
        assertEquals("1 unread", entry.findElement(By.className("nav-badge")).getText());
        look("caseload-badge");

        // the list: the assignment, unread in words, its case one click away
        click(browser, linkTo("/console/notifications"));
        WebElement row = browser.findElement(By.id("n-" + notificationId));
        assertTrue(row.getText().contains("Unread"), row.getText());
        assertTrue(row.getText().contains("Case assigned to you"), row.getText());
        assertTrue(row.getText().contains(reference), row.getText());
        assertEquals("page", browser.findElement(By.cssSelector("header nav a[href='/console/notifications']"))
                .getDomAttribute("aria-current"));
        look("list");
        click(browser, linkTo("/console/cases/" + caseId));
        assertTrue(browser.getCurrentUrl().endsWith("/console/cases/" + caseId), browser.getCurrentUrl());
        assertTrue(browser.getPageSource().contains(reference));

        // mark it read: the badge goes, the row says "Read", the notice is announced
        browser.get(url("/console/notifications"));
        click(browser, "mark-read-" + notificationId);
        assertEquals("status", browser.findElement(By.id("notifications-done")).getDomAttribute("role"));
        assertEquals("Read", browser.findElement(By.cssSelector("#n-" + notificationId + " .notification-state")).getText());
        assertTrue(browser.findElements(By.cssSelector("header .nav-badge")).isEmpty(), "nothing unread");
        assertEquals(Boolean.TRUE, given().auth().oauth2(officerToken).get("/notifications").then()
                .extract().path("items.find { it.id == '" + notificationId + "' }.read"));
        look("list-read");

        // preferences: an unknown zone is refused next to its field, then quiet hours and a digest are saved
        click(browser, "preferences-link");
        look("preferences");
        fill(browser, "timeZone", "Mars/Olympus");
        click(browser, "save-preferences");
        assertTrue(problemOf(browser, "timeZone").contains("does not know this time zone"), problemOf(browser, "timeZone"));
        assertEquals("Mars/Olympus", browser.findElement(By.name("timeZone")).getDomProperty("value"));
        look("preferences-refused");
        fill(browser, "timeZone", "Asia/Kabul");
        time("quietFrom", "22:00");
        time("quietUntil", "07:00");
        fill(browser, "digestHour", "7");
        click(browser, "save-preferences");
        assertTrue(browser.findElement(By.id("preferences-saved")).isDisplayed());
        JsonPath saved = given().auth().oauth2(officerToken).get("/notifications/preferences").then().statusCode(200)
                .extract().jsonPath();
        assertEquals("Asia/Kabul", saved.getString("timeZone"));
        assertEquals("22:00", saved.getString("quietFrom"));
        assertEquals("07:00", saved.getString("quietUntil"));
        assertEquals(7, saved.getInt("digestHour"));
        assertTrue(saved.getBoolean("emailEnabled"));
        look("preferences-saved");

        // in Dari: right to left, accessible, photographed
        new Select(browser.findElement(By.id("language"))).selectByValue("prs");
        browser.findElement(By.cssSelector("form.language button")).click();
        waitOn(browser).until(d -> "rtl".equals(d.findElement(By.tagName("html")).getDomAttribute("dir")));
        Map<String, String> again = new LinkedHashMap<>();
        again.put("list", "/console/notifications");
        again.put("preferences", "/console/notifications/preferences");
        for (Map.Entry<String, String> page : again.entrySet()) {
            browser.get(url(page.getValue()));
            assertEquals("rtl", browser.findElement(By.tagName("html")).getDomAttribute("dir"), page.getValue());
            assertEquals(List.of(), Axe.violations(browser), page.getKey() + " in Dari");
            Chromium.screenshot(browser, "notifications/" + page.getKey() + "-prs");
        }
        fill(browser, "timeZone", "Mars/Olympus");
        click(browser, "save-preferences");
        assertFalse(problemOf(browser, "timeZone").isBlank(), "the problem in Dari, next to its field");
        assertEquals(List.of(), Axe.violations(browser), "refused preferences in Dari");
        Chromium.screenshot(browser, "notifications/preferences-refused-prs");
        assertEquals("Asia/Kabul", given().auth().oauth2(officerToken).get("/notifications/preferences").then()
                .extract().path("timeZone"), "a refused form saves nothing");
    }

    // Helpers

    private void look(String name) throws Exception {
        assertEquals(List.of(), Axe.violations(browser), name + " in English");
        Chromium.screenshot(browser, "notifications/" + name + "-en");
    }

    /** Time controls take keyboard input in the browser's locale; set the value as the form sends it. */
    private void time(String name, String value) {
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.name(name)), value);
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
