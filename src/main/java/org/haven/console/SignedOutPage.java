package org.haven.console;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.Router;

/**
 * Where the provider sends the browser after signing out: a page without a session, so it is served
 * outside JAX-RS (whose every endpoint needs a role). It names no one and shows no data.
 */
@ApplicationScoped
class SignedOutPage {

    static final String PATH = "/console/signed-out";

    private final Template template;

    SignedOutPage(@Location("console/session/signed-out") Template template) {
        this.template = template;
    }

    void route(@Observes Router router) {
        router.get(PATH).handler(context -> {
            Cookie cookie = context.request().getCookie(Language.COOKIE);
            String accept = context.request().getHeader("Accept-Language");
            List<Locale> acceptable;
            try {
                acceptable = accept == null ? List.of() : Locale.LanguageRange.parse(accept).stream()
                        .map(range -> Locale.forLanguageTag(range.getRange())).toList();
            } catch (IllegalArgumentException malformed) {
                acceptable = List.of();
            }
            Language language = Language.choose(cookie == null ? null : cookie.getValue(), acceptable);
            String html = ConsolePages.localized(template.data("language", language), language).render();
            context.response().putHeader("Content-Type", "text/html;charset=UTF-8").end(html);
        });
    }
}
