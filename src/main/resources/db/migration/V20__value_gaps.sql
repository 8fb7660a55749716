-- Value gaps (issue 4): promises become editable with optimistic locking; the gap queries read
-- answers by item, estimates by item and actuals by standard and month.

alter table standard_promise add column version integer not null default 0;

create index standard_promise_standard_idx on standard_promise (standard_id, valid_from);
create index manager_estimate_item_idx on manager_estimate (item_id, estimated_on);
create index survey_item_standard_idx on survey_item (standard_id) where standard_id is not null;
