package org.haven.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;

/**
 * A redirect answered to an htmx request (header {@code HX-Request}) becomes an instruction to the page:
 * status 200 with {@code HX-Redirect}, which htmx follows with a full navigation. Without this, the
 * browser's XMLHttpRequest would follow the redirect itself: to sign in again after the session ended
 * or idled out (the provider is another origin, so the request fails and "Refresh" silently does
 * nothing), or to the sign-out of an idle session. With it, the person lands on the sign-in page.
 */
@ApplicationScoped
class HtmxRedirects {

    /** Before ConsoleHeaders (1100), so its handler is installed for every console answer. */
    private static final int PRIORITY = 1200;

    void register(@Observes Filters filters) {
        filters.register(context -> {
            String path = context.normalizedPath();
            if ((path.equals("/console") || path.startsWith("/console/"))
                    && "true".equals(context.request().getHeader("HX-Request"))) {
                HttpServerResponse response = context.response();
                context.addHeadersEndHandler(ignored -> {
                    int status = response.getStatusCode();
                    String location = response.headers().get(HttpHeaders.LOCATION);
                    if (status >= 300 && status < 400 && location != null) {
                        response.setStatusCode(200);
                        response.headers().remove(HttpHeaders.LOCATION);
                        response.headers().set("HX-Redirect", location);
                    }
                });
            }
            context.next();
        }, PRIORITY);
    }
}
