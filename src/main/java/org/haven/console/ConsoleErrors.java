package org.haven.console;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.haven.shared.error.Refusal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Error pages of the console: in the reader's language, within the layout, never a stack trace. */
final class ConsoleErrors {

    @CheckedTemplate(basePath = "console/errors")
    static class Templates {
        static native TemplateInstance forbidden(ConsolePage page);

        static native TemplateInstance formRefused(ConsolePage page);

        static native TemplateInstance refused(ConsolePage page, String title, String text);
    }

    private ConsoleErrors() {
    }

    static Response forbidden(ConsolePages pages) {
        ConsolePage page = pages.page();
        return page(403, ConsolePages.localized(Templates.forbidden(page), page.language()));
    }

    /** A form whose CSRF token is missing or wrong: nothing was done; the reader may reload and try again. */
    static Response formRefused(ConsolePages pages) {
        ConsolePage page = pages.page();
        return page(400, ConsolePages.localized(Templates.formRefused(page), page.language()));
    }

    /**
     * A page that could not be shown or an action that could not be done, said in plain words: unknown or
     * not visible (404), erased (410), or a state or rule that forbids it. Forms show their own refusals
     * next to their fields instead ({@link FormErrors}).
     */
    static Response refused(ConsolePages pages, Refusal refusal) {
        ConsolePage page = pages.page();
        ConsoleMessages msg = ConsolePages.messages(page.language());
        String text = pages.formErrors().plain(refusal.code(), refusal.getMessage());
        int status;
        String title;
        switch (refusal.kind()) {
            case NOT_FOUND -> {
                status = 404;
                title = msg.error_not_found_title();
            }
            case GONE -> {
                status = 410;
                title = msg.error_gone_title();
            }
            case FORBIDDEN -> {
                status = 403;
                title = msg.error_forbidden_title();
            }
            case STALE -> {
                status = 412;
                title = msg.form_stale_title();
            }
            case CONFLICT -> {
                status = 409;
                title = msg.error_refused_title();
            }
            default -> {
                status = 422;
                title = msg.error_refused_title();
            }
        }
        return page(status, ConsolePages.localized(Templates.refused(page, title, text), page.language()));
    }

    private static Response page(int status, TemplateInstance template) {
        String html = template.render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(html).build();
    }
}
