package org.haven.deploy;

import static java.util.Map.entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * Reads the deployment manifests strictly: every document becomes a typed model, and a field the
 * model does not know (a typo, a field of another API version) is an error, not silently kept.
 */
final class Manifests {

    static final Path DEPLOY = Path.of("deploy");
    static final Path KUBERNETES = DEPLOY.resolve("kubernetes");

    /** YAML to trees. A key given twice in one mapping is an error (most tools keep the last one). */
    static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /**
     * Trees to typed models. fabric8's models keep unknown fields in a map (a Jackson any-setter)
     * instead of failing, so the modifier takes that any-setter away; then FAIL_ON_UNKNOWN_PROPERTIES
     * applies to them as to our own records. No scalar coercion either: {@code replicas: "3"} or an
     * unquoted {@code true} where Kubernetes wants a string are refused, as the API server refuses them.
     */
    static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(LogicalType.Textual, config -> config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .addModule(new SimpleModule("strict-fabric8").setDeserializerModifier(new BeanDeserializerModifier() {
                @Override
                public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription bean,
                        BeanDeserializerBuilder builder) {
                    if (bean.getBeanClass().getName().startsWith("io.fabric8.kubernetes.api.model.")) {
                        builder.setAnySetter(null);
                    }
                    return builder;
                }
            }))
            .build();

    /** Every kind the manifests may use, by apiVersion and kind. Anything else is an error. */
    private static final Map<String, Class<?>> TYPES = Map.ofEntries(
            entry("v1/Namespace", Namespace.class),
            entry("v1/ServiceAccount", ServiceAccount.class),
            entry("v1/Service", Service.class),
            entry("apps/v1/Deployment", Deployment.class),
            entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            entry("postgresql.cnpg.io/v1/Cluster", CustomResources.Cluster.class),
            entry("postgresql.cnpg.io/v1/ScheduledBackup", CustomResources.ScheduledBackup.class),
            entry("barmancloud.cnpg.io/v1/ObjectStore", CustomResources.ObjectStore.class),
            entry("gateway.networking.k8s.io/v1/Gateway", CustomResources.Gateway.class),
            entry("gateway.networking.k8s.io/v1/HTTPRoute", CustomResources.HttpRoute.class),
            entry("gateway.envoyproxy.io/v1alpha1/BackendTrafficPolicy", CustomResources.BackendTrafficPolicy.class),
            entry("k8s.keycloak.org/v2alpha1/Keycloak", CustomResources.Keycloak.class));

    private Manifests() {
    }

    /** The YAML documents of a file, each a mapping; empty documents are skipped. */
    static List<ObjectNode> readDocuments(Path file) {
        List<ObjectNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (it.hasNext()) {
                JsonNode document = it.next();
                if (document == null || document.isNull() || document.isMissingNode()) {
                    continue;
                }
                if (!document.isObject()) {
                    throw new AssertionError(file + ": a document is not a mapping: " + document);
                }
                documents.add((ObjectNode) document);
            }
        } catch (IOException e) {
            throw new AssertionError(file + ": not valid YAML: " + e.getMessage(), e);
        }
        return documents;
    }

    static JsonNode readTree(String yaml, String where) {
        try {
            return YAML.readTree(yaml);
        } catch (IOException e) {
            throw new AssertionError(where + ": not valid YAML: " + e.getMessage(), e);
        }
    }

    /** The typed model for a document, chosen by its apiVersion and kind. */
    static Object typed(JsonNode document, String where) {
        String id = document.path("apiVersion").asText() + "/" + document.path("kind").asText();
        Class<?> type = TYPES.get(id);
        if (type == null) {
            throw new AssertionError(where + ": unexpected apiVersion/kind " + id + "; known: " + TYPES.keySet());
        }
        return typed(document, type, where);
    }

    static <T> T typed(JsonNode document, Class<T> type, String where) {
        try {
            return STRICT.treeToValue(document, type);
        } catch (IOException e) {
            throw new AssertionError(where + ": does not match " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    static ObjectMeta metadata(Object resource) {
        if (resource instanceof io.fabric8.kubernetes.api.model.HasMetadata fabric8) {
            return fabric8.getMetadata();
        }
        if (resource instanceof CustomResources.CustomResource custom) {
            return custom.metadata();
        }
        throw new IllegalArgumentException("not a resource: " + resource);
    }

    static List<Path> yamlFiles(Path root) {
        try (var files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new AssertionError("cannot list " + root, e);
        }
    }
}
