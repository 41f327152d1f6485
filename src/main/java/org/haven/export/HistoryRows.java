package org.haven.export;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.haven.audit.AuditHash;

/**
 * Plain JDBC for the organisation and activity histories: rows as ordered maps with values written as
 * the audit hash and the case export write them, batches by id, and audit entries with exactly the
 * field texts that entered their hash. Kept apart from {@link CaseHistoryReader}, whose hot path may
 * change on its own.
 */
final class HistoryRows {

    private final Connection connection;

    HistoryRows(Connection connection) {
        this.connection = connection;
    }

    /** Runs {@code sql} with the given parameters (arrays of UUIDs or texts bound as SQL arrays). */
    List<Map<String, Object>> query(String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, params);
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
            return rows;
        }
    }

    /** Streams the rows of {@code sql} through a server-side cursor, {@code fetchSize} at a time. */
    void stream(String sql, List<Object> params, int fetchSize, RowSink sink) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(fetchSize);
            bind(statement, params.toArray());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    sink.accept(row(rs));
                }
            }
        }
    }

    interface RowSink {
        void accept(Map<String, Object> row) throws SQLException;
    }

    private void bind(PreparedStatement statement, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof java.util.UUID[] ids) {
                statement.setArray(i + 1, connection.createArrayOf("uuid", ids));
            } else if (p instanceof String[] texts) {
                statement.setArray(i + 1, connection.createArrayOf("varchar", texts));
            } else {
                statement.setObject(i + 1, p);
            }
        }
    }

    private static Map<String, Object> row(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            Object value = rs.getObject(i);
            if (value instanceof Timestamp ts) {
                value = AuditHash.time(ts.toInstant());
            } else if (value instanceof java.sql.Date date) {
                value = date.toLocalDate().toString();
            } else if (value instanceof java.math.BigDecimal amount) {
                value = amount.stripTrailingZeros().toPlainString();
            } else if (value instanceof Array array) {
                value = Arrays.asList((Object[]) array.getArray());
            }
            row.put(meta.getColumnLabel(i), value);
        }
        return row;
    }

    /** The audit entries of these records ({@code entity_type}, ids as text), oldest first, by id. */
    Map<Object, List<Map<String, Object>>> auditEntries(String entityType, java.util.UUID[] ids) throws SQLException {
        String[] texts = Arrays.stream(ids).map(java.util.UUID::toString).toArray(String[]::new);
        Map<Object, List<Map<String, Object>>> byId = new LinkedHashMap<>();
        for (Map<String, Object> e : query("""
                select seq, occurred_at, actor_subject, actor_name, actor_roles, action, entity_type, entity_id,
                       case_id, reason, changes, prev_hash, hash
                  from audit_entry where entity_type = ? and entity_id = any(?) order by seq""", entityType, texts)) {
            byId.computeIfAbsent(java.util.UUID.fromString((String) e.get("entity_id")), k -> new ArrayList<>())
                    .add(auditEntry(e));
        }
        return byId;
    }

    /** An audit entry with exactly the field texts that entered its hash (as in case histories). */
    private static Map<String, Object> auditEntry(Map<String, Object> e) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("seq", e.get("seq"));
        entry.put("occurredAt", e.get("occurred_at"));
        entry.put("actorSubject", e.get("actor_subject"));
        entry.put("actorName", e.get("actor_name"));
        entry.put("actorRoles", e.get("actor_roles"));
        entry.put("action", e.get("action"));
        entry.put("entityType", e.get("entity_type"));
        entry.put("entityId", e.get("entity_id"));
        entry.put("caseId", e.get("case_id") == null ? null : e.get("case_id").toString());
        entry.put("reason", e.get("reason"));
        entry.put("changesText", e.get("changes"));
        entry.put("prevHash", e.get("prev_hash"));
        entry.put("hash", e.get("hash"));
        return entry;
    }

    static Map<Object, List<Map<String, Object>>> group(List<Map<String, Object>> rows, String key) {
        Map<Object, List<Map<String, Object>>> grouped = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            grouped.computeIfAbsent(row.remove(key), k -> new ArrayList<>()).add(row);
        }
        return grouped;
    }
}
