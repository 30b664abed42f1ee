-- Sign-ups of organisations that want to join the pass (issue 16). The pass organisation approves
-- (which creates the provider and its first admin), asks questions, or declines.
create table provider_applications (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  organisation_name text not null,
  kind text not null check (kind in ('business', 'non_profit', 'community_centre', 'volunteer_initiative', 'stille_kracht')),
  kvk_number text check (kvk_number ~ '^[0-9]{8}$'),
  contact_name text not null,
  email text not null,
  phone text not null default '',
  website text,
  street text not null default '',
  postcode text not null default '',
  city text not null default '',
  description text not null default '',
  iban text not null,
  account_holder_name text not null,
  terms_accepted_at timestamptz not null,
  -- Set when the KvK number was already known (a provider or another open sign-up): the pass
  -- organisation sees it and decides; a second provider with the same number is never made.
  kvk_known_provider_id uuid,
  kvk_known_application_id uuid,
  status text not null default 'submitted'
    check (status in ('submitted', 'questions_asked', 'approved', 'declined')),
  questions text,
  provider_id uuid,
  decided_by text,
  decided_at timestamptz,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, provider_id) references providers(tenant_id, id)
);
create index provider_applications_status on provider_applications (tenant_id, status, created_at);
create index provider_applications_kvk on provider_applications (tenant_id, kvk_number) where kvk_number is not null;
