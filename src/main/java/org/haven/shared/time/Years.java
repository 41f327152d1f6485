package org.haven.shared.time;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The years Haven accepts in dates and times: 1 to 9999, the range of the RFC 3339 forms the API
 * document publishes ({@code date}, {@code date-time}). Java parses far wider years than
 * PostgreSQL can store, so a time outside this range is refused where it enters (400 naming the
 * field) instead of failing in the database or in date arithmetic.
 */
public final class Years {

    public static final int MIN = 1;
    public static final int MAX = 9999;
    private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant AFTER_LAST = Instant.parse("+10000-01-01T00:00:00Z");

    private Years() {
    }

    public static boolean contains(Instant instant) {
        return instant == null || (!instant.isBefore(FIRST) && instant.isBefore(AFTER_LAST));
    }

    public static boolean contains(LocalDate date) {
        return date == null || (date.getYear() >= MIN && date.getYear() <= MAX);
    }
}
