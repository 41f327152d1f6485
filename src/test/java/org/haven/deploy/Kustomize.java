package org.haven.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.fabric8.kubernetes.api.model.kustomize.v1beta1.Image;
import io.fabric8.kubernetes.api.model.kustomize.v1beta1.Kustomization;
import io.fabric8.kubernetes.api.model.kustomize.v1beta1.Patch;
import io.fabric8.kubernetes.api.model.kustomize.v1beta1.Replica;
import io.fabric8.kubernetes.api.model.kustomize.v1beta1.Selector;

/**
 * Just enough of {@code kustomize build} to render Haven's overlays without the kustomize binary:
 * {@code resources} (files and directories), {@code patches}, {@code namespace}, {@code replicas} and
 * {@code images}. Any other kustomization feature fails the build rather than being ignored, and so
 * does a missing file, a patch that targets nothing, or a replica or image entry that changes nothing.
 *
 * <p>Patches: a list is a JSON patch (RFC 6902: add, replace, remove) and needs a {@code target}; a
 * mapping is a strategic-merge patch for built-in kinds and a JSON merge patch (RFC 7386) for custom
 * resources. The strategic merge knows the merge keys of the lists Haven's patches touch (containers,
 * env, volumes by name; volumeMounts by mountPath) and replaces any other list; directives such as
 * {@code $patch} are refused. The result was compared with {@code kubectl kustomize} (kustomize 5.5).
 */
final class Kustomize {

