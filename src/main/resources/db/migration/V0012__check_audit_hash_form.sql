-- Audit hashes are lower-case hex SHA-256 digests, and the API publishes them with that pattern
-- (docs/openapi.yaml). The service only ever writes such values; the constraint keeps a row that
-- was written around it from being served, or signed into a checkpoint, in another form.
alter table audit_entry
    add constraint audit_entry_hash_form
        check (hash ~ '^[0-9a-f]{64}$' and prev_hash ~ '^[0-9a-f]{64}$');
