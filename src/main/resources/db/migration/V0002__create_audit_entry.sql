-- The tamper-evident audit log: an append-only hash chain (see docs/audit.md).
-- The runtime role may only read and append; the table refuses UPDATE, DELETE and TRUNCATE
-- for everyone, and refuses any entry that does not extend the current head.

create table audit_entry (
    seq            bigint       primary key check (seq > 0),
    occurred_at    timestamptz  not null,
    actor_subject  varchar(255) not null,
    actor_name     varchar(255) not null,
    actor_roles    varchar(255) not null,
    action         varchar(64)  not null,
    entity_type    varchar(64)  not null,
    entity_id      varchar(64)  not null,
    case_id        uuid,
    reason         text,
    -- the exact JSON text that was hashed (text, not jsonb, which would re-format it)
    changes        text,
    prev_hash      varchar(64)  not null unique,
    hash           varchar(64)  not null unique
);

create index audit_entry_entity_idx on audit_entry (entity_type, entity_id, seq);
create index audit_entry_case_idx on audit_entry (case_id, seq) where case_id is not null;
create index audit_entry_actor_idx on audit_entry (actor_subject, seq);
create index audit_entry_time_idx on audit_entry (occurred_at);

create function audit_entry_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_entry_no_update_or_delete
    before update or delete on audit_entry
    for each row execute function audit_entry_refuse_change();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();

-- An entry must extend the head: sequence numbers without gaps, prev_hash = hash of the previous entry.
create function audit_entry_extends_head() returns trigger
    language plpgsql as
$$
declare
    previous_hash varchar(64);
begin
    if new.seq = 1 then
        previous_hash := repeat('0', 64);
    else
        select hash into previous_hash from audit_entry where seq = new.seq - 1;
    end if;
    if previous_hash is null or previous_hash <> new.prev_hash then
        raise exception 'audit entry % does not extend the chain head', new.seq
            using errcode = 'integrity_constraint_violation';
    end if;
    return new;
end
$$;

create trigger audit_entry_append_at_head
    before insert on audit_entry
    for each row execute function audit_entry_extends_head();

revoke all on audit_entry from public;
grant select, insert on audit_entry to ${runtime_role};