    private static final String API_VERSION = "kustomize.config.k8s.io/v1beta1";
    private static final Map<String, String> MERGE_KEYS = Map.of(
            "containers", "name",
            "initContainers", "name",
            "env", "name",
            "volumes", "name",
            "volumeMounts", "mountPath");
    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "ReplicaSet");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace");

    private Kustomize() {
    }

    /** The resources that {@code kustomize build dir} would print, in the order it loads them. */
    static List<ObjectNode> build(Path dir) {
        Path file = dir.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("no kustomization.yaml in " + dir);
        }
        List<ObjectNode> documents = Manifests.readDocuments(file);
        if (documents.size() != 1) {
            throw new AssertionError(file + ": expected one document, found " + documents.size());
        }
        Kustomization kustomization = Manifests.typed(documents.get(0), Kustomization.class, file.toString());
        if (!API_VERSION.equals(kustomization.getApiVersion()) || !"Kustomization".equals(kustomization.getKind())) {
            throw new AssertionError(file + ": expected " + API_VERSION + " Kustomization");
        }
        refuseUnsupported(kustomization, file);

        List<ObjectNode> resources = new ArrayList<>();
        for (String entry : kustomization.getResources()) {
            Path resource = dir.resolve(entry).normalize();
            if (Files.isDirectory(resource)) {
                resources.addAll(build(resource));
            } else if (Files.isRegularFile(resource)) {
                resources.addAll(Manifests.readDocuments(resource));
            } else {
                throw new AssertionError(file + ": resource " + entry + " does not exist (" + resource + ")");
            }
        }
        requireUniqueIds(resources, file);

        List<Patch> patches = kustomization.getPatches();
        for (int i = 0; i < patches.size(); i++) {
            applyPatch(patches.get(i), dir, resources, file + " patches[" + i + "]");
        }
        if (kustomization.getNamespace() != null) {
            for (ObjectNode resource : resources) {
                if (!CLUSTER_SCOPED.contains(resource.path("kind").asText())) {
                    metadata(resource).put("namespace", kustomization.getNamespace());
                }
            }
        }
        for (Replica replica : kustomization.getReplicas()) {
            setReplicas(replica, resources, file);
        }
        for (Image image : kustomization.getImages()) {
            setImage(image, resources, file);
        }
        return resources;
    }

    private static void refuseUnsupported(Kustomization k, Path file) {
        Map<String, Object> unsupported = new LinkedHashMap<>();
        unsupported.put("bases", k.getBases());
        unsupported.put("components", k.getComponents());
        unsupported.put("crds", k.getCrds());
        unsupported.put("configurations", k.getConfigurations());
        unsupported.put("configMapGenerator", k.getConfigMapGenerator());
        unsupported.put("secretGenerator", k.getSecretGenerator());
        unsupported.put("generators", k.getGenerators());
        unsupported.put("generatorOptions", k.getGeneratorOptions());
        unsupported.put("transformers", k.getTransformers());
        unsupported.put("validators", k.getValidators());
        unsupported.put("helmCharts", k.getHelmCharts());
        unsupported.put("helmChartInflationGenerator", k.getHelmChartInflationGenerator());
        unsupported.put("helmGlobals", k.getHelmGlobals());
        unsupported.put("patchesJson6902", k.getPatchesJson6902());
        unsupported.put("patchesStrategicMerge", k.getPatchesStrategicMerge());
        unsupported.put("replacements", k.getReplacements());
        unsupported.put("vars", k.getVars());
        unsupported.put("namePrefix", k.getNamePrefix());
        unsupported.put("nameSuffix", k.getNameSuffix());
        unsupported.put("commonLabels", k.getCommonLabels());
        unsupported.put("labels", k.getLabels());
        unsupported.put("commonAnnotations", k.getCommonAnnotations());
        unsupported.put("imageTags", k.getImageTags());
        unsupported.put("openapi", k.getOpenapi());
        unsupported.put("buildMetadata", k.getBuildMetadata());
        unsupported.put("sortOptions", k.getSortOptions());
        unsupported.put("metadata", k.getMetadata());
        unsupported.forEach((field, value) -> {
            if (present(value)) {
                throw new AssertionError(file + ": uses '" + field + "', which this test cannot render; keep to"
                        + " resources, patches, namespace, replicas and images, or teach Kustomize.java");
            }
        });
    }

    private static boolean present(Object value) {
        if (value instanceof java.util.Collection<?> c) {
            return !c.isEmpty();
        }
        if (value instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        if (value instanceof String s) {
            return !s.isEmpty();
        }
        return value != null;
    }

    private static void requireUniqueIds(List<ObjectNode> resources, Path file) {
        Set<String> seen = new HashSet<>();
        for (ObjectNode resource : resources) {
            String id = resource.path("apiVersion").asText() + " " + resource.path("kind").asText() + " "
                    + resource.path("metadata").path("name").asText();
            if (resource.path("metadata").path("name").asText().isEmpty()) {
                throw new AssertionError(file + ": a resource without metadata.name: " + id);
            }
            if (!seen.add(id)) {
                throw new AssertionError(file + ": " + id + " is defined twice");
            }
        }
    }

    private static void applyPatch(Patch patch, Path dir, List<ObjectNode> resources, String where) {
        if (present(patch.getOptions())) {
            throw new AssertionError(where + ": patch options are not supported");
        }
        JsonNode body;
        if (patch.getPath() != null && patch.getPatch() == null) {
            Path patchFile = dir.resolve(patch.getPath()).normalize();
            if (!Files.isRegularFile(patchFile)) {
                throw new AssertionError(where + ": patch file " + patch.getPath() + " does not exist");
            }
            List<ObjectNode> documents = readPatchFile(patchFile, where);
            if (documents.size() != 1) {
                throw new AssertionError(where + ": one patch per file, found " + documents.size());
            }
            body = documents.get(0);
        } else if (patch.getPatch() != null && patch.getPath() == null) {
            body = Manifests.readTree(patch.getPatch(), where);
        } else {
            throw new AssertionError(where + ": give either path or patch");
        }

        if (body.isArray()) {
            if (patch.getTarget() == null) {
                throw new AssertionError(where + ": a JSON patch needs a target");
            }
            JsonPatch.apply(single(resources, patch.getTarget(), where), (ArrayNode) body, where);
        } else if (body.isObject()) {
            ObjectNode target = patch.getTarget() != null
                    ? single(resources, patch.getTarget(), where)
                    : single(resources, body.path("apiVersion").asText(), body.path("kind").asText(),
                            body.path("metadata").path("name").asText(), where);
            merge(target, (ObjectNode) body, builtIn(target), where);
        } else {
            throw new AssertionError(where + ": a patch is a mapping or a list, not " + body);
        }
    }

    private static List<ObjectNode> readPatchFile(Path patchFile, String where) {
        JsonNode tree = Manifests.readTree(readString(patchFile), where);
        if (tree.isArray()) {
            throw new AssertionError(where + ": keep JSON patches inline, with their target");
        }
        return Manifests.readDocuments(patchFile);
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }

    private static ObjectNode single(List<ObjectNode> resources, Selector target, String where) {
        if (present(target.getNamespace()) || present(target.getLabelSelector())
                || present(target.getAnnotationSelector())) {
            throw new AssertionError(where + ": select a patch target by kind and name only");
        }
        List<ObjectNode> matches = resources.stream()
                .filter(r -> target.getKind() == null || target.getKind().equals(r.path("kind").asText()))
                .filter(r -> target.getName() == null || target.getName().equals(r.path("metadata").path("name").asText()))
                .filter(r -> target.getGroup() == null || target.getGroup().equals(group(r)))
                .filter(r -> target.getVersion() == null || target.getVersion().equals(version(r)))
                .toList();
        if (matches.size() != 1) {
            throw new AssertionError(where + ": target " + target.getKind() + "/" + target.getName() + " matches "
                    + matches.size() + " resources, expected exactly one");
        }
        return matches.get(0);
    }

    private static ObjectNode single(List<ObjectNode> resources, String apiVersion, String kind, String name,
            String where) {
        List<ObjectNode> matches = resources.stream()
                .filter(r -> apiVersion.equals(r.path("apiVersion").asText()))
                .filter(r -> kind.equals(r.path("kind").asText()))
                .filter(r -> name.equals(r.path("metadata").path("name").asText()))
                .toList();
        if (matches.size() != 1) {
            throw new AssertionError(where + ": patch for " + apiVersion + " " + kind + "/" + name + " matches "
                    + matches.size() + " resources, expected exactly one");
        }
        return matches.get(0);
    }

    private static String group(JsonNode resource) {
        String apiVersion = resource.path("apiVersion").asText();
        return apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
    }

    private static String version(JsonNode resource) {
        String apiVersion = resource.path("apiVersion").asText();
        return apiVersion.substring(apiVersion.indexOf('/') + 1);
    }

    /** Built-in API groups get strategic merge; custom resources (dotted groups not *.k8s.io) JSON merge. */
    private static boolean builtIn(JsonNode resource) {
        String group = group(resource);
        return !group.contains(".") || group.endsWith(".k8s.io");
    }

    private static void merge(ObjectNode target, ObjectNode patch, boolean strategic, String where) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (key.startsWith("$")) {
                throw new AssertionError(where + ": patch directive " + key + " is not supported");
            }
            JsonNode current = target.get(key);
            if (value.isNull()) {
                target.remove(key);
            } else if (value.isObject() && current != null && current.isObject()) {
                merge((ObjectNode) current, (ObjectNode) value, strategic, where);
            } else if (strategic && value.isArray() && current != null && current.isArray()
                    && MERGE_KEYS.containsKey(key)) {
                mergeList((ArrayNode) current, (ArrayNode) value, MERGE_KEYS.get(key), where);
            } else {
                target.set(key, value.deepCopy());
            }
        }
    }

    private static void mergeList(ArrayNode current, ArrayNode patch, String mergeKey, String where) {
        for (JsonNode item : patch) {
            JsonNode key = item.get(mergeKey);
            if (key == null) {
                throw new AssertionError(where + ": a list item without its merge key " + mergeKey + ": " + item);
            }
            ObjectNode existing = null;
            for (JsonNode candidate : current) {
                if (key.equals(candidate.get(mergeKey))) {
                    existing = (ObjectNode) candidate;
                }
            }
            if (existing == null) {
                current.add(item.deepCopy());
            } else {
                merge(existing, (ObjectNode) item, true, where);
            }
        }
    }

    private static void setReplicas(Replica replica, List<ObjectNode> resources, Path file) {
        List<ObjectNode> matches = resources.stream()
                .filter(r -> WORKLOADS.contains(r.path("kind").asText()))
                .filter(r -> replica.getName().equals(r.path("metadata").path("name").asText()))
                .toList();
        if (matches.isEmpty()) {
            throw new AssertionError(file + ": replicas for " + replica.getName() + " match no workload");
        }
        for (ObjectNode workload : matches) {
            ((ObjectNode) workload.get("spec")).set("replicas", new IntNode(Math.toIntExact(replica.getCount())));
        }
    }

    private static void setImage(Image image, List<ObjectNode> resources, Path file) {
        int changed = 0;
        for (ObjectNode resource : resources) {
            JsonNode podSpec = resource.path("spec").path("template").path("spec");
            for (String list : List.of("initContainers", "containers")) {
                for (JsonNode container : podSpec.path(list)) {
                    String reference = container.path("image").asText();
                    if (imageName(reference).equals(image.getName())) {
                        ((ObjectNode) container).set("image", new TextNode(newReference(reference, image)));
                        changed++;
                    }
                }
            }
        }
        if (changed == 0) {
            throw new AssertionError(file + ": images entry " + image.getName() + " matches no container");
        }
    }

    static String imageName(String reference) {
        String name = reference.contains("@") ? reference.substring(0, reference.indexOf('@')) : reference;
        int colon = name.lastIndexOf(':');
        return colon > name.lastIndexOf('/') ? name.substring(0, colon) : name;
    }

    private static String newReference(String reference, Image image) {
        String name = image.getNewName() != null ? image.getNewName() : imageName(reference);
        if (image.getDigest() != null) {
            return name + "@" + image.getDigest();
        }
        if (image.getNewTag() != null) {
            return name + ":" + image.getNewTag();
        }
        return name + reference.substring(imageName(reference).length());
    }

    private static ObjectNode metadata(ObjectNode resource) {
        return (ObjectNode) resource.get("metadata");
    }

    /** RFC 6902, the operations kustomize overlays commonly use: add, replace, remove. */
    static final class JsonPatch {

        private JsonPatch() {
        }

        static void apply(ObjectNode target, ArrayNode operations, String where) {
            for (JsonNode operation : operations) {
                String op = operation.path("op").asText();
                String path = operation.path("path").asText();
                Set<String> fields = new HashSet<>();
                operation.fieldNames().forEachRemaining(fields::add);
                if (!Set.of("op", "path", "value").containsAll(fields) || path.isEmpty()) {
                    throw new AssertionError(where + ": unexpected JSON patch operation " + operation);
                }
                List<String> tokens = pointer(path, where);
                JsonNode parent = target;
                for (String token : tokens.subList(0, tokens.size() - 1)) {
                    parent = parent.isArray() ? parent.path(index(token, parent, false, where)) : parent.path(token);
                    if (parent.isMissingNode()) {
                        throw new AssertionError(where + ": " + path + " does not exist in the target");
                    }
                }
                String last = tokens.get(tokens.size() - 1);
                switch (op) {
                    case "replace" -> {
                        requireExists(parent, last, path, where);
                        set(parent, last, operation.get("value"), false, where);
                    }
                    case "add" -> set(parent, last, operation.get("value"), true, where);
                    case "remove" -> {
                        requireExists(parent, last, path, where);
                        if (parent.isArray()) {
                            ((ArrayNode) parent).remove(index(last, parent, false, where));
                        } else {
                            ((ObjectNode) parent).remove(last);
                        }
                    }
                    default -> throw new AssertionError(where + ": JSON patch op '" + op + "' is not supported");
                }
            }
        }

        private static List<String> pointer(String path, String where) {
            if (!path.startsWith("/")) {
                throw new AssertionError(where + ": not a JSON pointer: " + path);
            }
            List<String> tokens = new ArrayList<>();
            for (String token : path.substring(1).split("/", -1)) {
                tokens.add(token.replace("~1", "/").replace("~0", "~"));
            }
            return tokens;
        }

        private static int index(String token, JsonNode array, boolean mayAppend, String where) {
            if (mayAppend && token.equals("-")) {
                return array.size();
            }
            try {
                int index = Integer.parseInt(token);
                if (index < 0 || index > array.size() || (!mayAppend && index == array.size())) {
                    throw new AssertionError(where + ": index " + token + " out of range");
                }
                return index;
            } catch (NumberFormatException e) {
                throw new AssertionError(where + ": " + token + " is not an array index", e);
            }
        }

        private static void requireExists(JsonNode parent, String last, String path, String where) {
            boolean exists = parent.isArray() ? !parent.path(index(last, parent, false, where)).isMissingNode()
                    : parent.has(last);
            if (!exists) {
                throw new AssertionError(where + ": " + path + " does not exist in the target");
            }
        }

        private static void set(JsonNode parent, String last, JsonNode value, boolean add, String where) {
            if (value == null) {
                throw new AssertionError(where + ": operation without a value");
            }
            if (parent.isArray()) {
                ArrayNode array = (ArrayNode) parent;
                int index = index(last, parent, add, where);
                if (add) {
                    array.insert(index, value.deepCopy());
                } else {
                    array.set(index, value.deepCopy());
                }
            } else if (parent.isObject()) {
                ((ObjectNode) parent).set(last, value.deepCopy());
            } else {
                throw new AssertionError(where + ": cannot set " + last + " inside " + parent);
            }
        }
    }
}
