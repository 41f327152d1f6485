package org.haven.console;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.TemplateInstance;

/**
 * Answers of the auditor's pages: a page with its status, or a file to keep. A file is an attachment with
 * its name, and is never stored by a browser or proxy (it is a signed statement of a moment, or data about
 * cases): {@code Cache-Control: no-store}, as every console answer.
 */
final class ConsoleDownloads {

    /** A public key in PEM, as a file of its own (RFC 7468). */
    static final String PEM = "application/x-pem-file";

    private ConsoleDownloads() {
    }

    static Response attachment(Object body, MediaType type, String fileName) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store").build();
    }

    static Response html(int status, TemplateInstance template, Language language) {
        String html = ConsolePages.localized(template, language).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }
}
