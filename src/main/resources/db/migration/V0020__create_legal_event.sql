-- Forced-return risk (issue #19): each defender's legal-status timeline, and the flags raised when an
-- appeal deadline or a removal date comes within the warning window. note is sealed with the defender's
-- data key; host_country is a quasi-identifier, blanked on erasure like the defender's current country.

create table legal_event (
    id                uuid          primary key,
    version           bigint        not null,
    defender_id       uuid          not null references defender (id),
    team              varchar(64)   not null,
    kind              varchar(32)   not null check (kind in ('ASYLUM_APPLICATION', 'INTERVIEW', 'DECISION_GRANTED',
                                        'DECISION_REFUSED', 'APPEAL_FILED', 'APPEAL_DEADLINE', 'REMOVAL_ORDER',
                                        'DETENTION', 'PERMIT_EXPIRY', 'DEPORTATION')),
    occurred_on       date          not null,
    host_country      varchar(2),
    note              bytea,
    recorded_seq      bigint        not null,
    recorded_at       timestamptz   not null,
    recorded_by       varchar(255)  not null,
    retracted_at      timestamptz,
    retracted_by      varchar(255),
    retraction_reason text
);

create sequence legal_event_recorded_seq start with 1 increment by 1;

create index legal_event_defender_idx on legal_event (defender_id, occurred_on, recorded_seq);
-- The deadline scan: open deadlines by date.
create index legal_event_deadline_idx on legal_event (occurred_on)
    where kind in ('APPEAL_DEADLINE', 'REMOVAL_ORDER') and retracted_at is null;

-- One flag per deadline event, ever: the primary key makes flagging idempotent across replicas.
create table forced_return_flag (
    deadline_event_id uuid          primary key references legal_event (id),
    defender_id       uuid          not null references defender (id),
    team              varchar(64)   not null,
    deadline          date          not null,
    deadline_kind     varchar(32)   not null,
    flagged_at        timestamptz   not null,
    resolved_at       timestamptz
);

create index forced_return_flag_open_idx on forced_return_flag (team, deadline) where resolved_at is null;
create index forced_return_flag_defender_idx on forced_return_flag (defender_id);

grant select, insert, update on legal_event, forced_return_flag to ${runtime_role};
grant usage, select on sequence legal_event_recorded_seq to ${runtime_role};
