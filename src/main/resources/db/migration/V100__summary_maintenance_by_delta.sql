-- Summary maintenance (V40) made cheap for the common write, and able to rebuild at any size.
--
-- Why: V40's triggers recomputed every key a statement touched from the raw rows. For the month
-- summaries that is one group of accounts over all its history (the month is an expression on
-- responded_at, so no index narrows it), and it grows with the company: recording one response took
-- 45 ms median / 69 ms p95 at 600 accounts. The full rebuild took one advisory lock per account and
-- ran out of lock memory at 20,000 accounts ("out of shared memory"), so the scaled demo never loaded.
--
-- Now:
--   * answer_month and response_month change by exactly the rows a statement added or removed
--     (a delta grouped by the summary key, added to the row; a row whose count reaches zero goes),
--     except where the raw rows of a key are no longer reachable from the changed rows: a response
--     deleted (its answers are already gone by cascade) or moved to another account, month or touch
--     point, and an account moved to another group. Those keys are still recomputed from the source
--     views, as before; they are rare edits, not the recording of a response.
--   * Answers added to a relationship response place that response in its account's score and its
--     wave's score when it is at least as new as the one there (the latest response with answers
--     counts, V3/V10). Every other change of answers or responses recomputes the accounts involved.
--   * The trigger functions collect the statement's old and new rows and hand both to one function
--     per table (V40 had near-copies per operation).
--   * Locks: an advisory lock per key as before, but a statement touching more than 1,000 keys locks
--     the summary tables instead; the full rebuild locks the tables and takes no key locks at all.
-- SummaryEquivalenceTest proves the increments equal the full rebuild.

-- ---------------------------------------------------------------- locks
create function summaries_lock_accounts(accounts bigint[]) returns void language plpgsql as $$
declare
    account_key bigint;
begin
    if cardinality(accounts) > 1000 then
        lock table account_score, account_wave_score in exclusive mode;
        return;
    end if;
    -- in key order, so two writers never deadlock
    for account_key in select distinct x from unnest(accounts) x order by 1 loop
        perform pg_advisory_xact_lock(hashtext('summary_account'), hashtext(account_key::text));
    end loop;
end
$$;

create function summaries_lock_cells(cells summary_cell[]) returns void language plpgsql as $$
declare
    cell_key integer;
begin
    if cardinality(cells) > 1000 then
        lock table answer_month, response_month in exclusive mode;
        return;
    end if;
    for cell_key in select distinct hashtext(c::text) from unnest(cells) c order by 1 loop
        perform pg_advisory_xact_lock(hashtext('summary_cell'), cell_key);
    end loop;
end
$$;

-- ---------------------------------------------------------------- scores: recompute or place
-- Recomputes the score rows of the given accounts from their responses (no locks: callers hold them).
create function summaries_compute_accounts(accounts bigint[]) returns void language plpgsql as $$
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

create or replace function summaries_refresh_accounts(accounts bigint[]) returns void language plpgsql as $$
begin
    if accounts is null or cardinality(accounts) = 0 then
        return;
    end if;
    perform summaries_lock_accounts(accounts);
    perform summaries_compute_accounts(accounts);
end
$$;

-- Answers were added to these responses: each relationship response among them becomes its account's
-- latest, and its wave's, when it is at least as new as the one there (order: responded_at, then id,
-- as account_latest_scores_of). Its score is the mean over all its answers.
create function summaries_place_answered(responses bigint[]) returns void language plpgsql as $$
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

-- ---------------------------------------------------------------- month summaries: add a delta
-- A delta has its table's shape: the key, then how much each count and sum changes (may be negative).
create function summaries_add_answer_months(delta answer_month[]) returns void language plpgsql as $$
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

create function summaries_add_response_months(delta response_month[]) returns void language plpgsql as $$
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

-- ---------------------------------------------------------------- what a statement changed
-- Answers removed (old_set) and added (new_set) by one statement. Answers whose response is gone (a
-- response deleted with its answers) are left to the response's change.
create function summaries_answers_changed(old_set response_answer[], new_set response_answer[])
    returns void language plpgsql as $$
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
create function summaries_responses_changed(old_set survey_response[], new_set survey_response[])
    returns void language plpgsql as $$
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

-- ---------------------------------------------------------------- the triggers, folded
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

-- Recomputes the month rows of the given cells from the raw rows (account moves, response moves).
create or replace function summaries_refresh_cells(cells summary_cell[], answers boolean, responses boolean)
    returns void language plpgsql as $$
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

-- The full rebuild: the tables locked, no key locks (20,000 of them exhausted the lock table).
create or replace function summaries_rebuild_all() returns void language plpgsql as $$
begin
    lock table account_score, account_wave_score, answer_month, response_month, segment_threshold_in_force
        in exclusive mode;
    perform summaries_refresh_thresholds();
    delete from account_score;
    delete from account_wave_score;
    delete from answer_month;
    delete from response_month;
    perform summaries_compute_accounts(array(select id from account));
    insert into answer_month select * from answer_month_source;
    insert into response_month select * from response_month_source;
end
$$;

-- The maintenance statements take key equalities only: generic plans are as good and skip planning
-- (V41; create or replace dropped its settings).
alter function summaries_refresh_accounts(bigint[]) set plan_cache_mode = force_generic_plan;
alter function summaries_refresh_cells(summary_cell[], boolean, boolean) set plan_cache_mode = force_generic_plan;
alter function summaries_place_answered(bigint[]) set plan_cache_mode = force_generic_plan;
alter function summaries_add_answer_months(answer_month[]) set plan_cache_mode = force_generic_plan;
alter function summaries_add_response_months(response_month[]) set plan_cache_mode = force_generic_plan;
alter function summaries_answers_changed(response_answer[], response_answer[]) set plan_cache_mode = force_generic_plan;
alter function summaries_responses_changed(survey_response[], survey_response[]) set plan_cache_mode = force_generic_plan;
