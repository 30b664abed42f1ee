-- Pacts: an agreement of at least a year between the pass organisation and one partner, with
-- commitments on both sides and evaluation moments (issue 17).
create table pacts (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  partner_id uuid not null,
  starts_on date not null,
  ends_on date not null,
  organisation_commitments text not null,
  partner_commitments text not null,
  activities_per_quarter integer not null check (activities_per_quarter >= 0),
  expected_reach integer not null check (expected_reach >= 0),
  support_cents integer not null check (support_cents >= 0),
  evaluation_moments date[] not null,
  status text not null default 'active' check (status in ('active', 'renewed', 'ended')),
  ended_on date,
  end_reason text,
  renews_pact_id uuid,
  created_at timestamptz not null default now(),
  created_by text,
  primary key (tenant_id, id),
  foreign key (tenant_id, partner_id) references partners(tenant_id, id),
  foreign key (tenant_id, renews_pact_id) references pacts(tenant_id, id),
  check (ends_on >= (starts_on + interval '1 year' - interval '1 day')::date)
);
create index pacts_partner on pacts (tenant_id, partner_id, starts_on desc);
