-- The search vector also holds the translated titles (weight D), as search_text already did.
-- A word typed half is now matched through the vocabulary's words that contain it, by their
-- stems in the search vector (decision 0022), instead of by a trigram LIKE over every offer's
-- text. For that to find all that the LIKE found, the vector must hold every word of search_text.
create or replace function offers_search_vector_update() returns trigger language plpgsql as $$
declare
  provider_name text := coalesce((select name from providers p where p.tenant_id = new.tenant_id and p.id = new.provider_id), '');
  translated_titles text := coalesce((select string_agg(value ->> 'title', ' ') from jsonb_each(new.translations)), '');
begin
  new.search_vector :=
    setweight(to_tsvector('stadspas_dutch', coalesce(new.title, '')), 'A') ||
    setweight(to_tsvector('stadspas_dutch', coalesce(new.summary, '')), 'B') ||
    setweight(to_tsvector('stadspas_dutch', provider_name), 'B') ||
    setweight(to_tsvector('stadspas_dutch', coalesce(new.description, '')), 'C') ||
    setweight(to_tsvector('stadspas_dutch', translated_titles), 'D');
  new.search_text := lower(unaccent(concat_ws(' ', new.title, new.summary, provider_name, nullif(translated_titles, ''))));
  new.facet_keys := offers_facet_keys(new.tenant_id, new.id, new.categories, new.target_groups, new.price_type);
  return new;
end $$;

-- Only offers with a translated title gain words; the others' vectors stay as they are.
update offers o set search_vector = o.search_vector ||
  setweight(to_tsvector('stadspas_dutch', (select string_agg(value ->> 'title', ' ') from jsonb_each(o.translations))), 'D')
where exists (select 1 from jsonb_each(o.translations) t where coalesce(t.value ->> 'title', '') <> '');
