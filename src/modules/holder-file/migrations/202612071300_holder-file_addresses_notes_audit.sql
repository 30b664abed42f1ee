-- The holder's file in Beheer (issue 14): an address per holder (searchable), notes the pass
-- organisation writes, and an audit of every correction of a holder's details.

create table holder_addresses (
  tenant_id text not null references tenants(id),
  holder_id uuid not null,
  street text not null,
  house_number text not null,
  postcode text not null,
  city text not null,
  updated_at timestamptz not null default now(),
  primary key (tenant_id, holder_id),
  foreign key (tenant_id, holder_id) references holders(tenant_id, id)
);
create index holder_addresses_postcode on holder_addresses (tenant_id, postcode);

create table holder_notes (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  holder_id uuid not null,
  body text not null check (length(body) between 1 and 2000),
  written_by text not null,
  written_by_name text not null,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, holder_id) references holders(tenant_id, id)
);
create index holder_notes_holder on holder_notes (tenant_id, holder_id, created_at desc);

-- One row per correction: which fields changed, from what to what, by whom. Never updated.
create table holder_audit_events (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  holder_id uuid not null,
  action text not null check (action ~ '^[a-z][a-z_.]*$'),
  changes jsonb not null default '[]',
  actor text not null,
  actor_name text not null,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, holder_id) references holders(tenant_id, id)
);
create index holder_audit_events_holder on holder_audit_events (tenant_id, holder_id, created_at desc);
