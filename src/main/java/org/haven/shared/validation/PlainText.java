package org.haven.shared.validation;

/**
 * Text as Haven accepts and returns it: any Unicode, including tabs and line breaks, but no other
 * control characters. NUL cannot be stored by PostgreSQL, and escape or backspace sequences in a
 * name or narrative would reach the terminals and spreadsheets that read logs and exports.
 * Enforced for every string of a request body ({@code JacksonStrictness}), every query parameter
 * read through {@code Params.text}, and the names taken from tokens; published as the pattern of
 * every free-text string in the API document ({@code ApiDocumentFilter}).
 */
public final class PlainText {

    /** The same in Java and ECMA-262 regular expressions. */
    public static final String PATTERN = "^[^\\x00-\\x08\\x0E-\\x1F\\x7F]*$";
    public static final String RULE = "must not contain control characters other than tab and line breaks";

    private PlainText() {
    }

    public static boolean isPlain(String value) {
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            if (isRefused(value.charAt(i))) {
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
        value.chars().filter(c -> !isRefused((char) c)).forEach(c -> plain.append((char) c));
        return plain.toString();
    }

    private static boolean isRefused(char c) {
        return c <= 0x08 || (c >= 0x0E && c <= 0x1F) || c == 0x7F;
    }
}
