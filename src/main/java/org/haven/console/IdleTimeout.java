package org.haven.console;

import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.spec.SecretKeySpec;

/**
 * The console's idle rule for shared devices: a session whose last request is older than the limit is
 * over. The last request is kept in a cookie the server signs (HMAC-SHA256 over subject and time), so
 * that neither someone at the device nor another account's cookie can move it; a fresh sign-in counts
 * as activity. Plain code, so that the rule is tested without a browser or a clock that waits.
 */
final class IdleTimeout {

    static final String COOKIE = "haven-console-seen";

    private final Duration limit;
    private final SecretKeySpec key;

    IdleTimeout(Duration limit, byte[] secret) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("haven.console.idle-timeout must be positive");
        }
        this.limit = limit;
        this.key = new SecretKeySpec(Hmac.sha256(new SecretKeySpec(secret, "HmacSHA256"), "haven-console-idle"),
                "HmacSHA256");
    }

    Duration limit() {
        return limit;
    }

    /** The cookie value recording activity of {@code subject} at {@code now}. */
    String stamp(String subject, Instant now) {
        long seconds = now.getEpochSecond();
        return seconds + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(Hmac.sha256(key, subject + "|" + seconds));
    }

    /**
     * Whether the session is over: the later of the sign-in and the last stamped request (a stamp that is
     * malformed, forged or another subject's counts for nothing) lies more than the limit before now.
     */
    boolean expired(String subject, String cookie, Instant signedInAt, Instant now) {
        Instant last = signedInAt;
        Instant stamped = verified(subject, cookie);
        if (stamped != null && stamped.isAfter(last) && !stamped.isAfter(now)) {
            last = stamped;
        }
        return Duration.between(last, now).compareTo(limit) > 0;
    }

    private Instant verified(String subject, String cookie) {
        if (cookie == null) {
            return null;
        }
        int dot = cookie.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        try {
            long seconds = Long.parseLong(cookie.substring(0, dot));
            byte[] given = Base64.getUrlDecoder().decode(cookie.substring(dot + 1));
            return MessageDigest.isEqual(given, Hmac.sha256(key, subject + "|" + seconds))
                    ? Instant.ofEpochSecond(seconds)
                    : null;
        } catch (IllegalArgumentException | java.time.DateTimeException malformed) {
            return null;
        }
    }

}
