-- The company's calendar in SQL: the month and quarter a moment falls in.
-- A repeatable migration (STYLE 23): the current definition of each object below, in one place.
-- Flyway runs it after the versioned migrations, and again whenever this file changes; change the
-- objects here, never in a new V file.

-- The company time zone: every pool connection runs `set time zone '<touchpoint.time-zone>'`
-- (application.properties), so date_trunc on a timestamptz cuts days, months and quarters at the
-- company's midnight. These functions are the only way SQL says "the quarter / month a moment falls
-- in"; STABLE because they read the session's time zone.
create or replace function company_quarter(t timestamptz) returns date
    language sql
    stable
as $$
select date_trunc('quarter', t)::date
$$;

create or replace function company_month(t timestamptz) returns date
    language sql
    stable
as $$
select date_trunc('month', t)::date
$$;
