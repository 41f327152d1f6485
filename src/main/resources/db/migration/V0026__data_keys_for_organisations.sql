-- An organisation's sensitive fields (its contact channels) are sealed with its own data key, kept
-- in defender_key like a defender's (docs/security-keys.md). The key's holder is therefore a
-- defender or an organisation: the foreign key to defender becomes a deferred constraint trigger
-- that accepts either, so a key without a holder is still refused at commit.

alter table defender_key drop constraint defender_key_defender_id_fkey;

create function defender_key_has_holder() returns trigger
    language plpgsql as
$$
begin
    if not exists (select 1 from defender where id = new.defender_id)
       and not exists (select 1 from organisation where id = new.defender_id) then
        raise exception 'data key % has no defender or organisation', new.defender_id
            using errcode = 'foreign_key_violation';
    end if;
    return null;
end
$$;

create constraint trigger defender_key_holder
    after insert on defender_key
    deferrable initially deferred
    for each row execute function defender_key_has_holder();
