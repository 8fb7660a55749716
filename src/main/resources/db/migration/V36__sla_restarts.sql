-- Issue #12.2/3: the SLA clock restarts when an issue opens again, and an escalation ends when its
-- reason does. sla_started_at is when the current SLA began: creation, or the last reopen; the due
-- time is always sla_started_at + the SLA hours of the issue's severity.

alter table issue add column sla_started_at timestamptz;
update issue set sla_started_at = created_at;
alter table issue alter column sla_started_at set not null;
alter table issue add constraint issue_sla_started_after_creation check (sla_started_at >= created_at);
alter table issue add constraint issue_sla_due_after_start check (sla_due_at >= sla_started_at);

-- inserts that predate the column (demo, fixtures) start the SLA at creation
create function issue_sla_started_default() returns trigger language plpgsql as $$
begin
    new.sla_started_at := coalesce(new.sla_started_at, new.created_at);
    return new;
end;
$$;
create trigger issue_sla_started_default before insert on issue
    for each row execute function issue_sla_started_default();

-- the audit trail names a fresh SLA and an escalation that ended
alter table issue_event drop constraint issue_event_kind_check;
alter table issue_event add constraint issue_event_kind_check check (kind in (
    'CREATED', 'STATUS', 'ASSIGNEE', 'TEAM', 'SEVERITY', 'COMMENT', 'EVIDENCE', 'ESCALATED', 'VERIFICATION',
    'SLA', 'ESCALATION_CLEARED'));
