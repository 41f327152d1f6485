-- Activities (issue #18): workshops, strategy meetings, trainings, peer exchanges and advocacy
-- meetings, organised by a team with partner organisations, with defenders as participants, outputs,
-- and follow-up activities linked to the first one. The location is sensitive (participants'
-- safety): it holds ciphertext sealed with the activity's own data key (V0028).

create sequence activity_reference_seq start with 1 increment by 1;

create table activity (
    id                    uuid          primary key,
    version               bigint        not null,
    reference             varchar(16)   not null unique,
    team                  varchar(64)   not null,
    type                  varchar(24)   not null check (type in ('WORKSHOP', 'STRATEGY_MEETING', 'TRAINING',
                                                                 'PEER_EXCHANGE', 'ADVOCACY_MEETING')),
    title                 varchar(200)  not null,
    starts_on             date          not null,
    ends_on               date          not null,
    location              bytea,
    status                varchar(16)   not null check (status in ('PLANNED', 'HELD', 'CANCELLED')),
    status_reason         text,
    follows_activity_id   uuid          references activity (id),
    created_at            timestamptz   not null,
    created_by            varchar(255)  not null,
    updated_at            timestamptz   not null,
    updated_by            varchar(255)  not null,
    check (ends_on >= starts_on),
    check (follows_activity_id is null or follows_activity_id <> id)
);

create index activity_team_idx on activity (team, status, starts_on);
create index activity_follows_idx on activity (follows_activity_id);

-- Partner organisations of an activity, replaced as a set when the activity changes.
create table activity_partner (
    activity_id      uuid  not null references activity (id),
    organisation_id  uuid  not null references organisation (id),
    primary key (activity_id, organisation_id)
);

-- Participants: registered defenders, with their consent to be listed by reference. Those who did
-- not consent are only counted. Erasure of a defender deletes their rows.
create table activity_participant (
    id                uuid          primary key,
    activity_id       uuid          not null references activity (id),
    defender_id       uuid          not null references defender (id),
    defender_ref      varchar(16)   not null,
    gender            varchar(16),
    listed            boolean       not null,
    added_at          timestamptz   not null,
    added_by          varchar(255)  not null,
    unique (activity_id, defender_id)
);

create index activity_participant_defender_idx on activity_participant (defender_id);

-- Outputs: a strategy paper, an action plan, a report, a statement.
create table activity_output (
    activity_id   uuid          not null references activity (id),
    position      integer       not null,
    kind          varchar(24)   not null check (kind in ('STRATEGY_PAPER', 'ACTION_PLAN', 'REPORT', 'STATEMENT', 'OTHER')),
    title         varchar(200)  not null,
    recorded_at   timestamptz   not null,
    recorded_by   varchar(255)  not null,
    primary key (activity_id, position)
);

grant select, insert, update on activity, activity_partner, activity_participant, activity_output to ${runtime_role};
-- Partners are replaced as a set; participants leave (removal, erasure).
grant delete on activity_partner, activity_participant to ${runtime_role};
grant usage, select on sequence activity_reference_seq to ${runtime_role};
