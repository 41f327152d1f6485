package org.haven.console;

import java.io.IOException;
import java.net.URL;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.oidc.server.OidcWireMock;

/**
 * What every console journey in a browser starts from: one headless Chromium per test class (with
 * JavaScript), the provider's sign-in pages, and before each test a browser with no session left.
 * Test classes run one after another, so the one browser field serves each in turn.
 */
abstract class ChromiumFlow {

    static ChromeDriver browser;

    @OidcWireMock
    WireMockServer provider;

    @TestHTTPResource("/")
    URL app;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = Chromium.start(true);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    @BeforeEach
    void freshBrowser() {
        ConsoleSignIn.providerPages(provider);
        browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        browser.get("about:blank");
    }
}
