package org.haven.shared.error;

import org.haven.shared.validation.PlainText;

/**
 * One reason why a request was refused, tied to the field (JSON path in the request body, query
 * parameter or header name) that caused it.
 */
public record FieldViolation(String field, String message) {

    /** Bounds published in the OpenAPI document: a field path may echo a client's (long) JSON key. */
    public static final int MAX_FIELD = 200;
    public static final int MAX_MESSAGE = 500;

    public FieldViolation {
        field = clip(PlainText.strip(field), MAX_FIELD);
        message = clip(message, MAX_MESSAGE);
    }

    static String clip(String value, int maxLength) {
        return value == null || value.length() <= maxLength ? value : value.substring(0, maxLength - 1) + "…";
    }
}
