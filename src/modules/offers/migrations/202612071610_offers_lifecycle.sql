-- The offer life cycle of the provider portal (issue 16): draft, submitted, changes requested,
-- published, paused, ended, suspended. A change to a published offer waits in pending_changes
-- until a moderator accepts it; the live offer stays as it was. `version` goes up with every
-- change, so two moderators deciding the same offer cannot both win.
alter table offers drop constraint offers_status_check;
alter table offers add constraint offers_status_check check (status in
  ('draft', 'submitted', 'changes_requested', 'published', 'paused', 'ended', 'suspended'));
alter table offers add column version integer not null default 1;
alter table offers add column pending_changes jsonb;
alter table offers add column pending_status text check (pending_status in ('submitted', 'changes_requested'));
alter table offers add column review_comment text;
alter table offers add column event_dates date[] not null default '{}';

-- Every change to an offer: who, when, what.
create table offer_events (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  offer_id uuid not null,
  occurred_at timestamptz not null default now(),
  actor text not null,
  actor_name text not null,
  action text not null,
  changes jsonb not null default '{}',
  comment text,
  primary key (tenant_id, id),
  foreign key (tenant_id, offer_id) references offers(tenant_id, id) on delete cascade
);
create index offer_events_offer on offer_events (tenant_id, offer_id, occurred_at);
