package org.haven.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The CSV export's records are written without Jackson but must stay byte for byte what Jackson's CSV
 * writer wrote for them (the format auditors have): every field quoted, or not, and escaped the same.
 * CopyTextTest does the same for the columns of a PostgreSQL COPY.
 */
class CsvRecordTest {

    /** The writer the export used for every record, nulls passed as empty fields. */
    private static final ObjectWriter JACKSON = new CsvMapper()
            .writer(CsvSchema.emptySchema().withLineSeparator("").withNullValue(""));

    /**
     * Jackson's record as the bytes that reach the file, read back: UTF-8 writes a lone surrogate as
     * {@code ?}, whoever writes it, and CsvRecord builds bytes.
     */
    private static String jackson(List<String> values) throws Exception {
        String record = JACKSON.writeValueAsString(values.stream().map(v -> v == null ? "" : v).toList());
        return new String(record.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    private static String ours(List<String> values) {
        CsvRecord record = new CsvRecord();
        values.forEach(record::field);
        return record.end();
    }

    @Test
    void edgeCasesAreQuotedAndEscapedAsJacksonDoes() throws Exception {
        List<String> values = Arrays.asList(null, "", "plain", "a,b", "say \"hi\"", "line1\nline2", "cr\r\nlf",
                "back\\slash", "ünïcödé — ok", "日本語", "emoji \uD83D\uDE42", "#hash", " lead", "trail ", "tab\tx",
                "x".repeat(24), "x".repeat(25), "-", ",", "\"", "\u007f", "\u0000", "x".repeat(5000),
                "{\"status\":{\"after\":\"SUPPORTED\"}}", "2001-01-02T00:00:10.000010Z", "protection-officer",
                "00000000-0000-4000-8000-000000000005", "0".repeat(64), "+", "*", ".", "/", "\u00a0", "\u2028");
        for (String value : values) {
            assertEquals(jackson(Arrays.asList(value)), ours(Arrays.asList(value)), String.valueOf(value));
        }
        assertEquals(jackson(values), ours(values));
    }

    @Test
    void randomRecordsMatchJackson() throws Exception {
        Random random = new Random(20);
        char[] alphabet = ("\u0000\t\n\r !\"#$%&'()*+,-./0123456789:;<=>?@AZaz[\\]^_`{|}~\u007f\u0080\u00a0éü—"
                + "日本\uD83D\uDE42\u2028\uFEFF").toCharArray();
        CsvRecord record = new CsvRecord();
        for (int n = 0; n < 20_000; n++) {
            List<String> values = new ArrayList<>();
            for (int f = 0, fields = 1 + random.nextInt(19); f < fields; f++) {
                if (random.nextInt(10) == 0) {
                    values.add(null);
                    continue;
                }
                StringBuilder value = new StringBuilder();
                for (int i = 0, length = random.nextInt(random.nextBoolean() ? 30 : 300); i < length; i++) {
                    // mostly characters that never need quotes, so that short fields are often left bare
                    value.append(random.nextInt(3) == 0 ? alphabet[random.nextInt(alphabet.length)]
                            : (char) ('a' + random.nextInt(26)));
                }
                values.add(value.toString());
            }
            values.forEach(record::field);
            assertEquals(jackson(values), record.end(), values.toString());
        }
    }

    @Test
    void numbersAreWrittenAsTheirDecimalText() throws Exception {
        CsvRecord record = new CsvRecord();
        for (long value : new long[] { 0, 1, -1, 42, Long.MAX_VALUE, Long.MIN_VALUE }) {
            record.field(value).field("x");
            assertEquals(jackson(List.of(Long.toString(value), "x")), record.end());
        }
    }
}
