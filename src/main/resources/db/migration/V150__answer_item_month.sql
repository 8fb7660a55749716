-- The answer summary over all accounts: answer_month (V40) summed over its account groups, one row per
-- item, touch point and month.
--
-- Why: every gap figure without an account filter (the executive's value gaps, the review's six gaps)
-- aggregated answer_month, about 197,000 rows at 20,000 accounts, because almost every group of accounts
-- (vertical × location × platform × account executive) has answers in every month: the largest gaps over
-- 24 months took 223 ms p95, the trend 109 ms. This roll-up has items × touch points × months rows (a few
-- thousand at any number of accounts or answers), so those figures cost the same at any size. With an
-- account filter the readers keep reading answer_month.
--
-- How it stays current: statement triggers on answer_month add each statement's change of answer_month,
-- grouped by this table's key, so every path that maintains answer_month (the deltas of V100, the cell
-- refreshes, the full rebuild) maintains this table in the same transaction. The full rebuild
-- (summaries_rebuild_all, replaced below) skips the triggers and recomputes this table from answer_month
-- once. SummaryEquivalenceTest proves the increments equal the full rebuild.
create table answer_item_month (
    item_id              bigint  not null references survey_item (id) on delete cascade,
    touch_point_id       bigint references touch_point (id),
    month                date    not null check (month = date_trunc('month', month)::date),
    answers              bigint  not null check (answers > 0),
    expected_sum         bigint  not null check (expected_sum between answers and 7 * answers),
    experienced_sum      bigint  not null check (experienced_sum between answers and 7 * answers),
    expected_values      bigint  not null check (expected_values between 0 and answers),
    expected_value_sum   numeric not null,
    perceived_values     bigint  not null check (perceived_values between 0 and answers),
    perceived_value_sum  numeric not null,
    constraint answer_item_month_key unique nulls not distinct (month, item_id, touch_point_id)
);

-- answer_month summed per item, touch point and month: what answer_item_month holds.
create view answer_item_month_source as
select m.item_id, m.touch_point_id, m.month,
       sum(m.answers)::bigint as answers, sum(m.expected_sum)::bigint as expected_sum,
       sum(m.experienced_sum)::bigint as experienced_sum, sum(m.expected_values)::bigint as expected_values,
       sum(m.expected_value_sum) as expected_value_sum, sum(m.perceived_values)::bigint as perceived_values,
       sum(m.perceived_value_sum) as perceived_value_sum
from answer_month m
group by m.item_id, m.touch_point_id, m.month;

-- Adds a delta (this table's shape; counts and sums may be negative) to the roll-up. A key's rows are
-- changed under an advisory lock taken in key order, so two writers never deadlock on it and never
-- both insert a new key; a statement touching more than 1,000 keys locks the table instead.
create function summaries_add_answer_item_months(delta answer_item_month[]) returns void language plpgsql as $$
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
            perform pg_advisory_xact_lock(hashtext('summary_item_month'), item_key);
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

-- Whether the full rebuild is running: it recomputes answer_item_month once at its end.
create function summaries_rebuilding() returns boolean language sql stable as $$
select coalesce(current_setting('touchpoint.summaries_rebuild', true), '') = 'running'
$$;

create function summaries_on_answer_month_change() returns trigger language plpgsql as $$
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

create trigger answer_month_item_month_insert after insert on answer_month
    referencing new table as new_rows for each statement execute function summaries_on_answer_month_change();
create trigger answer_month_item_month_update after update on answer_month
    referencing old table as old_rows new table as new_rows
    for each statement execute function summaries_on_answer_month_change();
create trigger answer_month_item_month_delete after delete on answer_month
    referencing old table as old_rows for each statement execute function summaries_on_answer_month_change();

-- The full rebuild (V100's) and then the roll-up from the rebuilt answer_month, once.
create or replace function summaries_rebuild_all() returns void language plpgsql as $$
begin
    lock table account_score, account_wave_score, answer_month, response_month, segment_threshold_in_force,
        answer_item_month in exclusive mode;
    perform set_config('touchpoint.summaries_rebuild', 'running', true);
    perform summaries_refresh_thresholds();
    delete from account_score;
    delete from account_wave_score;
    delete from answer_month;
    delete from response_month;
    perform summaries_compute_accounts(array(select id from account));
    insert into answer_month select * from answer_month_source;
    insert into response_month select * from response_month_source;
    delete from answer_item_month;
    insert into answer_item_month select * from answer_item_month_source;
    perform set_config('touchpoint.summaries_rebuild', '', true);
end
$$;

alter function summaries_add_answer_item_months(answer_item_month[]) set plan_cache_mode = force_generic_plan;

insert into answer_item_month select * from answer_item_month_source;
