-- The driver summaries (issue: insight drivers): each response's vector of cue scores and NPS, its
-- products summed per account group and month (driver_month) and per account executive's book
-- (driver_book_month), maintained on write like R__summaries.
--
-- The file ends with a full rebuild, so that a change here reaches the stored rows.
-- A repeatable migration (STYLE 23): the current definition of each object below, in one place.
-- Flyway runs it after the versioned migrations, and again whenever this file changes; change the
-- objects here, never in a new V file.

-- Each response's vector: one definition, read by the maintenance and the rebuild alike. A cue asked by
-- several items of one survey counts with the mean of its answers (six decimals, so increments and the
-- rebuild add the very same numbers). The response is named by the aggregate's own grouping column, so a
-- filter on it (the maintenance's `response_id = any (…)`) reaches response_answer's index; named by
-- survey_response.id, every write aggregated every answer of the company (~7 s at 5 M answers; session 18).
create or replace view driver_response_vector as
select p.response_id, a.vertical_market_id, a.location_id, a.service_platform_id, a.account_executive_id,
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
create or replace function driver_products(v numeric[]) returns numeric[] language sql immutable as $$
select array_agg(v[i] * v[j] order by i, j)
from generate_subscripts(v, 1) i cross join generate_subscripts(v, 1) j
where j >= i
$$;

create or replace function driver_array_add(a numeric[], b numeric[]) returns numeric[] language sql immutable as $$
select case when a is null then b
            else (select array_agg(x + y order by n) from unnest(a, b) with ordinality t (x, y, n)) end
$$;

-- Element-wise Σ of equally long arrays.
create or replace aggregate driver_sum(numeric[]) (sfunc = driver_array_add, stype = numeric[]);

-- What driver_month holds, from the raw rows.
create or replace view driver_month_source as
select v.vertical_market_id, v.location_id, v.service_platform_id, v.account_executive_id, v.month, v.pattern,
       v.cue_ids, count(*) as responses, driver_sum(v.v) as sums, driver_sum(driver_products(v.v)) as products
from driver_response_vector v
group by v.vertical_market_id, v.location_id, v.service_platform_id, v.account_executive_id, v.month, v.pattern,
         v.cue_ids;

-- Recomputes the driver rows of the given cells (account group × month) from the raw rows.
create or replace function summaries_refresh_driver_cells(cells summary_cell[]) returns void language plpgsql set plan_cache_mode = force_generic_plan as $$
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
create or replace function driver_cells_of(responses survey_response[]) returns summary_cell[] language sql stable as $$
select coalesce(array_agg(distinct row (a.vertical_market_id, a.location_id, a.service_platform_id,
                                       a.account_executive_id, company_month(r.responded_at))::summary_cell), '{}')
from unnest(responses) r join account a on a.id = r.account_id
$$;

create or replace function summaries_drivers_on_answer_change() returns trigger language plpgsql as $$
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

create or replace function summaries_drivers_on_response_change() returns trigger language plpgsql as $$
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

create or replace function summaries_drivers_on_account_change() returns trigger language plpgsql as $$
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

create or replace trigger response_answer_drivers_insert after insert on response_answer
    referencing new table as new_rows for each statement execute function summaries_drivers_on_answer_change();

create or replace trigger response_answer_drivers_update after update on response_answer
    referencing old table as old_rows new table as new_rows
    for each statement execute function summaries_drivers_on_answer_change();

create or replace trigger response_answer_drivers_delete after delete on response_answer
    referencing old table as old_rows for each statement execute function summaries_drivers_on_answer_change();

create or replace trigger survey_response_drivers_update after update on survey_response
    referencing old table as old_rows new table as new_rows
    for each statement execute function summaries_drivers_on_response_change();

create or replace trigger survey_response_drivers_delete after delete on survey_response
    referencing old table as old_rows for each statement execute function summaries_drivers_on_response_change();

create or replace trigger account_drivers_update after update on account
    referencing old table as old_rows new table as new_rows
    for each statement execute function summaries_drivers_on_account_change();

create or replace view driver_book_month_source as
select m.account_executive_id, m.month, m.pattern, m.cue_ids, sum(m.responses)::bigint as responses,
       driver_sum(m.sums) as sums, driver_sum(m.products) as products
from driver_month m
group by m.account_executive_id, m.month, m.pattern, m.cue_ids;

create or replace function driver_array_scale(a numeric[], factor integer) returns numeric[] language sql immutable as $$
select array_agg(x * factor order by n) from unnest(a) with ordinality t (x, n)
$$;

create or replace function summaries_add_driver_book_months(delta driver_book_month[]) returns void language plpgsql set plan_cache_mode = force_generic_plan as $$
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

create or replace function summaries_on_driver_month_change() returns trigger language plpgsql as $$
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

create or replace trigger driver_month_book_insert after insert on driver_month
    referencing new table as new_rows for each statement execute function summaries_on_driver_month_change();

create or replace trigger driver_month_book_update after update on driver_month
    referencing old table as old_rows new table as new_rows
    for each statement execute function summaries_on_driver_month_change();

create or replace trigger driver_month_book_delete after delete on driver_month
    referencing old table as old_rows for each statement execute function summaries_on_driver_month_change();

-- What this file defines is stored: rebuild every summary with the definitions above.
select summaries_rebuild_all();
