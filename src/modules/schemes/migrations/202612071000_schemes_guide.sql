-- The schemes guide (regelingen, issue 13): the municipality's schemes, what the wijkteam, sport,
-- the energy company and the Stille Krachten offer, and the budgets open to volunteer initiatives.
-- Texts are Markdown (rendered by the web app without raw HTML, docs/decisions/0012).
create table schemes (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  slug text not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 100),
  title text not null check (length(title) between 1 and 200),
  summary text not null check (length(summary) between 1 and 500),
  body_markdown text not null default '',
  who_for text not null default '',
  criteria text not null default '',
  amounts text not null default '',
  -- online_form (apply_url), through_person (apply_person: wijkmanager, wijkteam...) or
  -- no_application (granted at someone's discretion: apply_person says whose).
  apply_route text not null check (apply_route in ('online_form', 'through_person', 'no_application')),
  apply_url text,
  apply_person text,
  apply_where text not null default '',
  contact text not null default '',
  provider_kind text not null check (provider_kind in
    ('municipality', 'wijkteam', 'sport', 'energy_company', 'stille_kracht', 'sponsor', 'crowdfunding', 'other')),
  provider_name text not null default '',
  audience text not null check (audience in ('residents', 'initiatives')),
  life_events text[] not null default '{}',
  themes text[] not null default '{}',
  status text not null default 'draft' check (status in ('draft', 'published', 'archived')),
  -- A scheme that grants the pass says at what price: 0 (free) or a reduced price.
  grants_pass boolean not null default false,
  pass_price_cents integer check (pass_price_cents >= 0),
  -- The eligibility check's rules for this scheme, as data: { "anyOf": [ { conditions } ] }.
  -- Empty anyOf: the check never proposes it.
  eligibility jsonb not null default '{"anyOf": []}',
  published_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  updated_by text,
  primary key (tenant_id, id),
  unique (tenant_id, slug),
  check (apply_route <> 'online_form' or apply_url is not null),
  check (grants_pass or pass_price_cents is null)
);
create index schemes_status on schemes (tenant_id, status, title);

-- "Knelpunten": where a scheme fails a resident or a partner. Contact details are optional and
-- seen only by the pass organisation.
create table scheme_reports (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  scheme_id uuid not null,
  reporter_kind text not null check (reporter_kind in ('resident', 'partner')),
  message text not null check (length(message) between 1 and 4000),
  contact_name text,
  contact_email text,
  answer text,
  answered_at timestamptz,
  answered_by text,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, scheme_id) references schemes(tenant_id, id)
);
create index scheme_reports_scheme on scheme_reports (tenant_id, scheme_id, created_at desc);
