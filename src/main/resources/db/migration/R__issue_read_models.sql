-- The issue feature's published read models (STYLE 21, docs/ARCHITECTURE.md) and its overdue rule.

-- Overdue, defined once: an open issue (issue_is_open) past its SLA due time at the moment `at` (the caller's
-- clock, so tests control it). The Java twin is Issue.overdue. Immutable SQL: the planner inlines it.
create or replace function issue_overdue(status text, sla_due_at timestamptz, at timestamptz) returns boolean
    language sql
    immutable
as $$
select issue_is_open(status) and sla_due_at < at
$$;

-- Every issue as other features see it: the account's open issues, a team's overdue ones, a webhook's facts.
-- `is_open` is issue_is_open(status); overdue needs a moment: issue_overdue(status, sla_due_at, :now).
create or replace view issue_facts as
select i.id, i.source, i.account_id, i.touch_point_id, i.cue_id, i.theme_id, i.title, i.severity, i.status,
       issue_is_open(i.status) as is_open, i.owner_team_id, i.assignee_id, i.created_at, i.updated_at, i.sla_due_at,
       i.escalated_at, i.escalated_to_id, i.resolved_at, i.closed_at, i.verification, i.reopen_count
  from issue i;

-- Which issues a response or a complaint raised or joined (the board's evidence), for the response page and the
-- API; in the order the evidence was added (id).
create or replace view issue_evidence_facts as
select e.id, e.issue_id, e.response_id, e.complaint_id, e.added_at
  from issue_evidence e;
