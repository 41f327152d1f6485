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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.haven.shared.security.Roles;
import org.haven.support.DefenderFixtures;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Organisations and activities in a real headless Chromium: an officer registers an organisation (a missing name
 * refused first), changes its profile, links a defender found by a search, changes its contact channels once shown
 * with a reason and reads its history; plans an activity with the organisation as partner, adds the defender (found
 * by a search) as a participant who agreed to be listed, changes its details and its location, reads its history and proposes a travel cost. Every page is checked by axe-core, in English and in Dari (right to left),
 * and photographed under target/console-screenshots/groups.
 */
@QuarkusTest
class ConsoleGroupsFlowTest extends ChromiumFlow {

    @Test
    void anOfficerRegistersEditsAndLinksAnOrganisationThenPlansEditsAndLocatesAnActivityWithIt() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<String> teams = List.of("team-groups-flow-" + tag);
        String officer = "officer-groups-flow-" + tag;
        String officerToken = Tokens.inTeams(officer, teams, Roles.PROTECTION_OFFICER);
        String defenderId = DefenderFixtures.aDefender().register(officerToken);
        String defenderReference = given().auth().oauth2(officerToken).get("/defenders/" + defenderId).then()
                .extract().path("reference");
        ConsoleSignIn.person(provider, officer, teams, Roles.PROTECTION_OFFICER);
        signIn(officer, "/console/caseload");

        browser.get(url("/console/organisations"));
        look("organisations-empty");
        click(browser, "register-link");
        look("register");
        fill(browser, "types", "PARTNER");
        click(browser, "register");
        assertFalse(problemOf(browser, "name").isBlank(), "a missing name is said next to it");
        look("register-refused");
        fill(browser, "name", "Synthetic Flow Network " + tag);
        fill(browser, "country", "PK");
        fill(browser, "contacts[0].channel", "SIGNAL");
        fill(browser, "contacts[0].value", "+00-555-flow-" + tag);
        click(browser, "register");
        waitOn(browser).until(ExpectedConditions.urlMatches(".*/console/organisations/[0-9a-f-]{36}\\?done=registered$"));
        String organisationPath = browser.getCurrentUrl().replaceAll("^.*(/console/organisations/[0-9a-f-]{36}).*$",
                "$1");
        assertFalse(browser.getPageSource().contains("+00-555-flow-" + tag), "contacts only with a reason");

        click(browser, "edit-profile");
        fill(browser, "name", "Synthetic Flow Alliance " + tag);
        look("profile");
        click(browser, "save-profile");
        waitOn(browser).until(ExpectedConditions.urlMatches(".*\\?done=profile$"));
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Synthetic Flow Alliance " + tag));

        fillIn(browser, "link-search", "q", defenderReference);
        click(browser, "find-to-link");
        look("link");
        fill(browser, "defenderId", defenderId);
        fill(browser, "role", "STAFF");
        click(browser, "link");
        assertTrue(browser.findElement(By.id("members")).getText().contains(defenderReference));
        look("organisation");

        fillIn(browser, "show-contacts", "contactsReason", "Confirming the new number");
        click(browser, "show-contacts-submit");
        assertTrue(browser.findElement(By.id("contacts")).getText().contains("+00-555-flow-" + tag));
        fill(browser, "contacts[0].value", "+00-555-moved-" + tag);
        look("contacts");
        click(browser, "save-contacts");
        waitOn(browser).until(ExpectedConditions.urlMatches(".*\\?done=contacts$"));
        assertFalse(browser.getPageSource().contains("+00-555-moved-" + tag), "hidden again once saved");
        click(browser, "history-link");
        assertTrue(browser.findElement(By.id("audit-entries")).getText().contains("ORGANISATION_CONTACTS_CHANGED"));
        assertFalse(browser.getPageSource().contains("+00-555-moved-" + tag), "never a contact in the history");
        look("organisation-history");

