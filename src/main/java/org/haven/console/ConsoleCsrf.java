package org.haven.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

/**
 * CSRF protection of the console's forms. Every console request gets (or keeps) the browser's CSRF
 * cookie before anything else runs, so every page, error pages included, can put the token into its
 * forms ({@code {inject:csrf.token}}); every form endpoint checks the posted token first
 * ({@link #accepts(String)}). Requests outside /console are not touched: the API's bearer-token calls
 * carry no cookie and need none (Quarkus' own CSRF extension checks every JAX-RS POST, the API's too,
 * and refuses body-less form-typed posts there, so it is not used).
 */
@ApplicationScoped
@Named("csrf")
public class ConsoleCsrf {

    private static final String TOKEN = "haven.console.csrf-token";
    private static final String COOKIE_VALUE = "haven.console.csrf-cookie";
    /** After ConsoleHeaders (1100), before HttpHardening (1000); the value is only an order. */
    private static final int PRIORITY = 1050;

    private final CsrfTokens tokens;
    private final boolean secureCookies;
    private final CurrentVertxRequest request;
    private final jakarta.enterprise.inject.Instance<SecurityIdentity> identity;

    ConsoleCsrf(ConsoleSecret secret, @ConfigProperty(name = "haven.console.secure-cookies") boolean secureCookies,
            CurrentVertxRequest request, jakarta.enterprise.inject.Instance<SecurityIdentity> identity) {
        this.tokens = new CsrfTokens(secret.bytes());
        this.secureCookies = secureCookies;
        this.request = request;
        this.identity = identity;
    }

    void issue(@Observes Filters filters) {
        filters.register(context -> {
            String path = context.normalizedPath();
            // not on the public, cacheable assets: a shared cache must never hand one cookie to many people
            if ((path.equals("/console") || path.startsWith("/console/")) && !path.startsWith(ConsoleHeaders.ASSETS)) {
                Cookie cookie = context.request().getCookie(CsrfTokens.COOKIE);
                String value = cookie == null ? null : cookie.getValue();
                if (!CsrfTokens.wellFormed(value)) {
                    value = tokens.newCookie();
                    context.response().addCookie(Cookie.cookie(CsrfTokens.COOKIE, value).setPath("/console")
                            .setHttpOnly(true).setSecure(secureCookies).setSameSite(CookieSameSite.LAX));
                }
                context.put(COOKIE_VALUE, value);
            }
            context.next();
        }, PRIORITY);
    }

    /** For templates: the token of this browser's forms, for the person signed in (one per answer). */
    public String getToken() {
        RoutingContext context = context();
        String token = context.get(TOKEN);
        if (token == null) {
            token = tokens.formToken(context.get(COOKIE_VALUE), subject());
            context.put(TOKEN, token);
        }
        return token;
    }

    /** For templates: the name of the form field that carries it. */
    public String getParameterName() {
        return CsrfTokens.FIELD;
    }

    /** Whether a posted form's token belongs to this browser's cookie as it arrived with the request. */
    boolean accepts(String posted) {
        String cookie = context().get(COOKIE_VALUE);
        Cookie sent = context().request().getCookie(CsrfTokens.COOKIE);
        // a cookie made for this very request was not sent by the browser: nothing can match it
        return sent != null && sent.getValue().equals(cookie) && tokens.matches(cookie, subject(), posted);
    }

    private String subject() {
        SecurityIdentity current = identity.get();
        return current.isAnonymous() ? "" : current.getPrincipal().getName();
    }

    private RoutingContext context() {
        return request.getCurrent();
    }
}
