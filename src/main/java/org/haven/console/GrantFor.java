package org.haven.console;

import java.util.List;

/**
 * Whom a "propose a grant" form proposes for, as the page shows it: the link back, the facts on top
 * (a case's reference and pseudonym, an organisation's or an activity's reference and name, never a
 * sensitive detail), where the form posts, the categories of an activity's cost (empty for any other
 * grant), and the organisations that may be named as the payee.
 */
public record GrantFor(String backHref, String backText, List<Fact> facts, String action,
        List<Choice> costCategories, List<Choice> payees) {

    public record Fact(String label, String value) {
    }

    public record Choice(String value, String label) {
    }

    public boolean activityCost() {
        return !costCategories.isEmpty();
    }
}
