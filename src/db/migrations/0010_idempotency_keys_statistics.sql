-- No column statistics for idempotency_keys. The table is only ever read by its whole primary key
-- (tenant, scope, key), which the unique index answers whatever the statistics say, so no plan
-- uses them. Gathering them was the most expensive part of autovacuum's rounds under till load:
-- ANALYZE sorted a sample of 30,000 stored answers (jsonb of about 400 bytes), hashes and keys,
-- 0.26 s of CPU per round on the 2-core benchmark machine, taken from the tills (decision 0005).
-- ANALYZE still counts the rows and pages, which is what the planner needs here.
alter table idempotency_keys
  alter column tenant_id set statistics 0,
  alter column scope set statistics 0,
  alter column key set statistics 0,
  alter column request_hash set statistics 0,
  alter column response_status set statistics 0,
  alter column response_body set statistics 0,
  alter column created_at set statistics 0;
