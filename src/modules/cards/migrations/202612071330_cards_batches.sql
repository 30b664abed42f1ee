-- Physical cards (issue 14): residents ask for a card; the pass organisation makes card batches
-- (chosen passes, or everyone who asked) for the card printer, and marks them sent.

create table card_requests (
  tenant_id text not null references tenants(id),
  pass_id uuid not null,
  requested_at timestamptz not null default now(),
  primary key (tenant_id, pass_id),
  foreign key (tenant_id, pass_id) references passes(tenant_id, id)
);

create table card_batches (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  created_by text not null,
  created_at timestamptz not null default now(),
  sent_at timestamptz,
  primary key (tenant_id, id)
);

create table cards (
  tenant_id text not null references tenants(id),
  batch_id uuid not null,
  pass_id uuid not null,
  sent_at timestamptz,
  primary key (tenant_id, batch_id, pass_id),
  foreign key (tenant_id, batch_id) references card_batches(tenant_id, id),
  foreign key (tenant_id, pass_id) references passes(tenant_id, id)
);
-- A pass has at most one card on its way: a batch made again does not print a second card.
create unique index cards_one_unsent_per_pass on cards (tenant_id, pass_id) where sent_at is null;
