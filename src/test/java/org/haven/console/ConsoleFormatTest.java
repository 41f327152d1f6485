package org.haven.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.haven.shared.money.Money;
import org.junit.jupiter.api.Test;

/** Dates, numbers and money follow the chosen language's conventions; time left reads as a person says it. */
class ConsoleFormatTest {

    private static final Instant NOW = Instant.parse("2026-12-06T09:30:00Z");

    private static ConsoleFormat in(Language language) {
        return new ConsoleFormat(language, EnglishMessages.create(), ZoneId.of("UTC"));
    }

    @Test
    void moneyIsWrittenTheWayEachLanguageWritesIt() {
        Money grant = new Money(new BigDecimal("1500"), "EUR");
        assertEquals("€1,500.00", in(Language.EN).money(grant));
        assertEquals("1 500,00 €", in(Language.FR).money(grant).replace('\u202f', ' ').replace('\u00a0', ' '));
        String dari = in(Language.PRS).money(grant);
        assertTrue(dari.contains("۱") && dari.contains("۵") && !dari.matches(".*[0-9].*"), "Dari digits: " + dari);
        assertEquals("JP¥1,500", in(Language.EN).money(new Money(new BigDecimal("1500"), "JPY")), "the currency's own decimals");
    }

    @Test
    void numbersAndDatesUseTheLanguagesDigitsAndOrder() {
        assertEquals("12,345", in(Language.EN).number(12345));
        String pashto = in(Language.PS).number(12345);
        assertFalse(pashto.matches(".*[0-9].*"), "Pashto digits: " + pashto);
        assertEquals("6 Dec 2026, 09:30 UTC", in(Language.EN).dateTime(NOW));
        assertTrue(in(Language.FR).dateTime(NOW).startsWith("6 déc. 2026"), in(Language.FR).dateTime(NOW));
        String dari = in(Language.PRS).dateTime(NOW);
        assertTrue(dari.contains("۲۰۲۶") && dari.endsWith("UTC"), dari);
    }

    @Test
    void timeLeftCountsDaysAndHoursOrHoursAndMinutes() {
        ConsoleFormat english = in(Language.EN);
        assertEquals("2 d 2 h left", english.timeLeft(NOW.plus(Duration.ofHours(50)), NOW));
        assertEquals("5 h 20 min left", english.timeLeft(NOW.plus(Duration.ofMinutes(320)), NOW));
        assertEquals("Overdue by 3 h 0 min", english.timeLeft(NOW.minus(Duration.ofHours(3)), NOW));
        assertEquals("Overdue by 1 d 6 h", english.timeLeft(NOW.minus(Duration.ofHours(30)), NOW));
    }
}
