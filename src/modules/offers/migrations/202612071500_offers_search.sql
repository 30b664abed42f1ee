-- Search that stays fast at 100,000 offers (decision 0022).
-- Both extensions ship with PostgreSQL's contrib and with PGlite (loaded in src/db/database.ts).
create extension if not exists pg_trgm;
create extension if not exists unaccent;

-- Dutch stemming with accents ignored: "café" finds "cafe", "crème" finds "creme".
create text search configuration stadspas_dutch (copy = dutch);
alter text search configuration stadspas_dutch
  alter mapping for hword, hword_part, word with unaccent, dutch_stem;

-- An offer's own text stays as the provider wrote it; translations per language are optional:
-- {"en": {"title": "...", "summary": "...", "description": "..."}, "tr": {...}}.
alter table offers add column translations jsonb not null default '{}'
  check (jsonb_typeof(translations) = 'object');
-- Lower-cased, accent-free title, summary, provider name and translated titles: the text that
-- trigram matching (typo tolerance, parts of compound words) runs on.
alter table offers add column search_text text not null default '';
-- Every filterable value of the offer in one array ('route:verwen-route', 'wijk:WK047912',
-- 'category:sport', 'target:kinderen', 'free'), so all filters use one GIN index and the facet
-- counts are one unnest over the matching offers.
alter table offers add column facet_keys text[] not null default '{}';
-- The position (RD New, metres) of the offer's first location, for "near a wijk".
alter table offers add column x_rd double precision;
alter table offers add column y_rd double precision;

create index offers_search_text on offers using gin (search_text gin_trgm_ops);
create index offers_facet_keys on offers using gin (facet_keys);
create index offers_visible_title on offers (tenant_id, lower(title), id) where status = 'published';

create function offers_facet_keys(p_tenant text, p_offer uuid, p_categories text[], p_targets text[], p_price_type text)
returns text[] language sql stable as $$
  select array(select 'category:' || c from unnest(p_categories) c)
    || array(select 'target:' || t from unnest(p_targets) t)
    || array(select 'route:' || r.slug from offer_routes orr
             join routes r on r.tenant_id = orr.tenant_id and r.id = orr.route_id
             where orr.tenant_id = p_tenant and orr.offer_id = p_offer)
    || array(select distinct 'wijk:' || l.wijk_code from offer_locations ol
             join locations l on l.tenant_id = ol.tenant_id and l.id = ol.location_id
             where ol.tenant_id = p_tenant and ol.offer_id = p_offer)
    || case when p_price_type = 'free' then array['free'] else array[]::text[] end
$$;

create or replace function offers_search_vector_update() returns trigger language plpgsql as $$
declare
  provider_name text := coalesce((select name from providers p where p.tenant_id = new.tenant_id and p.id = new.provider_id), '');
begin
  new.search_vector :=
    setweight(to_tsvector('stadspas_dutch', coalesce(new.title, '')), 'A') ||
    setweight(to_tsvector('stadspas_dutch', coalesce(new.summary, '')), 'B') ||
    setweight(to_tsvector('stadspas_dutch', provider_name), 'B') ||
    setweight(to_tsvector('stadspas_dutch', coalesce(new.description, '')), 'C');
  new.search_text := lower(unaccent(concat_ws(' ', new.title, new.summary, provider_name,
    (select string_agg(value ->> 'title', ' ') from jsonb_each(new.translations)))));
  new.facet_keys := offers_facet_keys(new.tenant_id, new.id, new.categories, new.target_groups, new.price_type);
  return new;
end $$;
drop trigger offers_search_vector on offers;
create trigger offers_search_vector before insert or update of title, summary, description, provider_id,
  translations, categories, target_groups, price_type
  on offers for each row execute function offers_search_vector_update();

-- Linking a route or a location changes the offer's facet keys (and its position).
create function offers_links_changed() returns trigger language plpgsql as $$
declare
  link record := case when tg_op = 'DELETE' then old else new end;
begin
  update offers o set
    facet_keys = offers_facet_keys(o.tenant_id, o.id, o.categories, o.target_groups, o.price_type),
    x_rd = pos.x_rd, y_rd = pos.y_rd
  from (select (select l.x_rd from offer_locations ol join locations l on l.tenant_id = ol.tenant_id and l.id = ol.location_id
                where ol.tenant_id = link.tenant_id and ol.offer_id = link.offer_id order by l.id limit 1) as x_rd,
               (select l.y_rd from offer_locations ol join locations l on l.tenant_id = ol.tenant_id and l.id = ol.location_id
                where ol.tenant_id = link.tenant_id and ol.offer_id = link.offer_id order by l.id limit 1) as y_rd) pos
  where o.tenant_id = link.tenant_id and o.id = link.offer_id;
  return null;
end $$;
create trigger offer_routes_facets after insert or delete on offer_routes
  for each row execute function offers_links_changed();
create trigger offer_locations_facets after insert or delete on offer_locations
  for each row execute function offers_links_changed();

-- Renaming a route's slug renames its facet key.
create function routes_slug_changed() returns trigger language plpgsql as $$
begin
  update offers o set facet_keys = offers_facet_keys(o.tenant_id, o.id, o.categories, o.target_groups, o.price_type)
  where o.tenant_id = new.tenant_id
    and o.id in (select offer_id from offer_routes where tenant_id = new.tenant_id and route_id = new.id);
  return null;
end $$;
create trigger routes_slug_facets after update of slug on routes
  for each row when (old.slug is distinct from new.slug) execute function routes_slug_changed();

-- Existing offers: recompute everything once.
update offers set title = title;
update offers o set
  x_rd = (select l.x_rd from offer_locations ol join locations l on l.tenant_id = ol.tenant_id and l.id = ol.location_id
          where ol.tenant_id = o.tenant_id and ol.offer_id = o.id order by l.id limit 1),
  y_rd = (select l.y_rd from offer_locations ol join locations l on l.tenant_id = ol.tenant_id and l.id = ol.location_id
          where ol.tenant_id = o.tenant_id and ol.offer_id = o.id order by l.id limit 1);
