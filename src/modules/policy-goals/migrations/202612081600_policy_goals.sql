-- Policy goals (opgaven) of the municipality, who works on them, what carries them on the pass,
-- the kansenkaart's opportunities, the game plan's actions and the Jaarplan Opgaven (issue 18).

create table policy_goals (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  slug text not null,
  name text not null,
  description text not null default '',
  -- The pass category whose reach the kansenkaart shows for this opgave.
  target_group text not null default 'low_income' check (target_group in ('regular', 'low_income', 'carer', 'child')),
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, slug)
);

-- A beleidsmedewerker is assigned one or more opgaven.
create table policy_goal_officers (
  tenant_id text not null references tenants(id),
  user_id uuid not null,
  goal_id uuid not null,
  primary key (tenant_id, user_id, goal_id),
  foreign key (tenant_id, user_id) references users(tenant_id, id) on delete cascade,
  foreign key (tenant_id, goal_id) references policy_goals(tenant_id, id) on delete cascade
);

-- Offers, schemes, supported activities and campaigns (events) tagged with an opgave. The subject
-- belongs to another module; its name is asked from that module when shown.
create table policy_goal_tags (
  tenant_id text not null references tenants(id),
  goal_id uuid not null,
  subject_type text not null check (subject_type in ('offer', 'scheme', 'support_application', 'event')),
  subject_id uuid not null,
  primary key (tenant_id, goal_id, subject_type, subject_id),
  foreign key (tenant_id, goal_id) references policy_goals(tenant_id, id) on delete cascade
);
create index policy_goal_tags_subject on policy_goal_tags (tenant_id, subject_type, subject_id);

-- The kansenkaart's board: ideas for using the pass for an opgave.
create table policy_opportunities (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  goal_id uuid not null,
  title text not null,
  description text not null default '',
  status text not null default 'idea' check (status in ('idea', 'planned', 'running', 'evaluated')),
  owner_name text not null,
  -- [{ "type": "offer" | "scheme" | "event", "id": uuid }]
  links jsonb not null default '[]',
  proposed_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, goal_id) references policy_goals(tenant_id, id) on delete cascade
);
create index policy_opportunities_goal on policy_opportunities (tenant_id, goal_id);

-- The game plan's actions per phase.
create table game_plan_actions (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  phase text not null check (phase in ('starten', 'aanzetten', 'versnellen', 'finishen')),
  title text not null,
  owner_name text not null,
  status text not null default 'todo' check (status in ('todo', 'doing', 'done')),
  due_on date,
  sort_order integer not null default 0,
  primary key (tenant_id, id)
);

-- The Jaarplan Opgaven: per year and opgave.
create table annual_plan_entries (
  tenant_id text not null references tenants(id),
  year integer not null check (year between 2000 and 2100),
  goal_id uuid not null,
  goals text not null default '',
  on_the_pass text not null default '',
  scheme text not null default '',
  contribution text not null default '',
  priorities text not null default '',
  updated_at timestamptz not null default now(),
  primary key (tenant_id, year, goal_id),
  foreign key (tenant_id, goal_id) references policy_goals(tenant_id, id) on delete cascade
);

-- Estimated size of a target group per wijk, with its source (CBS figures and the local minima monitor).
create table target_group_estimates (
  tenant_id text not null references tenants(id),
  wijk_code text not null,
  target_group text not null check (target_group in ('regular', 'low_income', 'carer', 'child')),
  estimated_size integer not null check (estimated_size >= 0),
  source text not null,
  primary key (tenant_id, wijk_code, target_group),
  foreign key (tenant_id, wijk_code) references wijken(tenant_id, code)
);
