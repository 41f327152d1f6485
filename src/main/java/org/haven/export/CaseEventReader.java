package org.haven.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what the CSV export writes, a row per audit event of each case with the case's columns, in one
 * query through a server-side cursor, so an export of any size runs in bounded memory; the cases are
 * the ones {@link CaseHistoryReader} reads for the same filter, in the same order. A case without
 * audit events comes as one row without an event (it counts as a case but writes no line).
 * src/bench/sql/export-csv.sql runs this query for the benchmark.
 */
final class CaseEventReader {

    /** Rows per round trip: a few hundred kilobytes, whatever the size of the export. */
    static final int FETCH_SIZE = 2000;

    static final String SELECT = """
            select r.id, r.reference, r.status, r.urgency, d.reference, a.seq, a.occurred_at, a.actor_subject,
                   a.actor_name, a.actor_roles, a.action, a.entity_type, a.entity_id, a.reason, a.changes,
                   a.prev_hash, a.hash
              from assistance_request r
              join defender d on d.id = r.defender_id
              left join audit_entry a on a.case_id = r.id
             where 1 = 1
            """;
    /** The export's order: cases as received, each case's events in the chain's order. */
    static final String ORDER = " order by r.received_at, r.id, a.seq";

    /** One row: the case's columns and, unless {@code seq} is null, one of its audit events. */
    static final class Row {
        String caseId;
        String caseReference;
        String caseStatus;
        String urgency;
        String defenderReference;
        /** Null for a case without audit events. */
        String seq;
        String occurredAt;
        String actorSubject;
        String actorName;
        String actorRoles;
        String action;
        String entityType;
        String entityId;
        String reason;
        String changesText;
        String prevHash;
        String hash;
    }

    interface RowSink {
        /** {@code row} is reused for the next row; {@code newCase} is true on each case's first row. */
        void accept(Row row, boolean newCase) throws java.io.IOException;
    }

    private final Connection connection;

    CaseEventReader(Connection connection) {
        this.connection = connection;
    }

    void read(ExportFilter filter, RowSink sink) throws SQLException, java.io.IOException {
        StringBuilder sql = new StringBuilder(SELECT);
        List<Object> params = new ArrayList<>();
        CaseHistoryReader.where(filter, sql, params);
        sql.append(ORDER);
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            statement.setFetchSize(FETCH_SIZE);
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                Row row = new Row();
                while (rs.next()) {
                    String caseId = rs.getString(1);
                    boolean newCase = !caseId.equals(row.caseId);
                    row.caseId = caseId;
                    row.caseReference = rs.getString(2);
                    row.caseStatus = rs.getString(3);
                    row.urgency = rs.getString(4);
                    row.defenderReference = rs.getString(5);
                    row.seq = rs.getString(6);
                    if (row.seq != null) {
                        // the time exactly as the audit hash encodes it: UTC, six fractional digits
                        row.occurredAt = ExportTimes.utcMicros(rs.getObject(7, OffsetDateTime.class).toInstant());
                        row.actorSubject = rs.getString(8);
                        row.actorName = rs.getString(9);
                        row.actorRoles = rs.getString(10);
                        row.action = rs.getString(11);
                        row.entityType = rs.getString(12);
                        row.entityId = rs.getString(13);
                        row.reason = rs.getString(14);
                        row.changesText = rs.getString(15);
                        row.prevHash = rs.getString(16);
                        row.hash = rs.getString(17);
                    }
                    sink.accept(row, newCase);
                }
            }
        }
    }
}
