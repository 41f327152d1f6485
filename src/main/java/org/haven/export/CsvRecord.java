package org.haven.export;

/**
 * Builds CSV records exactly as the export has always written them (Jackson's CSV writer with a comma,
 * double quotes and no escape character, a null as an empty field), without a generator per record:
 * a field is quoted when it is longer than 24 characters or holds a character below {@code '-'}
 * (comma, quote, space, control characters and the like) or a backslash, and a quote inside a quoted
 * field is doubled. CsvRecordTest holds this to Jackson's output. One instance per export (not
 * thread-safe); the builder is reused from record to record.
 */
final class CsvRecord {

    /** Jackson quotes longer values without looking at them. */
    private static final int MAX_UNQUOTED = 24;
    /** The lowest character Jackson writes unquoted: one above the comma, quote and line separator. */
    private static final char MIN_SAFE = ',' + 1;

    private final StringBuilder line = new StringBuilder(1024);
    private boolean empty = true;

    CsvRecord field(String value) {
        if (!empty) {
            line.append(',');
        }
        empty = false;
        if (value == null) {
            return this;
        }
        if (needsQuotes(value)) {
            line.append('"');
            int from = 0;
            for (int quote = value.indexOf('"'); quote >= 0; quote = value.indexOf('"', from)) {
                line.append(value, from, quote + 1).append('"'); // a quote is doubled
                from = quote + 1;
            }
            line.append(value, from, value.length()).append('"');
        } else {
            line.append(value);
        }
        return this;
    }

    CsvRecord field(long value) {
        if (!empty) {
            line.append(',');
        }
        empty = false;
        line.append(value);
        return this;
    }

    /** The record without its line terminator; the builder starts the next one. */
    String end() {
        String record = line.toString();
        line.setLength(0);
        empty = true;
        return record;
    }

    private static boolean needsQuotes(String value) {
        int n = value.length();
        if (n > MAX_UNQUOTED) {
            return true;
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c < MIN_SAFE || c == '\\') {
                return true;
            }
        }
        return false;
    }
}
