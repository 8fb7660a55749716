-- Two faults found generating the 20,000-account / 1 M-response company (session 18):
--
-- 1. driver_response_vector named its response by survey_response.id, so a filter on it
--    (summaries_refresh_driver_cells: v.response_id = any (responses)) could not reach the aggregate
--    over response_answer — `= any` is not carried across the join's equality — and every recorded
--    answer aggregated every answer of the company: ~7 s a response at 5 M answers. The same view,
--    its response named by the aggregate's own grouping column, lets PostgreSQL push the filter down
--    to response_answer's index. Same columns, same rows.
-- 2. summaries_add_answer_item_months (V150) took its advisory lock under a name without the schema,
--    so writers in two schemas of one database (tests, benchmark copies) waited for each other. V180
--    fixed the other summaries; this one was missed. Same body, lock named with the schema.
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

create or replace function summaries_add_answer_item_months(delta answer_item_month[]) returns void language plpgsql as $$
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
