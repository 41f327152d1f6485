package org.haven.console;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.haven.support.DefenderFixtures.aDefender;
import static org.haven.support.RequestFixtures.aRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.haven.support.Database;
import org.haven.support.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;

/**
 * The console in a real headless Chromium against the application on its test port, signed in through
 * the authorization code flow of the test OIDC provider with real signed tokens. Each test is a user's
 * task; each signs in as its own synthetic person in its own team, so tests share no data.
 */
@QuarkusTest
class ConsoleBrowserTest {

    private static ChromeDriver browser;
    private static ChromeDriver withoutJavaScript;

    @OidcWireMock
    WireMockServer provider;

    @TestHTTPResource("/")
    URL app;

    @BeforeAll
    static void startBrowsers() throws IOException {
        browser = Chromium.start(true);
        withoutJavaScript = Chromium.start(false);
    }

    @AfterAll
    static void stopBrowsers() {
        if (browser != null) {
            browser.quit();
        }
        if (withoutJavaScript != null) {
            withoutJavaScript.quit();
        }
    }

    @BeforeEach
    void freshBrowsers() {
        ConsoleSignIn.providerPages(provider);
        for (ChromeDriver driver : List.of(browser, withoutJavaScript)) {
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.get("about:blank");
        }
        Chromium.consoleMessages(browser); // drop what earlier tests logged
    }

    @Test
    void officerSignsInAndSeesTheirCaseload() throws Exception {
        Desk desk = new Desk("protection-officer");
        String defender = aDefender().register(desk.token);
        String waiting = reference(desk.token, aRequest(defender).with("urgency", "URGENT")
                .with("summary", "Relocation of a family after threats").open(desk.token));
        String lateId = aRequest(defender).with("urgency", "IMMEDIATE").with("summary", "Trial monitoring").open(desk.token);
        String late = reference(desk.token, lateId);
        moveDeadline(lateId, Duration.ofHours(-3));
        Desk elsewhere = new Desk("protection-officer");
        String otherTeams = reference(elsewhere.token, aRequest(aDefender().register(elsewhere.token)).open(elsewhere.token));

        signIn(browser, desk);

        assertEquals("My caseload", browser.findElement(By.tagName("h1")).getText());
        WebElement html = browser.findElement(By.tagName("html"));
        assertEquals("en", html.getDomAttribute("lang"));
        assertEquals("ltr", html.getDomAttribute("dir"));
        String overdueSection = browser.findElement(By.cssSelector("section.section-overdue")).getText();
        String receivedSection = browser.findElement(By.cssSelector("section.section-received")).getText();
        assertTrue(overdueSection.contains(late) && overdueSection.contains("Overdue by 3 h"), overdueSection);
        assertTrue(receivedSection.contains(waiting) && receivedSection.matches("(?s).*(2 d 23 h|3 d 0 h) left.*"),
                "an URGENT case has 72 hours: " + receivedSection);
        String page = browser.getPageSource();
        assertTrue(page.indexOf(late) < page.indexOf(waiting), "overdue first");
        assertFalse(page.contains(otherTeams), "another team's case is not in this officer's caseload");
        assertTrue(browser.findElements(By.cssSelector(".notice")).isEmpty(), "an officer's page is not read-only");

        // htmx is served by Haven itself and refreshes the table in place (no page load)
        assertEquals("object", browser.executeScript("return typeof htmx"));
        browser.executeScript("window.havenMarker = 'same page'");
        WebElement table = browser.findElement(By.id("caseload"));
        browser.findElement(By.cssSelector("a.button[hx-get]")).click();
        waitOn(browser).until(ExpectedConditions.stalenessOf(table));
        assertEquals("same page", browser.executeScript("return window.havenMarker"));
        assertTrue(browser.findElement(By.id("caseload")).getText().contains(late));

        List<String> logged = Chromium.consoleMessages(browser);
        assertTrue(logged.stream().noneMatch(m -> m.contains("Content Security Policy") || m.contains("Refused")),
                "the page needs nothing the CSP forbids: " + logged);
        Chromium.screenshot(browser, "caseload-en");
        assertPkceS256(desk.subject);
        org.openqa.selenium.Cookie session = browser.manage().getCookies().stream()
                .filter(c -> c.getName().startsWith("q_session")).findFirst().orElseThrow();
        assertTrue(session.isHttpOnly(), "scripts cannot read the session");
        assertEquals("Lax", session.getSameSite());
        assertEquals("/console", session.getPath(), "the session cookie is only sent to the console");
    }

