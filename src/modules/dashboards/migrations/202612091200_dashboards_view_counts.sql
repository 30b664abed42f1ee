-- Name recognition (success condition 3): how often offers and provider profiles are viewed, per
-- month. Only a counter per page: no visitor, no session, no IP address (no per-person tracking).
create table dashboard_view_months (
  tenant_id text not null references tenants(id),
  month date not null,
  subject_type text not null check (subject_type in ('offer', 'provider_profile')),
  subject_id uuid not null,
  views integer not null default 0,
  primary key (tenant_id, month, subject_type, subject_id)
);
