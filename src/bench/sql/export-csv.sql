-- The twin of GET /exports/case-histories?format=csv: a row per audit entry of each case, with the
-- case's columns, in the export's order, as CSV. Haven also chains and signs every line, which no
-- query does: that work is part of what the ratio measures.
COPY (
  SELECT r.id, r.reference, r.status, r.urgency, d.reference, a.seq, a.occurred_at, a.actor_subject, a.actor_name,
         a.actor_roles, a.action, a.entity_type, a.entity_id, a.reason, a.changes, a.prev_hash, a.hash
    FROM assistance_request r
    JOIN defender d ON d.id = r.defender_id
    JOIN audit_entry a ON a.case_id = r.id
   ORDER BY r.received_at, r.id, a.seq
) TO STDOUT WITH (FORMAT csv, HEADER)
