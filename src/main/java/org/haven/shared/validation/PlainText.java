package org.haven.shared.validation;

/**
 * Text as Haven accepts and returns it: any Unicode, including tabs and line breaks, but no other
 * control characters (C0, DEL, C1) and no malformed UTF-16. Bidirectional formatting marks are
 * allowed: Dari, Pashto and Arabic text mixed with Latin needs them. NUL cannot be stored by PostgreSQL, and escape or backspace sequences in a
 * name or narrative would reach the terminals and spreadsheets that read logs and exports.
 * Enforced for every string of a request body ({@code JacksonStrictness}), every query parameter
 * read through {@code Params.text}, and the names taken from tokens; published as the pattern of
 * every free-text string in the API document ({@code ApiDocumentFilter}).
 */
public final class PlainText {

    /**
     * The same in Java and ECMA-262 regular expressions. The server is one step stricter than the
     * pattern can say: half of a surrogate pair on its own (malformed UTF-16) is refused too.
     */
    public static final String PATTERN = "^[^\\x00-\\x08\\x0E-\\x1F\\x7F-\\x9F]*$";
    public static final String RULE = "must not contain control characters other than tab and line breaks";

    private PlainText() {
    }

    public static boolean isPlain(String value) {
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isPair(value, i)) {
                i++;
            } else if (isRefused(c)) {
                return false;
            }
        }
        return true;
    }

    /** The value without the refused characters, for text Haven does not control (token claims). */
    public static String strip(String value) {
        if (isPlain(value)) {
            return value;
        }
        StringBuilder plain = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            if (isPair(value, i)) {
                plain.append(value, i, i + 2);
                i++;
            } else if (!isRefused(value.charAt(i))) {
                plain.append(value.charAt(i));
            }
        }
        return plain.toString();
    }

    private static boolean isPair(String value, int i) {
        return Character.isHighSurrogate(value.charAt(i)) && i + 1 < value.length()
                && Character.isLowSurrogate(value.charAt(i + 1));
    }

    /** C0 controls but tab and line breaks, DEL, C1 controls, and a lone half of a surrogate pair. */
    private static boolean isRefused(char c) {
        return c <= 0x08 || (c >= 0x0E && c <= 0x1F) || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c);
    }
}
