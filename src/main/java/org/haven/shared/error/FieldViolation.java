package org.haven.shared.error;

/**
 * One reason why a request was refused, tied to the field (JSON path in the request body, query
 * parameter or header name) that caused it.
 */
public record FieldViolation(String field, String message) {
}
