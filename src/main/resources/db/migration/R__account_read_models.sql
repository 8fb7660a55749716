-- The account feature's published read models (STYLE 21, docs/ARCHITECTURE.md): what other features read of
-- accounts and contacts instead of the tables themselves. Plain views: PostgreSQL inlines them, so a
-- dashboard joining account_facts keeps the plan (and the indexes) it had on account.
create or replace view account_facts as
select a.id, a.name, a.external_id, a.vertical_market_id, a.location_id, a.service_platform_id,
       a.account_executive_id, a.annual_revenue, a.potential_revenue, a.status, a.defected_on, a.customer_since
  from account a;

create or replace view contact_facts as
select c.id, c.account_id, c.full_name, c.job_title, c.email, c.last_surveyed_at, c.opted_out_at
  from contact c;
