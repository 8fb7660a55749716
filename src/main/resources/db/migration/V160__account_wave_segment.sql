-- Each account's segment as of each relationship wave, carried forward (issue 13: segment movement).
--
-- Why: the movement matrix compares every active account's segment at two waves. An account is not
-- surveyed in every wave, so its segment "at" a wave is the one of its latest wave score up to it
-- (SegmentMovement). Reading that from account_wave_score took two index probes per account, 40,000
-- at 20,000 accounts (70 ms p95). This table holds the answer for every wave: one row per account and
-- wave quarter from the account's first scored wave on, so the matrix reads two wave quarters by index.
--
-- The rule:
--   * the waves are the quarters that have any relationship score (account_wave_score), as the
--     segment view lists them (relationship_wave_quarters() below, the one definition);
--   * an account's row for wave q carries its latest wave score at or before q (scored_quarter = that
--     score's quarter; = q when it answered in q) and that score's segment, placed with today's revenue
--     and thresholds like account_wave_score;
--   * before its first answered wave an account has no row: it is Unscored there, as before.
--
-- Maintained from account_wave_score itself: statement triggers on it see every change its own
-- maintenance (V40/V100: responses, answers, waves, accounts, thresholds) makes, in the same
-- transaction, and recompute the accounts it touched. When the set of wave quarters changes (the first
-- score of a new wave, or the last of a wave removed) every account gains or loses that quarter's row:
-- about one account per active account, once a quarter, under an exclusive lock on this table so that
-- no concurrent account change carries a stale segment into the new quarter. A segment change in place
-- (revenue, thresholds) updates the carried copies in place. The full rebuild recomputes it from
-- account_wave_score (summaries_rebuild_all below); SummaryEquivalenceTest compares the two.

-- The relationship wave quarters: the distinct quarters of account_wave_score, one index probe each.
create function relationship_wave_quarters() returns setof date language sql stable as $$
with recursive w as (
    select min(quarter_start) as quarter_start from account_wave_score
    union all
    select (select min(x.quarter_start) from account_wave_score x where x.quarter_start > w.quarter_start)
    from w where w.quarter_start is not null)
select quarter_start from w where quarter_start is not null
$$;

create table account_wave_segment (
    quarter_start  date   not null check (quarter_start = date_trunc('quarter', quarter_start)::date),
    account_id     bigint not null,
    scored_quarter date   not null check (scored_quarter <= quarter_start),
    segment        text   not null check (segment in ('MODEL', 'GROWTH', 'AT_RISK', 'DANGLING')),
    -- the movement matrix reads one quarter's rows in account order, segment included
    primary key (quarter_start, account_id) include (segment),
    foreign key (account_id, scored_quarter) references account_wave_score (account_id, quarter_start)
        on delete cascade
);
-- the cascade from account_wave_score and the in-place segment updates find the carried copies here
create index account_wave_segment_scored_idx on account_wave_segment (account_id, scored_quarter);

-- Every account's rows: each wave score carried to every wave quarter from its own up to the account's
-- next wave score. Narrowed by account_id, the filter reaches the scores (it is the window's partition).
create view account_wave_segment_source as
select q.q as quarter_start, s.account_id, s.quarter_start as scored_quarter, s.segment
from (select w.account_id, w.quarter_start, w.segment,
             lead(w.quarter_start) over (partition by w.account_id order by w.quarter_start) as next_quarter
      from account_wave_score w) s
join relationship_wave_quarters() q (q)
  on q.q >= s.quarter_start and (s.next_quarter is null or q.q < s.next_quarter);

-- Recomputes the rows of the given accounts (null = every account). Two statements, not one with
-- "accounts is null or ...": the maintenance runs with generic plans (V41), and a generic plan of that
-- condition reads every wave score for every recorded response.
create function summaries_compute_wave_segments(accounts bigint[]) returns void language plpgsql as $$
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
create function carried_wave_quarters() returns setof date language sql stable as $$
with recursive w as (
    select min(quarter_start) as quarter_start from account_wave_segment
    union all
    select (select min(x.quarter_start) from account_wave_segment x where x.quarter_start > w.quarter_start)
    from w where w.quarter_start is not null)
select quarter_start from w where quarter_start is not null
$$;

-- The quarters with scores and the quarters carried differ (a wave gained its first score or lost its
-- last): every account gains or loses that quarter's row.
create function summaries_sync_wave_quarters() returns void language plpgsql as $$
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
create function summaries_wave_scores_changed(old_set account_wave_score[], new_set account_wave_score[])
    returns void language plpgsql as $$
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

create function summaries_on_wave_score_change() returns trigger language plpgsql as $$
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

create trigger account_wave_score_segments_insert after insert on account_wave_score
    referencing new table as new_rows for each statement execute function summaries_on_wave_score_change();
create trigger account_wave_score_segments_update after update on account_wave_score
    referencing old table as old_rows new table as new_rows
    for each statement execute function summaries_on_wave_score_change();
create trigger account_wave_score_segments_delete after delete on account_wave_score
    referencing old table as old_rows for each statement execute function summaries_on_wave_score_change();

-- The full rebuild (V100's), with the carried segments recomputed once at its end instead of by the
-- triggers above on every statement.
create or replace function summaries_rebuild_all() returns void language plpgsql as $$
declare
    prior text := coalesce(current_setting('touchpoint.summaries', true), '');
begin
    lock table account_score, account_wave_score, account_wave_segment, answer_month, response_month,
        segment_threshold_in_force in exclusive mode;
    perform set_config('touchpoint.summaries', 'rebuilding', true);
    perform summaries_refresh_thresholds();
    delete from account_wave_segment;
    delete from account_score;
    delete from account_wave_score;
    delete from answer_month;
    delete from response_month;
    perform summaries_compute_accounts(array(select id from account));
    insert into answer_month select * from answer_month_source;
    insert into response_month select * from response_month_source;
    perform summaries_compute_wave_segments(null);
    perform set_config('touchpoint.summaries', prior, true);
end
$$;

alter function summaries_wave_scores_changed(account_wave_score[], account_wave_score[])
    set plan_cache_mode = force_generic_plan;

select summaries_compute_wave_segments(null);
