-- The volunteers' information platform (issue 17, item 6): practical pages managed by the pass
-- organisation, vacancies of partners, help requests of residents (moderated before they show),
-- volunteer profiles and the matches between them, with messages through the platform.
create table volunteer_info_pages (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  slug text not null check (slug ~ '^[a-z0-9][a-z0-9-]{1,59}$'),
  topic text not null check (topic in ('insurance', 'vog', 'permits', 'courses', 'legal_forms', 'finances', 'wijkmanager', 'other')),
  title text not null,
  summary text not null default '',
  body_markdown text not null,
  sort_order integer not null default 0,
  published boolean not null default true,
  updated_at timestamptz not null default now(),
  updated_by text,
  primary key (tenant_id, id),
  unique (tenant_id, slug)
);

create table volunteer_vacancies (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  partner_id uuid not null,
  title text not null,
  description text not null,
  wijk_code text not null,
  interests text[] not null default '{}',
  times text[] not null default '{}' check (times <@ array['weekday_daytime', 'weekday_evening', 'weekend']),
  audiences text[] not null default '{}' check (audiences <@ array['young', 'mbo', 'hbo', 'short_project']),
  hours_per_week integer check (hours_per_week between 1 and 40),
  ends_on date,
  status text not null default 'open' check (status in ('open', 'closed')),
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, partner_id) references partners(tenant_id, id),
  foreign key (tenant_id, wijk_code) references wijken(tenant_id, code)
);

create table volunteer_profiles (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  user_id uuid not null,
  display_name text not null,
  about text not null default '',
  interests text[] not null default '{}',
  wijk_codes text[] not null default '{}',
  times text[] not null default '{}' check (times <@ array['weekday_daytime', 'weekday_evening', 'weekend']),
  skills text[] not null default '{}',
  active boolean not null default true,
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, user_id),
  foreign key (tenant_id, user_id) references users(tenant_id, id)
);

create table help_requests (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  author_user_id uuid not null,
  title text not null,
  description text not null,
  wijk_code text not null,
  interest text not null,
  times text[] not null default '{}' check (times <@ array['weekday_daytime', 'weekday_evening', 'weekend']),
  status text not null default 'pending' check (status in ('pending', 'published', 'rejected', 'closed')),
  moderation_reason text,
  moderated_by text,
  moderated_at timestamptz,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, author_user_id) references users(tenant_id, id),
  foreign key (tenant_id, wijk_code) references wijken(tenant_id, code)
);
create index help_requests_status on help_requests (tenant_id, status, created_at);

create table volunteer_matches (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  vacancy_id uuid,
  help_request_id uuid,
  profile_id uuid not null,
  proposed_by text not null check (proposed_by in ('volunteer', 'owner')),
  status text not null default 'proposed' check (status in ('proposed', 'accepted', 'declined')),
  volunteer_shares boolean not null default false,
  owner_shares boolean not null default false,
  created_at timestamptz not null default now(),
  decided_at timestamptz,
  primary key (tenant_id, id),
  check (num_nonnulls(vacancy_id, help_request_id) = 1),
  unique (tenant_id, vacancy_id, profile_id),
  unique (tenant_id, help_request_id, profile_id),
  foreign key (tenant_id, vacancy_id) references volunteer_vacancies(tenant_id, id),
  foreign key (tenant_id, help_request_id) references help_requests(tenant_id, id),
  foreign key (tenant_id, profile_id) references volunteer_profiles(tenant_id, id)
);

create table volunteer_messages (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  match_id uuid not null,
  from_side text not null check (from_side in ('volunteer', 'owner')),
  body text not null,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, match_id) references volunteer_matches(tenant_id, id)
);
create index volunteer_messages_match on volunteer_messages (tenant_id, match_id, created_at);
