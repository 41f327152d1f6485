package org.haven.shared.web;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.shared.error.Problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * What every HTTP answer carries, whichever layer writes it (a resource, an exception mapper, or
 * Vert.x itself for a body over the limit or a path that cannot be decoded):
 * <ul>
 * <li>security headers: {@code nosniff}, {@code Cache-Control: no-store} (answers carry personal data),
 * no framing, no referrer, a content security policy, and HSTS when the request came over TLS;</li>
 * <li>the problem+json shape for a body announced larger than the limit, which Quarkus would refuse with an
 * empty 413.</li>
 * </ul>
 * A header a resource set itself is kept. The HTTP decoder's own refusals (414, 431, a 400 for a path it
 * cannot decode, a 413 for a chunked body that outgrows the limit) are written before any route runs and
 * cannot be shaped (docs/api.md).
 */
@ApplicationScoped
class HttpHardening {

    /** JSON answers never need to load anything; Quarkus' own tools under /q/ (dev only) keep theirs. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String TOOLS_POLICY = "frame-ancestors 'none'";

    /** Runs as route order -PRIORITY: before Quarkus' body-size limit (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT, -2). */
    private static final int PRIORITY = 1000;

    private final String strictTransportSecurity;
    private final long maxBodySize;
    private final ObjectMapper json;

    HttpHardening(@ConfigProperty(name = "haven.http.hsts-max-age", defaultValue = "P365D") Duration hstsMaxAge,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize,
            ObjectMapper json) {
        this.maxBodySize = maxBodySize.asLongValue();
        this.strictTransportSecurity = hstsMaxAge.isZero() ? null
                : "max-age=" + hstsMaxAge.toSeconds() + "; includeSubDomains";
        this.json = json;
    }

    void headers(@Observes Filters filters) {
        filters.register(context -> {
            boolean tls = context.request().isSSL() || "https".equalsIgnoreCase(context.request().scheme());
            boolean tools = context.normalizedPath().startsWith("/q/");
            HttpServerResponse response = context.response();
            context.addHeadersEndHandler(ignored -> {
                var headers = response.headers();
                setIfAbsent(headers, "X-Content-Type-Options", "nosniff");
                setIfAbsent(headers, HttpHeaders.CACHE_CONTROL.toString(), "no-store");
                setIfAbsent(headers, "X-Frame-Options", "DENY");
                setIfAbsent(headers, "Referrer-Policy", "no-referrer");
                setIfAbsent(headers, "Content-Security-Policy", tools ? TOOLS_POLICY : API_POLICY);
                if (tls && strictTransportSecurity != null) {
                    setIfAbsent(headers, "Strict-Transport-Security", strictTransportSecurity);
                }
            });
            if (!refusedAsTooLarge(context)) {
                context.next();
            }
        }, PRIORITY);
    }

    /**
     * A body announced larger than {@code quarkus.http.limits.max-body-size} is refused here with the
     * problem shape, just before Quarkus' own limit would answer the same 413 with an empty body.
     */
    private boolean refusedAsTooLarge(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long announced;
        try {
            announced = length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return false; // the HTTP layer refuses it
        }
        if (announced <= maxBodySize) {
            return false;
        }
        try {
            String body = json.writeValueAsString(Problem.of(413, "payload-too-large", "Payload Too Large",
                    "The request body is larger than the service accepts (" + maxBodySize + " bytes).", List.of()));
            Log.debug("Refused with 413 payload-too-large");
            // The body is not read: close the connection once the answer is out, as Quarkus' own limit does.
            context.response().endHandler(ended -> context.request().connection().close());
            context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close").end(body);
            return true;
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static void setIfAbsent(io.vertx.core.MultiMap headers, String name, String value) {
        if (!headers.contains(name)) {
            headers.set(name, value);
        }
    }
}
