-- The supportgroep (issue 20, part 4): businesses, volunteer initiatives and civil servants, each
-- linked to an opgave, who pass on leads and tips (they land on the recruitment board) and meet
-- the pass community: meetings with an agenda, answers (RSVP), notes and actions.
create table support_group_members (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  user_id uuid not null,
  name text not null,
  email text not null,
  organisation text not null default '',
  kind text not null check (kind in ('business', 'volunteer_initiative', 'civil_servant')),
  policy_goal_id uuid not null,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, user_id)
);

-- Which lead on the recruitment board a member passed on (the lead itself is the recruitment module's).
create table support_group_leads (
  tenant_id text not null references tenants(id),
  member_id uuid not null,
  lead_id uuid not null,
  created_at timestamptz not null default now(),
  primary key (tenant_id, lead_id),
  foreign key (tenant_id, member_id) references support_group_members (tenant_id, id)
);
create index support_group_leads_member on support_group_leads (tenant_id, member_id);

create table support_group_meetings (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  title text not null,
  starts_at timestamptz not null,
  place text not null default '',
  online_url text,
  agenda text not null default '',
  notes text not null default '',
  created_by text not null,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  check (place <> '' or online_url is not null)
);

create table support_group_rsvps (
  tenant_id text not null references tenants(id),
  meeting_id uuid not null,
  member_id uuid not null,
  answer text not null check (answer in ('yes', 'no', 'maybe')),
  answered_at timestamptz not null default now(),
  primary key (tenant_id, meeting_id, member_id),
  foreign key (tenant_id, meeting_id) references support_group_meetings (tenant_id, id),
  foreign key (tenant_id, member_id) references support_group_members (tenant_id, id)
);

create table support_group_actions (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  meeting_id uuid not null,
  description text not null,
  owner_name text not null,
  due_on date not null,
  done_at timestamptz,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, meeting_id) references support_group_meetings (tenant_id, id)
);
create index support_group_actions_meeting on support_group_actions (tenant_id, meeting_id);
