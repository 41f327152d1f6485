package org.haven.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Builds CSV records, as UTF-8 bytes, exactly as the export has always written them (Jackson's CSV writer
 * with a comma, double quotes and no escape character, a null as an empty field), without a generator per
 * record: a field is quoted when it is longer than 24 characters or holds a character below {@code '-'}
 * (comma, quote, space, control characters and the like) or a backslash, and a quote inside a quoted
 * field is doubled. A field comes as a string, a number, or a column of a PostgreSQL COPY in text format
 * (read without decoding it into a string). CsvRecordTest and CopyTextTest hold them to Jackson's output.
 * One instance per export (not thread-safe); the buffer is reused from record to record.
 */
final class CsvRecord {

    /** Jackson quotes longer values without looking at them. */
    private static final int MAX_UNQUOTED = 24;
    /** The lowest character Jackson writes unquoted: one above the comma, quote and line separator. */
    private static final int MIN_SAFE = ',' + 1;

    private byte[] line = new byte[1024];
    private int length;
    private boolean empty = true;
    private final byte[] time = new byte[ExportTimes.LENGTH + 8];

    CsvRecord field(String value) {
        separator();
        if (value != null) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            append(bytes, 0, bytes.length, false);
        }
        return this;
    }

    CsvRecord field(long value) {
        separator();
        byte[] digits = Long.toString(value).getBytes(StandardCharsets.US_ASCII);
        append(digits, 0, digits.length, false);
        return this;
    }

    /** Plain UTF-8 bytes (no escapes), e.g. a digest in hex. */
    CsvRecord field(byte[] utf8) {
        separator();
        append(utf8, 0, utf8.length, false);
        return this;
    }

    /**
     * A column of a COPY row in PostgreSQL's text format, {@code bytes[from, to)}: {@code \N} is null and a
     * backslash starts an escape ({@code \\}, {@code \t}, {@code \n}, {@code \r}, {@code \b}, {@code \f},
     * {@code \v}; COPY TO writes no other).
     */
    CsvRecord copyText(byte[] bytes, int from, int to) {
        separator();
        if (!isCopyNull(bytes, from, to)) {
            append(bytes, from, to, true);
        }
        return this;
    }

    /** Whether a column of a COPY in text format, {@code bytes[from, to)}, is null ({@code \N}). */
    static boolean isCopyNull(byte[] bytes, int from, int to) {
        return to - from == 2 && bytes[from] == '\\' && bytes[from + 1] == 'N';
    }

    /** A COPY column of type {@code timestamp} (UTC), written as the audit hash writes times. */
    CsvRecord copyTime(byte[] bytes, int from, int to) {
        separator();
        int n = ExportTimes.utcMicros(bytes, from, to, time);
        append(time, 0, n, false);
        return this;
    }

    /** Writes the record as one line of the chain and starts the next. */
    void writeTo(LineChain chain) throws IOException {
        chain.write(line, 0, length);
        clear();
    }

    /** The record without its line terminator (for tests and single lines); starts the next. */
    String end() {
        String record = new String(line, 0, length, StandardCharsets.UTF_8);
        clear();
        return record;
    }

    private void clear() {
        length = 0;
        empty = true;
    }

    private void separator() {
        if (!empty) {
            capacity(1);
            line[length++] = ',';
        }
        empty = false;
    }

    private void append(byte[] bytes, int from, int to, boolean escaped) {
        if (!needsQuotes(bytes, from, to)) {
            // nothing below '-' and no backslash, so no escape either: the bytes are the value
            capacity(to - from);
            System.arraycopy(bytes, from, line, length, to - from);
            length += to - from;
            return;
        }
        capacity(2 * (to - from) + 2); // at worst every byte is a doubled quote
        line[length++] = '"';
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (escaped && b == '\\' && i + 1 < to) {
                b = unescape(bytes[++i]);
            }
            line[length++] = b;
            if (b == '"') {
                line[length++] = '"'; // a quote is doubled
            }
        }
        line[length++] = '"';
    }

    /**
     * Jackson's rule on the value's characters. A COPY escape always decodes to a character below
     * {@code '-'} or a backslash, so the rule holds on the escaped bytes too. The length counts UTF-16
     * characters as Jackson does: a byte that does not continue a UTF-8 sequence starts one, and a
     * four-byte sequence is two.
     */
    private static boolean needsQuotes(byte[] bytes, int from, int to) {
        int characters = 0;
        for (int i = from; i < to; i++) {
            int b = bytes[i] & 0xFF;
            if (b < MIN_SAFE || b == '\\') {
                return true;
            }
            if ((b & 0xC0) != 0x80) {
                characters += (b & 0xF8) == 0xF0 ? 2 : 1;
            }
        }
        return characters > MAX_UNQUOTED;
    }

    private static byte unescape(byte b) {
        return switch (b) {
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'v' -> 0x0B;
            default -> b; // a backslash, or any other character standing for itself
        };
    }

    private void capacity(int more) {
        if (length + more > line.length) {
            line = Arrays.copyOf(line, Math.max(2 * line.length, length + more));
        }
    }
}
