package org.haven.shared.security;

import java.util.List;

/** The role names, in one place. They come from the token's realm roles or groups. */
public final class Roles {

    public static final String PROTECTION_OFFICER = "protection-officer";
    public static final String PROGRAMME_MANAGER = "programme-manager";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";

    /** Every role Haven knows, in a stable order (used when recording an actor's roles). */
    public static final List<String> ALL = List.of(PROTECTION_OFFICER, PROGRAMME_MANAGER, AUDITOR, ADMIN);

    private Roles() {
    }
}
