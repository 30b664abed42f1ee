-- Feedback (issue 18): the needs scan (surveys with anonymous answers, rounds compared over time,
-- a groslijst of needs), ratings of offers with moderated texts, suggestions, and the experience
-- panel (ervaringspanel). Answers are anonymous: no user, no pass, no IP address, no time of day.

create table surveys (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  -- Rounds of the same scan share a series; round 1, 2, ... are compared question by question.
  series_id uuid not null,
  round integer not null default 1 check (round >= 1),
  title text not null check (length(title) between 1 and 200),
  intro text not null default '' check (length(intro) <= 2000),
  -- residents: the open needs scan; providers: providers answer (their offers to be); panel: only invited panel members.
  audience text not null check (audience in ('residents', 'providers', 'panel')),
  status text not null default 'draft' check (status in ('draft', 'open', 'closed')),
  -- [{ id, kind, text, options, required }] as written by the pass organisation (docs/feedback.md).
  questions jsonb not null default '[]',
  opened_at timestamptz,
  closed_at timestamptz,
  created_at timestamptz not null default now(),
  created_by text not null,
  primary key (tenant_id, id),
  unique (tenant_id, series_id, round)
);

create table survey_responses (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  survey_id uuid not null,
  -- The day only: a response cannot be matched with a server log or a camera by its time.
  answered_on date not null,
  source text not null check (source in ('link', 'qr', 'panel')),
  -- Copied from the answers to the wijk, age band and household questions, for the results.
  wijk_code text,
  age_band text,
  household_type text,
  answers jsonb not null,
  -- sha256 of the survey and a random token the browser keeps: only a guard against answering twice.
  guard_hash text not null,
  -- A provider answering a providers' survey while logged in (providers are not anonymous).
  provider_id uuid,
  primary key (tenant_id, id),
  foreign key (tenant_id, survey_id) references surveys(tenant_id, id),
  unique (tenant_id, survey_id, guard_hash)
);
create index survey_responses_survey on survey_responses (tenant_id, survey_id);

-- Who is willing to be interviewed: apart from the answers, with no reference to them.
create table survey_interview_contacts (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  survey_id uuid not null,
  name text not null check (length(name) between 1 and 200),
  contact text not null check (length(contact) between 3 and 200),
  created_on date not null,
  primary key (tenant_id, id),
  foreign key (tenant_id, survey_id) references surveys(tenant_id, id)
);

-- The groslijst: needs the pass organisation codes open answers into.
create table needs (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  title text not null check (length(title) between 1 and 200),
  description text not null default '',
  created_at timestamptz not null default now(),
  primary key (tenant_id, id)
);
create unique index needs_title on needs (tenant_id, lower(title));

create table need_offers (
  tenant_id text not null references tenants(id),
  need_id uuid not null,
  offer_id uuid not null,
  primary key (tenant_id, need_id, offer_id),
  foreign key (tenant_id, need_id) references needs(tenant_id, id) on delete cascade,
  foreign key (tenant_id, offer_id) references offers(tenant_id, id)
);

create table need_codings (
  tenant_id text not null references tenants(id),
  response_id uuid not null,
  question_id text not null,
  need_id uuid not null,
  primary key (tenant_id, response_id, question_id, need_id),
  foreign key (tenant_id, response_id) references survey_responses(tenant_id, id) on delete cascade,
  foreign key (tenant_id, need_id) references needs(tenant_id, id) on delete cascade
);
create index need_codings_need on need_codings (tenant_id, need_id);

-- A holder's rating of an offer they used: one per redemption.
create table offer_ratings (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  redemption_id uuid not null,
  offer_id uuid not null,
  provider_id uuid not null,
  holder_id uuid not null,
  stars integer not null check (stars between 1 and 5),
  body text not null default '' check (length(body) <= 1000),
  -- none: no text; pending: waits for moderation; approved: shown; rejected: never shown.
  text_status text not null check (text_status in ('none', 'pending', 'approved', 'rejected')),
  moderated_at timestamptz,
  moderated_by text,
  reply text check (length(reply) <= 1000),
  replied_at timestamptz,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, redemption_id),
  foreign key (tenant_id, redemption_id) references redemptions(tenant_id, id),
  foreign key (tenant_id, offer_id) references offers(tenant_id, id)
);
create index offer_ratings_offer on offer_ratings (tenant_id, offer_id);
create index offer_ratings_provider on offer_ratings (tenant_id, provider_id, created_at desc);
create index offer_ratings_pending on offer_ratings (tenant_id, created_at) where text_status = 'pending';

create table suggestions (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  kind text not null check (kind in ('new_offer', 'improvement')),
  message text not null check (length(message) between 1 and 2000),
  contact_email text check (length(contact_email) <= 200),
  status text not null default 'new' check (status in ('new', 'handled')),
  created_at timestamptz not null default now(),
  primary key (tenant_id, id)
);

-- The experience panel: holders who agreed to be asked. Leaving deletes the row.
create table panel_members (
  tenant_id text not null references tenants(id),
  holder_id uuid not null,
  consent_version integer not null,
  joined_at timestamptz not null default now(),
  primary key (tenant_id, holder_id),
  foreign key (tenant_id, holder_id) references holders(tenant_id, id)
);

-- An invitation to a panel survey. The answer is stored without it; only responded_on is set.
create table panel_invitations (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  survey_id uuid not null,
  -- Cleared when the member leaves the panel.
  holder_id uuid,
  wijk_code text,
  target_group text not null,
  token_hash text not null,
  invited_on date not null,
  responded_on date,
  primary key (tenant_id, id),
  unique (tenant_id, token_hash),
  foreign key (tenant_id, survey_id) references surveys(tenant_id, id)
);
create index panel_invitations_survey on panel_invitations (tenant_id, survey_id);

-- Questions services and partners want to put to the panel, through the pass organisation.
create table panel_questions (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  organisation text not null check (length(organisation) between 1 and 200),
  question text not null check (length(question) between 1 and 500),
  status text not null default 'submitted' check (status in ('submitted', 'accepted', 'declined')),
  survey_id uuid,
  submitted_by text not null,
  created_at timestamptz not null default now(),
  decided_at timestamptz,
  primary key (tenant_id, id),
  foreign key (tenant_id, survey_id) references surveys(tenant_id, id)
);
