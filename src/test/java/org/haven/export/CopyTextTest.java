package org.haven.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.haven.audit.AuditHash;
import org.haven.shared.security.Roles;
import org.haven.support.Database;
import org.haven.support.RequestFixtures;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The CSV export rewrites the rows of a PostgreSQL COPY in text format without decoding them into
 * strings. What PostgreSQL really writes for awkward values and times must come out as Jackson's CSV of
 * the values, and as the audit hash's text of the times.
 */
@QuarkusTest
class CopyTextTest {

    private static final ObjectWriter JACKSON = new CsvMapper()
            .writer(CsvSchema.emptySchema().withLineSeparator("").withNullValue(""));

    /** Awkward values: every COPY escape, quotes, lengths around 24 characters, multi-byte UTF-8. */
    private static List<String> values() {
        List<String> values = new ArrayList<>(List.of("", "plain", "a,b", "say \"hi\"", "line1\nline2",
                "cr\r\nlf", "back\\slash", "\\N", "\\", "ends with \\", "ünïcödé — ok", "日本語",
                "emoji \uD83D\uDE42", "\uD83D\uDE42".repeat(12), "\uD83D\uDE42".repeat(13), "é".repeat(24),
                "é".repeat(25), "#hash", " lead", "trail ", "tab\tx", "bs\bff\fvt\u000B", "x".repeat(24),
                "x".repeat(25), "-", ",", "\"", "\u007f", "x".repeat(5000), "{\"status\":{\"after\":\"OK\"}}",
                "\u00a0", "\u2028", "\uFEFF"));
        Random random = new Random(20);
        int[] alphabet = ("\t\n\r\b\f\u000B !\"#$%&'()*+,-./09:;<=>?@AZaz[\\]^_`{|}~\u007f\u0080\u00a0éü—日本"
                + "\uD83D\uDE42\u2028\uFEFF").codePoints().toArray();
        for (int n = 0; n < 5_000; n++) {
            StringBuilder value = new StringBuilder();
            for (int i = 0, length = random.nextInt(random.nextBoolean() ? 30 : 300); i < length; i++) {
                value.appendCodePoint(random.nextInt(3) == 0 ? alphabet[random.nextInt(alphabet.length)]
                        : 'a' + random.nextInt(26));
            }
            values.add(value.toString());
        }
        return values;
    }

    @Test
    void copyTextColumnsBecomeWhatJacksonWritesForTheirValues() throws Exception {
        List<String> values = values();
        values.add(null);
        try (Connection c = Database.asRuntimeRole()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("create temporary table copy_text (n int primary key, v text) on commit drop");
            }
            try (PreparedStatement insert = c.prepareStatement("insert into copy_text values (?, ?)")) {
                for (int i = 0; i < values.size(); i++) {
                    insert.setInt(1, i);
                    insert.setString(2, values.get(i));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            CopyOut copy = c.unwrap(PGConnection.class).getCopyAPI()
                    .copyOut("copy (select n, v, v from copy_text order by n) to stdout");
            CsvRecord record = new CsvRecord();
            int rows = 0;
            for (byte[] row = copy.readFromCopy(); row != null; row = copy.readFromCopy(), rows++) {
                String value = values.get(rows);
                int tab = indexOf(row, '\t', 0);
                int second = indexOf(row, '\t', tab + 1);
                record.copyText(row, tab + 1, second).copyText(row, second + 1, row.length - 1);
                assertEquals(jackson(value, value), record.end(), String.valueOf(value));
            }
            assertEquals(values.size(), rows);
            c.rollback();
        }
    }

    @Test
    void copyTimesReadAsTheAuditHashWritesThem() throws Exception {
        try (Connection c = Database.asRuntimeRole(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        select (t at time zone 'UTC')::text, extract(epoch from t) from (
                            select unnest(array[timestamptz '2026-12-06 12:11:04+00',
                                   '2001-01-01 00:00:00.000001+00', '1999-12-31 23:59:59.999999+00',
                                   '1970-01-01 00:00:00+00', '1969-12-31 23:59:59.5+00', '0001-01-01 00:00:00+00',
                                   '9999-12-31 23:59:59.999999+00', '2024-02-29 10:20:30.12345+00',
                                   '12026-01-01 00:00:00+00', '0044-03-15 12:00:00.25+00 BC',
                                   '0001-02-28 23:59:59+00 BC', '0005-02-29 00:00:00.1+00 BC']) t
                            union all
                            -- about half a year and a few microseconds apart, up to the year 10001
                            select timestamptz '0001-01-01 00:00:00+00' + g * 15778463123457 * interval '1 microsecond'
                              from generate_series(1::bigint, 20000) g
                        ) times(t)
                        """)) {
            byte[] dest = new byte[ExportTimes.LENGTH + 8];
            int rows = 0;
            while (rs.next()) {
                byte[] text = rs.getString(1).getBytes(StandardCharsets.US_ASCII);
                BigDecimal epoch = rs.getBigDecimal(2);
                Instant instant = Instant.ofEpochSecond(epoch.longValue(), // the nanoseconds may be negative
                        epoch.subtract(BigDecimal.valueOf(epoch.longValue())).movePointRight(9).longValueExact());
                int n = ExportTimes.utcMicros(text, 0, text.length, dest);
                assertEquals(AuditHash.time(instant), new String(dest, 0, n, StandardCharsets.US_ASCII),
                        rs.getString(1));
                rows++;
            }
            assertEquals(20_012, rows);
        }
    }

    @Test
    void anExportThatStopsEarlyEndsItsCopyAndTheConnectionRecovers() throws Exception {
        String officer = Tokens.of(Roles.PROTECTION_OFFICER);
        RequestFixtures.aRequest().open(officer);
        RequestFixtures.aRequest().open(officer); // at least two rows, so the COPY is cut in its middle
        try (Connection c = Database.asRuntimeRole()) {
            c.setAutoCommit(false);
            int[] rows = new int[1];
            IOException gone = assertThrows(IOException.class, () -> new CaseEventReader(c)
                    .read(ExportFilter.of(null, null, null, null, null), (row, newCase) -> {
                        rows[0]++;
                        throw new IOException("the client went away");
                    }));
            assertEquals("the client went away", gone.getMessage());
            assertEquals(1, rows[0]);
            c.rollback();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from defender")) {
                assertTrue(rs.next(), "the connection answers again");
            }
        }
    }

    private static String jackson(String... values) throws Exception {
        List<String> fields = new ArrayList<>();
        for (String v : values) {
            fields.add(v == null ? "" : v);
        }
        return JACKSON.writeValueAsString(fields);
    }

    private static int indexOf(byte[] bytes, char c, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == c) {
                return i;
            }
        }
        return -1;
    }
}
