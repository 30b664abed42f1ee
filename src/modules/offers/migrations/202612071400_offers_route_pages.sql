-- Route pages (issue 15): each route has a story in B1 Dutch, a picture (a pictogram and a
-- colour, drawn by the server, so it works offline and under the Content-Security-Policy),
-- and can be switched off without losing its offers' links to it.
alter table routes add column story text not null default '';
alter table routes add column picture text not null default 'star'
  check (picture in ('heart', 'spa', 'sport', 'star', 'windmill', 'house', 'family', 'tree'));
alter table routes add column color text not null default '#0b5cad'
  check (color ~ '^#[0-9a-f]{6}$');
alter table routes add column is_active boolean not null default true;
