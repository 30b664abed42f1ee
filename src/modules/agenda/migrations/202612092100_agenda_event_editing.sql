-- Editing the agenda (issue 15): the pass organisation and providers keep events up to date. An
-- event tied to an offer belongs to that offer's provider, who may change or delete it; the
-- service sets provider_id from the offer on every write. Events without an offer belong to the
-- pass organisation alone. updated_at tells when an event was last changed.
alter table events add column provider_id uuid;
alter table events add column updated_at timestamptz not null default now();
update events e set provider_id = o.provider_id
  from offers o where o.tenant_id = e.tenant_id and o.id = e.offer_id;
alter table events add foreign key (tenant_id, provider_id) references providers(tenant_id, id);
create index events_provider on events (tenant_id, provider_id) where provider_id is not null;