    @Test
    void officerSwitchesToDariWithoutJavaScriptAndThePageReadsRightToLeft() throws Exception {
        Desk desk = new Desk("protection-officer");
        String defender = aDefender().register(desk.token);
        String reference = reference(desk.token, aRequest(defender).open(desk.token));
        signIn(withoutJavaScript, desk);
        double brandLtr = withoutJavaScript.findElement(By.cssSelector(".brand")).getRect().getX();

        new Select(withoutJavaScript.findElement(By.id("language"))).selectByValue("prs");
        withoutJavaScript.findElement(By.cssSelector("form.language button")).click();
        waitOn(withoutJavaScript)
                .until(d -> "rtl".equals(d.findElement(By.tagName("html")).getDomAttribute("dir")));

        WebElement html = withoutJavaScript.findElement(By.tagName("html"));
        assertEquals("prs", html.getDomAttribute("lang"));
        assertEquals("دوسیه‌های من", withoutJavaScript.findElement(By.tagName("h1")).getText());
        double brandRtl = withoutJavaScript.findElement(By.cssSelector(".brand")).getRect().getX();
        double session = withoutJavaScript.findElement(By.cssSelector(".session")).getRect().getX();
        assertTrue(brandRtl > brandLtr && brandRtl > session, "the header mirrors: the name moves to the right");
        String asOf = withoutJavaScript.findElement(By.cssSelector(".as-of")).getText();
        assertTrue(asOf.matches(".*[۰-۹].*"), "dates in Dari digits: " + asOf);
        assertTrue(withoutJavaScript.getPageSource().contains(reference));
        Chromium.screenshot(withoutJavaScript, "caseload-prs");

        withoutJavaScript.navigate().refresh();
        assertEquals("rtl", withoutJavaScript.findElement(By.tagName("html")).getDomAttribute("dir"),
                "the choice is remembered");
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() throws Exception {
        Desk desk = new Desk("protection-officer");
        signIn(browser, desk);
        String token = browser.findElement(By.cssSelector("form.language input[name=csrf-token]")).getDomAttribute("value");
        assertTrue(token != null && token.length() > 20, "the form carries a token");

        HttpResponse<String> withToken = post("/console/language", "lang=fr&return=/console/caseload&csrf-token=" + token);
        HttpResponse<String> without = post("/console/language", "lang=fr&return=/console/caseload");
        HttpResponse<String> forged = post("/console/language", "lang=fr&csrf-token=" + token.substring(1) + "A");
        assertEquals(303, withToken.statusCode(), "sanity: the same request with its token is accepted");
        assertEquals(400, without.statusCode());
        assertEquals(400, forged.statusCode());
        assertTrue(without.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith(Language.COOKIE)));

        // the same in the browser: the token taken out of the form, the form sent
        browser.executeScript("document.querySelector('form.language input[name=csrf-token]').remove()");
        new Select(browser.findElement(By.id("language"))).selectByValue("prs");
        browser.findElement(By.cssSelector("form.language button")).click();
        waitOn(browser)
                .until(ExpectedConditions.textToBe(By.tagName("h1"), "This form could not be accepted"));
        assertEquals(List.of(), Axe.violations(browser), "refused-form page");
        browser.get(url("/console/caseload"));
        assertEquals("en", browser.findElement(By.tagName("html")).getDomAttribute("lang"), "nothing changed");
        assertEquals(400, post("/console/sign-out", "").statusCode(), "signing out is a checked form too");
        assertEquals(200, get("/console/caseload", cookieHeader()).statusCode(), "and the session goes on");
    }

    @Test
    void signingOutEndsTheSessionHereAndAtTheProvider() throws Exception {
        Desk desk = new Desk("protection-officer");
        signIn(browser, desk);
        assertTrue(browser.manage().getCookies().stream().anyMatch(c -> c.getName().startsWith("q_session")),
                "sanity: signed in with a session cookie");

        browser.findElement(By.cssSelector("form.sign-out button")).click();
        waitOn(browser).until(ExpectedConditions.urlContains("/console/signed-out"));

        assertEquals("You have signed out", browser.findElement(By.tagName("h1")).getText());
        provider.verify(getRequestedFor(urlPathEqualTo(ConsoleSignIn.REALM + "/logout"))
                .withQueryParam("id_token_hint", matching(".+")));
        assertTrue(browser.manage().getCookies().stream().noneMatch(c -> c.getName().startsWith("q_session")),
                "the session cookie is gone: " + browser.manage().getCookies());
        assertEquals(List.of(), Axe.violations(browser), "signed-out page");
        Chromium.screenshot(browser, "signed-out-en");
        browser.get(url("/console/caseload"));
        waitOn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertTrue(browser.getCurrentUrl().contains(ConsoleSignIn.REALM + "/authorize"), "asked to sign in again");
    }

