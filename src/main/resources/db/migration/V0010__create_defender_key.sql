-- Per-defender data keys for field-level envelope encryption (see docs/security-keys.md).
-- A data key is a Tink AES-256-GCM keyset, stored only wrapped (encrypted) by a key-encryption
-- key (KEK) that lives outside the database; kek_id names that KEK. Destroying a key
-- (crypto-shredding) removes the wrapped bytes and the KEK reference: the row then keeps only the
-- fact and time of destruction, and nothing in the database can recover the key.

create table defender_key (
    -- Deferred: a service may seal a new defender's fields before it inserts the defender row.
    defender_id   uuid         primary key references defender (id) deferrable initially deferred,
    kek_id        varchar(32),
    wrapped_key   bytea,
    created_at    timestamptz  not null,
    rotated_at    timestamptz,
    destroyed_at  timestamptz,
    check ((destroyed_at is null and kek_id is not null and wrapped_key is not null)
        or (destroyed_at is not null and kek_id is null and wrapped_key is null))
);

-- Destroyed stays destroyed: not even the runtime role can put a key (e.g. from a backup) back.
create function defender_key_stays_destroyed() returns trigger
    language plpgsql as
$$
begin
    if old.destroyed_at is not null and (new.destroyed_at is null or new.wrapped_key is not null) then
        raise exception 'defender_key % was destroyed and cannot be restored', old.defender_id
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end
$$;

create trigger defender_key_no_restore
    before update on defender_key
    for each row execute function defender_key_stays_destroyed();

revoke all on defender_key from public;
-- No delete: a destroyed key is an update that nulls the key, and the row records the erasure.
grant select, insert, update on defender_key to ${runtime_role};
