package org.haven.shared.privacy;

import java.lang.reflect.Field;
import java.util.Set;
import java.util.TreeSet;

/** Reads the {@link Sensitive} marks of a class, so every other place derives from that one mark. */
public final class SensitiveFields {

    private SensitiveFields() {
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
