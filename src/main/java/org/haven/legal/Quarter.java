package org.haven.legal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter in UTC, written {@code 2026-Q1}. */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    public static final String PATTERN = "^[0-9]{4}-Q[1-4]$";
    private static final Pattern FORM = Pattern.compile("([0-9]{4})-Q([1-4])");

    public Quarter {
        if (year < 1900 || year > 9999 || quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("no such quarter");
        }
    }

    /** Null if the text is not of the form 2026-Q1. */
    public static Quarter parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text);
        return m != null && m.matches() ? new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
                : null;
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    Instant start() {
        return firstDay().atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The start of the next quarter (exclusive end of this one). */
    Instant end() {
        return firstDay().plusMonths(3).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public Quarter plus(int quarters) {
        return of(firstDay().plusMonths(3L * quarters));
    }

    /** This quarter and every one up to {@code last}, inclusive. */
    List<Quarter> through(Quarter last) {
        List<Quarter> all = new ArrayList<>();
        for (Quarter q = this; q.compareTo(last) <= 0; q = q.plus(1)) {
            all.add(q);
        }
        return all;
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(year * 4 + quarter, other.year * 4 + other.quarter);
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}
