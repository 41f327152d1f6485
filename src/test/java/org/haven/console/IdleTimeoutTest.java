package org.haven.console;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** A console left alone for longer than the limit is signed out; only the server's own stamps count as activity. */
class IdleTimeoutTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-12-06T08:00:00Z");
    private final IdleTimeout idle = new IdleTimeout(Duration.ofMinutes(30),
            "a-test-secret-of-at-least-32-characters".getBytes(StandardCharsets.UTF_8));

    private static Instant minutes(long m) {
        return SIGNED_IN.plus(Duration.ofMinutes(m));
    }

    @Test
    void aFreshSignInIsActiveAndHalfAnHourOfSilenceEndsIt() {
        assertFalse(idle.expired("olivia", null, SIGNED_IN, minutes(29)));
        assertTrue(idle.expired("olivia", null, SIGNED_IN, minutes(31)));
    }

    @Test
    void eachRequestPushesTheLimitBack() {
        String seen = idle.stamp("olivia", minutes(20));
        assertFalse(idle.expired("olivia", seen, SIGNED_IN, minutes(45)));
        assertTrue(idle.expired("olivia", seen, SIGNED_IN, minutes(51)));
    }

    @Test
    void stampsThatWereNotIssuedForThisPersonAndTimeCountForNothing() {
        String omars = idle.stamp("omar", minutes(40));
        assertTrue(idle.expired("olivia", omars, SIGNED_IN, minutes(45)), "another person's stamp");
        String mine = idle.stamp("olivia", minutes(5));
        String moved = (minutes(40).getEpochSecond()) + mine.substring(mine.indexOf('.'));
        assertTrue(idle.expired("olivia", moved, SIGNED_IN, minutes(45)), "a stamp with its time moved");
        IdleTimeout otherKey = new IdleTimeout(Duration.ofMinutes(30),
                "another-secret-of-at-least-32-characters".getBytes(StandardCharsets.UTF_8));
        assertTrue(idle.expired("olivia", otherKey.stamp("olivia", minutes(40)), SIGNED_IN, minutes(45)),
                "a stamp made with another key");
        assertTrue(idle.expired("olivia", idle.stamp("olivia", minutes(60)), SIGNED_IN, minutes(45)),
                "a stamp from the future");
        for (String malformed : new String[] { "", ".", "x.y", "123", "123.!!", "99999999999999999999.abc" }) {
            assertTrue(idle.expired("olivia", malformed, SIGNED_IN, minutes(45)), malformed);
        }
    }

    @Test
    void theLimitMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new IdleTimeout(Duration.ZERO, new byte[32]));
    }
}