    @Test
    void aConsoleLeftIdleForHalfAnHourSignsOut() throws Exception {
        Desk active = new Desk("protection-officer");
        signIn(browser, active);
        org.openqa.selenium.Cookie seen = browser.manage().getCookieNamed(IdleTimeout.COOKIE);
        assertTrue(seen != null && seen.isHttpOnly(), "each page renews the activity stamp");

        browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        Desk idle = new Desk("protection-officer", Duration.ofMinutes(31));
        browser.get(url("/console"));
        waitOn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(idle.subject);
        browser.findElement(By.id("sign-in")).click();

        waitOn(browser).until(ExpectedConditions.urlContains("/console/signed-out"));
        provider.verify(getRequestedFor(urlPathEqualTo(ConsoleSignIn.REALM + "/logout"))
                .withQueryParam("id_token_hint", matching(".+")));
        assertTrue(browser.manage().getCookies().stream().noneMatch(c -> c.getName().startsWith("q_session")));
    }

    @Test
    void auditorReadsTheCaseloadAndAnAdministratorMeetsAnErrorPageOnIt() throws Exception {
        Desk auditor = new Desk("auditor");
        signIn(browser, auditor);
        assertEquals("My caseload", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.cssSelector(".notice")).getText().contains("Your role does not change cases"));
        assertEquals(List.of("language", "sign-out"), browser.findElements(By.tagName("form")).stream()
                .map(f -> f.getDomAttribute("class")).toList(), "no write control, only the layout's forms");

        browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        Desk admin = new Desk("admin");
        // an administrator has no caseload: /console leads to the first page of their menu
        signIn(browser, admin, "Defenders");
        assertTrue(browser.getCurrentUrl().startsWith(url("/console/defenders")), browser.getCurrentUrl());
        browser.get(url("/console/caseload"));
        waitOn(browser).until(ExpectedConditions.textToBe(By.tagName("h1"), "You do not have access to this page"));
        String page = browser.getPageSource();
        assertFalse(page.contains("Exception") || page.contains("at org.") || page.contains("problem"), page);
        assertEquals(403, get("/console/caseload", cookieHeader()).statusCode());
        assertEquals(List.of(), Axe.violations(browser), "error page");
        Chromium.screenshot(browser, "forbidden-en");
        browser.findElement(By.cssSelector("form.sign-out button")).click();
        waitOn(browser).until(ExpectedConditions.urlContains("/console/signed-out"));
    }

    @Test
    void caseloadHasNoAccessibilityViolationsInEnglishOrDari() throws Exception {
        Desk desk = new Desk("protection-officer");
        String defender = aDefender().register(desk.token);
        aRequest(defender).open(desk.token);
        String late = aRequest(defender).with("urgency", "IMMEDIATE").open(desk.token);
        moveDeadline(late, Duration.ofHours(-30));
        signIn(browser, desk);

        assertEquals(List.of(), Axe.violations(browser), "caseload in English");
        new Select(browser.findElement(By.id("language"))).selectByValue("prs");
        browser.findElement(By.cssSelector("form.language button")).click();
        waitOn(browser)
                .until(d -> "rtl".equals(d.findElement(By.tagName("html")).getDomAttribute("dir")));
        assertEquals(List.of(), Axe.violations(browser), "caseload in Dari");
        assertNotEquals(List.of(), Axe.violationsOfUnlabelledField(browser), "axe reports what it must");
    }

    @Test
    void aFullCaseloadWeighsAtMost60KilobytesOnFirstLoadAndNeverLeavesTheOrigin() throws Exception {
        Desk desk = new Desk("protection-officer");
        String defender = aDefender().register(desk.token);
        for (int i = 0; i < CaseloadResource.SECTION_SIZE + 5; i++) {
            aRequest(defender).with("summary", "Synthetic request number " + i + " for the weight budget").open(desk.token);
        }
        signIn(browser, desk);
        browser.executeCdpCommand("Network.clearBrowserCache", Map.of());

        browser.get(url("/console/caseload"));
        waitOn(browser).until(ExpectedConditions.textToBe(By.tagName("h1"), "My caseload"));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> loads = (List<Map<String, Object>>) browser.executeScript("""
                return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                    .map(e => ({ name: e.name, transferred: e.transferSize, body: e.encodedBodySize, raw: e.decodedBodySize }));""");
        String origin = url("");
        long total = 0;
        for (Map<String, Object> load : loads) {
            assertTrue(load.get("name").toString().startsWith(origin), "a request left the origin: " + load.get("name"));
            total += ((Number) load.get("transferred")).longValue();
        }
        assertTrue(loads.stream().anyMatch(l -> l.get("name").toString().endsWith("/console/assets/htmx.min.js")), "htmx is measured");
        assertTrue(loads.stream().anyMatch(l -> l.get("name").toString().endsWith("/console/assets/console.css")), "styles are measured");
        assertTrue(browser.findElement(By.cssSelector("section.section-received")).getText().contains("Synthetic request number"));
        Map<String, Object> script = loads.stream().filter(l -> l.get("name").toString().endsWith("htmx.min.js")).findFirst().orElseThrow();
        assertTrue(((Number) script.get("body")).longValue() < ((Number) script.get("raw")).longValue() / 2,
                "htmx travels compressed: " + script);
        System.out.printf("Console weight: caseload with %d rows, first load %d bytes transferred in %d requests%n",
                CaseloadResource.SECTION_SIZE, total, loads.size());
        assertTrue(total <= 60 * 1024, "first load of a full caseload: " + total + " bytes, " + loads);
    }

    // Helpers

    /** A synthetic person with one role in a team of their own. */
    private final class Desk {
        final String subject;
        final List<String> teams;
        final String token;

        Desk(String role) {
            this(role, Duration.ZERO);
        }

        /** Someone whose sign-in at the provider was {@code signedInAgo} ago, with no console request since. */
        Desk(String role, Duration signedInAgo) {
            String id = UUID.randomUUID().toString().substring(0, 8);
            this.subject = role + "-" + id;
            this.teams = List.of("team-console-" + id);
            this.token = Tokens.inTeams(subject, teams, role);
            ConsoleSignIn.person(provider, subject, signedInAgo, teams, role);
        }
    }

    private void signIn(ChromeDriver driver, Desk desk) {
        signIn(driver, desk, "My caseload");
        assertTrue(driver.getCurrentUrl().startsWith(url("/console/caseload")), driver.getCurrentUrl());
    }

    private void signIn(ChromeDriver driver, Desk desk, String expectedHeading) {
        driver.get(url("/console"));
        WebDriverWait wait = waitOn(driver);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(desk.subject);
        driver.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), expectedHeading));
    }

    private static WebDriverWait waitOn(ChromeDriver driver) {
        return BrowserForms.waitOn(driver);
    }

    private String url(String path) {
        return app.toString().replaceAll("/$", "") + path;
    }

    private static String reference(String token, String id) {
        return given().auth().oauth2(token).get("/requests/" + id).then().statusCode(200).extract().path("reference");
    }

    private static void moveDeadline(String id, Duration fromNow) throws SQLException {
        try (Connection db = Database.asOwner();
                PreparedStatement update = db.prepareStatement(
                        "update assistance_request set decision_deadline = now() + make_interval(secs => ?) where id = ?")) {
            update.setLong(1, fromNow.toSeconds());
            update.setObject(2, UUID.fromString(id));
            assertEquals(1, update.executeUpdate());
        }
    }

    /** The PKCE verifier sent to the token endpoint is the S256 preimage of the challenge sent to sign in. */
    private void assertPkceS256(String subject) throws NoSuchAlgorithmException {
        List<LoggedRequest> tokens = provider.findAll(postRequestedFor(urlPathEqualTo(ConsoleSignIn.REALM + "/token"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("code=code-" + subject)));
        assertEquals(1, tokens.size(), "one code exchange");
        String verifier = form(tokens.get(0).getBodyAsString()).get("code_verifier");
        List<String> challenges = provider.findAll(getRequestedFor(urlPathEqualTo(ConsoleSignIn.REALM + "/authorize")))
                .stream().filter(r -> "S256".equals(r.queryParameter("code_challenge_method").firstValue()))
                .map(r -> r.queryParameter("code_challenge").firstValue()).toList();
        String expected = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        assertTrue(challenges.contains(expected), "the challenge of this sign-in matches its verifier");
    }

    private static Map<String, String> form(String body) {
        return java.util.Arrays.stream(body.split("&")).map(p -> p.split("=", 2)).collect(Collectors.toMap(
                p -> URLDecoder.decode(p[0], StandardCharsets.UTF_8),
                p -> p.length > 1 ? URLDecoder.decode(p[1], StandardCharsets.UTF_8) : "", (a, b) -> b));
    }

    private String cookieHeader() {
        return browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Cookie", cookieHeader()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String cookies) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", cookies)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
