package org.haven.console;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** A form's token is good only for the cookie it was made for, under this server's key. */
class CsrfTokensTest {

    private final CsrfTokens tokens = new CsrfTokens("a-test-secret-of-at-least-32-characters".getBytes(StandardCharsets.UTF_8));

    @Test
    void theTokenOfABrowsersCookieIsAccepted() {
        String cookie = tokens.newCookie();
        assertTrue(CsrfTokens.wellFormed(cookie));
        assertTrue(tokens.matches(cookie, "officer-a", tokens.formToken(cookie, "officer-a")));
        assertNotEquals(cookie, tokens.formToken(cookie, "officer-a"), "the form does not repeat the cookie");
    }

    @Test
    void aTokenIsWorthlessForAnotherPerson() {
        String cookie = tokens.newCookie();
        // someone signed in reads the token of a cookie value they chose, then plants that cookie elsewhere
        String attackersToken = tokens.formToken(cookie, "officer-b");

        assertFalse(tokens.matches(cookie, "officer-a", attackersToken));
        assertTrue(tokens.matches(cookie, "officer-b", attackersToken));
    }

    @Test
    void everyPageCarriesTheTokenUnderAFreshMask() {
        String cookie = tokens.newCookie();
        String first = tokens.formToken(cookie, "officer-a");
        String second = tokens.formToken(cookie, "officer-a");

        assertNotEquals(first, second, "equal token bytes in two compressed pages would leak by length");
        assertTrue(tokens.matches(cookie, "officer-a", first) && tokens.matches(cookie, "officer-a", second));
        byte[] bytes = java.util.Base64.getUrlDecoder().decode(first);
        bytes[40] ^= 1;
        assertFalse(tokens.matches(cookie, "officer-a", java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes)),
                "a token with one bit changed");
    }

    @Test
    void anyOtherTokenIsRefused() {
        String cookie = tokens.newCookie();
        String token = tokens.formToken(cookie, "officer-a");
        assertFalse(tokens.matches(cookie, "officer-a", null));
        assertFalse(tokens.matches(cookie, "officer-a", ""));
        assertFalse(tokens.matches(tokens.newCookie(), "officer-a", token), "another browser's token");
        assertFalse(tokens.matches(cookie, "officer-a", token.substring(1) + "A"), "an altered token");
        CsrfTokens otherServer = new CsrfTokens("another-secret-of-at-least-32-characters".getBytes(StandardCharsets.UTF_8));
        assertFalse(tokens.matches(cookie, "officer-a", otherServer.formToken(cookie, "officer-a")), "a planted cookie with a token made elsewhere");
        assertFalse(tokens.matches("short", "officer-a", tokens.formToken("short", "officer-a")), "a cookie this server never makes");
        assertFalse(tokens.matches(null, "officer-a", token));
    }
}
