-- Applications for the free (or reduced) pass (issue 13): a resident applies for themselves and
-- their household as minimum or mantelzorger, uploads evidence, and a reviewer of the pass
-- organisation decides. Evidence is kept in the database, outside the web root, and its content
-- is deleted a configurable time after the decision (docs/decisions/0014).

create table applications (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  -- The applicant: the holder behind the resident's account.
  holder_id uuid not null,
  applicant_user_id uuid not null,
  ground text not null check (ground in ('minimum', 'carer')),
  status text not null default 'submitted'
    check (status in ('submitted', 'information_requested', 'approved', 'rejected', 'withdrawn')),
  applicant_birth_date date,
  explanation text not null default '',
  assigned_to uuid,
  decision_reason text,
  objection_info text,
  decided_by text,
  decided_at timestamptz,
  -- The passes the approval issued to the applicant (the household's hang under it).
  issued_pass_id uuid,
  submitted_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, holder_id) references holders(tenant_id, id),
  foreign key (tenant_id, applicant_user_id) references users(tenant_id, id),
  foreign key (tenant_id, assigned_to) references users(tenant_id, id),
  check ((status in ('approved', 'rejected')) = (decided_at is not null))
);
create index applications_status on applications (tenant_id, status, submitted_at);
-- At most one open application per applicant: a second one while the first waits is refused.
create unique index applications_one_open on applications (tenant_id, holder_id)
  where status in ('submitted', 'information_requested');

-- The household members the application is also for: a partner and children under 18.
create table application_members (
  tenant_id text not null references tenants(id),
  application_id uuid not null,
  position integer not null check (position between 1 and 20),
  relation text not null check (relation in ('partner', 'child')),
  name text not null,
  birth_date date not null,
  primary key (tenant_id, application_id, position),
  foreign key (tenant_id, application_id) references applications(tenant_id, id)
);

-- Uploaded evidence. content is null once deleted after the retention period; the row stays, so
-- the application keeps that this evidence was there and was checked.
create table application_evidence (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  application_id uuid not null,
  file_name text not null,
  media_type text not null check (media_type in ('application/pdf', 'image/jpeg', 'image/png')),
  size_bytes integer not null check (size_bytes between 1 and 10485760),
  content bytea,
  uploaded_at timestamptz not null default now(),
  deleted_at timestamptz,
  primary key (tenant_id, id),
  foreign key (tenant_id, application_id) references applications(tenant_id, id),
  check ((content is null) = (deleted_at is not null))
);
create index application_evidence_application on application_evidence (tenant_id, application_id);

-- What happened to an application, who did it and when: every decision, question and answer.
create table application_events (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  application_id uuid not null,
  kind text not null check (kind in ('submitted', 'assigned', 'information_requested', 'answered',
    'evidence_added', 'approved', 'rejected', 'withdrawn', 'evidence_deleted')),
  actor text not null,
  actor_name text not null,
  message text not null default '',
  created_at timestamptz not null default clock_timestamp(),
  primary key (tenant_id, id),
  foreign key (tenant_id, application_id) references applications(tenant_id, id)
);
create index application_events_application on application_events (tenant_id, application_id, created_at);
