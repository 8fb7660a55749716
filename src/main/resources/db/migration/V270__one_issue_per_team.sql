-- One issue per team that must act (issue #23): a response's signals are routed one by one and grouped
-- by the team they reach, so a response-born issue is now its team's issue for the account. Issues
-- raised before keep their key (one open issue per account, cue and touch point) and stay as they are.
alter table issue
    add column signal_grouping text not null default 'PER_SIGNAL'
        check (signal_grouping in ('PER_SIGNAL', 'PER_TEAM'));
alter table issue add constraint issue_per_team_from_responses
    check (signal_grouping = 'PER_SIGNAL' or source = 'RESPONSE');

-- the old one-open-issue key now holds for the old issues and complaints only
drop index issue_open_signal_uq;
create unique index issue_open_signal_uq on issue (account_id, cue_id, touch_point_id) nulls not distinct
    where status in ('NEW', 'TRIAGED', 'IN_PROGRESS') and source <> 'MANUAL' and signal_grouping = 'PER_SIGNAL';
-- finding a team's open issue of an account (intake takes a lock on the pair; a team lead may still
-- re-route an issue to a team that has one, so this is an index, not a unique key)
create index issue_open_team_idx on issue (account_id, owner_team_id)
    where status in ('NEW', 'TRIAGED', 'IN_PROGRESS') and signal_grouping = 'PER_TEAM';
