package org.haven.shared.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.haven.shared.paging.PageRequest;
import org.haven.shared.time.Years;
import org.haven.shared.validation.PlainText;

/**
 * Parses query parameters by hand so that a bad value is a 400 naming the parameter (JAX-RS
 * conversion of a query parameter would answer 404, which misleads the caller).
 */
public final class Params {

    /** The longest reason a sensitive read or an export accepts. */
    public static final int REASON_MAX_LENGTH = 500;
    /** A date such as 2026-01-31, or one with an extended year such as +10000-01-31. */
    public static final int DATE_MAX_LENGTH = 16;
    private static final java.util.regex.Pattern CANONICAL_UUID = java.util.regex.Pattern
            .compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Params() {
    }

    public static <E extends Enum<E>> E enumValue(String name, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badParameter(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    public static int intValue(String name, String raw, int defaultValue, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                throw ProblemException.badParameter(name, "must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ProblemException.badParameter(name, "must be a whole number");
        }
    }

    public static long longValue(String name, String raw, long min, long max) {
        try {
            long value = Long.parseLong(raw.trim());
            if (value < min || value > max) {
                throw ProblemException.badParameter(name, "must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ProblemException.badParameter(name, "must be a whole number");
        }
    }

    public static PageRequest page(String page, String size) {
        return new PageRequest(intValue("page", page, 0, 0, PageRequest.MAX_PAGE),
                intValue("size", size, PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE));
    }

    public static java.util.UUID uuid(String name, String raw) {
        String value = text(name, raw, ApiFormats.UUID_LENGTH);
        if (value == null) {
            return null;
        }
        // UUID.fromString also takes short forms such as 1-1-1-1-1; only the canonical form is published.
        if (!CANONICAL_UUID.matcher(value).matches()) {
            throw ProblemException.badParameter(name, "must be a UUID");
        }
        return java.util.UUID.fromString(value);
    }

    public static Boolean bool(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.badParameter(name, "must be true or false");
        };
    }

    /** The reason for reading sensitive data: required, short, and written to the audit log. */
    public static String reason(String raw) {
        if (raw == null || raw.isBlank()) {
            throw ProblemException.badParameter("reason", "say why you need to see this (it is recorded)");
        }
        return text("reason", raw, REASON_MAX_LENGTH);
    }

    /** A UTC timestamp parameter such as 2026-01-31T10:15:30Z; null when absent. */
    public static java.time.Instant instant(String name, String raw) {
        return temporal(name, raw, ApiFormats.INSTANT_MAX_LENGTH, java.time.Instant::parse, Years::contains,
                "must be a UTC timestamp like 2026-01-31T10:15:30Z (years 1 to 9999)");
    }

    /** A date parameter such as 2026-01-31; null when absent. */
    public static java.time.LocalDate date(String name, String raw) {
        return temporal(name, raw, DATE_MAX_LENGTH, java.time.LocalDate::parse, Years::contains,
                "must be a date like 2026-01-31 (years 1 to 9999)");
    }

    private static <T> T temporal(String name, String raw, int maxLength, java.util.function.Function<String, T> parse,
            java.util.function.Predicate<T> inYears, String rule) {
        String value = text(name, raw, maxLength);
        if (value == null) {
            return null;
        }
        try {
            T parsed = parse.apply(value);
            if (inYears.test(parsed)) {
                return parsed;
            }
        } catch (java.time.format.DateTimeParseException e) {
            // answered below
        }
        throw ProblemException.badParameter(name, rule);
    }

    public static String text(String name, String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > maxLength) {
            throw ProblemException.badParameter(name, "must be at most " + maxLength + " characters");
        }
        if (!PlainText.isPlain(raw)) {
            throw ProblemException.badParameter(name, PlainText.RULE);
        }
        return raw.trim();
    }
}
