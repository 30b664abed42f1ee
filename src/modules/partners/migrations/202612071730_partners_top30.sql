-- The top 30 of volunteer activities, made with Zaankanters voor Elkaar (issue 17): nominations
-- (also of activities not on the pass yet), scores, weights, and the monthly ranking.
create table top30_nominations (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  partner_id uuid not null,
  title text not null,
  description text not null,
  wijk_code text not null,
  offer_id uuid,
  jury_score integer check (jury_score between 0 and 10),
  volunteer_org_score integer check (volunteer_org_score between 0 and 10),
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, partner_id) references partners(tenant_id, id),
  foreign key (tenant_id, wijk_code) references wijken(tenant_id, code),
  foreign key (tenant_id, offer_id) references offers(tenant_id, id)
);

create table top30_weights (
  tenant_id text primary key references tenants(id),
  reach integer not null check (reach >= 0),
  jury integer not null check (jury >= 0),
  volunteer_org integer not null check (volunteer_org >= 0),
  check (reach + jury + volunteer_org > 0)
);

create table top30_rankings (
  tenant_id text not null references tenants(id),
  month text not null check (month ~ '^\d{4}-\d{2}$'),
  rank integer not null check (rank between 1 and 30),
  nomination_id uuid not null,
  reach integer not null,
  score numeric not null,
  computed_at timestamptz not null default now(),
  primary key (tenant_id, month, rank),
  foreign key (tenant_id, nomination_id) references top30_nominations(tenant_id, id)
);
