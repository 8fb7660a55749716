-- Advisory locks are database-wide, but summaries are per schema: two schemas in one database (test
-- runs side by side, a benchmark beside the app) numbered their accounts alike and queued on, or
-- deadlocked over, each other's summary locks. The lock names now carry the schema. Same rules as
-- V100 otherwise: above 1,000 keys a table lock, below it one lock per key in key order.
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
