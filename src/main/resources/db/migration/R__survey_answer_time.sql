-- An answer carries its response's time (the shortfall list pages by an index in its own order):
-- set from the response when an answer is written, carried to its answers when a response's time changes.
-- A repeatable migration (STYLE 23): the current definition of each object below, in one place.
-- Flyway runs it after the versioned migrations, and again whenever this file changes; change the
-- objects here, never in a new V file.

create or replace function response_answer_responded_at() returns trigger language plpgsql as $$
begin
    select r.responded_at into new.responded_at from survey_response r where r.id = new.response_id;
    return new;
end
$$;

create or replace trigger response_answer_responded_at before insert or update of response_id, responded_at on response_answer
    for each row execute function response_answer_responded_at();

-- The summaries read the response's time, not this copy, and the response's own trigger moves them:
-- this update is hidden from the answers' summary triggers (R__summaries), which would refresh only the
-- accounts the responses have now, not those they had.
create or replace function survey_response_answers_responded_at() returns trigger language plpgsql as $$
declare
    summaries text := coalesce(current_setting('touchpoint.summaries', true), '');
begin
    perform set_config('touchpoint.summaries', 'deferred', true);
    update response_answer ra set responded_at = n.responded_at
    from new_rows n join old_rows o on o.id = n.id
    where ra.response_id = n.id and n.responded_at is distinct from o.responded_at;
    perform set_config('touchpoint.summaries', summaries, true);
    return null;
end
$$;

create or replace trigger survey_response_answers_responded_at after update on survey_response
    referencing old table as old_rows new table as new_rows
    for each statement execute function survey_response_answers_responded_at();
