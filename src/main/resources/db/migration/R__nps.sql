-- The NPS categories, once.
-- A repeatable migration (STYLE 23): the current definition of each object below, in one place.
-- Flyway runs it after the versioned migrations, and again whenever this file changes; change the
-- objects here, never in a new V file.

-- who is a promoter (9-10) and a detractor (0-6) on the 0-10 likelihood-to-recommend question;
-- everyone else who answered is a passive. cx.touchpoint.base.Nps builds its aggregates on these.
create or replace function nps_promoter(answer integer) returns boolean language sql immutable as $$ select answer >= 9 $$;

create or replace function nps_detractor(answer integer) returns boolean language sql immutable as $$ select answer <= 6 $$;
