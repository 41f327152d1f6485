-- PUT /defenders/{id} as Haven runs it, statement for statement (Hibernate's SQL log of the same
-- request; docs/performance.md): the row and its areas of work in one statement under the team check
-- (a row per area: \aset keeps the last), the versioned UPDATE of every column, then the audit append:
-- the chain's advisory lock, the head read and the INSERT (AuditRepository sends the lock and the head
-- read over plain JDBC, so those two are not in Hibernate's log). Run with -M prepared (pgJDBC prepares
-- statements on the server too). Each client changes its own defender, as each wrk connection does;
-- the only statement Haven has no twin of is the primary-key lookup in bench_defender that picks that
-- row (it favours Haven slightly).
\set n :client_id + 1
SELECT id AS did FROM bench_defender WHERE n = :n \gset
BEGIN;
SELECT d1_0.id, d1_0.archive_reason, d1_0.archived_at, aow1_0.defender_id, aow1_0.area, d1_0.birth_year,
       d1_0.consent_given_at, d1_0.consent_scope, d1_0.contacts, d1_0.country_of_origin, d1_0.current_city,
       d1_0.current_country, d1_0.gender, d1_0.in_exile_since, d1_0.legal_name, d1_0.legal_status,
       d1_0.nationality, d1_0.organisation, d1_0.other_names, d1_0.pseudonym, d1_0.reference, d1_0.registered_at,
       d1_0.registered_by, d1_0.risk_level, d1_0.risk_notes, d1_0.risk_rank, d1_0.status, d1_0.team,
       d1_0.updated_at, d1_0.updated_by, d1_0.version
  FROM defender d1_0 LEFT JOIN defender_area_of_work aow1_0 ON d1_0.id = aow1_0.defender_id
 WHERE d1_0.id = :did AND d1_0.team = :team \aset r_
\set next :r_version + 1
\set flip :r_version % 2
UPDATE defender SET archive_reason = NULL, archived_at = NULL, birth_year = :r_birth_year,
       consent_given_at = :r_consent_given_at, consent_scope = :r_consent_scope, contacts = :r_contacts,
       country_of_origin = :r_country_of_origin, current_city = :r_current_city,
       current_country = :r_current_country, gender = :r_gender, in_exile_since = :r_in_exile_since,
       legal_name = :r_legal_name, legal_status = :r_legal_status, nationality = :r_nationality,
       organisation = (ARRAY['Bench organisation A', 'Bench organisation B'])[:flip + 1],
       other_names = :r_other_names, pseudonym = :r_pseudonym, risk_level = :r_risk_level,
       risk_notes = :r_risk_notes, status = :r_status, updated_at = clock_timestamp(), updated_by = :actor,
       version = :next
 WHERE id = :did AND version = :r_version;
SELECT pg_advisory_xact_lock(5206537499882640708);
SELECT e.seq, e.hash, greatest(clock_timestamp(), e.occurred_at)
  FROM (SELECT seq, hash, occurred_at FROM audit_entry ORDER BY seq DESC LIMIT 1) e
UNION ALL SELECT 0, NULL, clock_timestamp() WHERE NOT EXISTS (SELECT 1 FROM audit_entry) \gset h_
\set seq :h_seq + 1
INSERT INTO audit_entry (action, actor_name, actor_roles, actor_subject, case_id, changes, entity_id,
       entity_type, hash, occurred_at, prev_hash, reason, seq)
VALUES ('DEFENDER_PROFILE_CHANGED', :actor, 'protection-officer', :actor, NULL,
       '{"organisation":{"before":"Bench organisation A","after":"Bench organisation B"}}', :did, 'defender',
       encode(sha256(convert_to(:h_hash || :seq, 'UTF8')), 'hex'), :h_greatest, :h_hash, NULL, :seq);
COMMIT;
