-- Need-to-know: every defender, case, grant and follow-up belongs to the team that handles it.
-- Existing rows (none in production yet) are filed under the team 'unassigned'.

alter table defender add column team varchar(64);
update defender set team = 'unassigned' where team is null;
alter table defender alter column team set not null;
create index defender_team_idx on defender (team);

alter table assistance_request add column team varchar(64);
update assistance_request r set team = d.team from defender d where d.id = r.defender_id and r.team is null;
alter table assistance_request alter column team set not null;
create index assistance_request_team_idx on assistance_request (team, status);

alter table assistance_grant add column team varchar(64);
update assistance_grant g set team = r.team from assistance_request r where r.id = g.request_id and g.team is null;
alter table assistance_grant alter column team set not null;
create index assistance_grant_team_idx on assistance_grant (team, status);

alter table follow_up add column team varchar(64);
update follow_up f set team = r.team from assistance_request r where r.id = f.request_id and f.team is null;
alter table follow_up alter column team set not null;
create index follow_up_team_idx on follow_up (team, status, due_on);
