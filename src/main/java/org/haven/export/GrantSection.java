package org.haven.export;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The grants of organisation and activity histories: those supporting the organisation, those paying it
 * while supporting someone else, and an activity's costs. Each grant comes with its approvals, payments,
 * follow-ups (notes sealed, never exported) and its own audit trail, whose entries the verifier checks
 * like the record's. A grant to a defender paying an organisation names no case and no defender here:
 * the case histories hold those.
 */
final class GrantSection implements GroupHistoryReader.Section {

    /** The grants supporting an organisation. */
    static final GrantSection SUPPORTING = new GrantSection("grants", "organisation_id");
    /** The grants paying an organisation for someone else (a host for a relocation). */
    static final GrantSection PAYING = new GrantSection("grantsAsPayee", "payee_organisation_id");
    /** An activity's costs. */
    static final GrantSection COSTS = new GrantSection("costs", "activity_id");

    private final String name;
    private final String column;

    private GrantSection(String name, String column) {
        this.name = name;
        this.column = column;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Map<Object, Object> read(HistoryRows rows, UUID[] ids) throws SQLException {
        List<Map<String, Object>> grants = rows.query("""
                select %s as owner, id, reference, beneficiary_kind, cost_category, organisation_id, activity_id,
                       payee_organisation_id, fund_id, amount, currency, purpose, status, tranche_gated,
                       approvals_required, proposed_by, proposed_at, sanctions_screened, funded_elsewhere,
                       approved_at, decided_at, decision_reason, disbursed_amount
                  from assistance_grant where %s = any(?) order by proposed_at, id""".formatted(column, column),
                (Object) ids);
        UUID[] grantIds = grants.stream().map(g -> (UUID) g.get("id")).toArray(UUID[]::new);
        Map<Object, List<Map<String, Object>>> approvals = HistoryRows.group(rows.query(
                "select grant_id, approver, approver_name, approved_at, comment from grant_approval"
                        + " where grant_id = any(?) order by grant_id, position", (Object) grantIds), "grant_id");
        Map<Object, List<Map<String, Object>>> payments = HistoryRows.group(rows.query(
                "select grant_id, tranche_number, amount, currency, paid_on, method, payment_reference, recorded_by,"
                        + " recorded_at from disbursement where grant_id = any(?) order by grant_id, tranche_number",
                (Object) grantIds), "grant_id");
        Map<Object, List<Map<String, Object>>> followUps = HistoryRows.group(rows.query("""
                select grant_id, id, type, due_on, assigned_officer, status, completed_at, outcome, status_reason
                  from follow_up where grant_id = any(?) and request_id is null order by due_on, id""",
                (Object) grantIds), "grant_id");
        Map<Object, List<Map<String, Object>>> audit = rows.auditEntries("grant", grantIds);
        for (Map<String, Object> grant : grants) {
            Object id = grant.get("id");
            grant.put("approvals", approvals.getOrDefault(id, List.of()));
            grant.put("disbursements", payments.getOrDefault(id, List.of()));
            grant.put("followUps", followUps.getOrDefault(id, List.of()));
            grant.put("auditEntries", audit.getOrDefault(id, List.of()));
        }
        return new HashMap<>(HistoryRows.group(grants, "owner"));
    }
}
