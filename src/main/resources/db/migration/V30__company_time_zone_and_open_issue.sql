-- One definition per rule (issue #11).
--
-- The company time zone: every pool connection runs `set time zone '<touchpoint.time-zone>'`
-- (application.properties), so date_trunc on a timestamptz cuts days, months and quarters at the
-- company's midnight. These functions are the only way SQL says "the quarter / month a moment falls
-- in"; STABLE because they read the session's time zone.
create function company_quarter(t timestamptz) returns date
    language sql
    stable
as $$
select date_trunc('quarter', t)::date
$$;

create function company_month(t timestamptz) returns date
    language sql
    stable
as $$
select date_trunc('month', t)::date
$$;

-- An open issue is one someone still has to act on: new, triaged or in progress. The Java twin is
-- IssueStatus.open(); nothing else names the list.
create function issue_is_open(status text) returns boolean
    language sql
    immutable
as $$
select status in ('NEW', 'TRIAGED', 'IN_PROGRESS')
$$;

-- A relationship response without a wave falls in the quarter it was answered in, in the company
-- time zone (V10 cut it in UTC, while Home and the gaps cut it in the session's zone).
create or replace view relationship_response_quarter as
select r.id as response_id,
       r.account_id,
       r.nps,
       r.responded_at,
       coalesce(date_trunc('quarter', w.opens_on::timestamp)::date, company_quarter(r.responded_at)) as quarter_start
from survey_response r
left join survey_wave w on w.id = r.wave_id
where r.pattern = 'PRESENT'
  and exists (select 1 from response_answer x where x.response_id = r.id);
