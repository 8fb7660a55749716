-- The response summary per account executive's book: response_month (V40) summed over the other
-- dimensions of its account groups (vertical, location, platform) and over touch points, one row per
-- account executive, pattern and month.
--
-- Why: the home view's NPS headlines and trend and its recent-responses count read response_month
-- over all accounts or one account executive's, and response_month grows with the responses: about
-- 76,000 rows at 20,000 accounts with 1 M responses (almost every group has responses at almost every
-- touch point in every month), so the 8-quarter NPS trend summed ~73,000 rows (~50 ms on a busy
-- machine). This roll-up has account executives × 3 patterns × months rows, the same at any number of
-- accounts or responses. Readers that filter by vertical, location or platform keep reading
-- response_month.
--
-- How it stays current: V150's way. Statement triggers on response_month add each statement's change,
-- grouped by this table's key, so every path that maintains response_month (the deltas of V100, the
-- cell refreshes) maintains this table in the same transaction. The full rebuild
-- (summaries_rebuild_all, replaced below) skips the triggers and recomputes this table from
-- response_month once. SummaryEquivalenceTest proves the increments equal the full rebuild.
create table response_book_month (
    account_executive_id bigint not null references app_user (id),
    pattern              text   not null check (pattern in ('PAST', 'PRESENT', 'POTENTIAL')),
    month                date   not null check (month = date_trunc('month', month)::date),
    responses            bigint not null check (responses > 0),
    nps_answers          bigint not null check (nps_answers between 0 and responses),
    promoters            bigint not null check (promoters >= 0),
    passives             bigint not null check (passives >= 0),
    detractors           bigint not null check (detractors >= 0),
    check (promoters + passives + detractors = nps_answers),
    constraint response_book_month_key primary key (month, account_executive_id, pattern)
);

-- response_month summed per account executive, pattern and month: what response_book_month holds.
create view response_book_month_source as
select m.account_executive_id, m.pattern, m.month,
       sum(m.responses)::bigint as responses, sum(m.nps_answers)::bigint as nps_answers,
       sum(m.promoters)::bigint as promoters, sum(m.passives)::bigint as passives,
       sum(m.detractors)::bigint as detractors
from response_month m
group by m.account_executive_id, m.pattern, m.month;

-- Adds a delta (this table's shape; counts may be negative) to the roll-up. A key's row is changed
-- under an advisory lock named with the schema (V180) and taken in key order, so two writers never
-- deadlock on it and never both insert a new key; more than 1,000 keys lock the table instead.
create function summaries_add_response_book_months(delta response_book_month[]) returns void
    language plpgsql as $$
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

create function summaries_on_response_month_change() returns trigger language plpgsql as $$
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

create trigger response_month_book_month_insert after insert on response_month
    referencing new table as new_rows for each statement execute function summaries_on_response_month_change();
create trigger response_month_book_month_update after update on response_month
    referencing old table as old_rows new table as new_rows
    for each statement execute function summaries_on_response_month_change();
create trigger response_month_book_month_delete after delete on response_month
    referencing old table as old_rows for each statement execute function summaries_on_response_month_change();

-- The full rebuild (V150's) and then the roll-up from the rebuilt response_month, once.
create or replace function summaries_rebuild_all() returns void language plpgsql as $$
begin
    lock table account_score, account_wave_score, answer_month, response_month, segment_threshold_in_force,
        answer_item_month, response_book_month in exclusive mode;
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
    delete from response_book_month;
    insert into response_book_month select * from response_book_month_source;
    perform set_config('touchpoint.summaries_rebuild', '', true);
end
$$;

alter function summaries_add_response_book_months(response_book_month[]) set plan_cache_mode = force_generic_plan;

insert into response_book_month select * from response_book_month_source;
