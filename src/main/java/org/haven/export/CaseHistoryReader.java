package org.haven.export;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import org.haven.audit.AuditHash;

/**
 * Reads complete case histories with a server-side cursor, a batch of cases at a time, so an export
 * of any size runs in bounded memory. One read-only REPEATABLE READ transaction gives a consistent
 * snapshot. It is a read model over the case tables (like the caseload overview).
 */
final class CaseHistoryReader {

    static final int BATCH = 500;

    /** One case with everything that belongs to it. */
    record CaseHistory(Map<String, Object> request, Map<String, Object> defender, List<Map<String, Object>> grants,
            List<Map<String, Object>> followUps, List<Map<String, Object>> auditEntries, Sealed sealed) {
    }

    /**
     * The case's sealed (encrypted) values, kept apart from what is written: they leave the service
     * only opened, and only in an export that asked for them with a reason.
     */
    record Sealed(UUID defenderId, Map<String, byte[]> defender, Map<String, byte[]> request,
            Map<String, byte[]> followUpNotes) {
    }

    private static final String SEALED = "sealed_";

    private final Connection connection;

    CaseHistoryReader(Connection connection) {
        this.connection = connection;
    }

    void read(ExportFilter filter, Consumer<CaseHistory> sink) throws SQLException {
        StringBuilder sql = new StringBuilder("""
                select r.id, r.reference, r.team, r.status, r.urgency, r.summary, r.requested_amount,
                       r.requested_currency, r.intake_channel, r.referring_partner, r.received_at,
                       r.decision_deadline, r.decided_at, r.closed_at, r.assigned_officer, r.status_reason,
                       r.identity_check, r.situation_check, r.need_check, r.host_country, r.planned_duration_months,
                       r.family_members_included, r.assessed_at, r.assessed_by,
                       d.id as defender_id, d.reference as defender_reference, d.pseudonym, d.status as defender_status,
                       d.risk_level, d.current_country, d.legal_status,
                       d.legal_name as "sealed_d_legalName", d.other_names as "sealed_d_otherNames",
                       d.current_city as "sealed_d_currentCity", d.contacts as "sealed_d_contacts",
                       d.risk_notes as "sealed_d_riskNotes", r.narrative as "sealed_r_narrative",
                       r.identity_note as "sealed_r_identityNote", r.situation_note as "sealed_r_situationNote",
                       r.need_note as "sealed_r_needNote", r.risk_assessment as "sealed_r_riskAssessment",
                       r.host_organisation as "sealed_r_hostOrganisation"
                  from assistance_request r join defender d on d.id = r.defender_id
                 where 1 = 1
                """);
        List<Object> params = new ArrayList<>();
        where(filter, sql, value -> {
            params.add(value);
            return "?";
        });
        sql.append(" order by r.received_at, r.id");
        try (PreparedStatement cases = connection.prepareStatement(sql.toString())) {
            cases.setFetchSize(BATCH);
            for (int i = 0; i < params.size(); i++) {
                cases.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = cases.executeQuery()) {
                List<Map<String, Object>> batch = new ArrayList<>(BATCH);
                while (rs.next()) {
                    batch.add(row(rs));
                    if (batch.size() == BATCH) {
                        emit(batch, sink);
                        batch.clear();
                    }
                }
                emit(batch, sink);
            }
        }
    }

    /**
     * Appends the filter's conditions on the cases (alias {@code r}) to a query that ends in a where clause;
     * {@code parameter} takes each value and answers what stands for it in the query (a {@code ?} whose
     * value is bound later, or what reads it from a setting in a COPY, which takes no parameters). The
     * CSV export's reader selects its cases the same way. Values: UUID, Timestamp and String.
     */
    static void where(ExportFilter filter, StringBuilder sql, Function<Object, String> parameter) {
        if (filter.requestId() != null) {
            sql.append(" and r.id = ").append(parameter.apply(filter.requestId()));
        }
        if (filter.from() != null) {
            sql.append(" and r.received_at >= ").append(parameter.apply(Timestamp.from(filter.from())));
        }
        if (filter.to() != null) {
            sql.append(" and r.received_at < ").append(parameter.apply(Timestamp.from(filter.to())));
        }
        if (filter.status() != null) {
            sql.append(" and r.status = ").append(parameter.apply(filter.status()));
        }
        if (filter.assistanceType() != null) {
            sql.append(" and exists (select 1 from assistance_request_type t where t.request_id = r.id"
                    + " and t.assistance_type = ").append(parameter.apply(filter.assistanceType())).append(')');
        }
        if (filter.fundId() != null) {
            sql.append(" and exists (select 1 from assistance_grant g where g.request_id = r.id and g.fund_id = ")
                    .append(parameter.apply(filter.fundId())).append(')');
        }
    }

