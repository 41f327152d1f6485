package org.haven.shared.web;

import org.haven.shared.error.FieldViolation;
import org.haven.shared.error.Problem;

import java.util.List;
import java.util.Map;

/**
 * A refusal of the HTTP edge itself, with its status: a malformed parameter or header (400), a
 * missing or stale If-Match (428, 412). Business code never throws it; it throws
 * {@link org.haven.shared.error.Refusal}, whose status {@link ProblemMappers} chooses.
 *
 * <p>Messages must never contain personal data: they end up in responses and may end up in logs.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final List<FieldViolation> errors;
    private final Map<String, String> headers;

    public ProblemException(int status, String code, String title, String detail, List<FieldViolation> errors,
            Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public ProblemException(int status, String code, String title, String detail) {
        this(status, code, title, detail, List.of(), Map.of());
    }

    /** 400: the request cannot be understood (syntax, types, unknown fields). */
    public static ProblemException badRequest(String code, String detail, List<FieldViolation> errors) {
        return new ProblemException(400, code, "Malformed request", detail, errors, Map.of());
    }

    public static ProblemException badParameter(String field, String message) {
        return badRequest("invalid-parameter", "A request parameter is invalid.",
                List.of(new FieldViolation(field, message)));
    }

    /** 422: understood, but a rule or constraint forbids it. */
    public static ProblemException unprocessable(String code, String detail, List<FieldViolation> errors) {
        return new ProblemException(422, code, "Request violates a rule", detail, errors, Map.of());
    }

    public static ProblemException unprocessable(String code, String field, String message) {
        return unprocessable(code, message, List.of(new FieldViolation(field, message)));
    }

    public static ProblemException preconditionFailed() {
        return new ProblemException(412, "stale-version", "Precondition failed",
                "The record was changed since you read it. Read it again, re-apply your change and send the new ETag in If-Match.");
    }

    public static ProblemException preconditionRequired() {
        return new ProblemException(428, "if-match-required", "Precondition required",
                "This change needs an If-Match header carrying the ETag of the version you read.",
                List.of(new FieldViolation("If-Match", "required")), Map.of());
    }

    public static ProblemException forbidden(String code, String detail) {
        return new ProblemException(403, code, "Forbidden", detail);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public List<FieldViolation> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public Problem toProblem() {
        return Problem.of(status, code, title, getMessage(), errors);
    }
}
