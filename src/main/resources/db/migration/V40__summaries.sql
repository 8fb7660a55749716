-- Summaries maintained on write (issue 13). The dashboards read these small tables instead of
-- recomputing "current state" from every answer ever given.
--
-- Why triggers, not explicit updates in the repositories: responses, answers, accounts, waves and
-- thresholds are written from many places (ResponseService.record, imports, the public API, the
-- demo loader's COPY, deletes, admin edits, and other branches' code not written yet). A statement
-- trigger in the database sees every one of them, in the same transaction, and cannot be forgotten
-- by the next write path. The triggers are statement-level with transition tables, so a bulk COPY
-- of a million rows refreshes each affected key once, not once per row.
--
-- Why "recompute the affected keys" instead of adding and subtracting deltas: an update that moves
-- a response to another month or account, a cascaded delete and an account moving to another
-- vertical all stay right without special cases, and the incremental path reads the same source
-- views and functions as the full rebuild (summaries_rebuild_all), narrowed to the keys a statement
-- touched, so the two cannot drift (SummaryEquivalenceTest). Each key is small (one account; one group
-- of accounts sharing vertical/location/platform/executive in one month) and found through indexes.
-- Concurrent writers to the same key queue on an advisory lock. A bulk load defers the triggers for
-- its transaction and rebuilds once (summaries_deferred below).
--
-- The rules themselves stay where they were: the summary experience score and the wave of a
-- relationship response (V3/V10's definitions, kept below in relationship_response_quarter and
-- the *_of functions), segment_of() (V10), the NPS categories (nps_promoter/nps_detractor below).
-- The names the code already reads (account_latest_score, account_segment, account_quarter_score,
-- account_quarter_segment, segment_threshold_effective) become views over the summaries.

-- ---------------------------------------------------------------- NPS categories, once
-- who is a promoter (9-10) and a detractor (0-6) on the 0-10 likelihood-to-recommend question;
-- everyone else who answered is a passive. cx.touchpoint.base.Nps builds its aggregates on these.
create function nps_promoter(answer integer) returns boolean language sql immutable as $$ select answer >= 9 $$;
create function nps_detractor(answer integer) returns boolean language sql immutable as $$ select answer <= 6 $$;

