-- The defender registry. Sensitive columns (legal_name, other_names, current_city, contacts,
-- risk_notes) hold data that can endanger a person; see docs/security.md.

create sequence defender_reference_seq start with 1 increment by 1;

create table defender (
    id                 uuid         primary key,
    version            bigint       not null,
    reference          varchar(16)  not null unique,
    status             varchar(16)  not null check (status in ('ACTIVE', 'ARCHIVED', 'ERASED')),
    pseudonym          varchar(80)  not null,
    legal_name         text,
    other_names        jsonb,
    gender             varchar(16),
    birth_year         integer      check (birth_year >= 1900),
    nationality        varchar(2),
    country_of_origin  varchar(2),
    current_country    varchar(2),
    current_city       text,
    in_exile_since     date,
    legal_status       varchar(16),
    organisation       varchar(200),
    contacts           jsonb,
    risk_level         varchar(16)  not null check (risk_level in ('LOW', 'MODERATE', 'HIGH', 'CRITICAL')),
    risk_rank          smallint     generated always as (
                           case risk_level when 'LOW' then 1 when 'MODERATE' then 2
                                           when 'HIGH' then 3 when 'CRITICAL' then 4 end) stored,
    risk_notes         text,
    consent_given_at   timestamptz,
    consent_scope      jsonb,
    registered_at      timestamptz  not null,
    registered_by      varchar(255) not null,
    updated_at         timestamptz  not null,
    updated_by         varchar(255) not null,
    archived_at        timestamptz,
    archive_reason     text
);

create index defender_status_idx on defender (status);
create index defender_country_idx on defender (current_country);
create index defender_risk_idx on defender (risk_level);

create table defender_area_of_work (
    defender_id uuid        not null references defender (id),
    area        varchar(32) not null,
    primary key (defender_id, area)
);

grant select, insert, update on defender, defender_area_of_work to ${runtime_role};
-- Areas of work are replaced as a set when a profile changes.
grant delete on defender_area_of_work to ${runtime_role};
grant usage, select on sequence defender_reference_seq to ${runtime_role};
