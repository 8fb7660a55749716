-- The summaries maintained on write (issue 13): what each summary table holds, how a write changes it,
-- and the full rebuild. The dashboards read these small tables instead of recomputing "current state"
-- from every answer ever given.
-- A repeatable migration (STYLE 23): the current definition of each object below, in one place.
-- Flyway runs it after the versioned migrations, and again whenever this file changes; change the
-- objects here, never in a new V file. Shipped versioned migrations keep the history.
--
-- Why triggers: responses, answers, accounts, waves and thresholds are written from many places
-- (recording, imports, the public API, the demo's bulk load, deletes, admin edits); a statement
-- trigger sees every one of them, in the same transaction. Statement-level with transition tables,
-- so a bulk load of a million rows changes each key once.
--
-- How: answer_month and response_month change by exactly the rows a statement added or removed (a delta
-- grouped by the summary key); keys whose raw rows are no longer reachable from the changed rows (a
-- response deleted or moved, an account moved to another group) are recomputed from the *_source
-- views, which the full rebuild reads too, so the two cannot drift (SummaryEquivalenceTest). Answers
-- added to a relationship response place it in its account's score and wave score. Concurrent writers
-- to one key queue on an advisory lock; more than 1,000 keys lock the table instead.
--
-- The rules themselves live elsewhere: the company month (R__company_time), the NPS categories
-- (R__nps), segment_of and the relationship wave of a response (R__segments).
--
-- The file ends with a full rebuild, so that a change here reaches the stored rows (an empty
-- database rebuilds in no time).

-- ---------------------------------------------------------------- deferred and rebuilding

-- A bulk load (the demo generator, an import of many rows) may defer maintenance for the rest of its
-- transaction and rebuild once at its end: cx.touchpoint.summary.Summaries#deferredWhile sets this
-- transaction-local setting and always ends with summaries_rebuild_all() in the same transaction, so
-- no other session ever sees the summaries out of date.
create or replace function summaries_deferred() returns boolean language sql stable as $$
select coalesce(current_setting('touchpoint.summaries', true), '') = 'deferred'
$$;

-- The full rebuild is flagged one way, touchpoint.summaries = 'rebuilding': the roll-up triggers
-- (answer_item_month, response_book_month, account_wave_segment, driver_book_month) then leave their
-- tables to the rebuild, which fills them once at its end.
create or replace function summaries_rebuilding() returns boolean language sql stable as $$
select coalesce(current_setting('touchpoint.summaries', true), '') = 'rebuilding'
$$;

-- ---------------------------------------------------------------- what the summaries hold, from the raw rows

-- The latest relationship response with answers of each given account and its score (R__segments' relationship_response_quarter).
create or replace function account_latest_scores_of(accounts bigint[])
    returns table (account_id bigint, response_id bigint, responded_at timestamptz, nps smallint, score numeric)
    language sql stable as $$
select latest.account_id, latest.response_id, latest.responded_at, latest.nps,
       avg(ans.experienced)::numeric(4, 2)
from (select distinct on (q.account_id) q.account_id, q.response_id, q.responded_at, q.nps
      from (select distinct unnest(accounts) as id) k
      join relationship_response_quarter q on q.account_id = k.id
      order by q.account_id, q.responded_at desc, q.response_id desc) latest
join response_answer ans on ans.response_id = latest.response_id
group by latest.account_id, latest.response_id, latest.responded_at, latest.nps
$$;

-- The score of each given account per wave: the latest response with answers in the quarter (R__segments).
create or replace function account_wave_scores_of(accounts bigint[])
    returns table (account_id bigint, quarter_start date, response_id bigint, responded_at timestamptz,
                   nps smallint, score numeric)
    language sql stable as $$
select latest.account_id, latest.quarter_start, latest.response_id, latest.responded_at, latest.nps,
       avg(ans.experienced)::numeric(4, 2)
from (select distinct on (q.account_id, q.quarter_start) q.account_id, q.quarter_start, q.response_id,
             q.responded_at, q.nps
      from (select distinct unnest(accounts) as id) k
      join relationship_response_quarter q on q.account_id = k.id
      order by q.account_id, q.quarter_start, q.responded_at desc, q.response_id desc) latest
join response_answer ans on ans.response_id = latest.response_id
group by latest.account_id, latest.quarter_start, latest.response_id, latest.responded_at, latest.nps
$$;

-- The answer summary computed from the raw rows: what answer_month holds. A filter on its key columns
-- is pushed below the grouping, so one cell is computed from that group's accounts only (by index).
create or replace view answer_month_source as
select a.vertical_market_id, a.location_id, a.service_platform_id, a.account_executive_id,
       ra.item_id, r.touch_point_id, company_month(r.responded_at) as month,
       count(*) as answers, sum(ra.expected) as expected_sum, sum(ra.experienced) as experienced_sum,
       count(ra.expected_value) as expected_values, coalesce(sum(ra.expected_value), 0) as expected_value_sum,
       count(ra.perceived_value) as perceived_values, coalesce(sum(ra.perceived_value), 0) as perceived_value_sum
from survey_response r
join account a on a.id = r.account_id
join response_answer ra on ra.response_id = r.id
group by a.vertical_market_id, a.location_id, a.service_platform_id, a.account_executive_id,
         ra.item_id, r.touch_point_id, company_month(r.responded_at);

-- The response summary computed from the raw rows: what response_month holds.
create or replace view response_month_source as
select a.vertical_market_id, a.location_id, a.service_platform_id, a.account_executive_id,
       r.touch_point_id, r.pattern, company_month(r.responded_at) as month,
       count(*) as responses, count(r.nps) as nps_answers,
       count(*) filter (where nps_promoter(r.nps)) as promoters,
       count(*) filter (where not nps_promoter(r.nps) and not nps_detractor(r.nps)) as passives,
       count(*) filter (where nps_detractor(r.nps)) as detractors
from survey_response r
join account a on a.id = r.account_id
group by a.vertical_market_id, a.location_id, a.service_platform_id, a.account_executive_id,
         r.touch_point_id, r.pattern, company_month(r.responded_at);

-- ---------------------------------------------------------------- locks

-- Advisory locks are database-wide but summaries are per schema, so the lock names carry the schema
-- (two schemas in one database, such as test runs side by side, never queue on each other's keys).
-- Above 1,000 keys a table lock, below it one lock per key in key order.
create or replace function summaries_lock_accounts(accounts bigint[]) returns void language plpgsql as $$
declare
    account_key bigint;
begin
    if cardinality(accounts) > 1000 then
        lock table account_score, account_wave_score in exclusive mode;
        return;
    end if;
    -- in key order, so two writers never deadlock
    for account_key in select distinct x from unnest(accounts) x order by 1 loop
        perform pg_advisory_xact_lock(hashtext(current_schema() || '/summary_account'), hashtext(account_key::text));
    end loop;
end
$$;

create or replace function summaries_lock_cells(cells summary_cell[]) returns void language plpgsql as $$
declare
    cell_key integer;
begin
    if cardinality(cells) > 1000 then
        lock table answer_month, response_month in exclusive mode;
        return;
    end if;
    for cell_key in select distinct hashtext(c::text) from unnest(cells) c order by 1 loop
        perform pg_advisory_xact_lock(hashtext(current_schema() || '/summary_cell'), cell_key);
    end loop;
end
$$;

-- ---------------------------------------------------------------- recomputing keys from the raw rows

-- Brings segment_threshold_in_force up to date; true when it changed (then every segment may move).
create or replace function summaries_refresh_thresholds() returns boolean language plpgsql as $$
declare
    changed integer;
begin
    update segment_threshold_in_force f
    set score_threshold = c.score_threshold,
        revenue_threshold = c.revenue_threshold,
        revenue_threshold_is_median = c.revenue_threshold_is_median,
        growth_headroom_ratio = c.growth_headroom_ratio
    from segment_threshold_computed c
    where f.id = 1
      and (f.score_threshold, f.revenue_threshold, f.revenue_threshold_is_median, f.growth_headroom_ratio)
          is distinct from (c.score_threshold, c.revenue_threshold, c.revenue_threshold_is_median, c.growth_headroom_ratio);
    get diagnostics changed = row_count;
    return changed > 0;
end
$$;

-- Re-places the given accounts (null = every account) in their segments, now and per wave.
create or replace function summaries_refresh_segments(accounts bigint[]) returns void language plpgsql as $$
begin
    update account_score s
    set segment = segment_of(s.score, a.annual_revenue, a.potential_revenue, t)
    from account a, segment_threshold_effective t
    where a.id = s.account_id
      and (accounts is null or s.account_id = any (accounts))
      and s.segment <> segment_of(s.score, a.annual_revenue, a.potential_revenue, t);
    update account_wave_score s
    set segment = segment_of(s.score, a.annual_revenue, a.potential_revenue, t)
    from account a, segment_threshold_effective t
    where a.id = s.account_id
      and (accounts is null or s.account_id = any (accounts))
      and s.segment <> segment_of(s.score, a.annual_revenue, a.potential_revenue, t);
end
$$;

-- Recomputes the score rows of the given accounts from their responses (no locks: callers hold them).
create or replace function summaries_compute_accounts(accounts bigint[]) returns void language plpgsql as $$
begin
    delete from account_score where account_id = any (accounts);
    insert into account_score (account_id, response_id, responded_at, nps, score, segment)
    select l.account_id, l.response_id, l.responded_at, l.nps, l.score,
           segment_of(l.score, a.annual_revenue, a.potential_revenue, t)
    from account_latest_scores_of(accounts) l
    join account a on a.id = l.account_id
    cross join segment_threshold_effective t;
    delete from account_wave_score where account_id = any (accounts);
    insert into account_wave_score (account_id, quarter_start, response_id, responded_at, nps, score, segment)
    select w.account_id, w.quarter_start, w.response_id, w.responded_at, w.nps, w.score,
           segment_of(w.score, a.annual_revenue, a.potential_revenue, t)
    from account_wave_scores_of(accounts) w
    join account a on a.id = w.account_id
    cross join segment_threshold_effective t;
end
$$;

-- Recomputes the score rows of the given accounts from their responses.
create or replace function summaries_refresh_accounts(accounts bigint[]) returns void language plpgsql set plan_cache_mode = force_generic_plan as $$
begin
    if accounts is null or cardinality(accounts) = 0 then
        return;
    end if;
    perform summaries_lock_accounts(accounts);
    perform summaries_compute_accounts(accounts);
end
$$;

-- Recomputes the month rows of the given cells from the raw rows (account moves, response moves).
create or replace function summaries_refresh_cells(cells summary_cell[], answers boolean, responses boolean)
    returns void language plpgsql set plan_cache_mode = force_generic_plan as $$
declare
    cell summary_cell;
begin
    if cells is null or cardinality(cells) = 0 then
        return;
    end if;
    perform summaries_lock_cells(cells);
    for cell in select distinct c.* from unnest(cells) c loop
        if answers then
            delete from answer_month m
            where m.vertical_market_id = cell.vertical_market_id and m.location_id = cell.location_id
              and m.service_platform_id = cell.service_platform_id and m.account_executive_id = cell.account_executive_id
              and m.month = cell.month;
            insert into answer_month
            select * from answer_month_source s
            where s.vertical_market_id = cell.vertical_market_id and s.location_id = cell.location_id
              and s.service_platform_id = cell.service_platform_id and s.account_executive_id = cell.account_executive_id
              and s.month = cell.month;
        end if;
        if responses then
            delete from response_month m
            where m.vertical_market_id = cell.vertical_market_id and m.location_id = cell.location_id
              and m.service_platform_id = cell.service_platform_id and m.account_executive_id = cell.account_executive_id
              and m.month = cell.month;
            insert into response_month
            select * from response_month_source s
            where s.vertical_market_id = cell.vertical_market_id and s.location_id = cell.location_id
              and s.service_platform_id = cell.service_platform_id and s.account_executive_id = cell.account_executive_id
              and s.month = cell.month;
        end if;
    end loop;
end
$$;

-- ---------------------------------------------------------------- applying a statement's delta

-- Answers were added to these responses: each relationship response among them becomes its account's
-- latest, and its wave's, when it is at least as new as the one there (order: responded_at, then id,
-- as account_latest_scores_of). Its score is the mean over all its answers.
create or replace function summaries_place_answered(responses bigint[]) returns void language plpgsql set plan_cache_mode = force_generic_plan as $$
declare
    -- the rows these responses would have in account_wave_score (the same columns account_score needs)
    answered account_wave_score[];
begin
    answered := array(
        select row (q.account_id, q.quarter_start, q.response_id, q.responded_at, q.nps, s.score,
                    segment_of(s.score, a.annual_revenue, a.potential_revenue, t))::account_wave_score
        from relationship_response_quarter q
        cross join lateral (select avg(x.experienced)::numeric(4, 2) as score
                            from response_answer x where x.response_id = q.response_id) s
        join account a on a.id = q.account_id
        cross join segment_threshold_effective t
        where q.response_id = any (responses));
    if cardinality(answered) = 0 then
        return;
    end if;
    perform summaries_lock_accounts(array(select n.account_id from unnest(answered) n));
    insert into account_score as s (account_id, response_id, responded_at, nps, score, segment)
    select l.account_id, l.response_id, l.responded_at, l.nps, l.score, l.segment
    from (select distinct on (n.account_id) n.*
          from unnest(answered) n
          order by n.account_id, n.responded_at desc, n.response_id desc) l
    on conflict (account_id) do update
        set response_id = excluded.response_id, responded_at = excluded.responded_at, nps = excluded.nps,
            score = excluded.score, segment = excluded.segment
        where (excluded.responded_at, excluded.response_id) >= (s.responded_at, s.response_id);
    insert into account_wave_score as s
    select l.*
    from (select distinct on (n.account_id, n.quarter_start) n.*
          from unnest(answered) n
          order by n.account_id, n.quarter_start, n.responded_at desc, n.response_id desc) l
    on conflict (account_id, quarter_start) do update
        set response_id = excluded.response_id, responded_at = excluded.responded_at, nps = excluded.nps,
            score = excluded.score, segment = excluded.segment
        where (excluded.responded_at, excluded.response_id) >= (s.responded_at, s.response_id);
end
$$;

-- A delta has its table's shape: the key, then how much each count and sum changes (may be negative).
create or replace function summaries_add_answer_months(delta answer_month[]) returns void language plpgsql set plan_cache_mode = force_generic_plan as $$
begin
    if cardinality(delta) = 0 then
        return;
    end if;
    perform summaries_lock_cells(array(
        select row (d.vertical_market_id, d.location_id, d.service_platform_id, d.account_executive_id,
                    d.month)::summary_cell
        from unnest(delta) d));
    -- no empty rows: a key whose last answer went away is deleted, as the rebuild would not have it
    delete from answer_month m
    using unnest(delta) d
    where (m.vertical_market_id, m.location_id, m.service_platform_id, m.account_executive_id, m.month, m.item_id)
          = (d.vertical_market_id, d.location_id, d.service_platform_id, d.account_executive_id, d.month, d.item_id)
      and m.touch_point_id is not distinct from d.touch_point_id
      and m.answers + d.answers <= 0;
    update answer_month m
    set answers = m.answers + d.answers,
        expected_sum = m.expected_sum + d.expected_sum,
        experienced_sum = m.experienced_sum + d.experienced_sum,
        expected_values = m.expected_values + d.expected_values,
        expected_value_sum = case when m.expected_values + d.expected_values = 0 then 0
                                  else m.expected_value_sum + d.expected_value_sum end,
        perceived_values = m.perceived_values + d.perceived_values,
        perceived_value_sum = case when m.perceived_values + d.perceived_values = 0 then 0
                                   else m.perceived_value_sum + d.perceived_value_sum end
    from unnest(delta) d
    where (m.vertical_market_id, m.location_id, m.service_platform_id, m.account_executive_id, m.month, m.item_id)
          = (d.vertical_market_id, d.location_id, d.service_platform_id, d.account_executive_id, d.month, d.item_id)
      and m.touch_point_id is not distinct from d.touch_point_id;
    insert into answer_month
    select d.* from unnest(delta) d
    where d.answers > 0
      and not exists (select 1 from answer_month m
                      where (m.vertical_market_id, m.location_id, m.service_platform_id, m.account_executive_id,
                             m.month, m.item_id)
                            = (d.vertical_market_id, d.location_id, d.service_platform_id, d.account_executive_id,
                               d.month, d.item_id)
                        and m.touch_point_id is not distinct from d.touch_point_id);
end
$$;

create or replace function summaries_add_response_months(delta response_month[]) returns void language plpgsql set plan_cache_mode = force_generic_plan as $$
begin
    if cardinality(delta) = 0 then
        return;
    end if;
    perform summaries_lock_cells(array(
        select row (d.vertical_market_id, d.location_id, d.service_platform_id, d.account_executive_id,
                    d.month)::summary_cell
        from unnest(delta) d));
    delete from response_month m
    using unnest(delta) d
    where (m.vertical_market_id, m.location_id, m.service_platform_id, m.account_executive_id, m.month, m.pattern)
          = (d.vertical_market_id, d.location_id, d.service_platform_id, d.account_executive_id, d.month, d.pattern)
      and m.touch_point_id is not distinct from d.touch_point_id
      and m.responses + d.responses <= 0;
    update response_month m
    set responses = m.responses + d.responses,
        nps_answers = m.nps_answers + d.nps_answers,
        promoters = m.promoters + d.promoters,
        passives = m.passives + d.passives,
        detractors = m.detractors + d.detractors
    from unnest(delta) d
    where (m.vertical_market_id, m.location_id, m.service_platform_id, m.account_executive_id, m.month, m.pattern)
          = (d.vertical_market_id, d.location_id, d.service_platform_id, d.account_executive_id, d.month, d.pattern)
      and m.touch_point_id is not distinct from d.touch_point_id;
    insert into response_month
    select d.* from unnest(delta) d
    where d.responses > 0
      and not exists (select 1 from response_month m
                      where (m.vertical_market_id, m.location_id, m.service_platform_id, m.account_executive_id,
                             m.month, m.pattern)
                            = (d.vertical_market_id, d.location_id, d.service_platform_id, d.account_executive_id,
                               d.month, d.pattern)
                        and m.touch_point_id is not distinct from d.touch_point_id);
end
$$;

-- Answers removed (old_set) and added (new_set) by one statement. Answers whose response is gone (a
-- response deleted with its answers) are left to the response's change.
create or replace function summaries_answers_changed(old_set response_answer[], new_set response_answer[])
    returns void language plpgsql set plan_cache_mode = force_generic_plan as $$
begin
    perform summaries_add_answer_months(array(
        select row (a.vertical_market_id, a.location_id, a.service_platform_id, a.account_executive_id,
                    c.item_id, r.touch_point_id, company_month(r.responded_at),
                    sum(c.sign), sum(c.sign * c.expected), sum(c.sign * c.experienced),
                    coalesce(sum(c.sign) filter (where c.expected_value is not null), 0),
                    coalesce(sum(c.sign * c.expected_value), 0),
                    coalesce(sum(c.sign) filter (where c.perceived_value is not null), 0),
                    coalesce(sum(c.sign * c.perceived_value), 0))::answer_month
        from (select o.*, -1 as sign from unnest(old_set) o
              union all
              select n.*, 1 from unnest(new_set) n) c
        join survey_response r on r.id = c.response_id
        join account a on a.id = r.account_id
        group by a.vertical_market_id, a.location_id, a.service_platform_id, a.account_executive_id,
                 c.item_id, r.touch_point_id, company_month(r.responded_at)));
    if cardinality(old_set) = 0 then
        perform summaries_place_answered(array(select distinct n.response_id from unnest(new_set) n));
    else
        perform summaries_refresh_accounts(array(
            select distinct r.account_id
            from (select response_id from unnest(old_set) union select response_id from unnest(new_set)) c
            join survey_response r on r.id = c.response_id
            where r.pattern = 'PRESENT'));
    end if;
end
$$;

-- Responses removed (old_set) and added (new_set) by one statement; an update is both.
create or replace function summaries_responses_changed(old_set survey_response[], new_set survey_response[])
    returns void language plpgsql set plan_cache_mode = force_generic_plan as $$
begin
    perform summaries_add_response_months(array(
        select row (a.vertical_market_id, a.location_id, a.service_platform_id, a.account_executive_id,
                    c.touch_point_id, c.pattern, company_month(c.responded_at),
                    sum(c.sign), coalesce(sum(c.sign) filter (where c.nps is not null), 0),
                    coalesce(sum(c.sign) filter (where nps_promoter(c.nps)), 0),
                    coalesce(sum(c.sign) filter (where not nps_promoter(c.nps) and not nps_detractor(c.nps)), 0),
                    coalesce(sum(c.sign) filter (where nps_detractor(c.nps)), 0))::response_month
        from (select o.*, -1 as sign from unnest(old_set) o
              union all
              select n.*, 1 from unnest(new_set) n) c
        join account a on a.id = c.account_id
        group by a.vertical_market_id, a.location_id, a.service_platform_id, a.account_executive_id,
                 c.touch_point_id, c.pattern, company_month(c.responded_at)));
    if cardinality(old_set) = 0 then
        -- a new response has no answers yet: adding them places it (summaries_answers_changed)
        return;
    end if;
    -- the answers of a deleted or moved response: their keys are recomputed from the raw rows
    perform summaries_refresh_cells(array(
        select row (a.vertical_market_id, a.location_id, a.service_platform_id, a.account_executive_id,
                    company_month(m.responded_at))::summary_cell
        from (select o.account_id, o.responded_at
              from unnest(old_set) o left join unnest(new_set) n on n.id = o.id
              where n.id is null
                 or (o.account_id, company_month(o.responded_at), o.touch_point_id)
                    is distinct from (n.account_id, company_month(n.responded_at), n.touch_point_id)
              union
              select n.account_id, n.responded_at
              from unnest(new_set) n join unnest(old_set) o on o.id = n.id
              where (o.account_id, company_month(o.responded_at), o.touch_point_id)
                    is distinct from (n.account_id, company_month(n.responded_at), n.touch_point_id)) m
        join account a on a.id = m.account_id), true, false);
    perform summaries_refresh_accounts(array(
        select o.account_id from unnest(old_set) o where o.pattern = 'PRESENT'
        union
        select n.account_id from unnest(new_set) n where n.pattern = 'PRESENT'));
end
$$;

-- ---------------------------------------------------------------- triggers on the raw rows

create or replace function summaries_on_response_change() returns trigger language plpgsql as $$
declare
    old_set survey_response[] := '{}';
    new_set survey_response[] := '{}';
begin
    if summaries_deferred() then
        return null;
    end if;
    if tg_op <> 'INSERT' then
        select coalesce(array_agg(o), '{}') into old_set from old_rows o;
    end if;
    if tg_op <> 'DELETE' then
        select coalesce(array_agg(n), '{}') into new_set from new_rows n;
    end if;
    perform summaries_responses_changed(old_set, new_set);
    return null;
end
$$;

create or replace trigger survey_response_summaries_insert after insert on survey_response
    referencing new table as new_rows for each statement execute function summaries_on_response_change();

create or replace trigger survey_response_summaries_update after update on survey_response
    referencing old table as old_rows new table as new_rows
    for each statement execute function summaries_on_response_change();

create or replace trigger survey_response_summaries_delete after delete on survey_response
    referencing old table as old_rows for each statement execute function summaries_on_response_change();

-- Answers of a response deleted with it (cascade) find no response here; the response trigger
-- refreshes their keys. Answers never change response_month.
create or replace function summaries_on_answer_change() returns trigger language plpgsql as $$
declare
    old_set response_answer[] := '{}';
    new_set response_answer[] := '{}';
begin
    if summaries_deferred() then
        return null;
    end if;
    if tg_op <> 'INSERT' then
        select coalesce(array_agg(o), '{}') into old_set from old_rows o;
    end if;
    if tg_op <> 'DELETE' then
        select coalesce(array_agg(n), '{}') into new_set from new_rows n;
    end if;
    perform summaries_answers_changed(old_set, new_set);
    return null;
end
$$;

create or replace trigger response_answer_summaries_insert after insert on response_answer
    referencing new table as new_rows for each statement execute function summaries_on_answer_change();

create or replace trigger response_answer_summaries_update after update on response_answer
    referencing old table as old_rows new table as new_rows
    for each statement execute function summaries_on_answer_change();

create or replace trigger response_answer_summaries_delete after delete on response_answer
    referencing old table as old_rows for each statement execute function summaries_on_answer_change();

-- Revenue and status move the median revenue threshold (then every segment may change); revenue of
-- one account moves its own segment; a new vertical, location, platform or executive moves its
-- answers to another group.
create or replace function summaries_on_account_change() returns trigger language plpgsql as $$
declare
    thresholds_changed boolean;
    cells summary_cell[];
begin
    if summaries_deferred() then
        return null;
    end if;
    thresholds_changed := summaries_refresh_thresholds();
    if tg_op = 'UPDATE' then
        select array_agg(distinct row (g.vertical_market_id, g.location_id, g.service_platform_id,
                   g.account_executive_id, company_month(r.responded_at))::summary_cell)
        into cells
        from old_rows o
        join new_rows n on n.id = o.id
        cross join lateral (values (o.vertical_market_id, o.location_id, o.service_platform_id, o.account_executive_id),
                                   (n.vertical_market_id, n.location_id, n.service_platform_id, n.account_executive_id))
            g (vertical_market_id, location_id, service_platform_id, account_executive_id)
        join survey_response r on r.account_id = n.id
        where (o.vertical_market_id, o.location_id, o.service_platform_id, o.account_executive_id)
              is distinct from (n.vertical_market_id, n.location_id, n.service_platform_id, n.account_executive_id);
        perform summaries_refresh_cells(cells, true, true);
        if not thresholds_changed then
            perform summaries_refresh_segments(array(
                select n.id from old_rows o join new_rows n on n.id = o.id
                where (o.annual_revenue, o.potential_revenue) is distinct from (n.annual_revenue, n.potential_revenue)));
        end if;
    end if;
    if thresholds_changed then
        perform summaries_refresh_segments(null);
    end if;
    return null;
end
$$;

create or replace trigger account_summaries_insert after insert on account
    referencing new table as new_rows for each statement execute function summaries_on_account_change();

create or replace trigger account_summaries_update after update on account
    referencing old table as old_rows new table as new_rows
    for each statement execute function summaries_on_account_change();

create or replace trigger account_summaries_delete after delete on account
    referencing old table as old_rows for each statement execute function summaries_on_account_change();

create or replace function summaries_on_threshold_change() returns trigger language plpgsql as $$
begin
    if summaries_deferred() then
        return null;
    end if;
    if summaries_refresh_thresholds() then
        perform summaries_refresh_segments(null);
    end if;
    return null;
end
$$;

create or replace trigger segment_threshold_summaries after insert or update on segment_threshold
    for each statement execute function summaries_on_threshold_change();

-- A wave that opens in another quarter moves its responses to that quarter.
create or replace function summaries_on_wave_change() returns trigger language plpgsql as $$
begin
    if summaries_deferred() then
        return null;
    end if;
    perform summaries_refresh_accounts(array(
        select distinct r.account_id
        from old_rows o join new_rows n on n.id = o.id
        join survey_response r on r.wave_id = n.id
        where o.opens_on <> n.opens_on and r.pattern = 'PRESENT'));
    return null;
end
$$;

create or replace trigger survey_wave_summaries after update on survey_wave
    referencing old table as old_rows new table as new_rows
    for each statement execute function summaries_on_wave_change();

-- ---------------------------------------------------------------- answer_item_month: answer_month per item, touch point and month

-- answer_month summed per item, touch point and month: what answer_item_month holds.
create or replace view answer_item_month_source as
select m.item_id, m.touch_point_id, m.month,
       sum(m.answers)::bigint as answers, sum(m.expected_sum)::bigint as expected_sum,
       sum(m.experienced_sum)::bigint as experienced_sum, sum(m.expected_values)::bigint as expected_values,
       sum(m.expected_value_sum) as expected_value_sum, sum(m.perceived_values)::bigint as perceived_values,
       sum(m.perceived_value_sum) as perceived_value_sum
from answer_month m
group by m.item_id, m.touch_point_id, m.month;

-- Adds a delta (this table's shape; counts and sums may be negative) to the roll-up. A key's rows are
-- changed under an advisory lock named with the schema and taken in key order, so two writers never
-- deadlock on it and never both insert a new key; a statement touching more than 1,000 keys locks the
-- table instead. (V150 named the lock without the schema, so a writer waited for another schema's
-- long transaction on the same item and month: a test run behind a benchmark's generation.)
create or replace function summaries_add_answer_item_months(delta answer_item_month[]) returns void language plpgsql set plan_cache_mode = force_generic_plan as $$
declare
    item_key integer;
begin
    if cardinality(delta) = 0 then
        return;
    end if;
    if cardinality(delta) > 1000 then
        lock table answer_item_month in exclusive mode;
    else
        for item_key in select distinct hashtext(row (d.month, d.item_id, d.touch_point_id)::text)
                        from unnest(delta) d order by 1 loop
            perform pg_advisory_xact_lock(hashtext(current_schema() || '/summary_item_month'), item_key);
        end loop;
    end if;
    delete from answer_item_month m
    using unnest(delta) d
    where (m.month, m.item_id) = (d.month, d.item_id)
      and m.touch_point_id is not distinct from d.touch_point_id
      and m.answers + d.answers <= 0;
    update answer_item_month m
    set answers = m.answers + d.answers,
        expected_sum = m.expected_sum + d.expected_sum,
        experienced_sum = m.experienced_sum + d.experienced_sum,
        expected_values = m.expected_values + d.expected_values,
        expected_value_sum = case when m.expected_values + d.expected_values = 0 then 0
                                  else m.expected_value_sum + d.expected_value_sum end,
        perceived_values = m.perceived_values + d.perceived_values,
        perceived_value_sum = case when m.perceived_values + d.perceived_values = 0 then 0
                                   else m.perceived_value_sum + d.perceived_value_sum end
    from unnest(delta) d
    where (m.month, m.item_id) = (d.month, d.item_id)
      and m.touch_point_id is not distinct from d.touch_point_id;
    insert into answer_item_month
    select d.* from unnest(delta) d
    where d.answers > 0
      and not exists (select 1 from answer_item_month m
                      where (m.month, m.item_id) = (d.month, d.item_id)
                        and m.touch_point_id is not distinct from d.touch_point_id);
end
$$;

create or replace function summaries_on_answer_month_change() returns trigger language plpgsql as $$
declare
    delta answer_item_month[];
begin
    if summaries_rebuilding() then
        return null;
    end if;
    if tg_op = 'INSERT' then
        delta := array(select row (n.item_id, n.touch_point_id, n.month, sum(n.answers), sum(n.expected_sum),
                                   sum(n.experienced_sum), sum(n.expected_values), sum(n.expected_value_sum),
                                   sum(n.perceived_values), sum(n.perceived_value_sum))::answer_item_month
                       from new_rows n group by n.item_id, n.touch_point_id, n.month);
    elsif tg_op = 'DELETE' then
        delta := array(select row (o.item_id, o.touch_point_id, o.month, -sum(o.answers), -sum(o.expected_sum),
                                   -sum(o.experienced_sum), -sum(o.expected_values), -sum(o.expected_value_sum),
                                   -sum(o.perceived_values), -sum(o.perceived_value_sum))::answer_item_month
                       from old_rows o group by o.item_id, o.touch_point_id, o.month);
    else
        delta := array(select row (c.item_id, c.touch_point_id, c.month, sum(c.sign * c.answers),
                                   sum(c.sign * c.expected_sum), sum(c.sign * c.experienced_sum),
                                   sum(c.sign * c.expected_values), sum(c.sign * c.expected_value_sum),
                                   sum(c.sign * c.perceived_values), sum(c.sign * c.perceived_value_sum))::answer_item_month
                       from (select o.*, -1 as sign from old_rows o
                             union all
                             select n.*, 1 from new_rows n) c
                       group by c.item_id, c.touch_point_id, c.month);
    end if;
    perform summaries_add_answer_item_months(delta);
    return null;
end
$$;

create or replace trigger answer_month_item_month_insert after insert on answer_month
    referencing new table as new_rows for each statement execute function summaries_on_answer_month_change();

create or replace trigger answer_month_item_month_update after update on answer_month
    referencing old table as old_rows new table as new_rows
    for each statement execute function summaries_on_answer_month_change();

create or replace trigger answer_month_item_month_delete after delete on answer_month
    referencing old table as old_rows for each statement execute function summaries_on_answer_month_change();

-- ---------------------------------------------------------------- response_book_month: response_month per account executive's book

-- response_month summed per account executive, pattern and month: what response_book_month holds.
create or replace view response_book_month_source as
select m.account_executive_id, m.pattern, m.month,
       sum(m.responses)::bigint as responses, sum(m.nps_answers)::bigint as nps_answers,
       sum(m.promoters)::bigint as promoters, sum(m.passives)::bigint as passives,
       sum(m.detractors)::bigint as detractors
from response_month m
group by m.account_executive_id, m.pattern, m.month;

-- Adds a delta (this table's shape; counts may be negative) to the roll-up. A key's row is changed
-- under an advisory lock named with the schema and taken in key order, so two writers never
-- deadlock on it and never both insert a new key; more than 1,000 keys lock the table instead.
create or replace function summaries_add_response_book_months(delta response_book_month[]) returns void
    language plpgsql set plan_cache_mode = force_generic_plan as $$
declare
    book_key integer;
begin
    if cardinality(delta) = 0 then
        return;
    end if;
    if cardinality(delta) > 1000 then
        lock table response_book_month in exclusive mode;
    else
        for book_key in select distinct hashtext(row (d.month, d.account_executive_id, d.pattern)::text)
                        from unnest(delta) d order by 1 loop
            perform pg_advisory_xact_lock(hashtext(current_schema() || '/summary_book_month'), book_key);
        end loop;
    end if;
    delete from response_book_month m
    using unnest(delta) d
    where (m.month, m.account_executive_id, m.pattern) = (d.month, d.account_executive_id, d.pattern)
      and m.responses + d.responses <= 0;
    update response_book_month m
    set responses = m.responses + d.responses,
        nps_answers = m.nps_answers + d.nps_answers,
        promoters = m.promoters + d.promoters,
        passives = m.passives + d.passives,
        detractors = m.detractors + d.detractors
    from unnest(delta) d
    where (m.month, m.account_executive_id, m.pattern) = (d.month, d.account_executive_id, d.pattern);
    insert into response_book_month
    select d.* from unnest(delta) d
    where d.responses > 0
      and not exists (select 1 from response_book_month m
                      where (m.month, m.account_executive_id, m.pattern)
                            = (d.month, d.account_executive_id, d.pattern));
end
$$;

create or replace function summaries_on_response_month_change() returns trigger language plpgsql as $$
declare
    delta response_book_month[];
begin
    if summaries_rebuilding() then
        return null;
    end if;
    if tg_op = 'INSERT' then
        delta := array(select row (n.account_executive_id, n.pattern, n.month, sum(n.responses),
                                   sum(n.nps_answers), sum(n.promoters), sum(n.passives),
                                   sum(n.detractors))::response_book_month
                       from new_rows n group by n.account_executive_id, n.pattern, n.month);
    elsif tg_op = 'DELETE' then
        delta := array(select row (o.account_executive_id, o.pattern, o.month, -sum(o.responses),
                                   -sum(o.nps_answers), -sum(o.promoters), -sum(o.passives),
                                   -sum(o.detractors))::response_book_month
                       from old_rows o group by o.account_executive_id, o.pattern, o.month);
    else
        delta := array(select row (c.account_executive_id, c.pattern, c.month, sum(c.sign * c.responses),
                                   sum(c.sign * c.nps_answers), sum(c.sign * c.promoters),
                                   sum(c.sign * c.passives), sum(c.sign * c.detractors))::response_book_month
                       from (select o.*, -1 as sign from old_rows o
                             union all
                             select n.*, 1 from new_rows n) c
                       group by c.account_executive_id, c.pattern, c.month);
    end if;
    perform summaries_add_response_book_months(delta);
    return null;
end
$$;

create or replace trigger response_month_book_month_insert after insert on response_month
    referencing new table as new_rows for each statement execute function summaries_on_response_month_change();

create or replace trigger response_month_book_month_update after update on response_month
    referencing old table as old_rows new table as new_rows
    for each statement execute function summaries_on_response_month_change();

create or replace trigger response_month_book_month_delete after delete on response_month
    referencing old table as old_rows for each statement execute function summaries_on_response_month_change();

-- ---------------------------------------------------------------- account_wave_segment: each account's segment in every wave

-- The relationship wave quarters: the distinct quarters of account_wave_score, one index probe each.
create or replace function relationship_wave_quarters() returns setof date language sql stable as $$
with recursive w as (
    select min(quarter_start) as quarter_start from account_wave_score
    union all
    select (select min(x.quarter_start) from account_wave_score x where x.quarter_start > w.quarter_start)
    from w where w.quarter_start is not null)
select quarter_start from w where quarter_start is not null
$$;

-- Every account's rows: each wave score carried to every wave quarter from its own up to the account's
-- next wave score. Narrowed by account_id, the filter reaches the scores (it is the window's partition).
create or replace view account_wave_segment_source as
select q.q as quarter_start, s.account_id, s.quarter_start as scored_quarter, s.segment
from (select w.account_id, w.quarter_start, w.segment,
             lead(w.quarter_start) over (partition by w.account_id order by w.quarter_start) as next_quarter
      from account_wave_score w) s
join relationship_wave_quarters() q (q)
  on q.q >= s.quarter_start and (s.next_quarter is null or q.q < s.next_quarter);

-- Recomputes the rows of the given accounts (null = every account). Two statements, not one with
-- "accounts is null or ...": the maintenance runs with generic plans (set on the functions), and a generic plan of that
-- condition reads every wave score for every recorded response.
create or replace function summaries_compute_wave_segments(accounts bigint[]) returns void language plpgsql as $$
begin
    if accounts is null then
        delete from account_wave_segment;
        insert into account_wave_segment (quarter_start, account_id, scored_quarter, segment)
        select * from account_wave_segment_source;
    else
        delete from account_wave_segment where account_id = any (accounts);
        insert into account_wave_segment (quarter_start, account_id, scored_quarter, segment)
        select * from account_wave_segment_source where account_id = any (accounts);
    end if;
end
$$;

-- The quarters carried: the distinct quarters of account_wave_segment, one index probe each.
create or replace function carried_wave_quarters() returns setof date language sql stable as $$
with recursive w as (
    select min(quarter_start) as quarter_start from account_wave_segment
    union all
    select (select min(x.quarter_start) from account_wave_segment x where x.quarter_start > w.quarter_start)
    from w where w.quarter_start is not null)
select quarter_start from w where quarter_start is not null
$$;

-- The quarters with scores and the quarters carried differ (a wave gained its first score or lost its
-- last): every account gains or loses that quarter's row.
create or replace function summaries_sync_wave_quarters() returns void language plpgsql as $$
declare
    scored  date[];
    carried date[];
begin
    if array(select relationship_wave_quarters()) = array(select carried_wave_quarters()) then
        return;
    end if;
    -- no concurrent account change may carry its segment into a quarter being added (see the header);
    -- the statements below see what such a change committed while this waited
    lock table account_wave_segment in exclusive mode;
    scored := array(select relationship_wave_quarters());
    delete from account_wave_segment s where s.quarter_start <> all (scored);
    carried := array(select carried_wave_quarters());
    insert into account_wave_segment (quarter_start, account_id, scored_quarter, segment)
    select n.* from account_wave_segment_source n
    where n.quarter_start <> all (carried);
end
$$;

-- account_wave_score rows removed (old_set) and added (new_set) by one statement; an update is both.
create or replace function summaries_wave_scores_changed(old_set account_wave_score[], new_set account_wave_score[])
    returns void language plpgsql set plan_cache_mode = force_generic_plan as $$
declare
    accounts bigint[];
begin
    if coalesce(current_setting('touchpoint.summaries', true), '') = 'rebuilding' then
        return;
    end if;
    -- a segment changed in place (revenue, thresholds): its carried copies change with it
    update account_wave_segment s
    set segment = n.segment
    from unnest(old_set) o join unnest(new_set) n using (account_id, quarter_start)
    where s.account_id = n.account_id and s.scored_quarter = n.quarter_start and s.segment <> n.segment;
    -- a score added, removed or moved: its accounts are recomputed
    accounts := array(
        select distinct coalesce(o.account_id, n.account_id)
        from unnest(old_set) o full join unnest(new_set) n using (account_id, quarter_start)
        where o.account_id is null or n.account_id is null);
    if cardinality(accounts) = 0 then
        return;
    end if;
    perform summaries_sync_wave_quarters();
    if cardinality(accounts) > 1000 then
        lock table account_wave_segment in exclusive mode;
        perform summaries_compute_wave_segments(null);
    else
        perform summaries_compute_wave_segments(accounts);
    end if;
end
$$;

create or replace function summaries_on_wave_score_change() returns trigger language plpgsql as $$
declare
    old_set account_wave_score[] := '{}';
    new_set account_wave_score[] := '{}';
begin
    if tg_op <> 'INSERT' then
        select coalesce(array_agg(o), '{}') into old_set from old_rows o;
    end if;
    if tg_op <> 'DELETE' then
        select coalesce(array_agg(n), '{}') into new_set from new_rows n;
    end if;
    perform summaries_wave_scores_changed(old_set, new_set);
    return null;
end
$$;

create or replace trigger account_wave_score_segments_insert after insert on account_wave_score
    referencing new table as new_rows for each statement execute function summaries_on_wave_score_change();

create or replace trigger account_wave_score_segments_update after update on account_wave_score
    referencing old table as old_rows new table as new_rows
    for each statement execute function summaries_on_wave_score_change();

create or replace trigger account_wave_score_segments_delete after delete on account_wave_score
    referencing old table as old_rows for each statement execute function summaries_on_wave_score_change();

-- ---------------------------------------------------------------- the full rebuild

-- The full rebuild, for repair and after bulk loads: every summary from the raw rows, roll-ups once at the end.
create or replace function summaries_rebuild_all() returns void language plpgsql as $$
declare
    prior text := coalesce(current_setting('touchpoint.summaries', true), '');
begin
    lock table account_score, account_wave_score, account_wave_segment, answer_month, answer_item_month,
        response_month, response_book_month, segment_threshold_in_force, driver_month, driver_book_month
        in exclusive mode;
    perform set_config('touchpoint.summaries', 'rebuilding', true);
    perform summaries_refresh_thresholds();
    delete from account_wave_segment;
    delete from account_score;
    delete from account_wave_score;
    delete from answer_month;
    delete from answer_item_month;
    delete from response_month;
    delete from response_book_month;
    delete from driver_month;
    delete from driver_book_month;
    perform summaries_compute_accounts(array(select id from account));
    insert into answer_month select * from answer_month_source;
    insert into answer_item_month select * from answer_item_month_source;
    insert into response_month select * from response_month_source;
    insert into response_book_month select * from response_book_month_source;
    insert into driver_month select * from driver_month_source;
    insert into driver_book_month select * from driver_book_month_source;
    perform summaries_compute_wave_segments(null);
    perform set_config('touchpoint.summaries', prior, true);
end
$$;

-- What this file defines is stored: rebuild every summary with the definitions above.
select summaries_rebuild_all();
