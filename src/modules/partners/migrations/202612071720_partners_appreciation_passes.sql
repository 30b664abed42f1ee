-- Appreciation passes for volunteers: a partner's quota, funded by a sponsor or a municipal
-- budget (never the actiebudget), handed out as codes that a volunteer activates (issue 17).
create table appreciation_quotas (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  partner_id uuid not null,
  passes integer not null check (passes between 1 and 10000),
  price_per_pass_cents integer not null check (price_per_pass_cents >= 0),
  funded_by text not null check (funded_by in ('sponsor', 'municipal_budget')),
  funder_name text not null,
  created_at timestamptz not null default now(),
  created_by text,
  primary key (tenant_id, id),
  foreign key (tenant_id, partner_id) references partners(tenant_id, id)
);
create index appreciation_quotas_partner on appreciation_quotas (tenant_id, partner_id);

create table appreciation_codes (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  quota_id uuid not null,
  code text not null,
  label text,
  created_at timestamptz not null default now(),
  used_at timestamptz,
  pass_id uuid,
  primary key (tenant_id, id),
  unique (tenant_id, code),
  foreign key (tenant_id, quota_id) references appreciation_quotas(tenant_id, id),
  foreign key (tenant_id, pass_id) references passes(tenant_id, id)
);
create index appreciation_codes_quota on appreciation_codes (tenant_id, quota_id);
