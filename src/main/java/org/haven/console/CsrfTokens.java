package org.haven.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.spec.SecretKeySpec;

/**
 * Signed double-submit CSRF tokens: the browser holds a random value in an HttpOnly cookie; forms carry
 * the HMAC of that value under the server's key. Another site can neither read the form's token nor
 * compute one for a cookie it managed to plant, so a forged form post fails. Plain code, tested alone.
 */
final class CsrfTokens {

    static final String COOKIE = "haven-csrf";
    static final String FIELD = "csrf-token";
    private static final int BYTES = 32;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    CsrfTokens(byte[] secret) {
        this.key = new SecretKeySpec(Hmac.sha256(new SecretKeySpec(secret, "HmacSHA256"), "haven-console-csrf"),
                "HmacSHA256");
    }

    /** A fresh cookie value. */
    String newCookie() {
        byte[] value = new byte[BYTES];
        random.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    /** Whether a cookie value is one this class could have made (right length and alphabet). */
    static boolean wellFormed(String cookie) {
        if (cookie == null || cookie.length() != 43) {
            return false;
        }
        try {
            return Base64.getUrlDecoder().decode(cookie).length == BYTES;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The token that forms carry for this cookie. */
    String formToken(String cookie) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Hmac.sha256(key, cookie));
    }

    /** Whether a posted token belongs to the browser's cookie (constant time). */
    boolean matches(String cookie, String posted) {
        if (!wellFormed(cookie) || posted == null) {
            return false;
        }
        return MessageDigest.isEqual(formToken(cookie).getBytes(StandardCharsets.US_ASCII),
                posted.getBytes(StandardCharsets.US_ASCII));
    }

}
