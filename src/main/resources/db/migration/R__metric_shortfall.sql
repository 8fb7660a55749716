-- "Worse for the customer" for a value in a service standard's unit.
-- A repeatable migration (STYLE 23): the current definition of each object below, in one place.
-- Flyway runs it after the versioned migrations, and again whenever this file changes; change the
-- objects here, never in a new V file.

-- Surveys readiness (issue 8): "worse for the customer" for a value in a service standard's unit,
-- defined once. Signed so that a negative result means the customer gets less than the reference:
-- for a higher-is-better metric (on-time %) measured - reference, for a lower-is-better one (reply
-- hours) reference - measured. The gap chain (gaps 1-5) and an account's readiness both use it.
create or replace function metric_shortfall(direction text, reference double precision, measured double precision)
    returns double precision
    language sql
    immutable
as $$
    select case when direction = 'LOWER_IS_BETTER' then reference - measured else measured - reference end
$$;
