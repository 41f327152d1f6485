package org.haven.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.haven.shared.error.FieldViolation;
import org.haven.shared.error.Refusal;
import org.junit.jupiter.api.function.Executable;

/** For the plain domain specs: a business rule said no, with this kind and code. */
public final class RefusalAssertions {

    private RefusalAssertions() {
    }

    /** Runs {@code action}, expects a refusal of this kind and code, and returns it for further checks. */
    public static Refusal assertRefused(Refusal.Kind kind, String code, Executable action) {
        Refusal refusal = assertThrows(Refusal.class, action);
        assertEquals(kind, refusal.kind(), "kind of " + refusal.code());
        assertEquals(code, refusal.code(), "code");
        return refusal;
    }

    /** As {@link #assertRefused}, and the refusal names exactly this field. */
    public static Refusal assertRefusedOn(Refusal.Kind kind, String code, String field, Executable action) {
        Refusal refusal = assertRefused(kind, code, action);
        assertEquals(List.of(field), refusal.errors().stream().map(FieldViolation::field).toList(), "fields");
        return refusal;
    }
}
