-- Sponsors and the actiebudget (issue 3, item 5). Money is booked in the ledger (0003); these
-- tables hold what the ledger lines mean: who pledged, which bank transfer was received, and on
-- which activity in which wijk the actiebudget was spent. See docs/ledger.md.

-- A business (or other organisation) that sponsors the actiebudget. Contact details are for the
-- pass organisation only and are never shown publicly.
create table sponsors (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  name text not null check (length(name) between 1 and 200),
  contact_name text,
  contact_email text,
  -- The sponsor may also be a provider on the pass.
  provider_id uuid,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, name),
  foreign key (tenant_id, provider_id) references providers(tenant_id, id)
);

-- A promise to contribute. Nothing is booked when it is made: only a received transfer is.
create table sponsor_pledges (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  sponsor_id uuid not null,
  amount_cents bigint not null check (amount_cents > 0),
  expected_on date not null,
  -- Shown on the public page only when publicity_agreed.
  publicity_text text not null default '',
  publicity_agreed boolean not null default false,
  created_at timestamptz not null default now(),
  created_by text,
  primary key (tenant_id, id),
  foreign key (tenant_id, sponsor_id) references sponsors(tenant_id, id)
);
create index sponsor_pledges_sponsor on sponsor_pledges (tenant_id, sponsor_id);

-- A transfer the municipality confirmed on its bank statement; booked once per bank reference.
create table sponsor_receipts (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  pledge_id uuid not null,
  amount_cents bigint not null check (amount_cents > 0),
  received_on date not null,
  bank_reference text not null check (length(bank_reference) between 1 and 100),
  entry_id uuid not null,
  created_at timestamptz not null default now(),
  created_by text,
  primary key (tenant_id, id),
  unique (tenant_id, bank_reference),
  foreign key (tenant_id, pledge_id) references sponsor_pledges(tenant_id, id),
  foreign key (tenant_id, entry_id) references journal_entries(tenant_id, id)
);
create index sponsor_receipts_pledge on sponsor_receipts (tenant_id, pledge_id);

-- What the actiebudget was spent on: one row per `action_budget_grant` journal entry, with the
-- activity and the wijk the public page groups by. A correction is a reversal of the entry.
create table action_budget_grants (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  reference text not null check (length(reference) between 1 and 100),
  activity_name text not null check (length(activity_name) between 1 and 200),
  wijk_code text not null,
  amount_cents bigint not null check (amount_cents > 0),
  granted_on date not null,
  -- The community centre (or other provider) that receives the money; null: the municipality pays it itself.
  provider_id uuid,
  entry_id uuid not null,
  created_at timestamptz not null default now(),
  created_by text,
  primary key (tenant_id, id),
  unique (tenant_id, reference),
  unique (tenant_id, entry_id),
  foreign key (tenant_id, wijk_code) references wijken(tenant_id, code),
  foreign key (tenant_id, provider_id) references providers(tenant_id, id),
  foreign key (tenant_id, entry_id) references journal_entries(tenant_id, id)
);
create index action_budget_grants_granted on action_budget_grants (tenant_id, granted_on);
