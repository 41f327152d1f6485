package org.haven.deploy;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One kustomization rendered and every resource in it parsed into its typed model. */
record Rendering(String overlay, List<Object> resources) {

    static final List<String> ALL = List.of("base", "overlays/dev", "overlays/prod");

    static Rendering of(String overlay) {
        Path dir = Manifests.KUBERNETES.resolve(overlay);
        List<ObjectNode> documents = Kustomize.build(dir);
        List<Object> typed = documents.stream()
                .map(document -> Manifests.typed(document, overlay + ": " + document.path("kind").asText() + "/"
                        + document.path("metadata").path("name").asText()))
                .toList();
        return new Rendering(overlay, typed);
    }

    <T> List<T> all(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T> T one(Class<T> type, String name) {
        List<T> matches = all(type).stream().filter(r -> name.equals(Manifests.metadata(r).getName())).toList();
        if (matches.size() != 1) {
            throw new AssertionError(overlay + ": expected one " + type.getSimpleName() + " named " + name + ", found "
                    + matches.size());
        }
        return matches.get(0);
    }

    <T> T only(Class<T> type) {
        List<T> matches = all(type);
        if (matches.size() != 1) {
            throw new AssertionError(overlay + ": expected one " + type.getSimpleName() + ", found " + matches.size());
        }
        return matches.get(0);
    }

    boolean isProductionLike() {
        return !overlay.equals("overlays/dev");
    }
}
