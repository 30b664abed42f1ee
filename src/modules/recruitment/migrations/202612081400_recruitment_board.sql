-- The recruitment board (issue 16): businesses and organisations the pass organisation wants to
-- win as providers, along the routes and the wijkkaarten; wijkmanagers and their wijken; the
-- campaign calendar; relationship notes with providers (Stille Krachten first).
create table recruitment_leads (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  name text not null,
  kind text not null default 'business'
    check (kind in ('business', 'non_profit', 'community_centre', 'volunteer_initiative', 'stille_kracht')),
  contact_name text not null default '',
  email text not null default '',
  phone text not null default '',
  street text not null default '',
  postcode text not null default '',
  city text not null default '',
  kvk_number text check (kvk_number ~ '^[0-9]{8}$'),
  route_id uuid,
  wijk_code text,
  owner_user_id uuid,
  stage text not null default 'lead'
    check (stage in ('lead', 'first_conversation', 'follow_up', 'joined', 'not_now')),
  next_step_on date,
  notes text not null default '',
  -- Who handed the lead in: the board itself, a CSV import, the gap matrix, a wijkmanager, the
  -- supportgroep, the needs scan...
  source text not null default 'board' check (source ~ '^[a-z_]{1,40}$'),
  x_rd double precision,
  y_rd double precision,
  -- The provider sign-up the lead became when it joined.
  application_id uuid,
  joined_at timestamptz,
  version integer not null default 1,
  created_by text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, route_id) references routes(tenant_id, id),
  foreign key (tenant_id, wijk_code) references wijken(tenant_id, code),
  foreign key (tenant_id, application_id) references provider_applications(tenant_id, id),
  foreign key (tenant_id, owner_user_id) references users(tenant_id, id)
);
create index recruitment_leads_cell on recruitment_leads (tenant_id, route_id, wijk_code);
create index recruitment_leads_stage on recruitment_leads (tenant_id, stage, next_step_on);

-- Who moved a lead, when, from which stage to which.
create table recruitment_lead_events (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  lead_id uuid not null,
  occurred_at timestamptz not null default now(),
  actor text not null,
  actor_name text not null,
  from_stage text,
  to_stage text not null,
  comment text,
  primary key (tenant_id, id),
  foreign key (tenant_id, lead_id) references recruitment_leads(tenant_id, id) on delete cascade
);
create index recruitment_lead_events_lead on recruitment_lead_events (tenant_id, lead_id, occurred_at);

-- The wijken a wijkmanager looks after: they add leads there, and only there.
create table recruitment_wijk_assignments (
  tenant_id text not null references tenants(id),
  user_id uuid not null,
  wijk_code text not null,
  primary key (tenant_id, user_id, wijk_code),
  foreign key (tenant_id, user_id) references users(tenant_id, id),
  foreign key (tenant_id, wijk_code) references wijken(tenant_id, code)
);

-- The campaign calendar ("ZaansePas kalender"): campaigns per route or target group, with goals.
create table campaigns (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  name text not null,
  kind text not null default 'recruitment'
    check (kind in ('recruitment', 'pass_sales', 'solidarity', 'festival', 'usage')),
  route_id uuid,
  target_group text,
  starts_on date not null,
  ends_on date not null,
  description text not null default '',
  goal_providers integer check (goal_providers >= 0),
  goal_offers integer check (goal_offers >= 0),
  goal_redemptions integer check (goal_redemptions >= 0),
  goal_passes_sold integer check (goal_passes_sold >= 0),
  created_by text,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, route_id) references routes(tenant_id, id),
  check (ends_on >= starts_on)
);
create index campaigns_period on campaigns (tenant_id, starts_on, ends_on);

-- Relationship management with providers (Stille Krachten first): contacts, agreements, history.
create table provider_relationship_notes (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  provider_id uuid not null,
  kind text not null check (kind in ('contact', 'agreement', 'history')),
  noted_on date not null,
  body text not null,
  created_by text,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, provider_id) references providers(tenant_id, id)
);
create index provider_relationship_notes_provider on provider_relationship_notes (tenant_id, provider_id, noted_on);
