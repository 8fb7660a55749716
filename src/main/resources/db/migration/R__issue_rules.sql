-- The issue feature's rules in SQL: what an open issue is, the SLA's start, the append-only audit trail.
-- A repeatable migration (STYLE 23): the current definition of each object below, in one place.
-- Flyway runs it after the versioned migrations, and again whenever this file changes; change the
-- objects here, never in a new V file.

create or replace function forbid_issue_event_change() returns trigger language plpgsql as $$
begin
    raise exception 'issue_event is append-only';
end $$;

create or replace trigger issue_event_append_only before update or delete on issue_event
    for each row execute function forbid_issue_event_change();

-- An open issue is one someone still has to act on: new, triaged or in progress. The Java twin is
-- IssueStatus.open(); nothing else names the list.
create or replace function issue_is_open(status text) returns boolean
    language sql
    immutable
as $$
select status in ('NEW', 'TRIAGED', 'IN_PROGRESS')
$$;

-- inserts that predate the column (demo, fixtures) start the SLA at creation
create or replace function issue_sla_started_default() returns trigger language plpgsql as $$
begin
    new.sla_started_at := coalesce(new.sla_started_at, new.created_at);
    return new;
end;
$$;

create or replace trigger issue_sla_started_default before insert on issue
    for each row execute function issue_sla_started_default();
