-- The agenda (issue 15): events and festivals. An event happens once (starts_at, ends_at) or
-- repeats by an RFC 5545 RRULE on the wall-clock time of its first occurrence in Amsterdam. It may
-- be tied to an offer, a route, a wijk and a festival; a festival gathers its events.
create table festivals (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  slug text not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name text not null,
  description text not null default '',
  starts_on date not null,
  ends_on date not null,
  primary key (tenant_id, id),
  unique (tenant_id, slug),
  check (ends_on >= starts_on)
);

create table events (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  title text not null,
  description text not null default '',
  kind text not null check (kind in ('wijk', 'festival', 'sport', 'culture')),
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  -- RRULE without DTSTART (e.g. FREQ=WEEKLY;BYDAY=TU;UNTIL=20271231T000000Z); null: happens once.
  rrule text,
  -- The last day it may happen, for queries: the end of a one-off event, the rule's end, or null (no end).
  last_on date,
  location_name text not null default '',
  address text not null default '',
  wijk_code text,
  offer_id uuid,
  route_id uuid,
  festival_id uuid,
  is_free boolean not null,
  price_cents integer check (price_cents is null or price_cents >= 0),
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, wijk_code) references wijken(tenant_id, code),
  foreign key (tenant_id, offer_id) references offers(tenant_id, id),
  foreign key (tenant_id, route_id) references routes(tenant_id, id),
  foreign key (tenant_id, festival_id) references festivals(tenant_id, id),
  check (ends_at >= starts_at)
);
create index events_period on events (tenant_id, starts_at, last_on);
