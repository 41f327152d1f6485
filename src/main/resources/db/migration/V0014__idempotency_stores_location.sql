-- The idempotency interceptor (HTTP edge) stores the Location path of the first answer in
-- resource_id ("/requests/<id>", "/grants/<id>"), where the services stored a bare id and each
-- resource knew its prefix. Keys stored before this upgrade get the path their resource would
-- have built, so a retry that spans the upgrade is still answered with the right Location.
update idempotency_key set resource_id = '/requests/' || resource_id
 where resource_id is not null and resource_id not like '/%' and scope like 'POST /requests|%';
update idempotency_key set resource_id = '/grants/' || resource_id
 where resource_id is not null and resource_id not like '/%' and scope like 'POST /grants/%';
