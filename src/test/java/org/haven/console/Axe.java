package org.haven.console;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core, pinned with its integrity hash in src/test/axe and installed with {@code npm ci} into
 * target/axe (as the API lint installs Spectral). It runs inside the page through WebDriver, which is
 * not subject to the page's CSP, and checks the WCAG 2.0/2.1/2.2 A and AA rules.
 */
public final class Axe {

    private static final Path SOURCES = Path.of("src", "test", "axe");
    private static final Path WORK = Path.of("target", "axe");
    private static final Path SCRIPT = WORK.resolve(Path.of("node_modules", "axe-core", "axe.min.js"));
    private static String source;

    private Axe() {
    }

    static synchronized String source() throws IOException, InterruptedException {
        if (source == null) {
            Files.createDirectories(WORK);
            boolean changed = false;
            for (String file : List.of("package.json", "package-lock.json")) {
                Path target = WORK.resolve(file);
                if (!Files.exists(target) || Files.mismatch(SOURCES.resolve(file), target) != -1) {
                    Files.copy(SOURCES.resolve(file), target, StandardCopyOption.REPLACE_EXISTING);
                    changed = true;
                }
            }
            if (changed || !Files.exists(SCRIPT)) {
                Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts",
                        "--loglevel=error").directory(WORK.toFile()).inheritIO().start();
                if (!npm.waitFor(300, TimeUnit.SECONDS) || npm.exitValue() != 0) {
                    fail("npm ci of axe-core failed; the console tests need Node.js with npm (.ci/run installs it)");
                }
            }
            source = Files.readString(SCRIPT, StandardCharsets.UTF_8);
        }
        return source;
    }

    /** The violations on the current page, one line each ("rule: help (n nodes)"); empty when it passes. */
    public static List<String> violations(JavascriptExecutor page) throws IOException, InterruptedException {
        page.executeScript(source());
        Object result = page.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
                  .then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' (' + v.nodes.length + ' nodes: '
                      + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ') + ')')))
                  .catch(e => done(['axe failed: ' + e]));""");
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) result;
        return violations;
    }

    /** axe must be able to fail: a page with an unlabelled field is reported. */
    static List<String> violationsOfUnlabelledField(JavascriptExecutor page) throws IOException, InterruptedException {
        page.executeScript("const i = document.createElement('input'); i.type = 'text'; document.body.append(i);");
        return violations(page);
    }
}
