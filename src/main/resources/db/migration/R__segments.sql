-- Segments: the thresholds in force, the segment rule, the relationship wave of a response, and the
-- names the code reads for scores and segments (views over the summaries of R__summaries).
-- A repeatable migration (STYLE 23): the current definition of each object below, in one place.
-- Flyway runs it after the versioned migrations, and again whenever this file changes; change the
-- objects here, never in a new V file.

-- The thresholds computed from their settings: an empty revenue threshold means the median annual revenue
-- of the active accounts (of all of them, not of a filtered subset, so a filter never moves the lines).
create or replace view segment_threshold_computed as
select t.score_threshold,
       coalesce(t.revenue_threshold,
                (select percentile_cont(0.5) within group (order by a.annual_revenue)
                 from account a where a.status = 'ACTIVE')::numeric(14, 2),
                0)::numeric(14, 2) as revenue_threshold,
       t.revenue_threshold is null as revenue_threshold_is_median,
       t.growth_headroom_ratio
from segment_threshold t
where t.id = 1;

-- The thresholds in force: segment_threshold_in_force, kept current by the summaries' triggers.
create or replace view segment_threshold_effective as
select f.score_threshold,
       f.revenue_threshold,
       f.revenue_threshold_is_median,
       f.growth_headroom_ratio
from segment_threshold_in_force f
where f.id = 1;

-- The rule, checked in this order:
--   no relationship score yet                                   -> UNSCORED (shown separately)
--   score >= threshold and potential - revenue >= ratio * revenue -> GROWTH (large untapped potential)
--   score >= threshold and revenue >= revenue threshold          -> MODEL
--   score >= threshold (small, little headroom)                  -> GROWTH (the quadrant's
--                                                                   happy-but-small corner)
--   score <  threshold and revenue >= revenue threshold          -> AT_RISK
--   score <  threshold                                           -> DANGLING
create or replace function segment_of(score numeric, revenue numeric, potential numeric, t segment_threshold_effective)
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

-- Relationship responses with answers and their wave's quarter: a response without a wave falls in
-- the quarter it was answered in, in the company time zone.
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

-- The summary experience score of an account: the mean experienced score (1-7) over the items
-- of its latest relationship (PRESENT) survey response with answers, kept in account_score.
create or replace view account_latest_score as
select s.account_id, s.response_id, s.responded_at, s.nps, s.score
from account_score s;

-- Every account with its current summary score (latest relationship response) and segment.
create or replace view account_segment as
select a.id as account_id,
       s.score,
       s.nps,
       s.responded_at,
       coalesce(s.segment, 'UNSCORED') as segment
from account a
left join account_score s on s.account_id = a.id;

-- The summary score per account per wave: the latest response with answers in the quarter counts.
create or replace view account_quarter_score as
select w.account_id, w.quarter_start, w.response_id, w.nps, w.score
from account_wave_score w;

-- The segment an account was in at each wave: that wave's score, placed with today's revenue and
-- thresholds (revenue is not kept per quarter).
create or replace view account_quarter_segment as
select w.account_id, w.quarter_start, w.score, w.nps, w.segment
from account_wave_score w;
