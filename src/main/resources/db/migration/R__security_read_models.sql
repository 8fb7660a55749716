-- The security feature's published read models (STYLE 21, docs/ARCHITECTURE.md): the people and teams other
-- features name in their SQL (assignees, account executives, owner teams, general managers), never the sign-in
-- data behind them (password hash, forced change). Plain views: PostgreSQL inlines them into the readers' plans.
create or replace view user_directory as
select u.id, u.username, u.full_name, u.email, u.role, u.team_id, u.enabled, u.demo
  from app_user u;

create or replace view team_directory as
select t.id, t.code, t.name, t.business_function, t.lead_id, t.general_manager_id
  from team t;
