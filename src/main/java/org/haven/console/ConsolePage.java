package org.haven.console;

import java.util.List;

/**
 * What the layout of every page shows: the language (with {@code lang} and {@code dir}), who is signed
 * in and as what, the main menu for their roles, and the path the language form comes back to.
 */
public record ConsolePage(Language language, String userName, String roleLabel, boolean readOnly, String path,
        List<ConsoleNav.Link> nav) {

    public List<Language> languages() {
        return List.of(Language.values());
    }
}
