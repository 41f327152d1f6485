-- Follow-ups after support. notes is sensitive. Expired idempotency keys may now be purged.

create table follow_up (
    id                uuid          primary key,
    version           bigint        not null,
    request_id        uuid          not null references assistance_request (id),
    defender_id       uuid          not null references defender (id),
    grant_id          uuid          references assistance_grant (id),
    type              varchar(32)   not null check (type in ('CHECK_IN', 'FINANCIAL_REPORT', 'SECURITY_REVIEW', 'OTHER')),
    due_on            date          not null,
    assigned_officer  varchar(255),
    status            varchar(16)   not null check (status in ('PLANNED', 'DONE', 'MISSED', 'CANCELLED')),
    completed_at      timestamptz,
    outcome           varchar(32),
    notes             text,
    new_risk_level    varchar(16),
    status_reason     text,
    created_at        timestamptz   not null,
    created_by        varchar(255)  not null,
    updated_at        timestamptz   not null
);

create index follow_up_queue_idx on follow_up (status, due_on);
create index follow_up_request_idx on follow_up (request_id, status);
create index follow_up_grant_idx on follow_up (grant_id, type, status);
create index follow_up_officer_idx on follow_up (assigned_officer, status, due_on);

-- For the caseload overview: decisions over a period.
create index assistance_request_decided_idx on assistance_request (decided_at) where decided_at is not null;

grant select, insert, update on follow_up to ${runtime_role};
grant delete on idempotency_key to ${runtime_role};
