-- Grants to an organisation or a group, and an activity's costs, as well as to one defender (issue
-- #18). One table and one set of rules (four eyes, caps, fund budgets) for all three: a grant is for
-- exactly one beneficiary, named by its kind. The payee, who is paid, may be an organisation other
-- than the beneficiary (a host organisation paid for a defender's relocation); caps count against the
-- beneficiary, never the payee.

alter table assistance_grant
    alter column request_id drop not null,
    alter column defender_id drop not null,
    add column beneficiary_kind varchar(16) not null default 'DEFENDER'
        check (beneficiary_kind in ('DEFENDER', 'ORGANISATION', 'ACTIVITY')),
    add column organisation_id uuid references organisation (id),
    add column activity_id uuid references activity (id),
    add column cost_category varchar(24)
        check (cost_category in ('TRAVEL', 'STAY', 'INTERPRETATION', 'VENUE', 'VISA', 'OTHER')),
    add column payee_organisation_id uuid references organisation (id),
    add constraint assistance_grant_one_beneficiary check (
        (beneficiary_kind = 'DEFENDER' and request_id is not null and defender_id is not null
            and organisation_id is null and activity_id is null and cost_category is null)
        or (beneficiary_kind = 'ORGANISATION' and organisation_id is not null
            and request_id is null and defender_id is null and activity_id is null and cost_category is null)
        or (beneficiary_kind = 'ACTIVITY' and activity_id is not null and cost_category is not null
            and request_id is null and defender_id is null and organisation_id is null)),
    add constraint assistance_grant_payee_not_beneficiary check (
        payee_organisation_id is null or organisation_id is null or payee_organisation_id <> organisation_id);

alter table assistance_grant alter column beneficiary_kind drop default;

create index assistance_grant_organisation_idx on assistance_grant (organisation_id, currency, approved_at)
    where organisation_id is not null;
create index assistance_grant_activity_idx on assistance_grant (activity_id, currency, approved_at)
    where activity_id is not null;
create index assistance_grant_payee_idx on assistance_grant (payee_organisation_id)
    where payee_organisation_id is not null;

-- A grant without a case still plans its check-ins and financial reports. Such a follow-up has no
-- request and no defender; its notes are sealed with the data key of the grant's beneficiary (the
-- organisation or the activity), named by holder_id, which for a case's follow-up is the defender.
alter table follow_up
    alter column request_id drop not null,
    alter column defender_id drop not null,
    add column holder_id uuid;

update follow_up set holder_id = defender_id;

alter table follow_up
    alter column holder_id set not null,
    add constraint follow_up_case_or_grant check (
        (request_id is not null and defender_id is not null and holder_id = defender_id)
        or (request_id is null and defender_id is null and grant_id is not null));
