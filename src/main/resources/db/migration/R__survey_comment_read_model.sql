-- The survey feature's published read model of comments (STYLE 21): what other features, such as themes,
-- read instead of survey_response itself. A comment of only whitespace is no comment.
create or replace view survey_comment as
select r.id as response_id, r.account_id, r.nps, r.comment, r.responded_at
  from survey_response r
 where btrim(r.comment) <> '';
