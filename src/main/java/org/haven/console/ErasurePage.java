package org.haven.console;

import java.util.UUID;

import org.haven.defender.DefenderView;

/** The erasure form's content: whose data it erases (reference and pseudonym), and the form as filled in. */
public record ErasurePage(UUID id, String reference, String pseudonym, ConsoleForm form) {

    static ErasurePage of(DefenderView defender, ConsoleForm form) {
        return new ErasurePage(defender.id(), defender.reference(), defender.pseudonym(), form);
    }

    public String href() {
        return "/console/defenders/" + id;
    }
}
