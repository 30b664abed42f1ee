-- The materials depot (Materialendepot Zaanstad, Krommenie): items, reservations (never two over
-- the same days: a reservation locks the item row and checks overlaps), and every ask, so the
-- depot sees what is asked for often. Spaces for activities (supply and demand, also of the
-- housing corporations) and shared needs of initiatives (a course or a purchase to share).
create table depot_items (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  name text not null,
  category text not null default '',
  description text not null default '',
  active boolean not null default true,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id)
);

create table depot_reservations (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  item_id uuid not null,
  partner_id uuid not null,
  starts_on date not null,
  ends_on date not null,
  purpose text not null default '',
  status text not null default 'reserved' check (status in ('reserved', 'handed_out', 'returned', 'cancelled')),
  handed_out_at timestamptz,
  returned_at timestamptz,
  return_note text,
  created_by text not null,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  check (ends_on >= starts_on),
  foreign key (tenant_id, item_id) references depot_items(tenant_id, id),
  foreign key (tenant_id, partner_id) references partners(tenant_id, id)
);
create index depot_reservations_item on depot_reservations (tenant_id, item_id, starts_on);

create table depot_requests (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  partner_id uuid not null,
  item_id uuid,
  wish text,
  outcome text not null check (outcome in ('reserved', 'refused_booked', 'wish')),
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  check (item_id is not null or wish is not null),
  foreign key (tenant_id, item_id) references depot_items(tenant_id, id),
  foreign key (tenant_id, partner_id) references partners(tenant_id, id)
);

create table spaces (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  kind text not null check (kind in ('offer', 'request')),
  title text not null,
  description text not null default '',
  wijk_code text not null,
  capacity integer not null check (capacity between 1 and 10000),
  owner_name text not null,
  partner_id uuid,
  availability text not null default '',
  status text not null default 'open' check (status in ('open', 'closed')),
  created_by text not null,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, partner_id) references partners(tenant_id, id),
  foreign key (tenant_id, wijk_code) references wijken(tenant_id, code)
);

create table shared_needs (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  partner_id uuid not null,
  kind text not null check (kind in ('course', 'purchase')),
  subject text not null,
  subject_key text not null,
  note text not null default '',
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, partner_id, kind, subject_key),
  foreign key (tenant_id, partner_id) references partners(tenant_id, id)
);
