-- The theme feature's published read model (STYLE 21, docs/ARCHITECTURE.md): a theme's name and standing, as
-- the issue board and the routing rules show them (the embeddings stay the theme feature's).
create or replace view theme_facts as
select t.id, t.name, t.status, t.pinned, t.merged_into_id
  from theme t;
