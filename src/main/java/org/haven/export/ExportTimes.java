package org.haven.export;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.haven.audit.AuditHash;

/**
 * Rewrites a time as PostgreSQL writes a UTC {@code timestamp} in text ({@code 2026-12-06 12:11:04.000123},
 * trailing zeros of the fraction left out) into the text {@link AuditHash#time} gives it (six fractional
 * digits and a Z: {@code 2026-12-06T12:11:04.000123Z}), without a parser or formatter per call: the CSV
 * export writes one per row. ExportTimesTest holds the two to the same text over times PostgreSQL writes.
 */
final class ExportTimes {

    /** Length of the result for years 1 to 9999. */
    static final int LENGTH = 27;
    /** {@code yyyy-mm-dd hh:mm:ss}, before the fraction. */
    private static final int SECONDS = 19;

    private ExportTimes() {
    }

    /** Writes the time into {@code dest} (at least {@link #LENGTH} + 8 bytes, for far years) and answers its length. */
    static int utcMicros(byte[] text, int from, int to, byte[] dest) {
        int n = to - from;
        if (n < SECONDS || n > LENGTH - 1 || text[from + 4] != '-' || text[from + 10] != ' '
                || (n > SECONDS && (text[from + SECONDS] != '.' || !digits(text, from + SECONDS + 1, to)))) {
            // a year beyond 9999 or before 1 (BC): rare enough for the formatter
            byte[] slow = utcMicros(new String(text, from, n, StandardCharsets.US_ASCII))
                    .getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(slow, 0, dest, 0, slow.length);
            return slow.length;
        }
        System.arraycopy(text, from, dest, 0, SECONDS);
        dest[10] = 'T';
        dest[SECONDS] = '.';
        int fraction = n > SECONDS ? n - SECONDS - 1 : 0;
        if (fraction > 0) {
            System.arraycopy(text, from + SECONDS + 1, dest, SECONDS + 1, fraction);
        }
        for (int i = SECONDS + 1 + fraction; i < LENGTH - 1; i++) {
            dest[i] = '0';
        }
        dest[LENGTH - 1] = 'Z';
        return LENGTH;
    }

    private static boolean digits(byte[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text[i] < '0' || text[i] > '9') {
                return false;
            }
        }
        return from < to;
    }

    /** Any time PostgreSQL writes: years of more than four digits, and {@code BC} (year 1 BC is year 0). */
    static String utcMicros(String text) {
        boolean bc = text.endsWith(" BC");
        String time = bc ? text.substring(0, text.length() - 3) : text;
        int dash = time.indexOf('-');
        int year = Integer.parseInt(time.substring(0, dash));
        // 2000 is a leap year, so a 29 February parses and keeps its day in the real (leap) year
        LocalDateTime t = LocalDateTime.parse("2000" + time.substring(dash).replace(' ', 'T'))
                .withYear(bc ? 1 - year : year);
        return AuditHash.time(t.toInstant(ZoneOffset.UTC));
    }
}
