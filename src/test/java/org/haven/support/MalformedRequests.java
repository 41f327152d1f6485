package org.haven.support;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Malformed variants of every call, generated from what docs/openapi.yaml publishes about the
 * operation: its path id, query parameters, headers, media type and request body schema. Each variant
 * departs from one valid call in one place: a property set to null, a blank, the wrong type, a huge
 * or out-of-range number, an over-long string, a bad UUID, date or time, removed, or repeated as a
 * duplicate key; the whole body not JSON, empty, an array, nested too deep; the wrong media type;
 * a malformed path id, query value, {@code If-Match} or {@code Idempotency-Key}.
 *
 * <p>A variant either {@link Expect#REFUSE must be refused} (the document or docs/api.md says so:
 * the body breaks the published schema, the value is out of the documented years 1 to 9999, the JSON
 * cannot be read) or {@link Expect#ANY may be accepted}; either way it must never get a 5xx.
 */
public final class MalformedRequests {

    /** Replaced by the record's current version ({@code 3}) when the variant is sent; its ETag is {@code "3"}. */
    public static final String VERSION = "<version>";
    /** Replaced by a new random key each time the variant is sent. */
    public static final String FRESH_KEY = "<fresh key>";

    private static final String JSON = "application/json";
    private static final Pattern CONTROL_CHARACTERS_PATTERN = Pattern.compile("^\\^\\[\\^\\\\x00.*");
    private static final String BAD_UUID_OF_RIGHT_LENGTH = "00000000-0000-0000-0000-00000000000g";

    /** Whether the variant must be refused (4xx), or only must not break (below 500). */
    public enum Expect {
        REFUSE, ANY
    }

    /** The part of the call a variant breaks. */
    public enum Part {
        PATH, QUERY, HEADER, MEDIA_TYPE, BODY
    }

    /**
     * One call to send. {@code id} null means the real id of the operation's record; a header whose value
     * is null is not sent; {@code contentType} and {@code body} are null for operations without a body.
     */
    public record Variant(String operation, Part part, String description, Expect expect, String id,
            Map<String, List<String>> query, Map<String, String> headers, String contentType, byte[] body) {

        public String method() {
            return operation.substring(0, operation.indexOf(' '));
        }

        public String path(String realId) {
            String template = operation.substring(operation.indexOf(' ') + 1);
            return template.replace("{id}", id == null ? String.valueOf(realId) : id);
        }

        @Override
        public String toString() {
            return operation + " | " + description;
        }
    }

    /** The valid call the variants of an operation depart from. */
    public record ValidCall(Map<String, String> query, JsonNode body) {

        public static ValidCall none() {
            return new ValidCall(Map.of(), null);
        }

        public static ValidCall withBody(JsonNode body) {
            return new ValidCall(Map.of(), body);
        }

        public static ValidCall withQuery(Map<String, String> query) {
            return new ValidCall(query, null);
        }
    }

    /** A change to one place in the body: set (or add) a raw JSON value, remove it, or repeat its key. */
    private record Edit(List<Object> at, Kind kind, String raw) {
    }

    private enum Kind {
        SET, REMOVE, REPEAT_NEXT, REPEAT_AT_END
    }

    private final ApiContract contract;
    private final JsonMapper json = JsonMapper.builder().build();

    public MalformedRequests(ApiContract contract) {
        this.contract = contract;
    }

    /** Operations worth fuzzing: those with a path id, query parameters, headers or a request body. */
    public Set<String> operationsWithInput() {
        Set<String> operations = new TreeSet<>();
        for (String operation : contract.operations()) {
            JsonNode node = contract.operation(operation);
            if (!node.path("parameters").isEmpty() || !node.path("requestBody").isMissingNode()) {
                operations.add(operation);
            }
        }
        return operations;
    }

    /** The roles the document allows on the operation ({@code security}), in the order it lists them. */
    public List<String> roles(String operation) {
        List<String> roles = new ArrayList<>();
        for (JsonNode requirement : contract.operation(operation).path("security")) {
            for (JsonNode scopes : requirement) {
                scopes.forEach(role -> roles.add(role.asString()));
            }
        }
        return roles;
    }

    /** Whether the operation needs {@code If-Match} (it publishes a 428 answer). */
    public boolean needsIfMatch(String operation) {
        return contract.operation(operation).path("responses").has("428");
    }

    /** Every malformed variant of the operation, departing from the valid call. */
    public List<Variant> of(String operation, ValidCall valid) {
        Generation generation = new Generation(operation, valid);
        generation.pathVariants();
        generation.queryVariants();
        generation.headerVariants();
        if (valid.body() != null) {
            JsonNode schema = contract.resolve(contract.operation(operation).path("requestBody").path("content")
                    .path(JSON).path("schema"));
            generation.mediaTypeVariants();
            generation.wholeBodyVariants(schema);
            generation.objectVariants(List.of(), schema, valid.body(), true);
        }
        return generation.variants;
    }

    /** The variants of one operation as they are generated. */
    private final class Generation {

        private final String operation;
        private final ValidCall valid;
        private final JsonNode operationNode;
        private final List<Variant> variants = new ArrayList<>();

        Generation(String operation, ValidCall valid) {
            this.operation = operation;
            this.valid = valid;
            this.operationNode = contract.operation(operation);
        }

        // ---- path, query, headers, media type ------------------------------------------------------

        void pathVariants() {
            if (!operation.contains("{id}")) {
                return;
            }
            for (String id : List.of("not-a-uuid", "1-1-1-1-1", BAD_UUID_OF_RIGHT_LENGTH, UUID.randomUUID() + "0",
                    UUID.randomUUID().toString())) {
                String what = id.length() == 36 && !id.equals(BAD_UUID_OF_RIGHT_LENGTH) ? "an unknown id" : id;
                add(Part.PATH, "path id = " + what, Expect.REFUSE, call -> call.id = id);
            }
        }

        void queryVariants() {
            for (JsonNode parameter : operationNode.path("parameters")) {
                if (!"query".equals(parameter.path("in").asString())) {
                    continue;
                }
                String name = parameter.path("name").asString();
                boolean required = parameter.path("required").asBoolean(false);
                JsonNode schema = contract.resolve(parameter.path("schema"));
                if (required) {
                    add(Part.QUERY, "query " + name + " missing", Expect.REFUSE, call -> call.query.remove(name));
                    query(name, "blank", " ", Expect.REFUSE);
                    add(Part.QUERY, "query " + name + " given twice", Expect.ANY,
                            call -> call.query.put(name, List.of(valid.query().get(name), valid.query().get(name) + "2")));
                } else {
                    // An optional parameter given blank may be read as not given (lists do so).
                    query(name, "blank", " ", Expect.ANY);
                }
                for (String[] value : badQueryValues(schema)) {
                    query(name, value[0], value[1], Expect.REFUSE);
                }
            }
        }

        private List<String[]> badQueryValues(JsonNode schema) {
            List<String[]> values = new ArrayList<>();
            String type = type(schema);
            String format = schema.path("format").asString("");
            if (schema.has("enum")) {
                values.add(new String[] { "not in the enum", "NOT_A_VALUE" });
                values.add(new String[] { "a number for an enum", "1" });
            } else if ("integer".equals(type)) {
                values.add(new String[] { "not a number", "abc" });
                values.add(new String[] { "fraction", "1.5" });
                values.add(new String[] { "huge", "99999999999999999999" });
                values.add(new String[] { "exponent", "1e400" });
                if (schema.has("minimum")) {
                    values.add(new String[] { "below minimum", schema.get("minimum").bigIntegerValue()
                            .subtract(BigInteger.ONE).toString() });
                }
                if (schema.has("maximum")) {
                    values.add(new String[] { "above maximum", schema.get("maximum").bigIntegerValue()
                            .add(BigInteger.ONE).toString() });
                }
            } else if ("boolean".equals(type)) {
                values.add(new String[] { "not a boolean", "maybe" });
            } else if ("uuid".equals(format)) {
                values.add(new String[] { "not a uuid", "not-a-uuid" });
                values.add(new String[] { "short uuid", "1-1-1-1-1" });
                values.add(new String[] { "bad hex digit", BAD_UUID_OF_RIGHT_LENGTH });
                values.add(new String[] { "uuid too long", UUID.randomUUID() + "0" });
            } else if ("date".equals(format)) {
                values.addAll(List.of(new String[] { "month 13", "2026-13-45" }, new String[] { "words", "yesterday" },
                        new String[] { "year 0", "0000-01-01" }, new String[] { "year 10000", "10000-01-01" }));
            } else if ("date-time".equals(format)) {
                values.addAll(List.of(new String[] { "month 13", "2026-13-45T10:00:00Z" },
                        new String[] { "words", "yesterday" }, new String[] { "year 0", "0000-01-01T00:00:00Z" },
                        new String[] { "year 10000", "+10000-01-01T00:00:00Z" }));
            } else if ("string".equals(type)) {
                if (schema.has("maxLength")) {
                    int max = schema.get("maxLength").asInt();
                    values.add(new String[] { "maxLength+1 (" + (max + 1) + " chars)", "x".repeat(max + 1) });
                }
                String notMatching = notMatching(schema.path("pattern").asString(""));
                if (notMatching != null) {
                    values.add(new String[] { "not matching " + schema.path("pattern").asString(), notMatching });
                }
            }
            return values;
        }

        private void query(String name, String label, String value, Expect expect) {
            add(Part.QUERY, "query " + name + "=" + shown(value) + " (" + label + ")", expect,
                    call -> call.query.put(name, List.of(value)));
        }

        void headerVariants() {
            for (JsonNode parameter : operationNode.path("parameters")) {
                if (!"header".equals(parameter.path("in").asString())) {
                    continue;
                }
                String name = parameter.path("name").asString();
                if ("If-Match".equals(name)) {
                    header(name, "missing", null, Expect.REFUSE);
                    header(name, "*", "*", Expect.REFUSE);
                    header(name, "weak", "W/\"" + VERSION + "\"", Expect.REFUSE);
                    header(name, "the current version unquoted", VERSION, Expect.REFUSE);
                    header(name, "a list of two tags", "\"" + VERSION + "\", \"999999\"", Expect.REFUSE);
                    header(name, "not a number", "\"abc\"", Expect.REFUSE);
                    header(name, "negative", "\"-1\"", Expect.REFUSE);
                    header(name, "huge version", "\"99999999999999999999\"", Expect.REFUSE);
                    header(name, "65 characters", "\"" + "9".repeat(63) + "\"", Expect.REFUSE);
                    header(name, "empty", "", Expect.REFUSE);
                } else if ("Idempotency-Key".equals(name)) {
                    // An empty or all-blank header value is the same as none to many HTTP stacks.
                    header(name, "empty", "", Expect.ANY);
                    header(name, "with a space", "a b", Expect.REFUSE);
                    header(name, "with a tab", "a\tb", Expect.REFUSE);
                    int max = contract.resolve(parameter.path("schema")).path("maxLength").asInt(100);
                    header(name, "maxLength+1 (" + (max + 1) + " chars)", "k".repeat(max + 1), Expect.REFUSE);
                }
            }
        }

        private void header(String name, String label, String value, Expect expect) {
            add(Part.HEADER, "header " + name + " " + label + (value == null ? "" : ": " + shown(value)), expect,
                    call -> call.headers.put(name, value));
        }

        void mediaTypeVariants() {
            String body = text(valid.body());
            media("text/plain", body);
            media("application/xml", "<body><reason>x</reason></body>");
            media("application/x-www-form-urlencoded", "reason=x");
            media("application/octet-stream", body);
            // UTF-8 bytes declared as UTF-16: refusing them is right, but a server that ignores the charset may read them.
            media("application/json; charset=UTF-16", body, Expect.ANY);
        }

        private void media(String contentType, String body) {
            media(contentType, body, Expect.REFUSE);
        }

        private void media(String contentType, String body, Expect expect) {
            add(Part.MEDIA_TYPE, "Content-Type " + contentType, expect, call -> {
                call.contentType = contentType;
                call.body = body.getBytes(StandardCharsets.UTF_8);
            });
        }

        // ---- the body as a whole ------------------------------------------------------------------

        void wholeBodyVariants(JsonNode schema) {
            String body = text(valid.body());
            raw("empty body", "");
            raw("not JSON", "not json");
            raw("truncated JSON", body.substring(0, body.length() / 2));
            raw("JSON null", "null");
            raw("JSON array instead of object", "[]");
            raw("array holding the valid object", "[" + body + "]");
            raw("a number instead of object", "42");
            raw("trailing garbage after the object", body + " x");
            raw("two objects", body + body);
            judged("an empty object {}", "{}");
            // The schemas allow other properties, but docs/api.md says an unknown field is refused with 400.
            raw("unknown field", body.substring(0, body.length() - 1) + (valid.body().isEmpty() ? "" : ",")
                    + "\"fuzzUnknownField\":1}");
            String first = valid.body().propertyNames().stream().findFirst().orElse(null);
            if (first != null) {
                String nested = "[".repeat(5000) + "]".repeat(5000);
                raw("nested 5000 arrays deep in " + first, text(valid.body(), new Edit(List.of(first), Kind.SET, nested)));
                raw("a 2000-digit number in " + first,
                        text(valid.body(), new Edit(List.of(first), Kind.SET, "9".repeat(2000))));
            }
            String text = firstFreeText(schema);
            if (text != null) {
                String marked = text(valid.body(), new Edit(List.of(text), Kind.SET, "\"@@BAD-UTF8@@\""));
                add(Part.BODY, "invalid UTF-8 bytes in " + text, Expect.REFUSE, call -> call.body = invalidUtf8(marked));
                judged("a lone UTF-16 surrogate in " + text,
                        text(valid.body(), new Edit(List.of(text), Kind.SET, "\"a\\ud800b\"")));
            }
        }

        private void raw(String label, String body) {
            add(Part.BODY, label, Expect.REFUSE, call -> call.body = body.getBytes(StandardCharsets.UTF_8));
        }

        /** A body the published schema decides: refused if it breaks the schema, else it may be accepted. */
        private void judged(String label, String body) {
            judged(label, body, null);
        }

        private void judged(String label, String body, Expect override) {
            Expect expect = override != null ? override
                    : contract.requestViolations(operation, body).isEmpty() ? Expect.ANY : Expect.REFUSE;
            add(Part.BODY, label, expect, call -> call.body = body.getBytes(StandardCharsets.UTF_8));
        }

        // ---- properties, recursively --------------------------------------------------------------

        void objectVariants(List<Object> at, JsonNode schema, JsonNode value, boolean repeatFirstNextToItself) {
            Set<String> required = new HashSet<>();
            schema.path("required").forEach(name -> required.add(name.asString()));
            boolean first = repeatFirstNextToItself;
            for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                List<Object> here = append(at, property.getKey());
                JsonNode current = value == null ? null : value.get(property.getKey());
                if (first && current != null) {
                    edit(here, "duplicate key, repeated next to itself", new Edit(here, Kind.REPEAT_NEXT, text(current)),
                            Expect.REFUSE);
                    first = false;
                }
                propertyVariants(here, contract.resolve(property.getValue()), required.contains(property.getKey()),
                        current);
            }
        }

        private void propertyVariants(List<Object> at, JsonNode declared, boolean required, JsonNode current) {
            JsonNode schema = nonNull(declared);
            // Null for an optional property: the schema has no null, but the API reads it as "absent".
            set(at, "null", "null", required ? null : Expect.ANY);
            set(at, "blank", "\" \"", null);
            if (required) {
                edit(at, "missing", new Edit(at, Kind.REMOVE, null), null);
            }
            if (current != null) {
                edit(at, "duplicate key, repeated at the end of its object",
                        new Edit(at, Kind.REPEAT_AT_END, text(current)), Expect.REFUSE);
            }
            String type = type(schema);
            String format = schema.path("format").asString("");
            if (schema.has("enum")) {
                set(at, "not in the enum", "\"NOT_A_VALUE\"", null);
                set(at, "lower case", quote(schema.get("enum").get(0).asString().toLowerCase(Locale.ROOT)), null);
                set(at, "a number for an enum", "1", null);
            } else if ("uuid".equals(format)) {
                set(at, "not a uuid", "\"not-a-uuid\"", null);
                set(at, "short uuid", "\"1-1-1-1-1\"", null);
                set(at, "bad hex digit", quote(BAD_UUID_OF_RIGHT_LENGTH), null);
                set(at, "a number", "12345", null);
                set(at, "an unknown uuid", quote(UUID.randomUUID().toString()), null);
            } else if ("date".equals(format)) {
                set(at, "month 13", "\"2026-13-45\"", null);
                set(at, "words", "\"yesterday\"", null);
                set(at, "year 0", "\"0000-01-01\"", Expect.REFUSE);
                set(at, "year 10000", "\"+10000-01-01\"", Expect.REFUSE);
                set(at, "30 February", "\"2026-02-30\"", null);
                set(at, "a number", "20260115", null);
            } else if ("date-time".equals(format)) {
                set(at, "month 13", "\"2026-13-45T10:00:00Z\"", null);
                set(at, "words", "\"yesterday\"", null);
                set(at, "year 0", "\"0000-01-01T00:00:00Z\"", Expect.REFUSE);
                set(at, "year 10000", "\"+10000-01-01T00:00:00Z\"", Expect.REFUSE);
                set(at, "no offset", "\"2026-01-20T10:00:00\"", null);
                set(at, "epoch seconds", "1768903200", null);
            } else if ("integer".equals(type)) {
                set(at, "a string", "\"abc\"", null);
                set(at, "a numeric string", "\"12\"", null);
                set(at, "a fraction", "1.5", null);
                set(at, "1e400", "1e400", null);
                set(at, "huge", "99999999999999999999999", null);
                if (schema.has("minimum")) {
                    set(at, "below minimum", schema.get("minimum").bigIntegerValue().subtract(BigInteger.ONE).toString(),
                            null);
                }
                if (schema.has("maximum")) {
                    set(at, "above maximum", schema.get("maximum").bigIntegerValue().add(BigInteger.ONE).toString(),
                            null);
                }
            } else if ("number".equals(type)) {
                set(at, "a string", "\"abc\"", null);
                set(at, "a numeric string", "\"12.5\"", null);
                set(at, "1e400", "1e400", null);
                set(at, "huge", "99999999999999999999999", null);
                set(at, "negative", "-1", null);
                set(at, "tiny", "1e-400", null);
            } else if ("boolean".equals(type)) {
                set(at, "a string", "\"true\"", null);
                set(at, "a number", "1", null);
            } else if ("string".equals(type)) {
                set(at, "a number", "12345", null);
                if (schema.has("maxLength")) {
                    int max = schema.get("maxLength").asInt();
                    set(at, "maxLength+1 (" + (max + 1) + " chars)", quote("x".repeat(max + 1)), null);
                }
                String notMatching = notMatching(schema.path("pattern").asString(""));
                if (notMatching != null) {
                    set(at, "not matching " + schema.path("pattern").asString(), quote(notMatching), null);
                }
            } else if ("array".equals(type)) {
                arrayVariants(at, schema, current);
            } else if ("object".equals(type)) {
                set(at, "a string", "\"x\"", null);
                set(at, "an array", "[]", null);
                set(at, "an empty object", "{}", null);
                if (current != null && current.isObject()) {
                    objectVariants(at, schema, current, true);
                }
            }
        }

        private void arrayVariants(List<Object> at, JsonNode schema, JsonNode current) {
            set(at, "a string", "\"x\"", null);
            set(at, "an object", "{}", null);
            set(at, "empty", "[]", null);
            set(at, "[null]", "[null]", null);
            JsonNode items = contract.resolve(schema.path("items"));
            if (items.has("enum")) {
                set(at, "[\"NOT_A_VALUE\"]", "[\"NOT_A_VALUE\"]", null);
            }
            if (current != null && current.size() > 0) {
                String element = text(current.get(0));
                set(at, "the same element twice", "[" + element + "," + element + "]", null);
                if (schema.has("maxItems")) {
                    int max = schema.get("maxItems").asInt();
                    StringJoiner many = new StringJoiner(",", "[", "]");
                    for (int i = 0; i <= max; i++) {
                        many.add(element);
                    }
                    set(at, "maxItems+1 (" + (max + 1) + " items)", many.toString(), null);
                }
                if ("object".equals(type(items))) {
                    objectVariants(append(at, 0), items, current.get(0), true);
                } else {
                    set(append(at, 0), "null element", "null", null);
                    set(append(at, 0), "a number element", "12345", null);
                }
            }
        }

        private void set(List<Object> at, String label, String raw, Expect override) {
            edit(at, shown(raw) + (label.equals(raw) ? "" : " (" + label + ")"), new Edit(at, Kind.SET, raw), override);
        }

        private void edit(List<Object> at, String label, Edit edit, Expect override) {
            judged("body " + dotted(at) + " = " + label, text(valid.body(), edit), override);
        }

        // ---- building variants --------------------------------------------------------------------

        private void add(Part part, String description, Expect expect, Consumer<Draft> change) {
            Draft draft = new Draft();
            valid.query().forEach((name, value) -> draft.query.put(name, List.of(value)));
            for (JsonNode parameter : operationNode.path("parameters")) {
                String name = parameter.path("name").asString();
                if ("header".equals(parameter.path("in").asString())) {
                    draft.headers.put(name, "If-Match".equals(name) ? "\"" + VERSION + "\"" : FRESH_KEY);
                }
            }
            if (valid.body() != null) {
                draft.contentType = JSON;
                draft.body = text(valid.body()).getBytes(StandardCharsets.UTF_8);
            }
            change.accept(draft);
            variants.add(new Variant(operation, part, description, expect, draft.id, Map.copyOf(draft.query),
                    Collections.unmodifiableMap(new LinkedHashMap<>(draft.headers)), draft.contentType,
                    draft.body));
        }
    }

    /** The parts of a call while a variant changes one of them. */
    private static final class Draft {
        private String id;
        private final Map<String, List<String>> query = new LinkedHashMap<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private String contentType;
        private byte[] body;
    }

    // ---- writing JSON with one edit -----------------------------------------------------------------

    private String text(JsonNode node) {
        return json.writeValueAsString(node);
    }

    private String text(JsonNode body, Edit edit) {
        return write(body, List.of(), edit);
    }

    /** Writes the node as JSON text, applying the edit where its path matches (which a tree cannot: duplicates). */
    private String write(JsonNode node, List<Object> here, Edit edit) {
        if (node.isObject()) {
            StringJoiner members = new StringJoiner(",", "{", "}");
            String repeatAtEnd = null;
            boolean found = false;
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                List<Object> at = append(here, member.getKey());
                String key = quote(member.getKey());
                if (!at.equals(edit.at())) {
                    members.add(key + ":" + write(member.getValue(), at, edit));
                    continue;
                }
                found = true;
                switch (edit.kind()) {
                    case SET -> members.add(key + ":" + edit.raw());
                    case REMOVE -> {
                    }
                    case REPEAT_NEXT -> members.add(key + ":" + text(member.getValue()) + "," + key + ":" + edit.raw());
                    case REPEAT_AT_END -> {
                        members.add(key + ":" + text(member.getValue()));
                        repeatAtEnd = key + ":" + edit.raw();
                    }
                }
            }
            if (!found && edit.kind() == Kind.SET && edit.at().size() == here.size() + 1
                    && edit.at().subList(0, here.size()).equals(here) && edit.at().get(here.size()) instanceof String name) {
                members.add(quote(name) + ":" + edit.raw());
            }
            if (repeatAtEnd != null) {
                members.add(repeatAtEnd);
            }
            return members.toString();
        }
        if (node.isArray()) {
            StringJoiner elements = new StringJoiner(",", "[", "]");
            for (int i = 0; i < node.size(); i++) {
                List<Object> at = append(here, i);
                elements.add(at.equals(edit.at()) && edit.kind() == Kind.SET ? edit.raw() : write(node.get(i), at, edit));
            }
            return elements.toString();
        }
        return text(node);
    }

    private String quote(String text) {
        return json.writeValueAsString(text);
    }

    // ---- small helpers ------------------------------------------------------------------------------

    private static List<Object> append(List<Object> path, Object step) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(step);
        return List.copyOf(longer);
    }

    /** The path as the API names fields: {@code contacts[0].value}. */
    static String dotted(List<Object> path) {
        StringBuilder name = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer index) {
                name.append('[').append(index).append(']');
            } else {
                name.append(name.isEmpty() ? "" : ".").append(step);
            }
        }
        return name.isEmpty() ? "(body)" : name.toString();
    }

    /** A value as it shows in a variant's name: short, with long runs abbreviated. */
    private static String shown(String value) {
        String visible = value.replace("\t", "\\t").replace("\u0001", "\\u0001");
        return visible.length() <= 40 ? visible : visible.substring(0, 12) + "…(" + value.length() + " chars)";
    }

    /** The schema without its "or null" part: the type a property must have when it is given. */
    private JsonNode nonNull(JsonNode schema) {
        if (schema.has("anyOf")) {
            for (JsonNode branch : schema.get("anyOf")) {
                JsonNode resolved = contract.resolve(branch);
                if (!"null".equals(resolved.path("type").asString(""))) {
                    return resolved;
                }
            }
        }
        return schema;
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asString())) {
                    return t.asString();
                }
            }
        }
        if (type.isString()) {
            return type.asString();
        }
        return schema.has("properties") ? "object" : "";
    }

    /** The first property of the body that is free text (a string without format or enum), if any. */
    private String firstFreeText(JsonNode schema) {
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            JsonNode resolved = nonNull(contract.resolve(property.getValue()));
            if ("string".equals(type(resolved)) && !resolved.has("format") && !resolved.has("enum")) {
                return property.getKey();
            }
        }
        return null;
    }

    /** A value the pattern refuses: a control character for the "no control characters" pattern. */
    private static String notMatching(String pattern) {
        if (pattern.isEmpty()) {
            return null;
        }
        if (CONTROL_CHARACTERS_PATTERN.matcher(pattern).matches()) {
            return "a\u0001b";
        }
        Pattern compiled = Pattern.compile(pattern);
        for (String candidate : List.of("!!", "a1", "zz9")) {
            if (!compiled.matcher(candidate).find()) {
                return candidate;
            }
        }
        return null;
    }

    private static byte[] invalidUtf8(String text) {
        String[] parts = text.split("@@BAD-UTF8@@", 2);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(parts[0].getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] { (byte) 0xC3, (byte) 0x28, (byte) 0xFF });
        bytes.writeBytes(parts[1].getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }
}
