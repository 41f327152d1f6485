package org.haven.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The language is the user's choice when they made one, else the browser's, else English. */
class LanguageTest {

    @Test
    void theRememberedChoiceComesFirst() {
        assertEquals(Language.PS, Language.choose("ps", List.of(Locale.FRENCH)));
        assertEquals(Language.PRS, Language.choose("PRS", List.of()));
    }

    @Test
    void otherwiseTheBrowsersFirstLanguageThatTheConsoleHas() {
        assertEquals(Language.FR, Language.choose(null, List.of(Locale.GERMAN, Locale.forLanguageTag("fr-CH"))));
        assertEquals(Language.PRS, Language.choose(null, List.of(Locale.forLanguageTag("fa-AF"))), "Persian is Dari here");
        assertEquals(Language.PS, Language.choose("klingon", List.of(Locale.forLanguageTag("ps-AF"))));
        assertEquals(Language.EN, Language.choose(null, List.of(Locale.GERMAN)));
    }

    @Test
    void dariAndPashtoAreRightToLeft() {
        assertEquals(List.of("ltr", "rtl", "rtl", "ltr"), List.of(Language.values()).stream().map(Language::dir).toList());
    }
}
