package org.haven.deploy;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations written the way Quarkus reads them (its DurationConverter): ISO 8601 ({@code PT1M}), or a number
 * with a unit {@code ms}, {@code s}, {@code m}, {@code h} or {@code d}, or a plain number of seconds.
 */
final class QuarkusDuration {

    private static final Pattern SHORT = Pattern.compile("(\\d+)(ms|s|m|h|d)?");

    private QuarkusDuration() {
    }

    static Duration parse(String text) {
        String value = text.strip();
        if (value.toUpperCase(java.util.Locale.ROOT).startsWith("P")) {
            return Duration.parse(value);
        }
        Matcher m = SHORT.matcher(value);
        if (!m.matches()) {
            throw new AssertionError("not a Quarkus duration: " + text);
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }
}
