package org.haven.console;

import org.openqa.selenium.chrome.ChromeDriver;

/** What the officer does in the console between signing in and out through the real Keycloak. */
public final class KeycloakJourney {

    private KeycloakJourney() {
    }

    public static void work(ChromeDriver browser, String console) {
        // filled in once the defender and case pages are merged
    }
}
