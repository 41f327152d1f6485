-- Organisations (issue #18): partner, host, beneficiary and funder organisations, and the defenders
-- linked to them. Like defenders, each belongs to one team (need-to-know). The contact channels are
-- sensitive: they hold ciphertext sealed with the organisation's own data key (SensitiveVault,
-- V0026), never clear text.

create sequence organisation_reference_seq start with 1 increment by 1;

create table organisation (
    id               uuid          primary key,
    version          bigint        not null,
    reference        varchar(16)   not null unique,
    team             varchar(64)   not null,
    status           varchar(16)   not null check (status in ('ACTIVE', 'ARCHIVED')),
    name             varchar(200)  not null,
    types            jsonb         not null,
    country          varchar(2),
    vetting_status   varchar(16)   not null check (vetting_status in ('NOT_VETTED', 'IN_PROGRESS', 'VETTED', 'REFUSED')),
    vetted_on        date,
    public_key       text,
    contacts         bytea,
    registered_at    timestamptz   not null,
    registered_by    varchar(255)  not null,
    updated_at       timestamptz   not null,
    updated_by       varchar(255)  not null,
    archived_at      timestamptz,
    archive_reason   text,
    -- a decided vetting has its date; an undecided one has none
    check ((vetting_status in ('VETTED', 'REFUSED')) = (vetted_on is not null))
);

create index organisation_team_idx on organisation (team, status);

-- A defender's link to an organisation (member, staff, leadership). Ended links stay (ended_at);
-- erasure of the defender deletes their links, which are personal data about them.
create table organisation_member (
    id               uuid          primary key,
    organisation_id  uuid          not null references organisation (id),
    defender_id      uuid          not null references defender (id),
    defender_ref     varchar(16)   not null,
    role             varchar(16)   not null check (role in ('MEMBER', 'STAFF', 'LEADERSHIP')),
    linked_at        timestamptz   not null,
    linked_by        varchar(255)  not null,
    ended_at         timestamptz,
    ended_by         varchar(255)
);

-- One current link per defender and organisation, on every replica.
create unique index organisation_member_current_idx on organisation_member (organisation_id, defender_id)
    where ended_at is null;
create index organisation_member_defender_idx on organisation_member (defender_id);

grant select, insert, update on organisation, organisation_member to ${runtime_role};
-- Erasure of a defender removes their links (OrganisationErasure).
grant delete on organisation_member to ${runtime_role};
grant usage, select on sequence organisation_reference_seq to ${runtime_role};