    private void emit(List<Map<String, Object>> batch, Consumer<CaseHistory> sink) throws SQLException {
        if (batch.isEmpty()) {
            return;
        }
        UUID[] ids = batch.stream().map(r -> (UUID) r.get("id")).toArray(UUID[]::new);
        Map<Object, List<Map<String, Object>>> types = group(query(
                "select request_id, assistance_type from assistance_request_type where request_id = any(?)"
                        + " order by assistance_type", ids), "request_id");
        List<Map<String, Object>> grantRows = query("""
                select id, request_id, reference, fund_id, amount, currency, purpose, status, tranche_gated,
                       approvals_required, proposed_by, proposed_at, sanctions_screened, funded_elsewhere,
                       approved_at, decided_at, decision_reason, disbursed_amount
                  from assistance_grant where request_id = any(?) order by proposed_at, id""", ids);
        UUID[] grantIds = grantRows.stream().map(g -> (UUID) g.get("id")).toArray(UUID[]::new);
        Map<Object, List<Map<String, Object>>> approvals = group(query(
                "select grant_id, approver, approver_name, approved_at, comment from grant_approval"
                        + " where grant_id = any(?) order by grant_id, position", grantIds), "grant_id");
        Map<Object, List<Map<String, Object>>> payments = group(query(
                "select grant_id, tranche_number, amount, currency, paid_on, method, payment_reference, recorded_by,"
                        + " recorded_at from disbursement where grant_id = any(?) order by grant_id, tranche_number",
                grantIds), "grant_id");
        for (Map<String, Object> grant : grantRows) {
            grant.put("approvals", strip(approvals.getOrDefault(grant.get("id"), List.of()), "grant_id"));
            grant.put("disbursements", strip(payments.getOrDefault(grant.get("id"), List.of()), "grant_id"));
        }
        Map<Object, List<Map<String, Object>>> grants = group(grantRows, "request_id");
        Map<Object, List<Map<String, Object>>> followUps = group(query("""
                select id, request_id, grant_id, type, due_on, assigned_officer, status, completed_at, outcome,
                       new_risk_level, status_reason, notes as sealed_notes
                  from follow_up where request_id = any(?) order by due_on, id""", ids), "request_id");
        Map<Object, List<Map<String, Object>>> audit = group(query("""
                select seq, occurred_at, actor_subject, actor_name, actor_roles, action, entity_type, entity_id,
                       case_id, reason, changes, prev_hash, hash
                  from audit_entry where case_id = any(?) order by seq""", ids), "case_id");
        for (Map<String, Object> r : batch) {
            Object id = r.get("id");
            Map<String, byte[]> sealedDefender = new LinkedHashMap<>();
            Map<String, byte[]> sealedRequest = new LinkedHashMap<>();
            for (String key : List.copyOf(r.keySet())) {
                if (key.startsWith(SEALED + "d_")) {
                    sealedDefender.put(key.substring(SEALED.length() + 2), (byte[]) r.remove(key));
                } else if (key.startsWith(SEALED + "r_")) {
                    sealedRequest.put(key.substring(SEALED.length() + 2), (byte[]) r.remove(key));
                }
            }
            Map<String, byte[]> notes = new LinkedHashMap<>();
            for (Map<String, Object> f : followUps.getOrDefault(id, List.of())) {
                notes.put(f.get("id").toString(), (byte[]) f.remove(SEALED + "notes"));
            }
            Sealed sealed = new Sealed((UUID) r.get("defender_id"), sealedDefender, sealedRequest, notes);
            Map<String, Object> defender = new LinkedHashMap<>();
            for (String key : List.of("defender_id", "defender_reference", "pseudonym", "defender_status",
                    "risk_level", "current_country", "legal_status")) {
                defender.put(key.replace("defender_", ""), r.remove(key));
            }
            r.put("assistance_types", types.getOrDefault(id, List.of()).stream()
                    .map(t -> t.get("assistance_type")).toList());
            sink.accept(new CaseHistory(r, defender, strip(grants.getOrDefault(id, List.of()), "request_id"),
                    strip(followUps.getOrDefault(id, List.of()), "request_id"),
                    audit.getOrDefault(id, List.of()).stream().map(CaseHistoryReader::auditEntry).toList(), sealed));
        }
    }

    /** An audit entry with exactly the field texts that entered its hash. */
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

    private List<Map<String, Object>> query(String sql, UUID[] ids) throws SQLException {
        if (ids.length == 0) {
            return List.of();
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            Array array = connection.createArrayOf("uuid", ids);
            statement.setArray(1, array);
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
            return rows;
        }
    }

    private static Map<String, Object> row(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            Object value = rs.getObject(i);
            if (value instanceof Timestamp ts) {
                // timestamps exactly as the audit hash encodes them: UTC, six fractional digits
                value = AuditHash.time(ts.toInstant());
            } else if (value instanceof java.sql.Date date) {
                value = date.toLocalDate().toString();
            } else if (value instanceof java.math.BigDecimal amount) {
                value = amount.stripTrailingZeros().toPlainString();
            }
            row.put(meta.getColumnLabel(i), value);
        }
        return row;
    }

    private static Map<Object, List<Map<String, Object>>> group(List<Map<String, Object>> rows, String key) {
        Map<Object, List<Map<String, Object>>> grouped = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            grouped.computeIfAbsent(row.get(key), k -> new ArrayList<>()).add(row);
        }
        return grouped;
    }

    private static List<Map<String, Object>> strip(List<Map<String, Object>> rows, String key) {
        rows.forEach(r -> r.remove(key));
        return rows;
    }
}
