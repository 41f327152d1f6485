package org.haven.console;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The forms of the layout: the language choice (remembered in a cookie) and signing out, which hands
 * over to the OIDC logout path so that the provider's session ends too. Both check the CSRF token first.
 */
@Path("/console")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class ConsoleSessionResource {

    /** Where a form may send the reader back to: a console path, never another site ("//evil"). */
    private static final Pattern CONSOLE_PATH = Pattern.compile("/console(/[a-z0-9-]+)*");
    private static final Duration LANGUAGE_REMEMBERED = Duration.ofDays(365);

    private final boolean secureCookies;
    private final ConsoleCsrf csrf;
    private final ConsolePages pages;

    ConsoleSessionResource(@ConfigProperty(name = "haven.console.secure-cookies") boolean secureCookies,
            ConsoleCsrf csrf, ConsolePages pages) {
        this.secureCookies = secureCookies;
        this.csrf = csrf;
        this.pages = pages;
    }

    @POST
    @Path("/language")
    // anyone signed in, a person without a Haven role too: the "no access" page offers both forms
    @RolesAllowed("**")
    public Response language(@FormParam(CsrfTokens.FIELD) String token, @FormParam("lang") String lang,
            @FormParam("return") String back) {
        if (!csrf.accepts(token)) {
            return ConsoleErrors.formRefused(pages);
        }
        Language chosen = Language.of(lang).orElse(Language.EN);
        NewCookie cookie = new NewCookie.Builder(Language.COOKIE).value(chosen.code).path("/console")
                .maxAge((int) LANGUAGE_REMEMBERED.toSeconds()).httpOnly(true).secure(secureCookies)
                .sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(back != null && CONSOLE_PATH.matcher(back).matches() ? back
                : "/console/caseload")).cookie(cookie).build();
    }

    @POST
    @Path("/sign-out")
    // anyone signed in, a person without a Haven role too: the "no access" page offers both forms
    @RolesAllowed("**")
    public Response signOut(@FormParam(CsrfTokens.FIELD) String token) {
        if (!csrf.accepts(token)) {
            return ConsoleErrors.formRefused(pages);
        }
        return Response.seeOther(URI.create("/console/logout")).build();
    }
}
