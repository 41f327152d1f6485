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
 *
 * <p>Each page carries the token under a fresh random mask ({@code mask || hmac XOR mask}), so no two
 * responses contain the same token bytes: compressed pages then leak nothing about it by their length
 * (BREACH), which lets the console's pages be sent gzip-compressed to poor connections.
 */
final class CsrfTokens {

    static final String COOKIE = "haven-csrf";
    static final String FIELD = "csrf-token";
    private static final int BYTES = 32;
    /** Base64url of a 32-byte mask and the 32-byte masked HMAC, without padding. */
    private static final int TOKEN_LENGTH = 86;

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

    /**
     * The token that forms carry for this cookie and this signed-in person, under a fresh mask each time.
     * Bound to the person too: someone who signs in can read the token of a cookie value of their own
     * choosing, but it is worthless in another person's browser even if that cookie is planted there.
     */
    String formToken(String cookie, String subject) {
        byte[] mac = mac(cookie, subject);
        byte[] token = new byte[2 * mac.length];
        byte[] mask = new byte[mac.length];
        random.nextBytes(mask);
        for (int i = 0; i < mac.length; i++) {
            token[i] = mask[i];
            token[mac.length + i] = (byte) (mac[i] ^ mask[i]);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    /** Whether a posted token belongs to the browser's cookie and person, whatever its mask (constant time). */
    boolean matches(String cookie, String subject, String posted) {
        if (!wellFormed(cookie) || posted == null || posted.length() != TOKEN_LENGTH) {
            return false;
        }
        byte[] token;
        try {
            token = Base64.getUrlDecoder().decode(posted);
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] mac = mac(cookie, subject);
        if (token.length != 2 * mac.length) {
            return false;
        }
        byte[] unmasked = new byte[mac.length];
        for (int i = 0; i < mac.length; i++) {
            unmasked[i] = (byte) (token[mac.length + i] ^ token[i]);
        }
        return MessageDigest.isEqual(mac, unmasked);
    }


    private byte[] mac(String cookie, String subject) {
        // the cookie value is base64url, so the separator cannot occur in it
        return Hmac.sha256(key, cookie + "|" + (subject == null ? "" : subject));
    }
}
