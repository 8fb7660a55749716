-- Key drivers (issue 21): the sufficient statistics of the regression of likelihood to recommend on
-- the perception cues' experienced scores, per month, survey pattern and account group (the key of
-- answer_month and response_month), so drivers for any filter and period are computed from a few
-- thousand rows instead of every answer: n, Σv and Σvvᵀ (upper triangle) of each response's vector
-- v = (each cue's mean experienced score, in cue id order, then the 0-10 answer).
--
-- A response counts when it has an NPS answer and answers at least two cues; its key carries the cues
-- it answered (cue_ids), so a relationship response that answered every cue is kept apart from a
-- transaction response that answered two, and adding or retiring a cue changes no stored row: readers
-- take the rows whose cue_ids are the cues they analyse.
--
-- How it stays current: any change of answers, of a response (its time, account, pattern or NPS) or of
-- an account's group recomputes the account-group months it touched from the raw rows, under an
-- advisory lock per cell named with the schema (V180). A cell is one group of accounts in one month —
-- at 20,000 accounts and 1 M responses about 60 responses — so this is a few index reads per write.
-- summaries_deferred() skips it as for the other summaries; the full rebuild (summaries_rebuild_all,
-- replaced in V232) recomputes the table. SummaryEquivalenceTest proves increments equal the rebuild.
create table driver_month (
    vertical_market_id   bigint    not null references vertical_market (id),
    location_id          bigint    not null references location (id),
    service_platform_id  bigint    not null references service_platform (id),
    account_executive_id bigint    not null references app_user (id),
    month                date      not null check (month = date_trunc('month', month)::date),
    pattern              text      not null check (pattern in ('PAST', 'PRESENT', 'POTENTIAL')),
    cue_ids              bigint[]  not null check (cardinality(cue_ids) >= 2),
    responses            bigint    not null check (responses > 0),
    sums                 numeric[] not null check (cardinality(sums) = cardinality(cue_ids) + 1),
    products             numeric[] not null
        check (cardinality(products) = (cardinality(cue_ids) + 1) * (cardinality(cue_ids) + 2) / 2),
    constraint driver_month_key primary key
        (month, pattern, vertical_market_id, location_id, service_platform_id, account_executive_id, cue_ids)
);

-- Each response's vector: one definition, read by the maintenance and the rebuild alike. A cue asked by
-- several items of one survey counts with the mean of its answers (six decimals, so increments and the
-- rebuild add the very same numbers).
create view driver_response_vector as
select r.id as response_id, a.vertical_market_id, a.location_id, a.service_platform_id, a.account_executive_id,
       company_month(r.responded_at) as month, r.pattern, p.cue_ids, p.scores || r.nps::numeric as v
from (select c.response_id, array_agg(c.cue_id order by c.cue_id) as cue_ids,
             array_agg(c.score order by c.cue_id) as scores
      from (select ra.response_id, i.cue_id, avg(ra.experienced)::numeric(12, 6) as score
            from response_answer ra join survey_item i on i.id = ra.item_id
            group by ra.response_id, i.cue_id) c
      group by c.response_id
      having count(*) >= 2) p
join survey_response r on r.id = p.response_id
join account a on a.id = r.account_id
where r.nps is not null;

-- v_i·v_j for i <= j, row by row: the upper triangle of vvᵀ.
create function driver_products(v numeric[]) returns numeric[] language sql immutable as $$
select array_agg(v[i] * v[j] order by i, j)
from generate_subscripts(v, 1) i cross join generate_subscripts(v, 1) j
where j >= i
$$;

create function driver_array_add(a numeric[], b numeric[]) returns numeric[] language sql immutable as $$
select case when a is null then b
            else (select array_agg(x + y order by n) from unnest(a, b) with ordinality t (x, y, n)) end
$$;

-- Element-wise Σ of equally long arrays.
create aggregate driver_sum(numeric[]) (sfunc = driver_array_add, stype = numeric[]);

-- What driver_month holds, from the raw rows.
create view driver_month_source as
select v.vertical_market_id, v.location_id, v.service_platform_id, v.account_executive_id, v.month, v.pattern,
       v.cue_ids, count(*) as responses, driver_sum(v.v) as sums, driver_sum(driver_products(v.v)) as products
from driver_response_vector v
group by v.vertical_market_id, v.location_id, v.service_platform_id, v.account_executive_id, v.month, v.pattern,
         v.cue_ids;

-- Recomputes the driver rows of the given cells (account group × month) from the raw rows.
create function summaries_refresh_driver_cells(cells summary_cell[]) returns void language plpgsql as $$
declare
    cell_key integer;
    responses bigint[];
begin
    if cells is null or cardinality(cells) = 0 then
        return;
    end if;
    if cardinality(cells) > 1000 then
        lock table driver_month in exclusive mode;
    else
        for cell_key in select distinct hashtext(c::text) from unnest(cells) c order by 1 loop
            perform pg_advisory_xact_lock(hashtext(current_schema() || '/summary_driver_cell'), cell_key);
        end loop;
    end if;
    -- every response of these cells (by the account-group index, then each account's responses)
    responses := array(
        select r.id
        from (select distinct c.* from unnest(cells) c) c
        join account a on (a.vertical_market_id, a.location_id, a.service_platform_id, a.account_executive_id)
                          = (c.vertical_market_id, c.location_id, c.service_platform_id, c.account_executive_id)
        join survey_response r on r.account_id = a.id and company_month(r.responded_at) = c.month
        where r.nps is not null);
    delete from driver_month m
    using (select distinct c.* from unnest(cells) c) c
    where (m.vertical_market_id, m.location_id, m.service_platform_id, m.account_executive_id, m.month)
          = (c.vertical_market_id, c.location_id, c.service_platform_id, c.account_executive_id, c.month);
    insert into driver_month
    select v.vertical_market_id, v.location_id, v.service_platform_id, v.account_executive_id, v.month, v.pattern,
           v.cue_ids, count(*), driver_sum(v.v), driver_sum(driver_products(v.v))
    from driver_response_vector v
    where v.response_id = any (responses)
    group by v.vertical_market_id, v.location_id, v.service_platform_id, v.account_executive_id, v.month,
             v.pattern, v.cue_ids;
end
$$;

-- The cells of the responses given (their account's group and their month).
create function driver_cells_of(responses survey_response[]) returns summary_cell[] language sql stable as $$
select coalesce(array_agg(distinct row (a.vertical_market_id, a.location_id, a.service_platform_id,
                                       a.account_executive_id, company_month(r.responded_at))::summary_cell), '{}')
from unnest(responses) r join account a on a.id = r.account_id
$$;

create function summaries_drivers_on_answer_change() returns trigger language plpgsql as $$
declare
    touched bigint[];
begin
    if summaries_deferred() then
        return null;
    end if;
    if tg_op = 'INSERT' then
        touched := array(select distinct n.response_id from new_rows n);
    elsif tg_op = 'DELETE' then
        touched := array(select distinct o.response_id from old_rows o);
    else
        touched := array(select n.response_id from new_rows n union select o.response_id from old_rows o);
    end if;
    -- answers whose response is gone (deleted with it) are left to the response's trigger
    perform summaries_refresh_driver_cells(driver_cells_of(array(
        select r from survey_response r where r.id = any (touched) and r.nps is not null)));
    return null;
end
$$;

create function summaries_drivers_on_response_change() returns trigger language plpgsql as $$
begin
    if summaries_deferred() then
        return null;
    end if;
    if tg_op = 'DELETE' then
        perform summaries_refresh_driver_cells(driver_cells_of(array(select o::survey_response from old_rows o where o.nps is not null)));
    else
        perform summaries_refresh_driver_cells(driver_cells_of(array(
            select o::survey_response from old_rows o join new_rows n on n.id = o.id
            where (o.account_id, o.responded_at, o.pattern, o.nps) is distinct from
                  (n.account_id, n.responded_at, n.pattern, n.nps)
            union all
            select n::survey_response from old_rows o join new_rows n on n.id = o.id
            where (o.account_id, o.responded_at, o.pattern, o.nps) is distinct from
                  (n.account_id, n.responded_at, n.pattern, n.nps))));
    end if;
    return null;
end
$$;

create function summaries_drivers_on_account_change() returns trigger language plpgsql as $$
begin
    if summaries_deferred() then
        return null;
    end if;
    perform summaries_refresh_driver_cells(array(
        select distinct row (g.vertical_market_id, g.location_id, g.service_platform_id, g.account_executive_id,
                             company_month(r.responded_at))::summary_cell
        from old_rows o
        join new_rows n on n.id = o.id
        cross join lateral (values (o.vertical_market_id, o.location_id, o.service_platform_id, o.account_executive_id),
                                   (n.vertical_market_id, n.location_id, n.service_platform_id, n.account_executive_id))
            g (vertical_market_id, location_id, service_platform_id, account_executive_id)
        join survey_response r on r.account_id = n.id
        where r.nps is not null
          and (o.vertical_market_id, o.location_id, o.service_platform_id, o.account_executive_id)
              is distinct from (n.vertical_market_id, n.location_id, n.service_platform_id, n.account_executive_id)));
    return null;
end
$$;

create trigger response_answer_drivers_insert after insert on response_answer
    referencing new table as new_rows for each statement execute function summaries_drivers_on_answer_change();
create trigger response_answer_drivers_update after update on response_answer
    referencing old table as old_rows new table as new_rows
    for each statement execute function summaries_drivers_on_answer_change();
create trigger response_answer_drivers_delete after delete on response_answer
    referencing old table as old_rows for each statement execute function summaries_drivers_on_answer_change();
create trigger survey_response_drivers_update after update on survey_response
    referencing old table as old_rows new table as new_rows
    for each statement execute function summaries_drivers_on_response_change();
create trigger survey_response_drivers_delete after delete on survey_response
    referencing old table as old_rows for each statement execute function summaries_drivers_on_response_change();
create trigger account_drivers_update after update on account
    referencing old table as old_rows new table as new_rows
    for each statement execute function summaries_drivers_on_account_change();

-- The full rebuild covers this table from V232 on (with its roll-up).

alter function summaries_refresh_driver_cells(summary_cell[]) set plan_cache_mode = force_generic_plan;

insert into driver_month select * from driver_month_source;
