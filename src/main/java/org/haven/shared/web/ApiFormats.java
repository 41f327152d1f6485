package org.haven.shared.web;

/**
 * Patterns and lengths the API publishes for values that appear in many schemas, as compile-time
 * constants for {@code @Schema} and {@code @Pattern} annotations. Each one is enforced where the
 * value enters (bean validation or {@link Params}), so the document never promises more than the
 * server checks.
 */
public final class ApiFormats {

    /** ISO 3166-1 alpha-2 country code, upper case. */
    public static final String COUNTRY_PATTERN = "^[A-Z]{2}$";
    /** ISO 4217 currency code. */
    public static final String CURRENCY_PATTERN = "^[A-Z]{3}$";
    /** Lower-case hex SHA-256 digest. */
    public static final String SHA256_HEX_PATTERN = "^[0-9a-f]{64}$";
    public static final int UUID_LENGTH = 36;
    /** A date-time in ISO-8601 form, as {@link Params#instant} accepts it. */
    public static final int INSTANT_MAX_LENGTH = 40;

    private ApiFormats() {
    }
}
