-- The resident's data (issue 14, item 12): a resident asks for erasure; the pass organisation
-- executes it from the holder's file (docs/decisions/0028). The request row keeps no personal data.
create table erasure_requests (
  tenant_id text not null references tenants(id),
  holder_id uuid not null,
  requested_at timestamptz not null default now(),
  executed_at timestamptz,
  executed_by text,
  primary key (tenant_id, holder_id),
  foreign key (tenant_id, holder_id) references holders(tenant_id, id)
);
