-- The survey feature's published read models (STYLE 21, docs/ARCHITECTURE.md): what the dashboards, the board
-- and the webhooks read of responses, answers, survey items, templates and waves, instead of survey's tables.
-- Plain views over one table each: PostgreSQL inlines them, so every reader keeps its plan and its indexes.
-- (The comments others read are survey_comment, R__survey_comment_read_model.sql.)
create or replace view response_facts as
select r.id, r.template_id, r.wave_id, r.invitation_id, r.account_id, r.contact_id, r.touch_point_id, r.pattern,
       r.channel, r.nps, r.comment, r.responded_at
  from survey_response r;

create or replace view answer_facts as
select x.id, x.response_id, x.item_id, x.expected, x.experienced, x.expected_value, x.perceived_value,
       x.responded_at
  from response_answer x;

create or replace view survey_item_facts as
select i.id, i.template_id, i.position, i.cue_id, i.touch_point_id, i.standard_id, i.question
  from survey_item i;

create or replace view survey_template_facts as
select t.id, t.name, t.pattern, t.touch_point_id, t.asks_nps, t.asks_comment, t.active, t.retired_at, t.replaces_id
  from survey_template t;

create or replace view survey_wave_facts as
select w.id, w.template_id, w.name, w.opens_on, w.closes_on, w.status
  from survey_wave w;
