package org.haven.support;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Every JAX-RS endpoint of the API, found in the compiled classes ("POST /defenders/{id}/archive"). The web
 * console's pages (org.haven.console) are not API endpoints: they call the same services, are not in the API
 * document and are tested in a browser (docs/console.md).
 */
public final class EndpointCatalog {

    private static final List<Class<? extends Annotation>> VERBS = List.of(GET.class, POST.class, PUT.class,
            PATCH.class, DELETE.class);

    private EndpointCatalog() {
    }

    public static Set<String> all() {
        Set<String> endpoints = new TreeSet<>();
        for (Method method : resourceMethods()) {
            endpoints.add(describe(method));
        }
        return endpoints;
    }

    public static Set<String> mutating() {
        Set<String> endpoints = new TreeSet<>();
        for (String endpoint : all()) {
            if (!endpoint.startsWith("GET ")) {
                endpoints.add(endpoint);
            }
        }
        return endpoints;
    }

    public static List<Method> resourceMethods() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.haven");
        return classes.stream()
                .filter(c -> c.isAnnotatedWith(Path.class))
                .filter(c -> !c.getPackageName().startsWith("org.haven.console"))
                .map(JavaClass::reflect)
                .flatMap(c -> java.util.Arrays.stream(c.getDeclaredMethods()))
                .filter(m -> VERBS.stream().anyMatch(m::isAnnotationPresent))
                .toList();
    }

    public static String describe(Method method) {
        String verb = VERBS.stream().filter(method::isAnnotationPresent).findFirst().orElseThrow().getSimpleName();
        String base = method.getDeclaringClass().getAnnotation(Path.class).value();
        Path sub = method.getAnnotation(Path.class);
        String path = sub == null ? base : base + (sub.value().startsWith("/") ? "" : "/") + sub.value();
        return verb + " " + path;
    }
}
