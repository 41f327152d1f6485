package org.haven.shared.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void thePublishedPatternAndTheCheckAgreeOnEveryCharacter() {
        Pattern published = Pattern.compile(PlainText.PATTERN);
        for (char c = 0; c < 0xFFFF; c++) {
            if (Character.isSurrogate(c)) {
                continue; // a lone half of a pair: refused by the check, beyond what a pattern can say
            }
            String text = "a" + c + "b";
            assertEquals(published.matcher(text).matches(), PlainText.isPlain(text), "character U+" + (int) c);
        }
    }

    @Test
    void tabsLineBreaksAndEveryScriptArePlain() {
        assertTrue(PlainText.isPlain("Line one\r\n\tline two\u000Bthree"));
        assertTrue(PlainText.isPlain("مدافع حقوق بشر — défenseure — 人权"));
        assertTrue(PlainText.isPlain(null));
    }

    @Test
    void nulEscapeBackspaceAndDeleteAreNot() {
        for (String refused : new String[] {"a\u0000b", "\u001B[31mred", "over\bwrite", "del\u007F"}) {
            assertFalse(PlainText.isPlain(refused), refused);
        }
    }

    @Test
    void c1ControlsAndLoneSurrogatesAreNotButPairsAndBidiMarksAre() {
        assertFalse(PlainText.isPlain("csi\u009B2J"));
        assertFalse(PlainText.isPlain("half \uD83D pair"));
        assertFalse(PlainText.isPlain("\uDE00 low first"));
        assertTrue(PlainText.isPlain("smile \uD83D\uDE00"));
        assertTrue(PlainText.isPlain("\u2067\u0645\u062F\u0627\u0641\u0639\u2069 HRD"));
        assertEquals("half  pair \uD83D\uDE00", PlainText.strip("half \uD83D pair \uD83D\uDE00\u0085"));
    }

    @Test
    void stripKeepsEverythingButTheRefusedCharacters() {
        assertEquals("Officer red", PlainText.strip("Officer \u001B[31mred".replace("[31m", "")));
        assertEquals("ab\ncd", PlainText.strip("a\u0000b\ncd\u007F"));
        assertEquals("unchanged", PlainText.strip("unchanged"));
    }
}
