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
        assertTrue(tokens.matches(cookie, tokens.formToken(cookie)));
        assertNotEquals(cookie, tokens.formToken(cookie), "the form does not repeat the cookie");
    }

    @Test
    void everyPageCarriesTheTokenUnderAFreshMask() {
        String cookie = tokens.newCookie();
        String first = tokens.formToken(cookie);
        String second = tokens.formToken(cookie);

        assertNotEquals(first, second, "equal token bytes in two compressed pages would leak by length");
        assertTrue(tokens.matches(cookie, first) && tokens.matches(cookie, second));
        byte[] bytes = java.util.Base64.getUrlDecoder().decode(first);
        bytes[40] ^= 1;
        assertFalse(tokens.matches(cookie, java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes)),
                "a token with one bit changed");
    }

    @Test
    void anyOtherTokenIsRefused() {
        String cookie = tokens.newCookie();
        String token = tokens.formToken(cookie);
        assertFalse(tokens.matches(cookie, null));
        assertFalse(tokens.matches(cookie, ""));
        assertFalse(tokens.matches(tokens.newCookie(), token), "another browser's token");
        assertFalse(tokens.matches(cookie, token.substring(1) + "A"), "an altered token");
        CsrfTokens otherServer = new CsrfTokens("another-secret-of-at-least-32-characters".getBytes(StandardCharsets.UTF_8));
        assertFalse(tokens.matches(cookie, otherServer.formToken(cookie)), "a planted cookie with a token made elsewhere");
        assertFalse(tokens.matches("short", tokens.formToken("short")), "a cookie this server never makes");
        assertFalse(tokens.matches(null, token));
    }
}
