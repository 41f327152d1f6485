-- GET /stats as an auditor runs it (StatsService.overview, every team, the default period of the last
-- 90 days): in one transaction, the nine aggregates in their order. Run with -M prepared.
BEGIN;
select status, urgency, count(*) from assistance_request
 where status in ('RECEIVED', 'IN_ASSESSMENT', 'SUPPORTED')
 group by status, urgency order by status, urgency;
select count(*) from assistance_request
 where status in ('RECEIVED', 'IN_ASSESSMENT') and decision_deadline < now();
select count(*),
       percentile_cont(0.5) within group (order by extract(epoch from decided_at - received_at))
  from assistance_request
 where decided_at >= now() - interval '90 days' and decided_at < now();
select cast(w.week as date), count(r.id), count(r.id) filter (where r.decided_at <= r.decision_deadline)
  from generate_series(
         greatest(date_trunc('week', cast(now() - interval '90 days' as timestamptz) at time zone 'UTC'),
                  date_trunc('week', (cast(now() as timestamptz) - interval '1 microsecond') at time zone 'UTC')
                    - 11 * interval '1 week'),
         date_trunc('week', (cast(now() as timestamptz) - interval '1 microsecond') at time zone 'UTC'),
         interval '1 week') as w(week)
  left join assistance_request r
    on r.decided_at >= greatest(w.week at time zone 'UTC', cast(now() - interval '90 days' as timestamptz))
   and r.decided_at < least((w.week + interval '1 week') at time zone 'UTC', cast(now() as timestamptz))
 group by w.week order by w.week;
select count(*), count(*) filter (where decided_at <= decision_deadline) from assistance_request
 where decided_at >= now() - interval '90 days' and decided_at < now();
select status, currency, count(*), sum(amount) from assistance_grant where 1 = 1
 group by status, currency order by status, currency;
select id, name, currency, status, total_budget, committed_amount, disbursed_amount
  from fund order by name, id;
select count(*) from follow_up where status = 'PLANNED' and due_on < current_date;
select count(*) from follow_up where status = 'MISSED';
COMMIT;
