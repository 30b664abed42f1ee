-- Typos against a vocabulary, not against every offer (decision 0022, point 3).
-- Comparing a misspelt word by trigram similarity with the text of 100,000 offers took 120 ms at
-- p95. The catalogue's own words are a few thousand: the close ones are found in a millisecond,
-- and the search then runs as if the visitor had spelt them right.
create table offer_search_words (
  tenant_id text not null,
  word text not null,
  primary key (tenant_id, word)
);
create index offer_search_words_trigrams on offer_search_words using gin (word gin_trgm_ops);

-- The words of search_text (title, summary, provider name, translated titles; lower-cased, no
-- accents) of three letters or more. Words are never removed here: a word no offer uses any more
-- only leads to a search that finds nothing, as the misspelt word itself did.
create function offer_search_words_of(p_text text) returns setof text language sql immutable as $$
  select distinct w from regexp_split_to_table(p_text, '[^[:alnum:]]+') w where length(w) between 3 and 50
$$;

-- Inserts per statement, so a bulk import adds its words in one insert.
create function offers_remember_inserted_words() returns trigger language plpgsql as $$
begin
  insert into offer_search_words (tenant_id, word)
  select distinct a.tenant_id, w from added a, offer_search_words_of(a.search_text) w
  on conflict do nothing;
  return null;
end $$;
create trigger offers_words_on_insert after insert on offers
  referencing new table as added for each statement execute function offers_remember_inserted_words();

-- Updates per row, and only when the searched text changed: the till's stock updates do not fire it.
create function offers_remember_changed_words() returns trigger language plpgsql as $$
begin
  insert into offer_search_words (tenant_id, word)
  select new.tenant_id, w from offer_search_words_of(new.search_text) w
  on conflict do nothing;
  return null;
end $$;
create trigger offers_words_on_update after update on offers
  for each row when (old.search_text is distinct from new.search_text)
  execute function offers_remember_changed_words();

insert into offer_search_words (tenant_id, word)
select distinct o.tenant_id, w from offers o, offer_search_words_of(o.search_text) w
on conflict do nothing;
