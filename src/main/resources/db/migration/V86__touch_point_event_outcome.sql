-- POST /events (issue #9): what the transaction-survey trigger did with each event. An event with no
-- trigger for its touch point (or no contact) stays recorded with trigger_outcome 'NO_TRIGGER' /
-- 'NO_CONTACT', so it can be handled when one is configured.
alter table touch_point_event
    add column invitation_id   bigint references survey_invitation (id) on delete set null,
    add column trigger_outcome text not null default 'NO_TRIGGER'
        check (trigger_outcome in ('NO_TRIGGER', 'NO_CONTACT', 'INVITED', 'SKIPPED')),
    add column trigger_note    text not null default '';
