-- Key drivers over all accounts or one account executive's book read driver_month summed per account
-- executive, month, pattern and answered cues: at 20,000 accounts a year of driver_month is thousands of
-- rows of 35 numbers to add element by element (~75-240 ms, docs/PERFORMANCE.md), this roll-up a few dozen.
-- Readers filtering by vertical, location or platform keep reading driver_month.
--
-- How it stays current: V190's way. Statement triggers on driver_month add each statement's change (old
-- rows subtracted, new rows added, in exact numeric) grouped by this table's key, under an advisory lock
-- per key named with the schema; a key whose responses reach zero is deleted. The full rebuild skips the
-- triggers (summaries_rebuilding) and recomputes this table from driver_month once.
create table driver_book_month (
    account_executive_id bigint    not null references app_user (id),
    month                date      not null check (month = date_trunc('month', month)::date),
    pattern              text      not null check (pattern in ('PAST', 'PRESENT', 'POTENTIAL')),
    cue_ids              bigint[]  not null check (cardinality(cue_ids) >= 2),
    responses            bigint    not null check (responses > 0),
    sums                 numeric[] not null check (cardinality(sums) = cardinality(cue_ids) + 1),
    products             numeric[] not null
        check (cardinality(products) = (cardinality(cue_ids) + 1) * (cardinality(cue_ids) + 2) / 2),
    constraint driver_book_month_key primary key (month, pattern, account_executive_id, cue_ids)
);

create view driver_book_month_source as
select m.account_executive_id, m.month, m.pattern, m.cue_ids, sum(m.responses)::bigint as responses,
       driver_sum(m.sums) as sums, driver_sum(m.products) as products
from driver_month m
group by m.account_executive_id, m.month, m.pattern, m.cue_ids;

create function driver_array_scale(a numeric[], factor integer) returns numeric[] language sql immutable as $$
select array_agg(x * factor order by n) from unnest(a) with ordinality t (x, n)
$$;

create function summaries_add_driver_book_months(delta driver_book_month[]) returns void language plpgsql as $$
declare
    book_key integer;
begin
    if cardinality(delta) = 0 then
        return;
    end if;
    if cardinality(delta) > 1000 then
        lock table driver_book_month in exclusive mode;
    else
        for book_key in select distinct hashtext(row (d.month, d.pattern, d.account_executive_id, d.cue_ids)::text)
                        from unnest(delta) d order by 1 loop
            perform pg_advisory_xact_lock(hashtext(current_schema() || '/summary_driver_book'), book_key);
        end loop;
    end if;
    -- first the keys whose last response goes (judged on the rows as they were), then the others
    delete from driver_book_month m
    using unnest(delta) d
    where (m.month, m.pattern, m.account_executive_id, m.cue_ids) = (d.month, d.pattern, d.account_executive_id, d.cue_ids)
      and m.responses + d.responses <= 0;
    update driver_book_month m
    set responses = m.responses + d.responses,
        sums = driver_array_add(m.sums, d.sums),
        products = driver_array_add(m.products, d.products)
    from unnest(delta) d
    where (m.month, m.pattern, m.account_executive_id, m.cue_ids) = (d.month, d.pattern, d.account_executive_id, d.cue_ids);
    insert into driver_book_month
    select d.* from unnest(delta) d
    where d.responses > 0
      and not exists (select 1 from driver_book_month m
                      where (m.month, m.pattern, m.account_executive_id, m.cue_ids)
                            = (d.month, d.pattern, d.account_executive_id, d.cue_ids));
end
$$;

create function summaries_on_driver_month_change() returns trigger language plpgsql as $$
declare
    delta driver_book_month[];
begin
    if summaries_rebuilding() then
        return null;
    end if;
    if tg_op = 'INSERT' then
        delta := array(select row (n.account_executive_id, n.month, n.pattern, n.cue_ids, sum(n.responses),
                                   driver_sum(n.sums), driver_sum(n.products))::driver_book_month
                       from new_rows n group by n.account_executive_id, n.month, n.pattern, n.cue_ids);
    elsif tg_op = 'DELETE' then
        delta := array(select row (o.account_executive_id, o.month, o.pattern, o.cue_ids, -sum(o.responses),
                                   driver_sum(driver_array_scale(o.sums, -1)),
                                   driver_sum(driver_array_scale(o.products, -1)))::driver_book_month
                       from old_rows o group by o.account_executive_id, o.month, o.pattern, o.cue_ids);
    else
        delta := array(select row (c.account_executive_id, c.month, c.pattern, c.cue_ids, sum(c.sign * c.responses),
                                   driver_sum(driver_array_scale(c.sums, c.sign)),
                                   driver_sum(driver_array_scale(c.products, c.sign)))::driver_book_month
                       from (select o.*, -1 as sign from old_rows o
                             union all
                             select n.*, 1 from new_rows n) c
                       group by c.account_executive_id, c.month, c.pattern, c.cue_ids);
    end if;
    perform summaries_add_driver_book_months(delta);
    return null;
end
$$;

create trigger driver_month_book_insert after insert on driver_month
    referencing new table as new_rows for each statement execute function summaries_on_driver_month_change();
create trigger driver_month_book_update after update on driver_month
    referencing old table as old_rows new table as new_rows
    for each statement execute function summaries_on_driver_month_change();
create trigger driver_month_book_delete after delete on driver_month
    referencing old table as old_rows for each statement execute function summaries_on_driver_month_change();

-- The full rebuild (V195's) with driver_month (V231) and this roll-up from the rebuilt driver_month, once.
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

alter function summaries_add_driver_book_months(driver_book_month[]) set plan_cache_mode = force_generic_plan;

insert into driver_book_month select * from driver_book_month_source;
