-- Customer segments (DOMAIN.md § Segments). The classification rule is written ONCE, in
-- segment_of(); every figure (cards, scatter, accounts grid, movement, account detail) reads it
-- through the views below.

-- The thresholds in force: an empty revenue threshold means the median annual revenue of the
-- active accounts (of all of them, not of a filtered subset, so a filter never moves the lines).
create view segment_threshold_effective as
select t.score_threshold,
       coalesce(t.revenue_threshold,
                (select percentile_cont(0.5) within group (order by a.annual_revenue)
                 from account a where a.status = 'ACTIVE')::numeric(14, 2),
                0)::numeric(14, 2) as revenue_threshold,
       t.revenue_threshold is null as revenue_threshold_is_median,
       t.growth_headroom_ratio
from segment_threshold t
where t.id = 1;

-- The rule, checked in this order:
--   no relationship score yet                                   -> UNSCORED (shown separately)
--   score >= threshold and potential - revenue >= ratio * revenue -> GROWTH (large untapped potential)
--   score >= threshold and revenue >= revenue threshold          -> MODEL
--   score >= threshold (small, little headroom)                  -> GROWTH (the quadrant's
--                                                                   happy-but-small corner)
--   score <  threshold and revenue >= revenue threshold          -> AT_RISK
--   score <  threshold                                           -> DANGLING
create function segment_of(score numeric, revenue numeric, potential numeric, t segment_threshold_effective)
    returns text
    language sql
    immutable
as $$
select case
           when score is null then 'UNSCORED'
           when score >= t.score_threshold and potential - revenue >= t.growth_headroom_ratio * revenue then 'GROWTH'
           when score >= t.score_threshold and revenue >= t.revenue_threshold then 'MODEL'
           when score >= t.score_threshold then 'GROWTH'
           when revenue >= t.revenue_threshold then 'AT_RISK'
           else 'DANGLING'
       end
$$;

-- Every account with its current summary score (latest relationship response) and segment.
create view account_segment as
select a.id as account_id,
       s.score,
       s.nps,
       s.responded_at,
       segment_of(s.score, a.annual_revenue, a.potential_revenue, t) as segment
from account a
cross join segment_threshold_effective t
left join account_latest_score s on s.account_id = a.id;

-- The wave (quarter) of every relationship response with answers. Waves are quarterly: a response
-- belongs to the quarter its wave opens in (survey_response.wave_id -> survey_wave.opens_on), or,
-- without a wave, to the quarter (UTC) it was answered in.
create view relationship_response_quarter as
select r.id as response_id,
       r.account_id,
       r.nps,
       r.responded_at,
       date_trunc('quarter', coalesce(w.opens_on::timestamp, r.responded_at at time zone 'UTC'))::date as quarter_start
from survey_response r
left join survey_wave w on w.id = r.wave_id
where r.pattern = 'PRESENT'
  and exists (select 1 from response_answer x where x.response_id = r.id);

-- The summary score per account per wave: the latest response with answers in the quarter counts.
create view account_quarter_score as
select latest.account_id,
       latest.quarter_start,
       latest.response_id,
       latest.nps,
       avg(ans.experienced)::numeric(4, 2) as score
from (select distinct on (q.account_id, q.quarter_start) q.account_id, q.quarter_start, q.response_id, q.nps
      from relationship_response_quarter q
      order by q.account_id, q.quarter_start, q.responded_at desc, q.response_id desc) latest
join response_answer ans on ans.response_id = latest.response_id
group by latest.account_id, latest.quarter_start, latest.response_id, latest.nps;

-- The segment an account was in at each wave: that wave's score, placed with today's revenue and
-- thresholds (revenue is not kept per quarter).
create view account_quarter_segment as
select q.account_id,
       q.quarter_start,
       q.score,
       q.nps,
       segment_of(q.score, a.annual_revenue, a.potential_revenue, t) as segment
from account_quarter_score q
join account a on a.id = q.account_id
cross join segment_threshold_effective t;

create index survey_response_present_idx on survey_response (account_id, responded_at desc) where pattern = 'PRESENT';
