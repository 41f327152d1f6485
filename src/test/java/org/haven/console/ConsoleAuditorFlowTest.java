package org.haven.console;

import static org.haven.console.BrowserForms.click;
import static org.haven.console.BrowserForms.fill;
import static org.haven.console.BrowserForms.problemOf;
import static org.haven.console.BrowserForms.waitOn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.haven.export.verify.ExportVerifier;
import org.haven.support.DefenderFixtures;
import org.haven.support.GrantFixtures;
import org.haven.support.RequestFixtures;
import org.haven.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * An auditor's day in a real headless Chromium, after cases were made through the API: filter the audit
 * log (a refused filter first), verify the chain, download a checkpoint, the public key and an export, and
 * check the export with the shipped verifier exactly as docs/auditors.md says to run it. Every page is
 * checked by axe-core and photographed under target/console-screenshots/auditor/, in English and in Dari.
 */
@QuarkusTest
class ConsoleAuditorFlowTest extends ChromiumFlow {

    @TempDir
    Path downloads;

    /** Downloads go to this test's own folder (after the fresh browser of ChromiumFlow). */
    @BeforeEach
    void allowDownloads() {
        browser.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath",
                downloads.toAbsolutePath().toString(), "eventsEnabled", true));
    }

    @Test
    void anAuditorChecksTheLogKeepsACheckpointAndVerifiesAnExportOffline() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        List<String> teams = List.of("team-auditor-flow-" + id);
        String officer = Tokens.inTeams("officer-" + id, teams, "protection-officer");
        String defenderId = DefenderFixtures.aDefender().register(officer);
        String caseId = RequestFixtures.aRequest(defenderId).open(officer);
        RequestFixtures.transition(officer, caseId, "IN_ASSESSMENT", "Synthetic: partner documents received " + id);
        String fund = GrantFixtures.aFund(50000, "EUR");
        GrantFixtures.anApprovedGrant(fund, 900);
        String auditor = "auditor-flow-" + id;
        ConsoleSignIn.person(provider, auditor, teams, "auditor");

        signIn(auditor);
        click(browser, "nav a[href='/console/audit']");
        look("audit-log-en");

        // a filter the API would refuse: the problem next to its field, the entries not shown
        fill(browser, "from", "yesterday");
        click(browser, "#filter");
        assertFalse(problemOf(browser, "from").isBlank(), "the bad time is named next to its field");
        assertTrue(browser.findElements(By.id("audit-entries")).isEmpty());
        look("audit-log-refused-en");
        fill(browser, "from", "");
        fill(browser, "caseId", caseId);
        click(browser, "#filter");
        String entries = browser.findElement(By.id("audit-entries")).getText();
        assertTrue(entries.contains("REQUEST_STATUS_CHANGED") && entries.contains("REQUEST_CREATED"), entries);
        assertTrue(entries.contains("Synthetic: partner documents received " + id), "the reason is shown");
        assertFalse(browser.findElements(By.cssSelector("#audit-entries a[href='/console/cases/" + caseId + "']"))
                .isEmpty(), "entries link to the case");
        look("audit-log-filtered-en");

        click(browser, "#verify-chain");
        assertTrue(browser.findElement(By.id("chain-result")).getText().contains("valid"));
        assertFalse(browser.findElement(By.id("chain-result")).getText().contains("broken"));
        look("verification-en");

        browser.findElement(By.id("download-checkpoint")).click();
        JsonNode checkpoint = new ObjectMapper().readTree(downloaded("haven-checkpoint-", ".json").toFile());
        assertTrue(checkpoint.get("signature").asText().length() == 88, "a signed checkpoint: " + checkpoint);
        browser.findElement(By.id("download-key-pem")).click();
        Path key = downloaded("haven-audit-key-", ".pem");
        assertTrue(Files.readString(key).startsWith("-----BEGIN PUBLIC KEY-----"));
        browser.findElement(By.id("download-key-json")).click();
        downloaded("haven-audit-key-", ".json");

        click(browser, "nav a[href='/console/exports']");
        look("exports-en");
        fill(browser, "fundId", fund);
        fill(browser, "format", "jsonl");
        browser.findElement(By.id("export")).click();
        Path export = downloaded("haven-case-histories-", ".jsonl");
        assertEquals(2, Files.readAllLines(export).size(), "the fund's one case and the manifest");

        // as docs/auditors.md says: java -jar quarkus-app/quarkus-run.jar verify <file> --public-key <key.pem>
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = ExportVerifier.run(new String[] { "verify", export.toString(), "--public-key", key.toString() },
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        String output = printed.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, output);
        assertTrue(output.startsWith("VALID: 1 lines, 1 cases"), output);

        click(browser, "#verify-help");
        assertTrue(browser.findElement(By.id("verify-command")).getText().endsWith("--public-key " + key.getFileName()),
                "the page's command names the key file the console gave");
        look("export-verify-en");

        browser.get(url("/console/cases/" + caseId));
        assertFalse(browser.findElements(By.id("export-case-jsonl")).isEmpty(), "a case's own export");
        look("case-en");
        browser.get(url("/console/defenders/" + defenderId));
        click(browser, "#defender-history");
        assertTrue(browser.findElement(By.id("audit-entries")).getText().contains("DEFENDER_REGISTERED"));
        look("defender-history-en");

        // every page again in Dari: right to left, accessible, photographed
        new Select(browser.findElement(By.id("language"))).selectByValue("prs");
        browser.findElement(By.cssSelector("form.language button")).click();
        waitOn(browser).until(d -> "rtl".equals(d.findElement(By.tagName("html")).getDomAttribute("dir")));
        Map<String, String> again = new LinkedHashMap<>();
        again.put("audit-log-filtered", "/console/audit?caseId=" + caseId);
        again.put("audit-log-refused", "/console/audit?from=yesterday");
        again.put("verification", "/console/audit/verification");
        again.put("exports", "/console/exports");
        again.put("exports-refused", "/console/exports/case-histories?from=last+week&format=jsonl");
        again.put("export-verify", "/console/exports/verify");
        again.put("case", "/console/cases/" + caseId);
        again.put("defender-history", "/console/defenders/" + defenderId + "/history");
        for (Map.Entry<String, String> page : again.entrySet()) {
            browser.get(url(page.getValue()));
            assertEquals("rtl", browser.findElement(By.tagName("html")).getDomAttribute("dir"), page.getValue());
            look(page.getKey() + "-prs");
        }
    }

    // Helpers

    private void look(String name) throws Exception {
        assertEquals(List.of(), Axe.violations(browser), name);
        Chromium.screenshot(browser, "auditor/" + name);
    }

    /** Clicks what the selector finds and waits for the page it leads to (BrowserForms.click, by CSS). */
    private static void click(ChromeDriver driver, String selector) {
        String id = selector.startsWith("#") ? selector.substring(1) : null;
        if (id == null) {
            driver.executeScript("arguments[0].id = arguments[0].id || 'haven-click-target'",
                    driver.findElement(By.cssSelector(selector)));
            id = driver.findElement(By.cssSelector(selector)).getDomAttribute("id");
        }
        BrowserForms.click(driver, id);
    }

    /** The file the browser saved, once complete (Chromium writes to a .crdownload file first). */
    private Path downloaded(String prefix, String suffix) {
        return new org.openqa.selenium.support.ui.FluentWait<>(downloads).withTimeout(Duration.ofSeconds(30))
                .pollingEvery(Duration.ofMillis(200)).until(dir -> {
                    try (Stream<Path> files = Files.list(dir)) {
                        Optional<Path> found = files.filter(f -> f.getFileName().toString().startsWith(prefix)
                                && f.getFileName().toString().endsWith(suffix)).findFirst();
                        return found.orElse(null);
                    } catch (IOException e) {
                        return null;
                    }
                });
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
