package org.haven.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The API document passes Spectral with the OWASP API Security Top 10 ruleset: no error, no
 * warning. The linted file is docs/openapi.yaml, which {@link OpenApiDocumentTest} keeps equal to
 * what the code generates. The tools are pinned with integrity hashes in src/test/spectral and
 * installed with {@code npm ci} into target/spectral; waivers live in src/test/spectral/.spectral.yaml
 * and are justified in docs/security.md.
 */
class ApiSecurityLintTest {

    private static final Path SOURCES = Path.of("src", "test", "spectral");
    private static final Path WORK = Path.of("target", "spectral");
    private static final Path SPECTRAL = WORK.resolve(Path.of("node_modules", ".bin", "spectral"));
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void installPinnedTools() throws IOException, InterruptedException {
        Files.createDirectories(WORK);
        boolean changed = false;
        for (String file : List.of("package.json", "package-lock.json", ".spectral.yaml")) {
            changed |= copyIfDifferent(SOURCES.resolve(file), WORK.resolve(file));
        }
        if (changed || !Files.isExecutable(SPECTRAL)) {
            run(List.of(npm(), "ci", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"), 600);
        }
    }

    @Test
    void apiDocumentHasNoOwaspFinding() throws IOException, InterruptedException {
        Files.copy(Path.of("docs", "openapi.yaml"), WORK.resolve("openapi.yaml"), StandardCopyOption.REPLACE_EXISTING);

        List<String> findings = lint("openapi.yaml");

        assertTrue(findings.isEmpty(), findings.size() + " OWASP finding(s) in docs/openapi.yaml; fix the schema "
                + "or, if the rule cannot apply, waive it in src/test/spectral/.spectral.yaml with a reason in "
                + "docs/security.md:\n" + String.join("\n", findings.subList(0, Math.min(60, findings.size()))));
    }

    /** Guards the guard: the ruleset is loaded and reports what it must, so a silent no-op cannot pass. */
    @Test
    void rulesetReportsAnUnboundedString() throws IOException, InterruptedException {
        Files.writeString(WORK.resolve("unbounded.yaml"), """
                openapi: 3.1.0
                info: {title: probe, version: "1", description: probe}
                paths: {}
                components:
                  schemas:
                    Note:
                      type: object
                      properties:
                        text: {type: string}
                """, StandardCharsets.UTF_8);

        List<String> findings = lint("unbounded.yaml");

        assertTrue(findings.stream().anyMatch(f -> f.startsWith("owasp:api4:2023-string-limit ")),
                "the OWASP ruleset did not flag a string without maxLength: " + findings);
    }

    /** The waivers are narrow: next to a waived list, a new unbounded field of the same schema is still found. */
    @Test
    void waiversCoverOnlyWhatTheyName() throws IOException, InterruptedException {
        String document = Files.readString(Path.of("docs", "openapi.yaml"), StandardCharsets.UTF_8);
        String anchor = "    GrantView:\n      type: object\n      properties:\n";
        assertTrue(document.contains(anchor), "GrantView (which has a waived list) is no longer in the document");
        Files.writeString(WORK.resolve("openapi.yaml"),
                document.replace(anchor, anchor + "        probe:\n          type: string\n"), StandardCharsets.UTF_8);

        List<String> findings = lint("openapi.yaml");

        assertTrue(findings.stream().anyMatch(f -> f.startsWith("owasp:api4:2023-string-limit /components/schemas/"
                + "GrantView/properties/probe")), "an unbounded field beside a waiver went unreported: " + findings);
    }

    private static List<String> lint(String document) throws IOException, InterruptedException {
        String output = run(List.of(SPECTRAL.toAbsolutePath().toString(), "lint", document, "--ruleset", ".spectral.yaml",
                "--format", "json", "--quiet", "--fail-severity", "error"), 300);
        List<String> findings = new ArrayList<>();
        for (JsonNode finding : JSON.readTree(output.isBlank() ? "[]" : output)) {
            List<String> path = new ArrayList<>();
            finding.get("path").forEach(p -> path.add(p.asText()));
            findings.add(finding.get("code").asText() + " /" + String.join("/", path) + ": "
                    + finding.get("message").asText());
        }
        return findings;
    }

    private static String run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Path log = Files.createTempFile(WORK.toAbsolutePath(), "out", ".txt");
        Process process = new ProcessBuilder(command).directory(WORK.toFile())
                .redirectErrorStream(false).redirectOutput(log.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(command.get(0) + " did not finish within " + timeoutSeconds + " s");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        // Spectral exits 1 when it reports an error-level finding; the findings themselves are judged above.
        if (process.exitValue() > 1 || (process.exitValue() == 1 && !output.trim().startsWith("["))) {
            fail(String.join(" ", command) + " failed with exit code " + process.exitValue() + ":\n" + output);
        }
        return output;
    }

    private static String npm() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "npm"))) {
                return Path.of(dir, "npm").toString();
            }
        }
        return fail("The API security lint needs Node.js 18+ with npm on the PATH (Debian: apt-get install nodejs npm); "
                + ".ci/run installs it when missing.");
    }

    private static boolean copyIfDifferent(Path source, Path target) throws IOException {
        if (Files.exists(target) && Files.mismatch(source, target) == -1) {
            return false;
        }
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        return true;
    }

    @Test
    void waiversAreJustifiedInTheSecurityModel() throws IOException {
        String ruleset = Files.readString(SOURCES.resolve(".spectral.yaml"), StandardCharsets.UTF_8);
        String security = Files.readString(Path.of("docs", "security.md"), StandardCharsets.UTF_8);
        List<String> unexplained = new ArrayList<>();
        java.util.regex.Matcher waived = java.util.regex.Pattern.compile("(owasp:[\\w:-]+):\\s*off").matcher(ruleset);
        while (waived.find()) {
            if (!security.contains("`" + waived.group(1) + "`")) {
                unexplained.add(waived.group(1));
            }
        }
        assertEquals(List.of(), unexplained, "waived in .spectral.yaml but not justified in docs/security.md");
    }
}
