-- An account's id in the customer's own systems defaults to 'TP-<id>'.
-- A repeatable migration (STYLE 23): the current definition of each object below, in one place.
-- Flyway runs it after the versioned migrations, and again whenever this file changes; change the
-- objects here, never in a new V file.

-- Accounts created without one (the demo generator, bulk loads) get 'TP-<id>'.
create or replace function account_default_external_id() returns trigger language plpgsql as $$
begin
    if new.external_id is null then
        new.external_id := 'TP-' || new.id;
    end if;
    return new;
end $$;

create or replace trigger account_external_id_default before insert on account
    for each row execute function account_default_external_id();
