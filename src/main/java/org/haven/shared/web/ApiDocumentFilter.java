package org.haven.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import org.haven.shared.error.FieldViolation;
import org.haven.shared.error.Problem;
import org.haven.shared.idempotency.IdempotencyStore;
import org.haven.shared.validation.PlainText;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Completes the generated OpenAPI document with what every operation shares, so resources do not
 * repeat it: the {@code Problem} schema that every error uses, its content on every 4xx/5xx
 * response, and the responses every authenticated operation can give (401, 403, 500; 400 when it
 * takes input). How bearer tokens are checked is {@code quarkus.smallrye-openapi.security-scheme-description}.
 *
 * <p>It runs when the application is built, on the document scanned from the code, so that the document
 * Quarkus stores in the jar is already complete: at every start Quarkus reads that document back and
 * writes it as JSON and YAML, and a filter run there would add a walk of the whole document to each
 * start (issue #20). Nothing it adds depends on runtime configuration. The result is checked in at
 * docs/openapi.yaml.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ApiDocumentFilter implements OASFilter {

    static final String PROBLEM = "Problem";
    static final String FIELD_VIOLATION = "FieldViolation";
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;

    private static final Map<String, String> SHARED_RESPONSES = Map.of(
            "400", "Malformed request: a parameter, header or the body cannot be read",
            "401", "No valid bearer token",
            "403", "Your role may not do this",
            "500", "Unexpected failure; the response carries only an error id to quote to the operators");

    /**
     * Upper bounds of the JSON forms of the scalar types SmallRye describes once as components:
     * a UUID is 36 characters, an ISO-8601 date-time (even with nanoseconds, an offset or a
     * six-digit year) fits in 40, a date with an extended year in 16.
     */
    private static final Map<String, Integer> SCALAR_LENGTHS = Map.of("UUID", 36, "Instant", 40, "LocalDate", 16);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        SCALAR_LENGTHS.forEach((name, maxLength) -> {
            if (schemas != null && schemas.containsKey(name)) {
                schemas.get(name).setMaxLength(maxLength);
            }
        });
        openAPI.getComponents().addSchema(FIELD_VIOLATION, fieldViolationSchema());
        openAPI.getComponents().addSchema(PROBLEM, problemSchema());
        openAPI.getComponents().getSchemas().values().forEach(ApiDocumentFilter::tidy);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                completeResponses(operation);
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(ApiDocumentFilter::describeSharedHeader);
                    operation.getParameters().forEach(parameter -> tidy(parameter.getSchema()));
                }
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                    operation.getRequestBody().getContent().getMediaTypes().values()
                            .forEach(media -> tidy(media.getSchema()));
                }
                operation.getResponses().getAPIResponses().values().stream()
                        .filter(response -> response.getContent() != null)
                        .flatMap(response -> response.getContent().getMediaTypes().values().stream())
                        .forEach(media -> tidy(media.getSchema()));
            }
        }
    }

    /** If-Match and Idempotency-Key mean the same everywhere and are checked in one place each. */
    private static void describeSharedHeader(Parameter parameter) {
        if (parameter.getIn() != Parameter.In.HEADER) {
            return;
        }
        if (HttpHeaders.IF_MATCH.equalsIgnoreCase(parameter.getName())) {
            parameter.setDescription("The ETag of the version you read, e.g. \"3\"; a stale one is refused with 412");
            parameter.setSchema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                    .maxLength(ETags.IF_MATCH_MAX_LENGTH));
        } else if (IdempotencyStore.HEADER.equalsIgnoreCase(parameter.getName())) {
            parameter.setDescription("Any unique value, e.g. a UUID: a retry with the same key creates nothing new");
            parameter.setSchema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).minLength(1)
                    .maxLength(IdempotencyStore.KEY_MAX_LENGTH).pattern(IdempotencyStore.KEY_PATTERN));
        }
    }

    /** Applies the two steps below to {@code schema} and every schema inside it. */
    static void tidy(Schema schema) {
        if (schema == null || schema.getRef() != null) {
            return;
        }
        dropBareTypeBesideNullableRef(schema);
        boundInlineUuid(schema);
        addPlainTextPattern(schema);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(ApiDocumentFilter::tidy);
        }
        tidy(schema.getItems());
        tidy(schema.getAdditionalPropertiesSchema());
        for (List<Schema> group : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (group != null) {
                group.forEach(ApiDocumentFilter::tidy);
            }
        }
    }

    /**
     * SmallRye describes a UUID inline, not as the bounded {@code UUID} component, where it is the item
     * of a list ({@code List<UUID>}): the same bound applies.
     */
    private static void boundInlineUuid(Schema schema) {
        if ("uuid".equals(schema.getFormat()) && schema.getMaxLength() == null) {
            schema.setMaxLength(SCALAR_LENGTHS.get("UUID"));
        }
    }

    /**
     * SmallRye writes a nullable {@code $ref} as {@code anyOf [$ref, null]} plus a copy of the
     * referenced type (e.g. {@code [string, null]}) without its bounds; the parts alone say it all.
     */
    private static void dropBareTypeBesideNullableRef(Schema schema) {
        if (schema.getAnyOf() != null && schema.getAnyOf().stream()
                .anyMatch(part -> List.of(Schema.SchemaType.NULL).equals(part.getType()))) {
            schema.setType(null);
        }
    }

    /**
     * Free text has no finer form than {@link PlainText}: every string that has no format, pattern,
     * enum or constant of its own gets its pattern, which the server enforces on all input.
     */
    private static void addPlainTextPattern(Schema schema) {
        boolean composed = schema.getAnyOf() != null || schema.getAllOf() != null || schema.getOneOf() != null;
        if (!composed && schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING)
                && schema.getFormat() == null && schema.getPattern() == null && schema.getEnumeration() == null
                && schema.getConstValue() == null) {
            schema.setPattern(PlainText.PATTERN);
        }
    }

    private static void completeResponses(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        for (Map.Entry<String, String> shared : SHARED_RESPONSES.entrySet()) {
            if (shared.getKey().equals("400") && !takesInput) {
                continue;
            }
            APIResponse existing = responses.getAPIResponse(shared.getKey());
            if (existing == null) {
                responses.addAPIResponse(shared.getKey(),
                        OASFactory.createAPIResponse().description(shared.getValue()));
            } else if (isFrameworkDefault(existing.getDescription())) {
                existing.setDescription(shared.getValue());
            }
        }
        Map<String, APIResponse> sorted = new TreeMap<>(responses.getAPIResponses());
        sorted.forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                response.setContent(problemContent());
            }
        });
        responses.setAPIResponses(new LinkedHashMap<>(sorted));
    }

    /** The descriptions SmallRye writes for responses it adds itself say less than ours. */
    private static boolean isFrameworkDefault(String description) {
        return description == null || List.of("Bad Request", "Not Authorized", "Not Allowed").contains(description);
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }

    /** Mirrors {@link Problem}; the bounds are enforced by its constructor. */
    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details, the one shape of every error")
                .addRequired("type").addRequired("title").addRequired("status").addRequired("code")
                .addRequired("errors")
                .addProperty("type", text(Problem.MAX_TYPE, "uri"))
                .addProperty("title", text(Problem.MAX_TITLE, null))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
                        .format("int32").minimum(java.math.BigDecimal.valueOf(400))
                        .maximum(java.math.BigDecimal.valueOf(599)))
                .addProperty("detail", text(Problem.MAX_DETAIL, null))
                .addProperty("code", text(Problem.MAX_CODE, null).pattern("^[a-z][a-z-]*$")
                        .description("Stable machine-readable code, e.g. validation-failed"))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .maxItems(Problem.MAX_ERRORS)
                        .items(OASFactory.createSchema().ref("#/components/schemas/" + FIELD_VIOLATION)));
    }

    private static Schema fieldViolationSchema() {
        return OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("One reason a request was refused, tied to the body path, parameter or header")
                .addRequired("field").addRequired("message")
                .addProperty("field", text(FieldViolation.MAX_FIELD, null))
                .addProperty("message", text(FieldViolation.MAX_MESSAGE, null));
    }

    private static Schema text(int maxLength, String format) {
        Schema schema = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(maxLength);
        return format == null ? schema : schema.format(format);
    }
}