        browser.get(url("/console/activities/new"));
        fill(browser, "type", "WORKSHOP");
        fill(browser, "title", "Synthetic flow workshop " + tag);
        fill(browser, "startsOn", LocalDate.now(ZoneOffset.UTC).plusDays(14).toString());
        fill(browser, "endsOn", LocalDate.now(ZoneOffset.UTC).plusDays(15).toString());
        fill(browser, "partnerOrganisationIds", organisationPath.substring(organisationPath.lastIndexOf('/') + 1));
        look("plan");
        click(browser, "plan");
        waitOn(browser).until(ExpectedConditions.urlMatches(".*/console/activities/[0-9a-f-]{36}\\?done=planned$"));
        String activityPath = browser.getCurrentUrl().replaceAll("^.*(/console/activities/[0-9a-f-]{36}).*$", "$1");
        assertTrue(browser.findElement(By.id("partners")).getText().length() > 0, "the partner is named");

        fillIn(browser, "add-search", "q", defenderReference);
        click(browser, "find-to-add");
        fill(browser, "defenderId", defenderId);
        fill(browser, "consentToBeListed", "true");
        look("add");
        click(browser, "add-participant");
        assertTrue(browser.findElement(By.id("participants")).getText().contains(defenderReference));
        look("activity");

        click(browser, "edit-details");
        fill(browser, "title", "Synthetic flow strategy meeting " + tag);
        fill(browser, "type", "STRATEGY_MEETING");
        look("details");
        click(browser, "save-details");
        waitOn(browser).until(ExpectedConditions.urlMatches(".*\\?done=details$"));
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Synthetic flow strategy meeting " + tag));

        fillIn(browser, "show-location", "locationReason", "Moving the meeting");
        click(browser, "show-location-submit");
        fill(browser, "location", "Synthetic safe venue " + tag);
        look("location");
        click(browser, "save-location");
        waitOn(browser).until(ExpectedConditions.urlMatches(".*\\?done=location$"));
        click(browser, "history-link");
        assertTrue(browser.findElement(By.id("audit-entries")).getText().contains("ACTIVITY_LOCATION_CHANGED"));
        assertFalse(browser.getPageSource().contains("Synthetic safe venue " + tag), "never the location in the history");
        look("activity-history");

        String fundId = org.haven.support.GrantFixtures.aFund(20000, "EUR");
        browser.get(url(activityPath + "/costs"));
        look("costs-empty");
        click(browser, "propose-grant");
        fill(browser, "costCategory", "TRAVEL");
        fill(browser, "fundId", fundId);
        fill(browser, "amount.amount", "1200");
        fill(browser, "purpose", "Synthetic: flights for the meeting");
        look("cost-form");
        click(browser, "propose");
        waitOn(browser).until(ExpectedConditions.urlMatches(".*/console/activities/[0-9a-f-]{36}/costs$"));
        assertTrue(browser.findElement(By.id("grants")).getText().contains("1,200"), "the cost is listed");
        look("costs");

        new Select(browser.findElement(By.id("language"))).selectByValue("prs");
        browser.findElement(By.cssSelector("form.language button")).click();
        waitOn(browser).until(d -> "rtl".equals(d.findElement(By.tagName("html")).getDomAttribute("dir")));
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("organisations", "/console/organisations");
        pages.put("organisation", organisationPath);
        pages.put("activities", "/console/activities");
        pages.put("activity", activityPath);
        pages.put("profile", organisationPath + "/profile");
        pages.put("link", organisationPath + "/members/new?q=" + defenderReference);
        pages.put("organisation-history", organisationPath + "/history");
        pages.put("details", activityPath + "/details");
        pages.put("add", activityPath + "/participants/new?q=" + defenderReference);
        pages.put("activity-history", activityPath + "/history");
        pages.put("costs", activityPath + "/costs");
        pages.put("cost-form", activityPath + "/costs/new");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            browser.get(url(page.getValue()));
            assertEquals("rtl", browser.findElement(By.tagName("html")).getDomAttribute("dir"));
            assertEquals(List.of(), Axe.violations(browser), page.getKey() + " in Dari");
            Chromium.screenshot(browser, "groups/" + page.getKey() + "-prs");
        }
    }

    private void look(String name) throws Exception {
        assertEquals(List.of(), Axe.violations(browser), name + " in English");
        Chromium.screenshot(browser, "groups/" + name + "-en");
    }

    private void signIn(String subject, String home) {
        browser.get(url("/console"));
        waitOn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(subject);
        browser.findElement(By.id("sign-in")).click();
        waitOn(browser).until(ExpectedConditions.urlContains(home));
    }

    private String url(String path) {
        return app.toString().replaceAll("/$", "") + path;
    }
}
