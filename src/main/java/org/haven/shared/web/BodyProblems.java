package org.haven.shared.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import org.haven.shared.error.FieldViolation;
import org.haven.shared.error.Problem;
import org.haven.shared.validation.PlainText;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * What is wrong with a request body, said as the API says it: the field path a Jackson failure or a
 * constraint violation points at ({@code contacts[0].value}), and the problem of a value of the wrong
 * type or a repeated key. Plain code; {@link ProblemMappers} turns these into answers, and the web
 * console names the same fields.
 */
public final class BodyProblems {

    private BodyProblems() {
    }

    static Problem wrongType(JsonMappingException e) {
        if (e.getCause() instanceof JsonParseException parse && JsonDuplicates.fieldOf(parse) != null) {
            // a repeated key inside a nested object reaches us wrapped in the mapping exception
            return duplicate(JsonDuplicates.fieldOf(parse));
        }
        String field = pathOf(e);
        String message = "has the wrong type or format";
        if (e instanceof JacksonStrictness.RepeatedElement) {
            message = "must not be null or repeat an earlier entry";
        } else if (e instanceof InvalidFormatException ife && ife.getTargetType() != null) {
            Class<?> target = ife.getTargetType();
            if (target == String.class) {
                message = PlainText.RULE;
            } else if (target.isEnum()) {
                message = "must be one of " + Arrays.stream(target.getEnumConstants())
                        .map(Object::toString).collect(Collectors.joining(", "));
            } else {
                message = "must be " + describe(target);
            }
        } else if (e instanceof MismatchedInputException mie && mie.getTargetType() != null) {
            Class<?> target = mie.getTargetType();
            message = target.isEnum()
                    ? "must be one of " + Arrays.stream(target.getEnumConstants())
                            .map(Object::toString).collect(Collectors.joining(", "))
                    : "must be " + describe(target);
        }
        if (field.isEmpty()) {
            return Problem.of(400, "malformed-body", "Malformed request",
                    "The request body does not have the expected structure.", List.of());
        }
        return Problem.of(400, "invalid-value", "Malformed request",
                "A field of the request body has a value of the wrong type or format.",
                List.of(new FieldViolation(field, message)));
    }

    static Problem duplicate(String field) {
        return Problem.of(400, "duplicate-field", "Malformed request", "The request body names the same field twice.",
                List.of(new FieldViolation(field, "must appear only once")));
    }

    private static String describe(Class<?> type) {
        return switch (type.getSimpleName()) {
            case "int", "Integer", "long", "Long", "short", "Short" -> "a whole number";
            case "BigDecimal", "double", "Double", "float", "Float" -> "a number";
            case "boolean", "Boolean" -> "true or false";
            case "LocalDate" -> "a date like 2024-01-31 (years 1 to 9999)";
            case "Instant", "OffsetDateTime" -> "a UTC timestamp like 2024-01-31T10:15:30Z (years 1 to 9999)";
            case "UUID" -> "a UUID";
            case "String" -> "a string";
            case "List", "Set", "Collection" -> "an array";
            default -> type.isRecord() ? "an object" : "of type " + type.getSimpleName();
        };
    }

    static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The field a violation names, as the API reports it: "pseudonym", "contacts[0].value". */
    public static String fieldOf(ConstraintViolation<?> violation) {
        List<String> parts = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.RETURN_VALUE || node.getKind() == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            String name = node.getName();
            String part = name == null ? "" : name;
            if (node.getIndex() != null && !parts.isEmpty()) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + node.getIndex() + "]");
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT || part.isEmpty()) {
                continue;
            }
            parts.add(part);
        }
        if (parts.isEmpty()) {
            return parameter == null ? "body" : parameter;
        }
        return String.join(".", parts);
    }
}
