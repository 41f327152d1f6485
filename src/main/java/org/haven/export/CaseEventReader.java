package org.haven.export;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

/**
 * Reads what the CSV export writes, a row per audit event of each case with the case's columns, as the
 * rows of one {@code COPY (query) TO STDOUT} in PostgreSQL's text format. PostgreSQL streams them while
 * the export writes (no round trip per batch, as a cursor would take), and the driver hands over one row
 * at a time, so an export of any size runs in bounded memory. The columns stay bytes: {@link CsvRecord}
 * writes them without decoding them into strings. The cases are the ones {@link CaseHistoryReader}
 * reads for the same filter, in the same order. A case without audit events comes as one row without an
 * event (it counts as a case but writes no line). src/bench/sql/export-csv.sql runs this query for the
 * benchmark.
 */
final class CaseEventReader {

    /** The columns, in the order of the export's CSV columns after {@code row} and {@code prevRowDigest}. */
    static final String SELECT = """
            select r.id, r.reference, r.status, r.urgency, d.reference, a.seq, a.occurred_at at time zone 'UTC',
                   a.actor_subject, a.actor_name, a.actor_roles, a.action, a.entity_type, a.entity_id, a.reason,
                   a.changes, a.prev_hash, a.hash
              from assistance_request r
              join defender d on d.id = r.defender_id
              left join audit_entry a on a.case_id = r.id
             where 1 = 1
            """;
    /** The export's order: cases as received, each case's events in the chain's order. */
    static final String ORDER = " order by r.received_at, r.id, a.seq";

    static final int COLUMNS = 17;
    static final int CASE_ID = 0;
    static final int SEQ = 5;
    /** UTC, as {@code timestamp} text: {@code 2026-12-06 12:11:04.000123} (ExportTimes rewrites it). */
    static final int OCCURRED_AT = 6;

    /** A filter's value, read in the query from a setting of this name and number (COPY takes no parameters). */
    private static final String SETTING = "haven.export_filter_";

    /**
     * One row of the COPY: its bytes and where each column lies in them, still in the text format's
     * escapes ({@code \N} for null, a backslash before a tab, newline, backslash and the like).
     */
    static final class Row {
        private byte[] bytes;
        private final int[] from = new int[COLUMNS];
        private final int[] to = new int[COLUMNS];

        byte[] bytes() {
            return bytes;
        }

        int from(int column) {
            return from[column];
        }

        int to(int column) {
            return to[column];
        }

        boolean isNull(int column) {
            return CsvRecord.isCopyNull(bytes, from[column], to[column]);
        }

        private void split(byte[] row) {
            bytes = row;
            int end = row.length > 0 && row[row.length - 1] == '\n' ? row.length - 1 : row.length;
            int column = 0;
            from[0] = 0;
            for (int i = 0; i < end; i++) {
                if (row[i] == '\t') { // a tab inside a value is escaped, so each one ends a column
                    to[column] = i;
                    if (++column == COLUMNS) {
                        throw new IllegalStateException("a COPY row with more columns than the query selects");
                    }
                    from[column] = i + 1;
                }
            }
            if (column != COLUMNS - 1) {
                throw new IllegalStateException("a COPY row with fewer columns than the query selects");
            }
            to[column] = end;
        }
    }

    interface RowSink {
        /** {@code row} is reused for the next row; {@code newCase} is true on each case's first row. */
        void accept(Row row, boolean newCase) throws IOException;
    }

    private final Connection connection;

    CaseEventReader(Connection connection) {
        this.connection = connection;
    }

    /** Runs in the connection's transaction (the export's REPEATABLE READ snapshot). */
    void read(ExportFilter filter, RowSink sink) throws SQLException, IOException {
        StringBuilder sql = new StringBuilder("copy (").append(SELECT);
        List<String> values = new ArrayList<>();
        CaseHistoryReader.where(filter, sql, value -> {
            values.add(text(value));
            return "current_setting('" + SETTING + values.size() + "')::" + type(value);
        });
        sql.append(ORDER).append(") to stdout");
        bind(values);
        CopyOut copy = connection.unwrap(PGConnection.class).getCopyAPI().copyOut(sql.toString());
        try {
            Row row = new Row();
            byte[] caseId = new byte[0];
            for (byte[] data = copy.readFromCopy(); data != null; data = copy.readFromCopy()) {
                row.split(data);
                boolean newCase = !Arrays.equals(caseId, 0, caseId.length, data, row.from(CASE_ID), row.to(CASE_ID));
                if (newCase) {
                    caseId = Arrays.copyOfRange(data, row.from(CASE_ID), row.to(CASE_ID));
                }
                sink.accept(row, newCase);
            }
        } catch (IOException | RuntimeException e) {
            drain(copy, e);
            throw e;
        }
    }

    /**
     * The export stopped before the COPY's end (the client went away): reads the rest and drops it, so
     * that the connection goes back to the pool between statements. pgJDBC's cancelCopy would leave the
     * rest of the COPY in the connection for the next statement to trip on (CopyTextTest), and a
     * cancel sent to the server can land on whatever the connection runs next.
     */
    private static void drain(CopyOut copy, Exception cause) {
        try {
            while (copy.isActive() && copy.readFromCopy() != null) {
                // dropped
            }
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** Sets the filter's values for this transaction only, as bound parameters (never spliced into SQL). */
    private void bind(List<String> values) throws SQLException {
        if (values.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 1; i <= values.size(); i++) {
            sql.append(i > 1 ? ", " : "").append("set_config('").append(SETTING).append(i).append("', ?, true)");
        }
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < values.size(); i++) {
                statement.setString(i + 1, values.get(i));
            }
            statement.execute();
        }
    }

    private static String text(Object value) {
        return value instanceof Timestamp time ? time.toInstant().toString() : value.toString();
    }

    private static String type(Object value) {
        if (value instanceof UUID) {
            return "uuid";
        }
        if (value instanceof Timestamp) {
            return "timestamptz";
        }
        if (value instanceof String) {
            return "text";
        }
        throw new IllegalArgumentException("no SQL type for a filter value of " + value.getClass().getSimpleName());
    }
}
