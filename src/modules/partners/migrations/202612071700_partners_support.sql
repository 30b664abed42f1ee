-- Partner organisations (buurthuizen, wijkcentra, volunteer organisations, sport clubs) with
-- their own staff, and their applications for support from the actiebudget (issue 17).

create table partners (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  name text not null,
  kind text not null check (kind in ('community_centre', 'volunteer_organisation', 'sport_club', 'informal_group', 'other')),
  wijk_code text not null,
  description text not null default '',
  email text not null,
  phone text,
  status text not null default 'pending' check (status in ('pending', 'approved', 'rejected')),
  -- A partner may also be a provider on the pass: the offers of its supported activities are that provider's.
  provider_id uuid,
  decided_at timestamptz,
  decided_by text,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, wijk_code) references wijken(tenant_id, code),
  foreign key (tenant_id, provider_id) references providers(tenant_id, id)
);
create unique index partners_name on partners (tenant_id, lower(name));

create table partner_staff (
  tenant_id text not null references tenants(id),
  user_id uuid not null,
  partner_id uuid not null,
  primary key (tenant_id, user_id),
  foreign key (tenant_id, user_id) references users(tenant_id, id) on delete cascade,
  foreign key (tenant_id, partner_id) references partners(tenant_id, id)
);
create index partner_staff_partner on partner_staff (tenant_id, partner_id);

-- A round of support with its published criteria; a round without a deadline is always open.
create table support_rounds (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  name text not null,
  eligible_costs text not null,
  max_amount_cents integer not null check (max_amount_cents > 0),
  max_per_participant_cents integer not null check (max_per_participant_cents > 0),
  priority_wijken text[] not null default '{}',
  priority_target_groups text[] not null default '{}',
  opens_on date not null,
  deadline date,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  check (deadline is null or deadline >= opens_on)
);

create table support_applications (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  partner_id uuid not null,
  round_id uuid not null,
  title text not null,
  description text not null,
  starts_on date not null,
  ends_on date not null,
  wijk_code text not null,
  target_group text not null,
  expected_reach integer not null check (expected_reach > 0),
  budget_cents integer not null check (budget_cents > 0),
  support_kind text not null check (support_kind in ('per_participant', 'lump_sum')),
  -- per_participant: the price one participant would pay without support, and the support asked per participant.
  price_per_participant_cents integer check (price_per_participant_cents >= 0),
  asked_cents integer not null check (asked_cents > 0),
  status text not null default 'submitted' check (status in ('submitted', 'approved', 'rejected', 'reported', 'closed')),
  score_reach integer check (score_reach between 1 and 5),
  score_target_group integer check (score_target_group between 1 and 5),
  score_quality integer check (score_quality between 1 and 5),
  score_costs integer check (score_costs between 1 and 5),
  decision_reason text,
  granted_cents integer check (granted_cents > 0),
  granted_per_participant_cents integer check (granted_per_participant_cents > 0),
  advance_cents integer check (advance_cents >= 0),
  offer_id uuid,
  decided_at timestamptz,
  decided_by text,
  reported_participants integer check (reported_participants >= 0),
  evaluation text,
  reported_at timestamptz,
  final_paid_cents integer check (final_paid_cents >= 0),
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, partner_id) references partners(tenant_id, id),
  foreign key (tenant_id, round_id) references support_rounds(tenant_id, id),
  foreign key (tenant_id, wijk_code) references wijken(tenant_id, code),
  foreign key (tenant_id, offer_id) references offers(tenant_id, id),
  check (ends_on >= starts_on),
  check (support_kind <> 'per_participant' or price_per_participant_cents is not null)
);
create index support_applications_partner on support_applications (tenant_id, partner_id, created_at desc);
create index support_applications_status on support_applications (tenant_id, status);
