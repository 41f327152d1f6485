package org.haven.shared.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

/**
 * The methods each path of the API accepts, read once from the resources' JAX-RS annotations, so that a
 * 405 answer can carry the {@code Allow} header RFC 9110 requires (Quarkus REST's own 405 has none).
 */
@ApplicationScoped
class AllowedMethods {

    private static final List<Class<? extends Annotation>> VERBS = List.of(GET.class, POST.class, PUT.class,
            PATCH.class, DELETE.class);

    private record Route(Pattern path, String method) {
    }

    private final List<Route> routes = new ArrayList<>();

    AllowedMethods(BeanManager beans) {
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path base = type.getAnnotation(Path.class);
            if (base == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                for (Class<? extends Annotation> verb : VERBS) {
                    if (method.isAnnotationPresent(verb)) {
                        Path sub = method.getAnnotation(Path.class);
                        routes.add(new Route(pattern(base.value() + (sub == null ? "" : "/" + sub.value())),
                                verb.getSimpleName()));
                    }
                }
            }
        }
    }

    /** E.g. "GET, HEAD, OPTIONS, POST" for {@code /defenders}; empty if no resource serves the path. */
    String allowFor(String path) {
        Set<String> methods = new TreeSet<>();
        String normalised = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        for (Route route : routes) {
            if (route.path().matcher(normalised).matches()) {
                methods.add(route.method());
            }
        }
        if (methods.isEmpty()) {
            return "";
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        methods.add("OPTIONS");
        return String.join(", ", methods);
    }

    static Pattern pattern(String template) {
        String path = ("/" + template).replaceAll("/+", "/");
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        StringBuilder regex = new StringBuilder();
        for (String part : path.split("(?=\\{)|(?<=\\})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}
