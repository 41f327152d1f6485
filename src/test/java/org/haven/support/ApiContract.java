package org.haven.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import io.restassured.response.Response;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The response schemas docs/openapi.yaml publishes, as JSON Schema 2020-12 (what OpenAPI 3.1 schemas
 * are), and a check that a real response conforms to the one published for its operation, status and
 * media type. {@code $ref}s to {@code #/components/schemas/...} resolve inside the document: each
 * published schema is validated with the document's {@code components} beside it.
 */
public final class ApiContract {

    private static final String HTTP_METHODS = "get put post delete patch";

    private final JsonNode document;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private final JsonMapper json = JsonMapper.builder().build();
    private final JsonMapper exactNumbers = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();

    private ApiContract(JsonNode document) {
        this.document = document;
    }

    public static ApiContract load(Path file) {
        try {
            return new ApiContract(YAMLMapper.builder().build().readTree(Files.readString(file)));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    /**
     * Fails unless the response's status and media type are published for the operation (e.g.
     * {@code "GET /defenders/{id}"}) and its body satisfies the published schema; the message names the
     * operation, the JSON path in the body and the violated keyword.
     */
    public void assertConforms(String operation, Response response) {
        String mediaType = response.contentType().split(";")[0].trim();
        JsonNode schema = publishedSchema(operation, response.statusCode(), mediaType);
        List<String> violations = violations(schema, response.asString());
        if (!violations.isEmpty()) {
            fail(operation + " -> " + response.statusCode() + " " + mediaType + " does not match docs/openapi.yaml:\n  "
                    + String.join("\n  ", violations) + "\nbody: " + response.asString());
        }
    }

    /** The schema published for one response; fails if the operation, status or media type is not published. */
    public JsonNode publishedSchema(String operation, int status, String mediaType) {
        JsonNode responses = operationNode(operation).path("responses");
        JsonNode response = responses.path(Integer.toString(status));
        if (response.isMissingNode()) {
            fail(operation + " answered " + status + ", which docs/openapi.yaml does not publish (it publishes "
                    + responses.propertyNames() + ")");
        }
        response = resolve(response);
        JsonNode content = response.path("content").path(mediaType);
        if (content.isMissingNode()) {
            fail(operation + " -> " + status + " answered " + mediaType + ", which docs/openapi.yaml does not publish ("
                    + response.path("content").propertyNames() + ")");
        }
        JsonNode schema = content.path("schema");
        if (schema.isMissingNode() || schema.isEmpty()) {
            fail(operation + " -> " + status + " " + mediaType + " publishes no schema (schema: {})");
        }
        return schema;
    }

    /** Every operation's responses, as "GET /path" -> status -> response (with {@code $ref}s resolved). */
    public Map<String, Map<String, JsonNode>> responses() {
        Map<String, Map<String, JsonNode>> all = new TreeMap<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (!HTTP_METHODS.contains(op.getKey())) {
                    continue;
                }
                Map<String, JsonNode> byStatus = new TreeMap<>();
                for (Map.Entry<String, JsonNode> r : op.getValue().path("responses").properties()) {
                    byStatus.put(r.getKey(), resolve(r.getValue()));
                }
                all.put(op.getKey().toUpperCase() + " " + path.getKey(), byStatus);
            }
        }
        return all;
    }

    /** Every operation the document publishes, as "POST /path". */
    public Set<String> operations() {
        return responses().keySet();
    }

    /** One operation's node ("POST /funds"): its parameters, requestBody, responses and security. */
    public JsonNode operation(String operation) {
        return operationNode(operation);
    }

    /** A schema with its {@code $ref}s to {@code #/components/...} followed. */
    public JsonNode resolve(JsonNode node) {
        JsonNode resolved = node;
        while (resolved.path("$ref").isString()) {
            resolved = document.at(resolved.path("$ref").asString().substring(1));
        }
        return resolved;
    }

    /**
     * Why a request body breaks the schema the operation publishes for {@code application/json}
     * (empty when it conforms). The body is read with exact numbers, so {@code 1e400} stays a number.
     */
    public List<String> requestViolations(String operation, String body) {
        JsonNode schema = operationNode(operation).path("requestBody").path("content").path("application/json")
                .path("schema");
        if (schema.isMissingNode()) {
            fail(operation + " publishes no application/json request body");
        }
        try {
            return violations(schema, exactNumbers.readTree(body));
        } catch (RuntimeException beyondTheValidator) {
            // e.g. 1e400 against "maximum": the validator compares as a long and cannot; it is out of range
            return List.of("(body): " + beyondTheValidator.getMessage());
        }
    }

    private List<String> violations(JsonNode published, String body) {
        return violations(published, json.readTree(body));
    }

    private List<String> violations(JsonNode published, JsonNode instance) {
        ObjectNode schema = (ObjectNode) published.deepCopy();
        schema.set("components", document.path("components"));
        Schema validator = registry.getSchema(schema);
        List<String> violations = new ArrayList<>();
        for (Error error : validator.validate(instance)) {
            violations.add(error.getInstanceLocation() + ": [" + error.getKeyword() + "] " + error.getMessage()
                    + " (schema " + error.getEvaluationPath() + ")");
        }
        return violations;
    }

    private JsonNode operationNode(String operation) {
        String[] parts = operation.split(" ", 2);
        JsonNode node = document.path("paths").path(parts[1]).path(parts[0].toLowerCase());
        if (node.isMissingNode()) {
            fail("docs/openapi.yaml publishes no operation " + operation);
        }
        return node;
    }
}
