-- The title's words by trigram (decision 0022): every offer with all the searched words in its
-- title ranks above every offer without, so a page those offers fill is ranked from them alone.
-- A common word matches thousands of offers; ranking all of them was most of a search's time.
create index offers_title_trigrams on offers using gin (lower(title) gin_trgm_ops);
