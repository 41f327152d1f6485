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

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static Problem of(int status, String code, String title, String detail, List<FieldViolation> errors) {
        return new Problem(TYPE_BASE + code, title, status, detail, code, errors);
    }
}
