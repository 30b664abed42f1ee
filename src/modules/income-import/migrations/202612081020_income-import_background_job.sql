-- A real import runs as a background job (pg-boss, docs/decisions/0024) that survives a restart:
-- the run keeps the uploaded file until it is done, the size of its chunks, the next chunk to do
-- (moved on in the same transaction as that chunk's work, so a resumed job skips what is done) and
-- the welcome-letter entries made so far (the PDF is made from them at the end).
alter table income_import_runs add column file_content bytea;
alter table income_import_runs add column chunk_rows integer not null default 1000 check (chunk_rows > 0);
alter table income_import_runs add column next_chunk integer not null default 0 check (next_chunk >= 0);
alter table income_import_runs add column letter_entries jsonb not null default '[]';
alter table income_import_runs add column job_id text;
