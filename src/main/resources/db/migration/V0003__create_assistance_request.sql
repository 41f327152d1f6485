-- Emergency-assistance requests (the cases). narrative and the assessment notes are sensitive.

create sequence request_reference_seq start with 1 increment by 1;

create table assistance_request (
    id                       uuid          primary key,
    version                  bigint        not null,
    reference                varchar(20)   not null unique,
    defender_id              uuid          not null references defender (id),
    urgency                  varchar(16)   not null check (urgency in ('IMMEDIATE', 'URGENT', 'STANDARD')),
    decision_deadline        timestamptz   not null,
    summary                  varchar(200)  not null,
    narrative                text,
    requested_amount         numeric(19, 4) check (requested_amount > 0),
    requested_currency       varchar(3),
    intake_channel           varchar(32)   not null,
    referring_partner        varchar(200),
    status                   varchar(16)   not null check (status in ('RECEIVED', 'IN_ASSESSMENT', 'SUPPORTED',
                                                  'DECLINED', 'REFERRED', 'WITHDRAWN', 'CLOSED')),
    status_reason            text,
    assigned_officer         varchar(255),
    identity_check           varchar(16),
    identity_note            text,
    situation_check          varchar(16),
    situation_note           text,
    need_check               varchar(16),
    need_note                text,
    risk_assessment          text,
    host_country             varchar(2),
    host_organisation        text,
    planned_duration_months  integer,
    family_members_included  integer,
    assessed_at              timestamptz,
    assessed_by              varchar(255),
    received_at              timestamptz   not null,
    created_by               varchar(255)  not null,
    updated_at               timestamptz   not null,
    updated_by               varchar(255)  not null,
    decided_at               timestamptz,
    closed_at                timestamptz,
    check ((requested_amount is null) = (requested_currency is null))
);

create index assistance_request_queue_idx on assistance_request (status, decision_deadline);
create index assistance_request_defender_idx on assistance_request (defender_id);
create index assistance_request_officer_idx on assistance_request (assigned_officer, status);

create table assistance_request_type (
    request_id       uuid        not null references assistance_request (id),
    assistance_type  varchar(32) not null,
    primary key (request_id, assistance_type)
);

grant select, insert, update on assistance_request, assistance_request_type to ${runtime_role};
-- Assistance types are replaced as a set when intake details are corrected.
grant delete on assistance_request_type to ${runtime_role};
grant usage, select on sequence request_reference_seq to ${runtime_role};
