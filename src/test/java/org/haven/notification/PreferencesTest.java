package org.haven.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** When an e-mail may go, by a person's quiet hours and digest hour. Kabul is UTC+4:30 all year. */
class PreferencesTest {

    private static final ZoneId KABUL = ZoneId.of("Asia/Kabul");

    private static Preferences quiet(String from, String until) {
        return new Preferences(true, KABUL, LocalTime.parse(from), LocalTime.parse(until), null);
    }

    @Test
    void withoutQuietHoursAnEmailGoesAtOnce() {
        Instant now = Instant.parse("2026-03-10T20:00:00Z");
        assertEquals(now, Preferences.DEFAULT.sendAt(now, false));
    }

    @Test
    void overnightQuietHoursHoldAnEmailUntilTheMorning() {
        // 23:30 in Kabul: held until 07:00 Kabul the next day (02:30 UTC).
        assertEquals(Instant.parse("2026-03-11T02:30:00Z"),
                quiet("22:00", "07:00").sendAt(Instant.parse("2026-03-10T19:00:00Z"), false));
        // 03:30 in Kabul: held until 07:00 the same day.
        assertEquals(Instant.parse("2026-03-11T02:30:00Z"),
                quiet("22:00", "07:00").sendAt(Instant.parse("2026-03-10T23:00:00Z"), false));
    }

    @Test
    void outsideQuietHoursAnEmailGoesAtOnce() {
        Instant noonInKabul = Instant.parse("2026-03-10T07:30:00Z");
        assertEquals(noonInKabul, quiet("22:00", "07:00").sendAt(noonInKabul, false));
        assertEquals(noonInKabul, quiet("13:00", "14:00").sendAt(noonInKabul, false));
    }

    @Test
    void daytimeQuietHoursEndTheSameDay() {
        // 13:30 in Kabul, quiet 13:00-14:00: held until 14:00 Kabul (09:30 UTC).
        assertEquals(Instant.parse("2026-03-10T09:30:00Z"),
                quiet("13:00", "14:00").sendAt(Instant.parse("2026-03-10T09:00:00Z"), false));
    }

    @Test
    void theMostUrgentKindsBypassQuietHours() {
        Instant lateEvening = Instant.parse("2026-03-10T19:00:00Z");
        assertEquals(lateEvening, quiet("22:00", "07:00").sendAt(lateEvening, true));
    }

    @Test
    void aDigestReaderGetsEverythingAtTheNextDigestHour() {
        Preferences digest = new Preferences(true, KABUL, null, null, 8);
        // 07:30 Kabul: today 08:00 Kabul (03:30 UTC).
        assertEquals(Instant.parse("2026-03-10T03:30:00Z"), digest.sendAt(Instant.parse("2026-03-10T03:00:00Z"), false));
        // 08:00 Kabul exactly: tomorrow's digest.
        assertEquals(Instant.parse("2026-03-11T03:30:00Z"), digest.sendAt(Instant.parse("2026-03-10T03:30:00Z"), true));
    }

    @Test
    void quietHoursNeedBothEndsAndTheDigestHourADayHour() {
        assertThrows(IllegalArgumentException.class, () -> new Preferences(true, KABUL, LocalTime.NOON, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Preferences(true, KABUL, null, null, 24));
    }
}
