-- An activity's location is sealed with the activity's own data key, kept in defender_key like a
-- defender's or an organisation's (V0026): the key's holder may now also be an activity.

create or replace function defender_key_has_holder() returns trigger
    language plpgsql as
$$
begin
    if not exists (select 1 from defender where id = new.defender_id)
       and not exists (select 1 from organisation where id = new.defender_id)
       and not exists (select 1 from activity where id = new.defender_id) then
        raise exception 'data key % has no defender, organisation or activity', new.defender_id
            using errcode = 'foreign_key_violation';
    end if;
    return null;
end
$$;
