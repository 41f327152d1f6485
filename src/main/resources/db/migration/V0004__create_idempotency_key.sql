-- Server-side idempotency keys (Idempotency-Key header): the first request claims the key, retries
-- get the stored response. Kept for at least haven.idempotency.retention (default 48 h).

create table idempotency_key (
    scope            varchar(300)  not null,
    idem_key         varchar(100)  not null,
    request_hash     varchar(64)   not null,
    response_status  integer,
    response_body    text,
    resource_id      varchar(64),
    etag             varchar(40),
    created_at       timestamptz   not null,
    expires_at       timestamptz   not null,
    primary key (scope, idem_key)
);

create index idempotency_key_expiry_idx on idempotency_key (expires_at);

grant select, insert, update on idempotency_key to ${runtime_role};
