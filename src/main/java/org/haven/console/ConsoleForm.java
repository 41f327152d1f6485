package org.haven.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * A form as the reader filled it in, with what was wrong with it. A refused form is shown again from
 * this: every value the reader typed stays, each problem appears next to its field and, for screen
 * readers and keyboard users, once more in a summary at the top that links to the field.
 *
 * <p>Field names are the API's: the command's JSON field paths ({@code pseudonym},
 * {@code contacts[0].value}), so a problem from Bean Validation or a {@code Refusal} lands next to the
 * input of the same name without any mapping.
 */
public final class ConsoleForm {

    /** One problem, tied to a field (or to none: the form as a whole). */
    public record Problem(String field, String message, String label) {

        public Problem(String field, String message) {
            this(field, message, null);
        }

        /** The id of the input to link to from the summary; inputs use the field path with "." and "[]" as "-". */
        public String anchor() {
            return field == null ? "main" : ConsoleForm.id(field);
        }
    }

    private final MultivaluedMap<String, String> values;
    private final Map<String, List<String>> errors = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();
    private final Map<String, String> labels = new java.util.HashMap<>();
    private boolean stale;

    private ConsoleForm(MultivaluedMap<String, String> values) {
        this.values = values;
    }

    /** An empty form, as first shown. */
    public static ConsoleForm empty() {
        return new ConsoleForm(new MultivaluedHashMap<>());
    }

    /** The form as posted; the CSRF token is not kept. */
    public static ConsoleForm of(MultivaluedMap<String, String> posted) {
        MultivaluedMap<String, String> copy = new MultivaluedHashMap<>();
        if (posted != null) {
            posted.forEach((name, list) -> {
                if (!name.equals(CsrfTokens.FIELD)) {
                    copy.put(name, new ArrayList<>(list));
                }
            });
        }
        return new ConsoleForm(copy);
    }

    /** For templates and pages that pre-fill a form from a record. */
    public ConsoleForm with(String field, String value) {
        if (value != null) {
            values.putSingle(field, value);
        }
        return this;
    }

    /**
     * Names a field in the summary of problems ("Pseudonym: This field is required."), so that each link
     * there says which field it leads to. Rows share a label: "contacts[].value" names every row's value.
     */
    public ConsoleForm label(String field, String label) {
        labels.put(field, label);
        return this;
    }

    private String labelOf(String field) {
        String label = labels.get(field);
        return label != null ? label : labels.get(field.replaceAll("\\[\\d+]", "[]"));
    }

    /** The first value posted for a field, trimmed; null when absent or blank. */
    public String value(String field) {
        String value = values.getFirst(field);
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** The value as typed, for showing it again ("" when absent). */
    public String shown(String field) {
        String value = values.getFirst(field);
        return value == null ? "" : value;
    }

    /** Every value posted for a multi-valued field (check boxes, multiple selects), blanks left out. */
    public List<String> values(String field) {
        List<String> list = values.get(field);
        return list == null ? List.of() : list.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    /** Whether a check box or option with this value was chosen. */
    public boolean has(String field, String value) {
        return values(field).contains(value);
    }

    public void error(String field, String message) {
        if (field == null || field.isBlank()) {
            general.add(message);
        } else {
            errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
        }
    }

    /** The problems of one field, joined for display ("" when none). */
    public String errorOf(String field) {
        List<String> list = errors.get(field);
        return list == null ? "" : String.join(" ", list);
    }

    /** Whether the field has a problem: templates set aria-invalid and aria-describedby from it. */
    public boolean invalid(String field) {
        return errors.containsKey(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty() || !general.isEmpty();
    }

    /** Every problem, form-wide ones first, then in the order found. */
    public List<Problem> problems() {
        List<Problem> all = new ArrayList<>();
        general.forEach(m -> all.add(new Problem(null, m)));
        errors.forEach((field, list) -> list.forEach(m -> all.add(new Problem(field, m, labelOf(field)))));
        return all;
    }

    /** Someone else changed the record since the form was shown: the page says so and shows the current values. */
    public boolean stale() {
        return stale;
    }

    public ConsoleForm markStale() {
        this.stale = true;
        return this;
    }

    /**
     * The version a versioned form carries when shown again: the one it was first read at, unless the
     * refusal was that the record changed since (then the current one, shown with the current values).
     * Showing the current version after any other refusal would let the next save overwrite a change
     * the reader never saw.
     */
    public String versionOr(long current) {
        String posted = value("version");
        return stale || posted == null ? Long.toString(current) : posted;
    }

    /** For templates: the id of a field's input. */
    public String idOf(String field) {
        return id(field);
    }

    /** The key that makes a creating form happen once ({@link ConsoleOnce}); kept when the form is shown again. */
    public String formKey() {
        String key = value(ConsoleOnce.FIELD);
        return key == null ? ConsoleOnce.newKey() : key;
    }

    /** The id of a field's input: "contacts[0].value" becomes "f-contacts-0-value". */
    public static String id(String field) {
        return "f-" + field.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    }
}
