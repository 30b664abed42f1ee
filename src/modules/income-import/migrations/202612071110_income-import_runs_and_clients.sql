-- Import from the income administration (issue 13): residents the municipality knows are entitled
-- get the free pass without applying. One row per client number remembers which holder and pass
-- an import made, and a hash of the row, so the same file twice changes nothing and a changed
-- file updates what changed. No BSN is ever stored.

create table income_import_runs (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  file_name text not null,
  dry_run boolean not null,
  status text not null check (status in ('checked', 'running', 'done', 'failed')),
  total_rows integer not null default 0,
  processed_rows integer not null default 0,
  created integer not null default 0,
  renewed integer not null default 0,
  updated integer not null default 0,
  unchanged integer not null default 0,
  refused integer not null default 0,
  -- Every row's problems: [{ line, field, code, message }].
  problems jsonb not null default '[]',
  -- One print-ready PDF with a welcome letter per new or renewed resident without e-mail.
  letters_pdf bytea,
  letters_count integer not null default 0,
  error text,
  created_by text not null,
  created_at timestamptz not null default now(),
  finished_at timestamptz,
  primary key (tenant_id, id)
);
create index income_import_runs_created on income_import_runs (tenant_id, created_at desc);

create table income_clients (
  tenant_id text not null references tenants(id),
  client_number text not null,
  holder_id uuid not null,
  pass_id uuid,
  -- The client number of the head of the household; null for a head.
  household_head text,
  category text not null check (category in ('minimum', 'carer')),
  address text not null,
  row_hash text not null,
  last_run_id uuid not null,
  updated_at timestamptz not null default now(),
  primary key (tenant_id, client_number),
  foreign key (tenant_id, holder_id) references holders(tenant_id, id),
  foreign key (tenant_id, pass_id) references passes(tenant_id, id)
);
create unique index income_clients_holder on income_clients (tenant_id, holder_id);
