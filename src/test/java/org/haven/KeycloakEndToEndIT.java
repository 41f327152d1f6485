package org.haven;

import static io.restassured.RestAssured.given;
import static org.haven.support.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.haven.console.BrowserForms;
import org.haven.console.Chromium;
import org.haven.console.OfficerJourney;
import org.haven.export.verify.ExportVerifier;
import org.haven.support.DefenderFixtures;
import org.haven.support.PackagedHaven;
import org.haven.support.PostgresResource;
import org.haven.support.RequestFixtures;
import org.haven.support.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The whole mission against a real Keycloak (keycloak-quarkus-dist, realm deploy/keycloak/
 * haven-dev-realm.json) and the packaged service in its production profile: tokens come from
 * Keycloak's password grant, so realm, clients, role and team mappers, audience and issuer must
 * all fit. Part of {@code ./mvnw verify}; the pom unpacks the Keycloak distribution before it runs.
 */
class KeycloakEndToEndIT {

    private static final PostgresResource POSTGRES = new PostgresResource();
    private static Process keycloak;
    private static PackagedHaven haven;
    private static int keycloakPort;
    private static int havenPort;

    @BeforeAll
    static void start() throws Exception {
        Path home;
        try (Stream<Path> dirs = Files.list(Path.of("target", "keycloak"))) {
            home = dirs.filter(d -> d.getFileName().toString().startsWith("keycloak-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("target/keycloak holds no distribution: run mvn verify"));
        }
        // start from an empty Keycloak database: --import-realm skips realms that already exist
        Path h2 = home.resolve("data").resolve("h2");
        if (Files.exists(h2)) {
            try (Stream<Path> files = Files.walk(h2)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        Path imports = home.resolve("data").resolve("import");
        Files.createDirectories(imports);
        // the realm as shipped, with the console's callback on this run's port instead of 8080
        havenPort = PackagedHaven.freePort();
        Files.writeString(imports.resolve("haven-dev-realm.json"), Files.readString(Path.of("deploy", "keycloak",
                "haven-dev-realm.json")).replace("localhost:8080/console/", "localhost:" + havenPort + "/console/"));
        keycloakPort = PackagedHaven.freePort();
        ProcessBuilder kc = new ProcessBuilder("bash", home.resolve("bin").resolve("kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + keycloakPort, "--import-realm",
                "--http-management-port=" + PackagedHaven.freePort())
                .redirectErrorStream(true).redirectOutput(Path.of("target", "keycloak.log").toFile());
        kc.environment().put("JAVA_HOME", System.getProperty("java.home"));
        keycloak = kc.start();
        PackagedHaven.awaitOk(java.net.URI.create(issuer() + "/.well-known/openid-configuration"),
                Duration.ofSeconds(180));
        Map<String, String> env = PackagedHaven.environment(POSTGRES.start(), issuer());
        env.put("QUARKUS_HTTP_PORT", String.valueOf(havenPort));
        env.put("HAVEN_CONSOLE_SIGN_IN_ORIGIN", "http://127.0.0.1:" + keycloakPort);
        haven = PackagedHaven.start(env, "e2e-haven.log");
        haven.awaitReady();
    }

    @AfterAll
    static void stop() throws Exception {
        if (haven != null) {
            haven.close();
        }
        if (keycloak != null) {
            keycloak.destroy();
            keycloak.waitFor();
        }
        POSTGRES.stop();
    }

    private static String issuer() {
        return "http://127.0.0.1:" + keycloakPort + "/realms/haven-dev";
    }

    /** A real access token from Keycloak's password grant (dev realm only). */
    private static String login(String user) {
        return login(user, "haven-dev-cli");
    }

    private static String login(String user, String client) {
        return given().formParams(Map.of("grant_type", "password", "client_id", client, "username", user,
                "password", user + "-dev-password"))
                .post(issuer() + "/protocol/openid-connect/token").then().statusCode(200).extract()
                .path("access_token");
    }

    private static RequestSpecification as(String token) {
        return given().baseUri("http://localhost").port(haven.port()).auth().oauth2(token);
    }

    @Test
    void theWholeMission() throws Exception {
        String olivia = login("olivia");
        String omar = login("omar");
        String maria = login("maria");
        String mehdi = login("mehdi");
        String aude = login("aude");

        // an officer registers a defender and logs an urgent relocation request
        String defender = as(olivia).contentType(ContentType.JSON).body(DefenderFixtures.aDefender().body())
                .post("/defenders").then().statusCode(201).body("team", equalTo("north-desk")).extract().path("id");
        String request = as(olivia).contentType(ContentType.JSON).body(RequestFixtures.aRequest(defender)
                .with("urgency", "URGENT").with("assistanceTypes", List.of("TEMPORARY_RELOCATION")).body())
                .post("/requests").then().statusCode(201).extract().path("id");

        // a manager gives it to a second officer (another desk), who assesses it and proposes a grant
        String omarSubject = subject(omar);
        as(maria).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("officer", omarSubject))
                .put("/requests/" + request + "/assignee").then().statusCode(200);
        as(omar).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("target", "IN_ASSESSMENT"))
                .post("/requests/" + request + "/transitions").then().statusCode(200);
        Map<String, Object> assessment = RequestFixtures.anAssessment();
        assessment.put("relocation", Map.of("hostCountry", "DE", "plannedDurationMonths", 6,
                "familyMembersIncluded", 2));
        as(omar).contentType(ContentType.JSON).header("If-Match", "\"2\"").body(assessment)
                .put("/requests/" + request + "/assessment").then().statusCode(200);
        String fund = as(maria).contentType(ContentType.JSON).body(Map.of("name", "E2E Fund", "donor",
                "Example Donor", "totalBudget", Map.of("amount", 50000, "currency", "EUR"), "periodStart",
                "2020-01-01", "periodEnd", "2099-12-31")).post("/funds").then().statusCode(201).extract().path("id");
        Map<String, Object> proposal = new HashMap<>(Map.of("requestId", request, "fundId", fund, "amount",
                Map.of("amount", 3000, "currency", "EUR"), "purpose", "Six months of relocation"));
        String grant = as(omar).contentType(ContentType.JSON).body(proposal).post("/grants").then().statusCode(201)
                .extract().path("id");

        // the proposer is refused; a manager approves
        assertProblem(as(omar).contentType(ContentType.JSON).body(Map.of("decision", "APPROVE"))
                .post("/grants/" + grant + "/decisions").then(), 403, "forbidden");
        as(maria).contentType(ContentType.JSON).body(Map.of("decision", "APPROVE", "comment", "Meets all criteria",
                "dueDiligence", Map.of("sanctionsScreened", true, "fundedElsewhere", false)))
                .post("/grants/" + grant + "/decisions").then().statusCode(200).body("status", equalTo("APPROVED"));

        // money is paid, follow-ups are done, the case closes
        as(mehdi).contentType(ContentType.JSON).header("Idempotency-Key", "e2e-payment-1")
                .body(Map.of("amount", Map.of("amount", 3000, "currency", "EUR"), "paidOn", "2026-01-15", "method",
                        "BANK_TRANSFER", "reference", "TRX-E2E-1"))
                .post("/grants/" + grant + "/disbursements").then().statusCode(201);
        List<String> followUps = as(olivia).queryParam("requestId", request).queryParam("status", "PLANNED")
                .get("/follow-ups").then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
        assertEquals(2, followUps.size());
        for (String followUp : followUps) {
            as(olivia).contentType(ContentType.JSON).body(Map.of("completedAt", "2026-02-15T10:00:00Z", "outcome",
                    "SAFE")).post("/follow-ups/" + followUp + "/outcome").then().statusCode(200);
        }
        String etag = as(olivia).get("/requests/" + request).then().extract().header("ETag");
        as(olivia).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("target", "CLOSED", "reason", "Support completed; defender safe"))
                .post("/requests/" + request + "/transitions").then().statusCode(200).body("status", equalTo("CLOSED"));

        // an auditor exports the case history and the offline verifier accepts it; an officer may not
        Path export = Files.createTempFile("e2e-case", ".jsonl");
        Files.write(export, as(aude).get("/requests/" + request + "/history/export").then().statusCode(200).extract()
                .asByteArray());
        Path key = Files.createTempFile("e2e-key", ".pem");
        Files.writeString(key, as(aude).get("/audit/public-key").then().extract().path("publicKeyPem"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, ExportVerifier.run(new String[] { "verify", export.toString(), "--public-key",
                key.toString() }, new PrintStream(out)), out.toString());
        assertProblem(as(olivia).get("/requests/" + request + "/history/export").then(), 403, "forbidden");
        assertTrue(as(aude).get("/audit/verify").then().extract().jsonPath().getBoolean("valid"));
    }

    @Test
    void tokensFromElsewhereAreRefused() throws Exception {
        OidcWiremockTestResource otherProvider = new OidcWiremockTestResource();
        otherProvider.start().forEach(System::setProperty);
        try {
            assertProblem(as(Tokens.of("auditor")).get("/defenders").then(), 401, "unauthenticated");
        } finally {
            otherProvider.stop();
        }
        assertProblem(as("not-a-token").get("/defenders").then(), 401, "unauthenticated");
        // a real token of this realm, but without the haven-api audience
        assertProblem(as(login("aude", "haven-dev-no-audience")).get("/defenders").then(), 401, "unauthenticated");
        // a real token that has expired (its client issues one-second tokens)
        String expiring = login("aude", "haven-dev-expiring");
        Thread.sleep(3000);
        assertProblem(as(expiring).get("/defenders").then(), 401, "unauthenticated");
        as(login("aude")).get("/defenders").then().statusCode(200);
    }

    /**
     * The console against the packaged application and the real Keycloak: an officer signs in on
     * Keycloak's own login page (authorization code flow with PKCE, the haven-console client of the
     * shipped realm, production cookie settings), works, and signs out, which ends the Keycloak session
     * too: the next visit asks for the password again.
     */
    @Test
    void anOfficerSignsInToTheConsoleThroughKeycloakAndOut() throws Exception {
        ChromeDriver browser = Chromium.start(true);
        try {
            String console = "http://localhost:" + havenPort + "/console";
            browser.get(console);
            WebDriverWait wait = BrowserForms.waitOn(browser);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys("olivia");
            assertTrue(browser.getCurrentUrl().startsWith(issuer() + "/protocol/openid-connect/auth"), browser.getCurrentUrl());
            assertTrue(browser.getCurrentUrl().contains("code_challenge_method=S256"), "PKCE");
            browser.findElement(By.id("password")).sendKeys("olivia-dev-password");
            browser.findElement(By.id("kc-login")).click();
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "My caseload"));
            assertTrue(browser.findElement(By.cssSelector(".who")).getText().contains("Protection officer"),
                    browser.findElement(By.cssSelector(".who")).getText());
            Chromium.screenshot(browser, "keycloak-caseload-en");

            // the officer's day, the same steps as ConsoleOfficerFlowTest, checked through the API
            String fund = as(login("maria")).contentType(ContentType.JSON).body(Map.of("name", "E2E Console Fund",
                    "donor", "Example Donor", "totalBudget", Map.of("amount", 20000, "currency", "EUR"), "periodStart",
                    "2020-01-01", "periodEnd", "2099-12-31")).post("/funds").then().statusCode(201).extract().path("id");
            OfficerJourney journey = new OfficerJourney(browser, "http://localhost:" + havenPort,
                    page -> Chromium.screenshot(browser, "keycloak-" + page + "-en"), "keycloak");
            String defender = journey.registerDefender();
            journey.showProtectedDetails();
            String request = journey.openRequestSentThreeTimes();
            String olivia = login("olivia");
            assertEquals(List.of(request), as(olivia).queryParam("defenderId", defender).get("/requests").then()
                    .statusCode(200).extract().jsonPath().getList("items.id", String.class), "one case from three posts");
            journey.assess();
            journey.proposeGrant(fund, request);
            assertEquals(1, as(olivia).queryParam("requestId", request).get("/grants").then().statusCode(200)
                    .extract().jsonPath().getList("items").size());
            String followUp = journey.followUp();
            assertEquals("DONE", as(olivia).get(followUp.replace("/console", "")).then().statusCode(200).extract()
                    .path("status"));
            // the defender's history names the console reader, from Keycloak, and the reason
            assertTrue(as(olivia).get("/defenders/" + defender + "/history").then().statusCode(200).extract().asString()
                    .contains("Preparing a relocation request"), "the protected read is audited with its reason");


            journey.signOut();
            wait.until(ExpectedConditions.urlContains("/console/signed-out"));
            browser.get(console);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password")));
            assertTrue(browser.getCurrentUrl().startsWith(issuer()), "signed out at Keycloak too: " + browser.getCurrentUrl());
        } finally {
            browser.quit();
        }
    }

    private static String subject(String token) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        return io.restassured.path.json.JsonPath.from(payload).getString("sub");
    }
}
