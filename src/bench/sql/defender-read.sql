-- GET /defenders/{id} as Haven runs it: the row and its areas of work under the team check, in one
-- statement that commits by itself, outside a transaction block (Hibernate's SQL log of the same
-- request). Run with -M prepared. A random defender each time, as the wrk script picks one; the
-- primary-key lookup in bench_defender that picks it has no twin in Haven (it favours Haven slightly).
\set n random(1, :defenders)
SELECT id AS did FROM bench_defender WHERE n = :n \gset
SELECT d1_0.id, d1_0.archive_reason, d1_0.archived_at, aow1_0.defender_id, aow1_0.area, d1_0.birth_year,
       d1_0.consent_given_at, d1_0.consent_scope, d1_0.contacts, d1_0.country_of_origin, d1_0.current_city,
       d1_0.current_country, d1_0.gender, d1_0.in_exile_since, d1_0.legal_name, d1_0.legal_status,
       d1_0.nationality, d1_0.organisation, d1_0.other_names, d1_0.pseudonym, d1_0.reference, d1_0.registered_at,
       d1_0.registered_by, d1_0.risk_level, d1_0.risk_notes, d1_0.risk_rank, d1_0.status, d1_0.team,
       d1_0.updated_at, d1_0.updated_by, d1_0.version
  FROM defender d1_0 LEFT JOIN defender_area_of_work aow1_0 ON d1_0.id = aow1_0.defender_id
 WHERE d1_0.id = :did AND d1_0.team = :team;
