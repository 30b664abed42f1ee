-- Holders who asked for suggestions of kinds of offers they have not tried yet (seed 004:
-- "smaakverbreding"). Opt-in only: without a row nothing is computed. Opting out deletes the row.
create table taste_opt_ins (
  tenant_id text not null references tenants(id),
  holder_id uuid not null,
  opted_in_at timestamptz not null default now(),
  primary key (tenant_id, holder_id)
);
