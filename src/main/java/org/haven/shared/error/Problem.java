package org.haven.shared.error;

import java.util.List;

/**
 * The one error shape of the API: RFC 9457 {@code application/problem+json} with a stable machine
 * {@code code} and a list of field violations that is always present (empty when none), so a client
 * parses one error the same way as many.
 */
public record Problem(String type, String title, int status, String detail, String code,
        List<FieldViolation> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://haven.example.org/problems/";

    /** Bounds published in the OpenAPI document; the constructor keeps every problem within them. */
    public static final int MAX_CODE = 64;
    public static final int MAX_TYPE = 128;
    public static final int MAX_TITLE = 100;
    public static final int MAX_DETAIL = 1000;
    public static final int MAX_ERRORS = 100;

    public Problem {
        type = FieldViolation.clip(type, MAX_TYPE);
        title = FieldViolation.clip(title, MAX_TITLE);
        detail = FieldViolation.clip(detail, MAX_DETAIL);
        code = FieldViolation.clip(code, MAX_CODE);
        errors = errors == null ? List.of() : List.copyOf(errors.subList(0, Math.min(errors.size(), MAX_ERRORS)));
    }

    public static Problem of(int status, String code, String title, String detail, List<FieldViolation> errors) {
        return new Problem(TYPE_BASE + code, title, status, detail, code, errors);
    }
}
