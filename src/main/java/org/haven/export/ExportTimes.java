package org.haven.export;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.haven.audit.AuditHash;

/**
 * Writes a time as {@link AuditHash#time} does (UTC, six fractional digits, e.g.
 * {@code 2026-12-06T12:11:04.000123Z}) without a formatter per call: the CSV export writes one per row.
 * ExportTimesTest holds the two to the same text.
 */
final class ExportTimes {

    private ExportTimes() {
    }

    static String utcMicros(Instant instant) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        int year = t.getYear();
        if (year < 1 || year > 9999) {
            return AuditHash.time(instant); // signs and eras: leave them to the formatter
        }
        char[] text = new char[27];
        digits(text, 0, year, 4);
        text[4] = '-';
        digits(text, 5, t.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, t.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, t.getHour(), 2);
        text[13] = ':';
        digits(text, 14, t.getMinute(), 2);
        text[16] = ':';
        digits(text, 17, t.getSecond(), 2);
        text[19] = '.';
        digits(text, 20, t.getNano() / 1000, 6);
        text[26] = 'Z';
        return new String(text);
    }

    private static void digits(char[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
