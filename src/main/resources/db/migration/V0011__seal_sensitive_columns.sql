-- Sensitive columns now hold ciphertext sealed with the defender's own data key (AES-256-GCM via
-- Tink; see docs/security.md). Haven had no production deployment before this version: the
-- migration refuses to run over existing plaintext instead of silently dropping it.

do $$
begin
    if exists (select 1 from defender where legal_name is not null or other_names is not null
                  or current_city is not null or contacts is not null or risk_notes is not null)
       or exists (select 1 from assistance_request where narrative is not null or identity_note is not null
                  or situation_note is not null or need_note is not null or risk_assessment is not null
                  or host_organisation is not null)
       or exists (select 1 from follow_up where notes is not null) then
        raise exception 'Sensitive plaintext present: export and re-import it through the API of this version '
            'before applying V0011 (no such installation is known).';
    end if;
end
$$;

alter table defender
    alter column legal_name type bytea using null,
    alter column other_names type bytea using null,
    alter column current_city type bytea using null,
    alter column contacts type bytea using null,
    alter column risk_notes type bytea using null;

alter table assistance_request
    alter column narrative type bytea using null,
    alter column identity_note type bytea using null,
    alter column situation_note type bytea using null,
    alter column need_note type bytea using null,
    alter column risk_assessment type bytea using null,
    alter column host_organisation type bytea using null;

alter table follow_up
    alter column notes type bytea using null;
