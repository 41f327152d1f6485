package org.haven.shared.web;

/**
 * Strong ETags derived from an aggregate's version, and the If-Match rules: missing is 428, a value
 * that does not name the current version (or is weak, or a list) is 412. {@code *} is refused: it
 * would defeat the purpose of the check.
 */
public final class ETags {

    /** An ETag of this API is a quoted version (at most 21 characters); a longer If-Match is refused unread. */
    public static final int IF_MATCH_MAX_LENGTH = 64;

    private ETags() {
    }

    /** The ETag of a response body: its version if it is {@link Versioned} or {@link Tagged}, else null. */
    public static String of(Object body) {
        if (body instanceof Tagged tagged) {
            return of(tagged.version());
        }
        return body instanceof Versioned versioned ? of(versioned.version()) : null;
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an If-Match header names: missing or {@code *} 428; a weak tag, a list or a tag that
     * is not a current version 412; anything that is not a quoted entity tag (e.g. {@code 3}) or is
     * over-long 400.
     */
    public static long requireVersion(String ifMatch) {
        String value = Params.text(jakarta.ws.rs.core.HttpHeaders.IF_MATCH, ifMatch, IF_MATCH_MAX_LENGTH);
        if (value == null || value.equals("*")) {
            throw ProblemException.preconditionRequired();
        }
        if (value.startsWith("W/") || value.contains(",")) {
            // If-Match uses the strong comparison (RFC 9110 13.1.1): a weak tag never matches, and
            // this API's changes name exactly one version.
            throw ProblemException.preconditionFailed();
        }
        if (value.length() < 2 || !value.startsWith("\"") || !value.endsWith("\"")) {
            throw ProblemException.badParameter(jakarta.ws.rs.core.HttpHeaders.IF_MATCH,
                    "must be the quoted ETag you read, e.g. \"3\"");
        }
        try {
            return Long.parseLong(value.substring(1, value.length() - 1));
        } catch (NumberFormatException e) {
            throw ProblemException.preconditionFailed();
        }
    }
}
