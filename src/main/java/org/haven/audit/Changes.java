package org.haven.audit;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The before/after values of the fields a change touched. Sensitive fields are recorded as
 * "changed" without their values, so the audit log never holds personal data in clear.
 */
public final class Changes {

    private final Map<String, Map<String, Object>> fields = new TreeMap<>();

    private Changes() {
    }

    public static Changes none() {
        return new Changes();
    }

    /** A plain field: recorded with both values if they differ. */
    public Changes field(String name, Object before, Object after) {
        Object b = normalise(before);
        Object a = normalise(after);
        if (!Objects.equals(b, a)) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("before", b);
            values.put("after", a);
            fields.put(name, values);
        }
        return this;
    }

    /** A sensitive field: only the fact that it changed is recorded. */
    public Changes sensitive(String name, Object before, Object after) {
        if (!Objects.equals(normalise(before), normalise(after))) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("changed", true);
            values.put("sensitive", true);
            fields.put(name, values);
        }
        return this;
    }

    /**
     * Compares two records of the same type component by component; components whose names are in
     * {@code sensitiveNames} are recorded as sensitive. Either side may be null (creation).
     */
    public static <R extends Record> Changes diff(Class<R> type, R before, R after, Set<String> sensitiveNames) {
        Changes changes = new Changes();
        for (RecordComponent component : type.getRecordComponents()) {
            Object b = before == null ? null : read(component, before);
            Object a = after == null ? null : read(component, after);
            if (sensitiveNames.contains(component.getName())) {
                changes.sensitive(component.getName(), b, a);
            } else {
                changes.field(component.getName(), b, a);
            }
        }
        return changes;
    }

    /** This change set plus another's fields. */
    public Changes and(Changes other) {
        fields.putAll(other.fields);
        return this;
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    Map<String, Map<String, Object>> asMap() {
        return fields;
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    private static Object normalise(Object value) {
        if (value instanceof Collection<?> c) {
            return c.isEmpty() ? null : new java.util.TreeSet<>(c.stream().map(String::valueOf).toList());
        }
        if (value instanceof String s && s.isBlank()) {
            return null;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Record) {
            return String.valueOf(value);
        }
        return value == null ? null : (value instanceof Number || value instanceof Boolean ? value : value.toString());
    }
}
