package org.haven.console;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Error pages of the console: in the reader's language, within the layout, never a stack trace. */
final class ConsoleErrors {

    @CheckedTemplate(basePath = "console/errors")
    static class Templates {
        static native TemplateInstance forbidden(ConsolePage page);

        static native TemplateInstance formRefused(ConsolePage page);
    }

    private ConsoleErrors() {
    }

    static Response forbidden(ConsolePages pages) {
        ConsolePage page = pages.page();
        return page(Response.Status.FORBIDDEN, ConsolePages.localized(Templates.forbidden(page), page.language()));
    }

    /** A form whose CSRF token is missing or wrong: nothing was done; the reader may reload and try again. */
    static Response formRefused(ConsolePages pages) {
        ConsolePage page = pages.page();
        return page(Response.Status.BAD_REQUEST, ConsolePages.localized(Templates.formRefused(page), page.language()));
    }

    private static Response page(Response.Status status, TemplateInstance template) {
        String html = template.render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(html).build();
    }
}
