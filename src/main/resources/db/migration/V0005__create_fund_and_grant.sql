-- Funds, grants, approvals and disbursements. The database refuses overspending on its own
-- (check constraints), in addition to the row locks the service takes.

create table fund (
    id                uuid           primary key,
    version           bigint         not null,
    name              varchar(200)   not null,
    donor             varchar(200)   not null,
    currency          varchar(3)     not null,
    total_budget      numeric(19, 4) not null check (total_budget >= 0),
    committed_amount  numeric(19, 4) not null check (committed_amount >= 0),
    disbursed_amount  numeric(19, 4) not null check (disbursed_amount >= 0),
    period_start      date           not null,
    period_end        date           not null,
    status            varchar(16)    not null check (status in ('ACTIVE', 'CLOSED')),
    created_at        timestamptz    not null,
    updated_at        timestamptz    not null,
    updated_by        varchar(255)   not null,
    check (committed_amount <= total_budget),
    check (disbursed_amount <= committed_amount),
    check (period_end >= period_start)
);

create sequence grant_reference_seq start with 1 increment by 1;

create table assistance_grant (
    id                  uuid           primary key,
    version             bigint         not null,
    reference           varchar(20)    not null unique,
    request_id          uuid           not null references assistance_request (id),
    defender_id         uuid           not null references defender (id),
    fund_id             uuid           not null references fund (id),
    amount              numeric(19, 4) not null check (amount > 0),
    currency            varchar(3)     not null,
    purpose             varchar(500)   not null,
    tranche_gated       boolean        not null,
    approvals_required  integer        not null check (approvals_required in (1, 2)),
    status              varchar(16)    not null check (status in ('PROPOSED', 'APPROVED', 'REJECTED', 'WITHDRAWN',
                                                                  'CANCELLED', 'CLOSED')),
    proposed_by         varchar(255)   not null,
    proposed_at         timestamptz    not null,
    sanctions_screened  boolean,
    funded_elsewhere    boolean,
    due_diligence_note  text,
    due_diligence_by    varchar(255),
    approved_at         timestamptz,
    decided_at          timestamptz,
    decision_reason     text,
    disbursed_amount    numeric(19, 4) not null check (disbursed_amount >= 0),
    updated_at          timestamptz    not null,
    check (disbursed_amount <= amount)
);

create index assistance_grant_request_idx on assistance_grant (request_id);
create index assistance_grant_fund_idx on assistance_grant (fund_id, status);
create index assistance_grant_defender_idx on assistance_grant (defender_id, currency, approved_at);

create table grant_approval (
    grant_id       uuid          not null references assistance_grant (id),
    position       integer       not null,
    approver       varchar(255)  not null,
    approver_name  varchar(255)  not null,
    approved_at    timestamptz   not null,
    comment        text,
    primary key (grant_id, position),
    unique (grant_id, approver)
);

create table grant_planned_tranche (
    grant_id    uuid           not null references assistance_grant (id),
    position    integer        not null,
    amount      numeric(19, 4) not null check (amount > 0),
    planned_on  date,
    primary key (grant_id, position)
);

create table disbursement (
    id                 uuid           primary key,
    grant_id           uuid           not null references assistance_grant (id),
    tranche_number     integer        not null,
    amount             numeric(19, 4) not null check (amount > 0),
    currency           varchar(3)     not null,
    paid_on            date           not null,
    method             varchar(32)    not null,
    payment_reference  varchar(100)   not null,
    recorded_by        varchar(255)   not null,
    recorded_at        timestamptz    not null,
    unique (grant_id, tranche_number)
);

grant select, insert, update on fund, assistance_grant to ${runtime_role};
grant select, insert on grant_approval, grant_planned_tranche, disbursement to ${runtime_role};
grant usage, select on sequence grant_reference_seq to ${runtime_role};
