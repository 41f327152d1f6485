-- The twin of GET /exports/case-histories?format=csv: a row per audit event of each case, with the
-- case's columns, in the export's order, as CSV. This is the query Haven runs for it, word for word
-- (CaseEventReader, without filters; a case without events comes as one row without one). Haven runs it
-- as a COPY in text format, rewrites each row as the export's CSV (Jackson's quoting) and also chains
-- and signs every line, which no query does: that work is part of what the ratio measures.
COPY (
select r.id, r.reference, r.status, r.urgency, d.reference, a.seq, a.occurred_at at time zone 'UTC',
       a.actor_subject, a.actor_name, a.actor_roles, a.action, a.entity_type, a.entity_id, a.reason,
       a.changes, a.prev_hash, a.hash
  from assistance_request r
  join defender d on d.id = r.defender_id
  left join audit_entry a on a.case_id = r.id
 where 1 = 1
 order by r.received_at, r.id, a.seq
) TO STDOUT WITH (FORMAT csv, HEADER)
