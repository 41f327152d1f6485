-- Notifications (docs/notifications.md): a transactional outbox. Events are written in the same
-- transaction as the change that causes them; a dispatcher on any replica delivers them.
-- Nothing here names a defender: references, kinds, deadlines and console links only.

-- Staff as their tokens last described them: who is a manager of which team, and where to write.
create table staff_member (
    subject       varchar(255)  primary key,
    display_name  varchar(255)  not null,
    email         varchar(320),
    roles         text[]        not null,
    teams         text[]        not null,
    seen_at       timestamptz   not null
);

create index staff_member_teams_idx on staff_member using gin (teams);

-- One row per event worth telling. event_key makes the same event (e.g. "deadline passed for this
-- case") impossible to raise twice, whichever replica's job finds it first.
create table notification_event (
    id           uuid          primary key,
    event_key    varchar(200)  not null unique,
    kind         varchar(32)   not null,
    reference    varchar(40)   not null,
    link         varchar(200)  not null,
    team         varchar(64),
    deadline     timestamptz,
    occurred_at  timestamptz   not null
);

-- The in-console list: one row per recipient of an event.
create table notification (
    id          uuid          primary key,
    event_id    uuid          not null references notification_event (id),
    recipient   varchar(255)  not null,
    created_at  timestamptz   not null,
    read_at     timestamptz,
    unique (event_id, recipient)
);

create index notification_recipient_idx on notification (recipient, created_at desc);
create index notification_unread_idx on notification (recipient) where read_at is null;

-- The outbox proper: one row per message to send (an e-mail to one person, a webhook call).
-- The dispatcher claims due rows with FOR UPDATE SKIP LOCKED, so each is sent by one replica.
create table notification_delivery (
    id               uuid          primary key,
    event_id         uuid          not null references notification_event (id),
    notification_id  uuid          references notification (id),
    channel          varchar(16)   not null check (channel in ('EMAIL', 'WEBHOOK')),
    target           varchar(320)  not null,
    status           varchar(16)   not null check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts         integer       not null default 0,
    not_before       timestamptz   not null,
    last_error       varchar(200),
    sent_at          timestamptz,
    created_at       timestamptz   not null,
    check ((channel = 'EMAIL') = (notification_id is not null))
);

create index notification_delivery_due_idx on notification_delivery (not_before) where status = 'PENDING';
create index notification_delivery_event_idx on notification_delivery (event_id);

-- Each person's choices: e-mail on or off, quiet hours in their time zone, a daily digest.
create table notification_preference (
    subject        varchar(255)  primary key,
    version        bigint        not null,
    email_enabled  boolean       not null,
    time_zone      varchar(64)   not null,
    quiet_from     time,
    quiet_until    time,
    digest_hour    smallint      check (digest_hour between 0 and 23),
    updated_at     timestamptz   not null,
    check ((quiet_from is null) = (quiet_until is null))
);

grant select, insert, update on staff_member, notification_event, notification, notification_delivery,
    notification_preference to ${runtime_role};
