package org.haven.faults;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * After the last recovery: what the service acknowledged against what PostgreSQL holds, read as the
 * superuser. Every acknowledged write must be there with exactly one audit entry; no creation, keyed or
 * not, may be there twice; and the audit chain must verify.
 */
final class Reconciliation {

    /** The transition RECEIVED -> IN_ASSESSMENT (a later one, to APPROVED, follows a grant approval). */
    static final String FROM_RECEIVED = "REQUEST_STATUS_CHANGED|from RECEIVED";

    /** Changes that happen at most once per record in this workload, acknowledged or not. */
    private static final Set<String> ONCE = Set.of("DEFENDER_REGISTERED", "REQUEST_CREATED", FROM_RECEIVED,
            "REQUEST_ASSESSED", "GRANT_PROPOSED", "GRANT_APPROVAL_RECORDED", "GRANT_APPROVED", "GRANT_DISBURSED");

    record Result(long acknowledged, long found, long missing, long withTwoAuditEntries, long duplicateRecords,
            long auditEntries, boolean chainValid, long dropped, long droppedAppliedBeforeRetry, List<String> problems) {

        boolean clean() {
            return missing == 0 && withTwoAuditEntries == 0 && duplicateRecords == 0 && chainValid;
        }

        String summary() {
            return "acknowledged=" + acknowledged + " found=" + found + " missing=" + missing
                    + " audit-twice=" + withTwoAuditEntries + " duplicates=" + duplicateRecords + " audit-entries="
                    + auditEntries + " chain=" + (chainValid ? "valid" : "BROKEN") + " dropped-then-retried=" + dropped
                    + " (applied before the retry, which got the stored answer: " + droppedAppliedBeforeRetry + ")";
        }
    }

    static Result check(Connection db, Ledger ledger, JsonNode verification) throws SQLException {
        List<String> problems = new java.util.ArrayList<>();
        Map<String, Integer> entries = new HashMap<>();
        Map<String, java.time.Instant> firstAt = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "select entity_type, entity_id, action, changes, occurred_at from audit_entry")) {
            while (r.next()) {
                firstAt.putIfAbsent(r.getString(1) + "/" + r.getString(2) + "/" + r.getString(3),
                        r.getTimestamp(5).toInstant());
                String action = r.getString(3);
                if (action.equals("REQUEST_STATUS_CHANGED") && r.getString(4) != null
                        && r.getString(4).contains("\"RECEIVED\"")) {
                    action = FROM_RECEIVED;
                }
                entries.merge(r.getString(1) + "/" + r.getString(2) + "/" + action, 1, Integer::sum);
            }
        }
        Set<String> defenders = ids(db, "select id::text from defender");
        Set<String> requests = ids(db, "select id::text from assistance_request");
        Set<String> grants = ids(db, "select id::text from assistance_grant");
        long acknowledged = 0;
        long found = 0;
        long missing = 0;
        long twice = 0;
        for (Ledger.Write write : ledger.acknowledged) {
            acknowledged++;
            Set<String> table = switch (write.entityType()) {
                case "defender" -> defenders;
                case "request" -> requests;
                default -> grants;
            };
            int count = entries.getOrDefault(write.entityType() + "/" + write.entityId() + "/" + write.action(), 0);
            if (!table.contains(write.entityId()) || count == 0) {
                missing++;
                problems.add("acknowledged but missing: " + write.entityType() + " " + write.action());
            } else {
                found++;
                if (count > 1) {
                    twice++;
                    problems.add("acknowledged once, audited " + count + " times: " + write.action());
                }
            }
        }
        long dropped = 0;
        long appliedBeforeRetry = 0;
        for (Ledger.Dropped d : ledger.dropped) {
            dropped++;
            java.time.Instant at = firstAt.get(d.entityType() + "/" + d.entityId() + "/" + d.action());
            if (at != null && at.isBefore(d.retriedAt())) {
                appliedBeforeRetry++;
            }
        }
        long duplicates = 0;
        for (Map.Entry<String, Integer> entry : entries.entrySet()) {
            String action = entry.getKey().substring(entry.getKey().lastIndexOf('/') + 1);
            if (ONCE.contains(action) && entry.getValue() > 1) {
                duplicates++;
                problems.add("done " + entry.getValue() + " times: " + action);
            }
        }
        for (String[] query : new String[][] {
                { "requests opened twice for one defender (keyed)",
                        "select count(*) from (select defender_id from assistance_request group by 1 having count(*) > 1) d" },
                { "grants proposed twice for one request",
                        "select count(*) from (select request_id from assistance_grant group by 1 having count(*) > 1) d" },
                { "payments recorded twice for one grant (keyed)",
                        "select count(*) from (select grant_id from disbursement group by 1 having count(*) > 1) d" } }) {
            long n = single(db, query[1]);
            if (n > 0) {
                duplicates += n;
                problems.add(n + " " + query[0]);
            }
        }
        long total = single(db, "select count(*) from audit_entry");
        boolean valid = verification.path("valid").asBoolean(false) && verification.path("entries").asLong() == total;
        if (!valid) {
            problems.add("audit verification: " + verification);
        }
        return new Result(acknowledged, found, missing, twice, duplicates, total, valid, dropped, appliedBeforeRetry,
                List.copyOf(problems));
    }

    private static Set<String> ids(Connection db, String sql) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        }
        return ids;
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
