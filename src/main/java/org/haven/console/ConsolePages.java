package org.haven.console;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.notification.NotificationService;
import org.haven.shared.error.Refusal;
import org.haven.shared.paging.PageRequest;
import org.haven.shared.security.Actor;
import org.haven.shared.security.CurrentActor;
import org.haven.shared.security.Roles;
import org.haven.shared.web.Params;
import org.haven.shared.web.ProblemException;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The per-request things every page needs: the chosen language, its formats, and the layout's data. */
@RequestScoped
class ConsolePages {

    private final HttpHeaders headers;
    private final UriInfo uri;
    private final Request request;
    private final CurrentActor currentActor;
    private final ZoneId zone;
    private final NotificationService notifications;
    /** The reader's unread notifications, counted once per request (one indexed count) for the menu. */
    private Long unread;

    ConsolePages(HttpHeaders headers, UriInfo uri, Request request, CurrentActor currentActor,
            @ConfigProperty(name = "haven.console.time-zone", defaultValue = "UTC") ZoneId zone,
            NotificationService notifications) {
        this.headers = headers;
        this.uri = uri;
        this.request = request;
        this.currentActor = currentActor;
        this.zone = zone;
        this.notifications = notifications;
    }

    Language language() {
        Cookie cookie = headers.getCookies().get(Language.COOKIE);
        return Language.choose(cookie == null ? null : cookie.getValue(), headers.getAcceptableLanguages());
    }

    ConsoleFormat format() {
        Language language = language();
        return new ConsoleFormat(language, messages(language), zone);
    }

    static ConsoleMessages messages(Language language) {
        return bundle(ConsoleMessages.class, language);
    }

    /** Any of the console's message bundles in a language, for wording built in Java. */
    static <T> T bundle(Class<T> type, Language language) {
        return MessageBundles.get(type, Localized.Literal.of(language.code));
    }

    /** Puts refusals next to the fields of a form, in this reader's language. */
    FormErrors formErrors() {
        Language language = language();
        return new FormErrors(messages(language), bundle(ProblemMessages.class, language));
    }

    ConsolePage page() {
        Language language = language();
        Actor actor = currentActor.get();
        ConsoleMessages messages = messages(language);
        String role = actor.roles().isEmpty() ? "" : switch (actor.roles().get(0)) {
            case Roles.PROTECTION_OFFICER -> messages.role_protection_officer();
            case Roles.PROGRAMME_MANAGER -> messages.role_programme_manager();
            case Roles.AUDITOR -> messages.role_auditor();
            default -> messages.role_admin();
        };
        boolean readOnly = !actor.hasRole(Roles.PROTECTION_OFFICER) && !actor.hasRole(Roles.PROGRAMME_MANAGER);
        return new ConsolePage(language, actor.displayName(), role, readOnly,
                returnPath("/" + uri.getPath().replaceFirst("^/", ""), request.getMethod()),
                ConsoleNav.of(actor, messages, () -> unreadBadge(language, messages)));
    }

    /** "3 unread" for the menu's notifications entry, or null when nothing is unread. */
    private String unreadBadge(Language language, ConsoleMessages messages) {
        if (io.vertx.core.Context.isOnEventLoopThread()) {
            return null; // an error page rendered on the I/O thread (e.g. 403 from the security layer): no query there
        }
        long count = unreadCount();
        return count > 0 ? messages.nav_unread(new ConsoleFormat(language, messages, zone).number(count)) : null;
    }

    /** The reader's unread notifications ({@link NotificationService#unreadCount}), asked once per request. */
    long unreadCount() {
        if (unread == null) {
            unread = notifications.unreadCount();
        }
        return unread;
    }

    private static final Pattern RECORD_PAGE = Pattern
            .compile("(/console/(?:defenders|cases|follow-ups|grants|funds|approvals|organisations|activities)/[0-9a-f-]{36})(/.*)?");

    /** Pages whose own path also answers GET, so the answer to a post to them can come back to them. */
    private static final Set<String> LIST_PAGES = Set.of("/console/defenders", "/console/funds", "/console/audit",
            "/console/exports", "/console/admin/keys", "/console/approvals", "/console/overview",
            "/console/notifications/preferences", "/console/organisations", "/console/activities");

    /**
     * Where the language form brings the reader back: this page, or, on the answer to a post (a refused
     * form, protected details shown), the page of the same record, because the post's own path takes no GET.
     */
    static String returnPath(String path, String method) {
        if ("GET".equals(method)) {
            return path;
        }
        Matcher record = RECORD_PAGE.matcher(path);
        if (record.matches()) {
            return record.group(1);
        }
        if (LIST_PAGES.contains(path)) {
            return path;
        }
        // marking a notification read answers on the list when refused (someone else's: 404)
        return path.startsWith(ConsoleNav.NOTIFICATIONS + "/") ? ConsoleNav.NOTIFICATIONS : "/console/caseload";
    }

    /** A list page's "page" query parameter: its number if it is one (at most the API's last page), else the first. */
    static int pageIndex(String raw) {
        return raw != null && raw.matches("\\d{1,7}") ? Math.min(Integer.parseInt(raw), PageRequest.MAX_PAGE) : 0;
    }

    /**
     * The id in a page's path. A path that is no id names no record: the console's "not found", as for
     * an unknown one, never the API's 400.
     */
    static UUID recordId(String raw, String what) {
        try {
            return Params.uuid("id", raw);
        } catch (ProblemException e) {
            throw Refusal.notFound(what);
        }
    }

    /** Renders in the page's language: message bundles ({msg:…}) follow the instance's locale. */
    static TemplateInstance localized(TemplateInstance template, Language language) {
        return template.setLocale(Locale.forLanguageTag(language.code));
    }
}
