-- A once-only console form remembers where it led (the page to show again on a resend). The console's
-- addresses grew past 64 characters with the pages of an organisation's grants and an activity's costs
-- (/console/organisations/<uuid>/grants is 66). Widening a varchar rewrites nothing in PostgreSQL.
alter table idempotency_key alter column resource_id type varchar(255);
