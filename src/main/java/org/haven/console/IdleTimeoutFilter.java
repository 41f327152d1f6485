package org.haven.console;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.oidc.IdToken;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

/**
 * Applies {@link IdleTimeout} to every console request that has a session: past the limit, the browser
 * is sent to the logout path (which also ends the provider's session); otherwise the activity stamp is
 * renewed. Requests outside /console (the API) are not touched.
 */
@ApplicationScoped
class IdleTimeoutFilter {

    private final IdleTimeout idle;
    private final boolean secureCookies;
    private final Clock clock;

    @Inject
    SecurityIdentity identity;

    /** The ID token of the console session: its issue time is when the person signed in. */
    @Inject
    @IdToken
    JsonWebToken idToken;

    IdleTimeoutFilter(@ConfigProperty(name = "haven.console.idle-timeout") Duration limit,
            ConsoleSecret secret, @ConfigProperty(name = "haven.console.secure-cookies") boolean secureCookies,
            Clock clock) {
        this.idle = new IdleTimeout(limit, secret.bytes());
        this.secureCookies = secureCookies;
        this.clock = clock;
    }

    @ServerRequestFilter
    public Response checkIdle(ContainerRequestContext request, RoutingContext context) {
        String path = context.normalizedPath();
        if (!(path.equals("/console") || path.startsWith("/console/")) || identity.isAnonymous()) {
            return null;
        }
        String subject = idToken.getSubject();
        Instant now = clock.instant();
        Cookie seen = context.request().getCookie(IdleTimeout.COOKIE);
        Instant signedIn = Instant.ofEpochSecond(idToken.getIssuedAtTime());
        if (subject == null || idle.expired(subject, seen == null ? null : seen.getValue(), signedIn, now)) {
            return Response.seeOther(URI.create("/console/logout")).build();
        }
        context.response().addCookie(Cookie.cookie(IdleTimeout.COOKIE, idle.stamp(subject, now)).setPath("/console")
                .setHttpOnly(true).setSecure(secureCookies).setSameSite(CookieSameSite.LAX)
                .setMaxAge(idle.limit().toSeconds()));
        return null;
    }
}
