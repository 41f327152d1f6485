package org.haven.shared.privacy;

import java.lang.reflect.Field;
import java.util.Set;
import java.util.TreeSet;

/** Reads the {@link Sensitive} marks of a class, so every other place derives from that one mark. */
public final class SensitiveFields {

    private SensitiveFields() {
    }

    /** The marks of a class plus further names (e.g. quasi-identifiers kept out of the audit log). */
    public static Set<String> of(Class<?> type, Set<String> more) {
        Set<String> names = new TreeSet<>(of(type));
        names.addAll(more);
        return Set.copyOf(names);
    }

    public static Set<String> of(Class<?> type) {
        Set<String> names = new TreeSet<>();
        for (Field field : type.getDeclaredFields()) {
            if (field.isAnnotationPresent(Sensitive.class)) {
                names.add(field.getName());
            }
        }
        return Set.copyOf(names);
    }
}
