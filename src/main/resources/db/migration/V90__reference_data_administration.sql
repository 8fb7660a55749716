-- Reference data administration (issue 10, section 2): admins create, edit and retire perception cues,
-- touch points, vertical markets, locations and service platforms. A retired item is no longer offered
-- in pickers but keeps its name on the data that refers to it, so nothing that refers to it is deleted.
-- version makes a concurrent edit fail instead of silently overwriting.

alter table perception_cue
    add column retired boolean not null default false,
    add column version integer not null default 0;
alter table touch_point
    add column retired boolean not null default false,
    add column version integer not null default 0;
alter table vertical_market
    add column retired boolean not null default false,
    add column version integer not null default 0;
alter table location
    add column retired boolean not null default false,
    add column version integer not null default 0;
alter table service_platform
    add column retired boolean not null default false,
    add column version integer not null default 0;

-- the hours an issue has per severity (sla_policy, V1) become admin-editable; every row must stay
alter table sla_policy add column version integer not null default 0;