-- ---------------------------------------------------------------- segment thresholds in force
-- The raw computation (V10's segment_threshold_effective, the median over all active accounts).
create view segment_threshold_computed as
select t.score_threshold,
       coalesce(t.revenue_threshold,
                (select percentile_cont(0.5) within group (order by a.annual_revenue)
                 from account a where a.status = 'ACTIVE')::numeric(14, 2),
                0)::numeric(14, 2) as revenue_threshold,
       t.revenue_threshold is null as revenue_threshold_is_median,
       t.growth_headroom_ratio
from segment_threshold t
where t.id = 1;

-- The thresholds in force, kept current by the account and threshold triggers below.
create table segment_threshold_in_force (
    id                          smallint       primary key default 1 check (id = 1),
    score_threshold             numeric(3, 2)  not null check (score_threshold between 1 and 7),
    revenue_threshold           numeric(14, 2) not null check (revenue_threshold >= 0),
    revenue_threshold_is_median boolean        not null,
    growth_headroom_ratio       numeric(5, 2)  not null check (growth_headroom_ratio > 0)
);
insert into segment_threshold_in_force (id, score_threshold, revenue_threshold, revenue_threshold_is_median,
                                        growth_headroom_ratio)
select 1, score_threshold, revenue_threshold, revenue_threshold_is_median, growth_headroom_ratio
from segment_threshold_computed;

create or replace view segment_threshold_effective as
select f.score_threshold,
       f.revenue_threshold,
       f.revenue_threshold_is_median,
       f.growth_headroom_ratio
from segment_threshold_in_force f
where f.id = 1;

-- ---------------------------------------------------------------- summary tables
-- Each account's summary experience score (its latest relationship response with answers) and segment.
create table account_score (
    account_id   bigint        primary key references account (id) on delete cascade,
    response_id  bigint        not null unique references survey_response (id) on delete cascade,
    responded_at timestamptz   not null,
    nps          smallint      check (nps between 0 and 10),
    score        numeric(4, 2) not null check (score between 1 and 7),
    segment      text          not null check (segment in ('MODEL', 'GROWTH', 'AT_RISK', 'DANGLING'))
);
create index account_score_segment_idx on account_score (segment);

-- Each account's score and segment per relationship wave (quarter).
create table account_wave_score (
    account_id    bigint        not null references account (id) on delete cascade,
    quarter_start date          not null check (quarter_start = date_trunc('quarter', quarter_start)::date),
    response_id   bigint        not null unique references survey_response (id) on delete cascade,
    responded_at  timestamptz   not null,
    nps           smallint      check (nps between 0 and 10),
    score         numeric(4, 2) not null check (score between 1 and 7),
    segment       text          not null check (segment in ('MODEL', 'GROWTH', 'AT_RISK', 'DANGLING')),
    primary key (account_id, quarter_start)
);
create index account_wave_score_quarter_idx on account_wave_score (quarter_start, account_id);

-- Answers per month, item (its cue, its standard) and the response's touch point, for each group of
-- accounts sharing vertical market, location, platform and account executive: exactly the four
-- dimensions every dashboard filters by (AccountFilter). Grouping by these instead of by account keeps
-- the table small at any number of accounts; one account's own figures read its rows by index.
create table answer_month (
    vertical_market_id   bigint  not null references vertical_market (id),
    location_id          bigint  not null references location (id),
    service_platform_id  bigint  not null references service_platform (id),
    account_executive_id bigint  not null references app_user (id),
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
    constraint answer_month_key unique nulls not distinct
        (vertical_market_id, location_id, service_platform_id, account_executive_id, month, item_id, touch_point_id)
);
create index answer_month_month_idx on answer_month (month);

-- Responses and their NPS categories per month, touch point and survey pattern, same account groups.
create table response_month (
    vertical_market_id   bigint not null references vertical_market (id),
    location_id          bigint not null references location (id),
    service_platform_id  bigint not null references service_platform (id),
    account_executive_id bigint not null references app_user (id),
    touch_point_id       bigint references touch_point (id),
    pattern              text   not null check (pattern in ('PAST', 'PRESENT', 'POTENTIAL')),
    month                date   not null check (month = date_trunc('month', month)::date),
    responses            bigint not null check (responses > 0),
    nps_answers          bigint not null check (nps_answers between 0 and responses),
    promoters            bigint not null check (promoters >= 0),
    passives             bigint not null check (passives >= 0),
    detractors           bigint not null check (detractors >= 0),
    check (promoters + passives + detractors = nps_answers),
    constraint response_month_key unique nulls not distinct
        (vertical_market_id, location_id, service_platform_id, account_executive_id, month, pattern, touch_point_id)
);
create index response_month_month_idx on response_month (month);

-- ---------------------------------------------------------------- indexes the maintenance and readers use
create index account_group_idx on account (vertical_market_id, location_id, service_platform_id, account_executive_id);
create index survey_response_account_time_idx on survey_response (account_id, responded_at);
-- contact eligibility (account detail): the last response of a contact per pattern
create index survey_response_contact_idx on survey_response (contact_id, pattern, responded_at desc)
    where contact_id is not null;
-- the review's verbatims: the newest commented responses first
create index survey_response_commented_idx on survey_response (responded_at desc, id desc)
    where length(trim(comment)) > 0;

-- ---------------------------------------------------------------- the summaries' definitions
-- A group of accounts in one month: the key of answer_month and response_month.
create type summary_cell as (
    vertical_market_id   bigint,
    location_id          bigint,
    service_platform_id  bigint,
    account_executive_id bigint,
    month                date
);

-- The latest relationship response with answers of each given account and its score (V3's rule).
create function account_latest_scores_of(accounts bigint[])
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

-- The score of each given account per wave: the latest response with answers in the quarter (V10's rule).
create function account_wave_scores_of(accounts bigint[])
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
create view answer_month_source as
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
create view response_month_source as
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

-- ---------------------------------------------------------------- maintenance
-- Brings segment_threshold_in_force up to date; true when it changed (then every segment may move).
create function summaries_refresh_thresholds() returns boolean language plpgsql as $$
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
create function summaries_refresh_segments(accounts bigint[]) returns void language plpgsql as $$
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

-- Recomputes the score rows of the given accounts from their responses.
create function summaries_refresh_accounts(accounts bigint[]) returns void language plpgsql as $$
declare
    account_key bigint;
begin
    if accounts is null or cardinality(accounts) = 0 then
        return;
    end if;
    -- writers of the same account queue here; in key order, so two writers never deadlock
    for account_key in select distinct x from unnest(accounts) x order by 1 loop
        perform pg_advisory_xact_lock(hashtext('summary_account'), hashtext(account_key::text));
    end loop;
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

-- Recomputes the month rows of the given cells from their responses and answers: the same source views
-- as the full rebuild, narrowed to one cell at a time (a write touches one or two cells).
create function summaries_refresh_cells(cells summary_cell[], answers boolean, responses boolean) returns void language plpgsql as $$
declare
    cell_key integer;
    cell     summary_cell;
begin
    if cells is null or cardinality(cells) = 0 then
        return;
    end if;
    for cell_key in select distinct hashtext(c::text) from unnest(cells) c order by 1 loop
        perform pg_advisory_xact_lock(hashtext('summary_cell'), cell_key);
    end loop;
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

-- The full rebuild for repair and after bulk loads: every summary from the raw rows.
create function summaries_rebuild_all() returns void language plpgsql as $$
begin
    lock table account_score, account_wave_score, answer_month, response_month, segment_threshold_in_force
        in exclusive mode;
    perform summaries_refresh_thresholds();
    delete from account_score;
    delete from account_wave_score;
    delete from answer_month;
    delete from response_month;
    perform summaries_refresh_accounts(array(select id from account));
    insert into answer_month select * from answer_month_source;
    insert into response_month select * from response_month_source;
end
$$;

-- ---------------------------------------------------------------- triggers
-- A bulk load (the demo generator, an import of many rows) may defer maintenance for the rest of its
-- transaction and rebuild once at its end: cx.touchpoint.summary.Summaries#deferredWhile sets this
-- transaction-local setting and always ends with summaries_rebuild_all() in the same transaction, so
-- no other session ever sees the summaries out of date.
create function summaries_deferred() returns boolean language sql stable as $$
select coalesce(current_setting('touchpoint.summaries', true), '') = 'deferred'
$$;

create function summaries_on_response_change() returns trigger language plpgsql as $$
declare
    cells    summary_cell[] := '{}';
    accounts bigint[]       := '{}';
    more_cells    summary_cell[];
    more_accounts bigint[];
begin
    if summaries_deferred() then
        return null;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        select array_agg(distinct row (a.vertical_market_id, a.location_id, a.service_platform_id,
                   a.account_executive_id, company_month(n.responded_at))::summary_cell),
               array_agg(distinct n.account_id) filter (where n.pattern = 'PRESENT')
        into more_cells, more_accounts
        from new_rows n join account a on a.id = n.account_id;
        cells := cells || coalesce(more_cells, '{}');
        -- a new response has no answers yet: the answer trigger places it in the scores
        if tg_op = 'UPDATE' then
            accounts := accounts || coalesce(more_accounts, '{}');
        end if;
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        select array_agg(distinct row (a.vertical_market_id, a.location_id, a.service_platform_id,
                   a.account_executive_id, company_month(o.responded_at))::summary_cell),
               array_agg(distinct o.account_id) filter (where o.pattern = 'PRESENT')
        into more_cells, more_accounts
        from old_rows o join account a on a.id = o.account_id;
        cells := cells || coalesce(more_cells, '{}');
        accounts := accounts || coalesce(more_accounts, '{}');
    end if;
    perform summaries_refresh_accounts(accounts);
    perform summaries_refresh_cells(cells, tg_op <> 'INSERT', true);
    return null;
end
$$;

create trigger survey_response_summaries_insert after insert on survey_response
    referencing new table as new_rows for each statement execute function summaries_on_response_change();
create trigger survey_response_summaries_update after update on survey_response
    referencing old table as old_rows new table as new_rows
    for each statement execute function summaries_on_response_change();
create trigger survey_response_summaries_delete after delete on survey_response
    referencing old table as old_rows for each statement execute function summaries_on_response_change();

-- Answers of a response deleted with it (cascade) find no response here; the response trigger
-- refreshes their keys. Answers never change response_month.
create function summaries_on_answer_change() returns trigger language plpgsql as $$
declare
    cells    summary_cell[] := '{}';
    accounts bigint[]       := '{}';
    more_cells    summary_cell[];
    more_accounts bigint[];
begin
    if summaries_deferred() then
        return null;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        select array_agg(distinct row (a.vertical_market_id, a.location_id, a.service_platform_id,
                   a.account_executive_id, company_month(r.responded_at))::summary_cell),
               array_agg(distinct r.account_id) filter (where r.pattern = 'PRESENT')
        into more_cells, more_accounts
        from (select distinct response_id from new_rows) n
        join survey_response r on r.id = n.response_id join account a on a.id = r.account_id;
        cells := cells || coalesce(more_cells, '{}');
        accounts := accounts || coalesce(more_accounts, '{}');
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        select array_agg(distinct row (a.vertical_market_id, a.location_id, a.service_platform_id,
                   a.account_executive_id, company_month(r.responded_at))::summary_cell),
               array_agg(distinct r.account_id) filter (where r.pattern = 'PRESENT')
        into more_cells, more_accounts
        from (select distinct response_id from old_rows) o
        join survey_response r on r.id = o.response_id join account a on a.id = r.account_id;
        cells := cells || coalesce(more_cells, '{}');
        accounts := accounts || coalesce(more_accounts, '{}');
    end if;
    perform summaries_refresh_accounts(accounts);
    perform summaries_refresh_cells(cells, true, false);
    return null;
end
$$;

create trigger response_answer_summaries_insert after insert on response_answer
    referencing new table as new_rows for each statement execute function summaries_on_answer_change();
create trigger response_answer_summaries_update after update on response_answer
    referencing old table as old_rows new table as new_rows
    for each statement execute function summaries_on_answer_change();
create trigger response_answer_summaries_delete after delete on response_answer
    referencing old table as old_rows for each statement execute function summaries_on_answer_change();

-- Revenue and status move the median revenue threshold (then every segment may change); revenue of
-- one account moves its own segment; a new vertical, location, platform or executive moves its
-- answers to another group.
create function summaries_on_account_change() returns trigger language plpgsql as $$
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

create trigger account_summaries_insert after insert on account
    referencing new table as new_rows for each statement execute function summaries_on_account_change();
create trigger account_summaries_update after update on account
    referencing old table as old_rows new table as new_rows
    for each statement execute function summaries_on_account_change();
create trigger account_summaries_delete after delete on account
    referencing old table as old_rows for each statement execute function summaries_on_account_change();

create function summaries_on_threshold_change() returns trigger language plpgsql as $$
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

create trigger segment_threshold_summaries after insert or update on segment_threshold
    for each statement execute function summaries_on_threshold_change();

-- A wave that opens in another quarter moves its responses to that quarter.
create function summaries_on_wave_change() returns trigger language plpgsql as $$
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

create trigger survey_wave_summaries after update on survey_wave
    referencing old table as old_rows new table as new_rows
    for each statement execute function summaries_on_wave_change();

-- ---------------------------------------------------------------- the names the code reads
create or replace view account_latest_score as
select s.account_id, s.response_id, s.responded_at, s.nps, s.score
from account_score s;

create or replace view account_segment as
select a.id as account_id,
       s.score,
       s.nps,
       s.responded_at,
       coalesce(s.segment, 'UNSCORED') as segment
from account a
left join account_score s on s.account_id = a.id;

create or replace view account_quarter_score as
select w.account_id, w.quarter_start, w.response_id, w.nps, w.score
from account_wave_score w;

create or replace view account_quarter_segment as
select w.account_id, w.quarter_start, w.score, w.nps, w.segment
from account_wave_score w;

select summaries_rebuild_all();
