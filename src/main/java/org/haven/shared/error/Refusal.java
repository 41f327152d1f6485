package org.haven.shared.error;

import java.util.List;

/**
 * A business rule said no. Thrown by entities and services, it names the rule broken (a stable
 * {@code code}, documented in docs/api.md), the fields involved, and the {@link Kind} of refusal; it
 * knows nothing of HTTP. {@code ProblemMappers} alone turns a kind into a status.
 *
 * <p>Messages must never contain personal data: they end up in responses and may end up in logs.
 */
public class Refusal extends RuntimeException {

    /** What kind of "no" this is; the edge maps each to one HTTP status. */
    public enum Kind {
        /** The record does not exist or is not visible to the caller (never reveal which). */
        NOT_FOUND,
        /** The record's current state does not allow this. */
        CONFLICT,
        /** Understood, but a business rule or constraint forbids it. */
        RULE,
        /** The caller's role or relation to the record forbids it. */
        FORBIDDEN,
        /** The record changed since the caller read it (optimistic concurrency). */
        STALE,
        /** The data was erased for good. */
        GONE
    }

    private final Kind kind;
    private final String code;
    private final List<FieldViolation> errors;

    public Refusal(Kind kind, String code, String detail, List<FieldViolation> errors) {
        super(detail, null, false, false);
        this.kind = kind;
        this.code = code;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static Refusal notFound(String what) {
        return new Refusal(Kind.NOT_FOUND, "not-found", what + " does not exist or is not visible to you.", List.of());
    }

    public static Refusal conflict(String code, String detail) {
        return new Refusal(Kind.CONFLICT, code, detail, List.of());
    }

    public static Refusal conflict(String code, String detail, List<FieldViolation> errors) {
        return new Refusal(Kind.CONFLICT, code, detail, errors);
    }

    public static Refusal rule(String code, String detail, List<FieldViolation> errors) {
        return new Refusal(Kind.RULE, code, detail, errors);
    }

    public static Refusal rule(String code, String field, String message) {
        return rule(code, message, List.of(new FieldViolation(field, message)));
    }

    public static Refusal forbidden(String code, String detail) {
        return new Refusal(Kind.FORBIDDEN, code, detail, List.of());
    }

    /** The version the caller read is no longer the current one. */
    public static Refusal stale() {
        return new Refusal(Kind.STALE, "stale-version",
                "The record was changed since you read it. Read it again, re-apply your change and send the new ETag in If-Match.",
                List.of());
    }

    public static Refusal gone(String code, String detail) {
        return new Refusal(Kind.GONE, code, detail, List.of());
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public List<FieldViolation> errors() {
        return errors;
    }
}
