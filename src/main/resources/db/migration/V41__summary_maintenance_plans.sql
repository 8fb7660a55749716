-- Recording a response refreshes its summaries (V40) in the same transaction. The pool runs
-- plan_cache_mode = force_custom_plan (application.properties) for the dashboards' optional filters;
-- the maintenance statements take only key equalities, so a generic plan is as good and saves
-- planning the source views again on every write.
alter function summaries_refresh_accounts(bigint[]) set plan_cache_mode = force_generic_plan;
alter function summaries_refresh_cells(summary_cell[], boolean, boolean) set plan_cache_mode = force_generic_plan;
