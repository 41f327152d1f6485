package org.haven.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.haven.shared.error.FieldViolation;
import org.haven.shared.error.Problem;
import org.haven.shared.error.Refusal;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every failure into the one problem+json shape. Messages are written here, never copied from
 * exceptions that might carry request values (personal data) or internals (class names, SQL).
 * 4xx are logged at DEBUG, 5xx at ERROR with an error id and exception types only.
 */
public class ProblemMappers {

    private final AllowedMethods allowed;

    ProblemMappers(AllowedMethods allowed) {
        this.allowed = allowed;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        Response.ResponseBuilder builder = Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(e.toProblem());
        e.headers().forEach(builder::header);
        Log.debugf("Refused with %d %s", e.status(), e.code());
        return builder.build();
    }

    /** The one place where a business refusal gets its HTTP status. */
    @ServerExceptionMapper
    public Response refusal(Refusal e) {
        Problem problem = switch (e.kind()) {
            case NOT_FOUND -> Problem.of(404, e.code(), "Not found", e.getMessage(), e.errors());
            case CONFLICT -> Problem.of(409, e.code(), "Conflict with the current state", e.getMessage(), e.errors());
            case RULE -> Problem.of(422, e.code(), "Request violates a rule", e.getMessage(), e.errors());
            case FORBIDDEN -> Problem.of(403, e.code(), "Forbidden", e.getMessage(), e.errors());
            case STALE -> Problem.of(412, e.code(), "Precondition failed", e.getMessage(), e.errors());
            case GONE -> Problem.of(410, e.code(), "Gone", e.getMessage(), e.errors());
        };
        return respond(problem);
    }

    @ServerExceptionMapper
    public Response endpointViolation(ResteasyReactiveViolationException e) {
        return violations(e);
    }

    @ServerExceptionMapper
    public Response violation(ConstraintViolationException e) {
        return violations(e);
    }

    private Response violations(ConstraintViolationException e) {
        List<FieldViolation> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldViolation(BodyProblems.fieldOf(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return respond(Problem.of(422, "validation-failed", "Request violates a rule",
                "One or more fields are invalid.", errors));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e) {
        String duplicate = JsonDuplicates.fieldOf(e);
        if (duplicate != null) {
            return respond(BodyProblems.duplicate(duplicate));
        }
        return respond(Problem.of(400, "malformed-json", "Malformed request",
                "The request body is not well-formed JSON.", List.of()));
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e) {
        String field = BodyProblems.pathOf(e);
        return respond(Problem.of(400, "unknown-field", "Malformed request",
                "The request body has a field this operation does not know.",
                List.of(new FieldViolation(field, "unknown field"))));
    }

    @ServerExceptionMapper
    public Response invalidValue(InvalidFormatException e) {
        return respond(BodyProblems.wrongType(e));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return respond(BodyProblems.wrongType(e));
    }

    /**
     * Jackson's "definition" failures (e.g. a creator property it cannot set twice) are triggered by
     * a body, so they are the client's 400, never Quarkus' own empty 500.
     */
    @ServerExceptionMapper
    public Response definition(com.fasterxml.jackson.databind.exc.InvalidDefinitionException e) {
        return respond(BodyProblems.wrongType(e));
    }

    @ServerExceptionMapper
    public Response mapping(JsonMappingException e) {
        return respond(BodyProblems.wrongType(e));
    }

    @ServerExceptionMapper
    public Response processing(JsonProcessingException e) {
        return respond(Problem.of(400, "malformed-json", "Malformed request",
                "The request body could not be read as JSON.", List.of()));
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper
    public Response authenticationCompletion(AuthenticationCompletionException e) {
        return unauthorized();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Problem.of(403, "forbidden", "Forbidden",
                "Your role does not allow this operation.", List.of()));
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e) {
        return refusal(Refusal.stale());
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e) {
        return refusal(Refusal.stale());
    }

    @ServerExceptionMapper
    public Response notAllowed(jakarta.ws.rs.NotAllowedException e, jakarta.ws.rs.core.UriInfo uri) {
        Response.ResponseBuilder builder = Response.status(405).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(405, "method-not-allowed", "Method Not Allowed",
                        "This method is not allowed on this resource.", List.of()));
        String allow = allowed.allowFor(uri.getPath());
        if (!allow.isEmpty()) {
            builder.header(HttpHeaders.ALLOW, allow);
        }
        Log.debug("Refused with 405 method-not-allowed");
        return builder.build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        String code = switch (status) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 415 -> "unsupported-media-type";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            default -> "bad-request";
        };
        String detail = switch (status) {
            case 404 -> "No such resource, or it is not visible to you.";
            case 405 -> "This method is not allowed on this resource.";
            case 406 -> "No acceptable representation for the Accept header.";
            case 415 -> "Send the body as application/json.";
            default -> "The request could not be processed.";
        };
        if (status == 401) {
            return unauthorized();
        }
        if (status == 400) {
            JsonProcessingException json = jsonCause(e);
            if (json instanceof UnrecognizedPropertyException upe) {
                return unknownField(upe);
            }
            if (json instanceof JsonMappingException jme) {
                return respond(BodyProblems.wrongType(jme));
            }
            if (json instanceof JsonParseException jpe) {
                return malformedJson(jpe);
            }
            if (json != null) {
                return processing(json);
            }
        }
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(status, code, Response.Status.fromStatusCode(status) == null
                        ? "Request refused"
                        : Response.Status.fromStatusCode(status).getReasonPhrase(), detail, List.of()));
        if (status == 405 && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            builder.header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        Log.debugf("Refused with %d %s", status, code);
        return builder.build();
    }

