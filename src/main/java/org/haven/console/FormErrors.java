package org.haven.console;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.haven.shared.error.FieldViolation;
import org.haven.shared.error.Refusal;
import org.haven.shared.validation.PlainText;
import org.haven.shared.web.BodyProblems;
import org.haven.shared.web.ProblemException;

/**
 * Puts the services' "no" next to the fields of a console form, in the reader's language. The rules
 * themselves are not here: commands are checked by the same Bean Validation constraints as the API's
 * bodies ({@link #validate}) and by the same services, whose {@link Refusal}s carry the same codes and
 * field paths as the API's problem+json. Only the wording is the console's.
 */
final class FormErrors {

    private final ConsoleMessages msg;
    private final ProblemMessages problems;

    FormErrors(ConsoleMessages msg, ProblemMessages problems) {
        this.msg = msg;
        this.problems = problems;
    }

    /**
     * Checks a command as the API checks its body; true when it may go to the service. Besides Bean
     * Validation, the rule the API applies while reading JSON: no text holds control characters other
     * than tab and line breaks (they would reach terminals, exports and the database's refusal).
     */
    <T> boolean validate(Validator validator, T command, ConsoleForm form) {
        List<String> unplain = new ArrayList<>();
        controlCharacters(command, "", unplain);
        unplain.forEach(field -> form.error(field, msg.field_invalid()));
        Set<ConstraintViolation<T>> violations = validator.validate(command);
        // a text refused for its characters keeps that one problem
        violations.stream().filter(v -> !unplain.contains(BodyProblems.fieldOf(v)))
                .sorted(Comparator.comparing(BodyProblems::fieldOf))
                .forEach(v -> form.error(BodyProblems.fieldOf(v), constraint(v)));
        return violations.isEmpty() && unplain.isEmpty();
    }

    /** The paths of the texts in a command (records, lists and sets of them) that are not plain text. */
    static void controlCharacters(Object value, String path, List<String> found) {
        if (value == null) {
            return;
        }
        if (value instanceof CharSequence text) {
            if (!PlainText.isPlain(text.toString())) {
                found.add(path);
            }
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                controlCharacters(item, path + "[" + i++ + "]", found);
            }
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    Method accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    controlCharacters(accessor.invoke(value), path.isEmpty() ? component.getName()
                            : path + "." + component.getName(), found);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("a command's accessor failed: " + component.getName(), e);
                }
            }
        }
    }

    /** A service's refusal: next to each field it names, or for the whole form when it names none. */
    void refused(Refusal refusal, ConsoleForm form) {
        if (refusal.kind() == Refusal.Kind.STALE) {
            form.markStale();
        }
        String plain = plain(refusal.code(), refusal.getMessage());
        if (refusal.errors().isEmpty()) {
            form.error(null, plain);
            return;
        }
        boolean translated = !plain.equals(refusal.getMessage());
        for (FieldViolation error : refusal.errors()) {
            // the service's sentence names the field's problem exactly; a translated code says it in the reader's language
            form.error(error.field(), translated ? plain : error.message());
        }
    }

    /**
     * {@link #validate} for one of several forms on a page: a command field's problem goes to the field
     * {@code fields} names for it on this form ("" for a field the form does not show, whose problem is
     * said for the whole form); other fields keep their names.
     */
    <T> boolean validate(Validator validator, T command, ConsoleForm form, Map<String, String> fields) {
        ConsoleForm checked = ConsoleForm.empty();
        boolean valid = validate(validator, command, checked);
        rename(checked, form, fields);
        return valid;
    }

    /** {@link #refused} for one of several forms on a page, with its own field names (as above). */
    void refused(Refusal refusal, ConsoleForm form, Map<String, String> fields) {
        ConsoleForm refused = ConsoleForm.empty();
        refused(refusal, refused);
        rename(refused, form, fields);
        if (refused.stale()) {
            form.markStale();
        }
    }

    /** Moves {@code from}'s problems onto {@code to}, under this form's field names (as above). */
    static void rename(ConsoleForm from, ConsoleForm to, Map<String, String> fields) {
        for (ConsoleForm.Problem p : from.problems()) {
            String field = p.field() == null ? null : fields.getOrDefault(p.field(), p.field());
            to.error(field == null || field.isEmpty() ? null : field, p.message());
        }
    }

    /** A field problem found at the edge (a number that is not a number): the field and what it must be. */
    void invalid(String field, ConsoleForm form) {
        form.error(field, msg.field_invalid());
    }

    /**
     * A query parameter or field refused as the API's edge refuses it ({@code Params}), put next to its
     * field: required when nothing was given, else not valid.
     */
    void edge(ProblemException refused, ConsoleForm form) {
        for (FieldViolation violation : refused.errors()) {
            if (form.value(violation.field()) == null) {
                form.error(violation.field(), msg.field_required());
            } else {
                invalid(violation.field(), form);
            }
        }
    }

    String plain(String code, String fallback) {
        try {
            Method method = ProblemMessages.class.getMethod(code.replace('-', '_'));
            return (String) method.invoke(problems);
        } catch (NoSuchMethodException e) {
            return fallback;
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("message bundle methods take no argument", e);
        }
    }

    private String constraint(ConstraintViolation<?> violation) {
        String type = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        return switch (type) {
            case "NotNull", "NotBlank", "NotEmpty" -> msg.field_required();
            case "Size" -> violation.getInvalidValue() instanceof CharSequence
                    ? msg.field_too_long(String.valueOf(attributes.get("max")))
                    : msg.field_too_many(String.valueOf(attributes.get("max")));
            case "Min", "DecimalMin", "Positive", "PositiveOrZero" -> msg.field_too_small();
            case "Max", "DecimalMax", "NotAfterCurrentYear" -> msg.field_too_large();
            case "Past", "PastOrPresent" -> msg.field_in_future();
            case "Future", "FutureOrPresent" -> msg.field_in_past();
            default -> msg.field_invalid();
        };
    }
}
