-- The answers behind a gap, paged by an index in the list's own order.
--
-- Why: the list is the largest shortfall first, then the newest (experienced - expected, the response's
-- responded_at descending, the answer's id). V101's index gives only the first key, so PostgreSQL read
-- every answer of the worst shortfall value (4,400 at 20,000 accounts / 923,000 answers), looked up each
-- one's response for its time and sorted them to show 50: 55 ms p95, and growing with the answers.
-- With the response's time on the answer the index holds the whole order and the period's bounds, so a
-- page reads its 50 answers (plus those the filters skip), at any number of answers.
--
-- answer.responded_at is its response's responded_at, always: set from the response when an answer is
-- written, and carried to its answers when a response's time changes (same transaction).
alter table response_answer add column responded_at timestamptz;

-- a copy the summaries do not read: their triggers (V100) would rewrite every summary row by a zero delta
select set_config('touchpoint.summaries', 'deferred', true);
update response_answer ra set responded_at = r.responded_at
from survey_response r where r.id = ra.response_id;
select set_config('touchpoint.summaries', '', true);

alter table response_answer alter column responded_at set not null;

create function response_answer_responded_at() returns trigger language plpgsql as $$
begin
    select r.responded_at into new.responded_at from survey_response r where r.id = new.response_id;
    return new;
end
$$;

create trigger response_answer_responded_at before insert or update of response_id, responded_at on response_answer
    for each row execute function response_answer_responded_at();

-- The summaries read the response's time, not this copy, and the response's own trigger moves them:
-- this update is hidden from the answers' summary triggers (V100), which would refresh only the
-- accounts the responses have now, not those they had.
create function survey_response_answers_responded_at() returns trigger language plpgsql as $$
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

create trigger survey_response_answers_responded_at after update on survey_response
    referencing old table as old_rows new table as new_rows
    for each statement execute function survey_response_answers_responded_at();

drop index response_answer_shortfall;
create index response_answer_shortfall on response_answer ((experienced - expected), responded_at desc, id);
