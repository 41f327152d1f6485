package org.haven.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * htmx, served by Haven under /console/assets from the webjar on the classpath (never a CDN), so that
 * the console's pages, styles and script share one path (one Ingress rule, one CSP origin). The version
 * is the webjar's own, read once at start; a missing webjar stops the start rather than a page.
 */
@ApplicationScoped
class ConsoleAssets {

    static final String HTMX = "/console/assets/htmx.min.js";
    private static final String WEBJAR = "META-INF/maven/org.webjars.npm/htmx.org/pom.properties";

    void route(@Observes Router router) {
        Buffer htmx = Buffer.buffer(read("META-INF/resources/webjars/htmx.org/" + version() + "/dist/htmx.min.js"));
        // Quarkus marks every response "Content-Encoding: identity" when compression is on; a route that
        // wants its body compressed (as static resources are) removes the mark.
        router.get(HTMX).handler(context -> {
            context.response().headers().remove(HttpHeaders.CONTENT_ENCODING);
            context.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/javascript;charset=UTF-8").end(htmx);
        });
    }

    private static String version() {
        Properties properties = new Properties();
        try (InputStream in = resource(WEBJAR)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    private static byte[] read(String name) {
        try (InputStream in = resource(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("The console's htmx is missing from the classpath: " + name);
        }
        return in;
    }
}
