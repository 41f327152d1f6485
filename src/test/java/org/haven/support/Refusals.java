package org.haven.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.haven.shared.error.Refusal;
import org.junit.jupiter.api.function.Executable;

/** Assertions on domain refusals, for plain specs of entities and rules (no HTTP, no database). */
public final class Refusals {

    private Refusals() {
    }

    /** Runs the action, expects a refusal of this kind and code, and returns it for further checks. */
    public static Refusal assertRefused(Refusal.Kind kind, String code, Executable action) {
        Refusal refusal = assertThrows(Refusal.class, action);
        assertEquals(code, refusal.code(), "code");
        assertEquals(kind, refusal.kind(), "kind of refusal");
        return refusal;
    }

    /** As above, and the refusal names this field first. */
    public static Refusal assertRefused(Refusal.Kind kind, String code, String field, Executable action) {
        Refusal refusal = assertRefused(kind, code, action);
        assertFalse(refusal.errors().isEmpty(), "the refusal names a field");
        assertEquals(field, refusal.errors().get(0).field(), "field");
        return refusal;
    }
}
