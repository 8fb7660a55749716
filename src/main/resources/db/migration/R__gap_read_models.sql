-- The gap feature's published read models (STYLE 21, docs/ARCHITECTURE.md): the service standards, the promises
-- made about them and whether managers estimated an item, as surveys and the review read them. Plain views over
-- one table each, inlined by PostgreSQL.
create or replace view service_standard_facts as
select s.id, s.code, s.name, s.cue_id, s.touch_point_id, s.owner_team_id, s.unit, s.direction, s.target_value
  from service_standard s;

create or replace view standard_promise_facts as
select p.id, p.standard_id, p.promised_value, p.wording, p.channel, p.valid_from, p.valid_to
  from standard_promise p;

create or replace view manager_estimate_facts as
select e.id, e.user_id, e.item_id, e.estimated_on, e.estimated_expected, e.estimated_expected_value
  from manager_estimate e;