    /** Seconds a client should wait before retrying while the database is unreachable. */
    static final int RETRY_AFTER_SECONDS = 5;

    /**
     * A form body with a broken %-escape ({@code %zz}, a trailing {@code %}) fails while it is decoded,
     * before any resource code runs: the sender's mistake, answered 400. Any other IllegalArgumentException
     * is a fault of ours and stays a 500.
     */
    @ServerExceptionMapper
    public Response illegalArgument(IllegalArgumentException e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            // the two decoders of form bodies: JAX-RS's for MultivaluedMap bodies, Quarkus REST's for @FormParam
            if (frame.getClassName().equals("java.net.URLDecoder")
                    || frame.getClassName().equals("org.jboss.resteasy.reactive.common.util.URLUtils")) {
                return respond(Problem.of(400, "malformed-form", "Malformed request",
                        "The form body is not well-formed: a %-escape is incomplete or invalid.", List.of()));
            }
        }
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        String errorId = UUID.randomUUID().toString();
        if (DatabaseUnavailable.causes(e)) {
            Log.errorf("Database unavailable %s [errorId=%s, causes=%s]", e.getClass().getName(), errorId,
                    causeChain(e));
            return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", RETRY_AFTER_SECONDS)
                    .entity(Problem.of(503, "database-unavailable", "Service unavailable",
                            "The service cannot reach its database just now. Retry in a few seconds; a request "
                                    + "sent with an Idempotency-Key is applied at most once however often it is "
                                    + "retried. Error id " + errorId + ".",
                            List.of()))
                    .build();
        }
        // Exception types only: messages may carry SQL parameters or request values.
        Log.errorf("Unexpected failure %s [errorId=%s, causes=%s]", e.getClass().getName(), errorId, causeChain(e));
        if (io.quarkus.runtime.LaunchMode.current().isDevOrTest()) {
            // Full trace only in dev and test, whose data is synthetic: messages may carry request values.
            Log.error("Stack trace of " + errorId, e);
        }
        return respond(Problem.of(500, "internal-error", "Internal error",
                "The request could not be completed. Quote error id " + errorId + " to the operators.",
                List.of()));
    }

    private static Response unauthorized() {
        Log.debug("Refused with 401");
        return Response.status(401).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(Problem.of(401, "unauthenticated", "Unauthenticated",
                        "A valid bearer token is required.", List.of()))
                .build();
    }

    private static Response respond(Problem problem) {
        Log.debugf("Refused with %d %s", problem.status(), problem.code());
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static JsonProcessingException jsonCause(Throwable e) {
        Throwable current = e.getCause();
        for (int depth = 0; current != null && depth < 8; depth++) {
            if (current instanceof JsonProcessingException json) {
                return json;
            }
            current = current.getCause();
        }
        return null;
    }

    private static String causeChain(Throwable e) {
        List<String> names = new ArrayList<>();
        Throwable current = e.getCause();
        while (current != null && names.size() < 8) {
            names.add(current.getClass().getName());
            for (Throwable suppressed : current.getSuppressed()) {
                names.add("suppressed " + suppressed.getClass().getName());
            }
            current = current.getCause();
        }
        return String.join(" <- ", names);
    }
}
