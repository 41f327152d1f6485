package org.haven.console;

import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * The headers of every console answer, set before anything else writes (so HttpHardening, which only
 * fills in absent headers, keeps them): a content security policy that lets the page load its own
 * stylesheet and script and nothing else (no inline script or style, no eval, no framing, forms only to
 * Haven and to the sign-in provider, where signing out ends), no referrer, and no caching of pages.
 */
@ApplicationScoped
class ConsoleHeaders {

    static final String ASSETS = "/console/assets/";
    /** Runs before HttpHardening (1000); the value is only an order. */
    private static final int PRIORITY = 1100;

    void headers(@Observes Filters filters,
            @ConfigProperty(name = "haven.console.sign-in-origin") Optional<String> signIn,
            @ConfigProperty(name = "quarkus.oidc.console.auth-server-url") Optional<String> provider) {
        String policy = policy(signIn.or(() -> provider).map(ConsoleHeaders::origin));
        filters.register(context -> {
            String path = context.normalizedPath();
            if (path.equals("/console") || path.startsWith("/console/")) {
                context.response().headers()
                        .set("Content-Security-Policy", policy)
                        .set("Referrer-Policy", "no-referrer")
                        // pages carry personal data: never stored; the stylesheet and htmx are public and
                        // the same for everyone: kept for an hour, sparing slow connections
                        .set("Cache-Control", path.startsWith(ASSETS) ? "public, max-age=3600" : "no-store")
                        .set("X-Content-Type-Options", "nosniff")
                        .set("X-Frame-Options", "DENY")
                        .set("Cross-Origin-Opener-Policy", "same-origin");
            }
            context.next();
        }, PRIORITY);
    }

    static String policy(Optional<String> providerOrigin) {
        return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
                + "form-action 'self'" + providerOrigin.map(o -> " " + o).orElse("")
                + "; frame-ancestors 'none'; base-uri 'none'";
    }

    /** https://keycloak.example.org/realms/haven -> https://keycloak.example.org */
    static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
