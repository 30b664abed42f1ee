-- Selling passes online (issue 3, item 4): prices per tenant, orders paid through a payment
-- provider (Mollie, or the built-in test provider), a safe pass number sequence, and the test
-- provider's own payments. The sale itself is booked in the ledger (kind pass_sale).

-- What a pass costs per pass year, and the part of each sold pass booked to the actiebudget.
create table pass_prices (
  tenant_id text not null references tenants(id),
  pass_kind text not null check (pass_kind in ('adult', 'child')),
  price_cents integer not null check (price_cents > 0),
  action_budget_share_cents integer not null check (action_budget_share_cents >= 0),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, pass_kind),
  check (action_budget_share_cents < price_cents)
);

-- Demo prices for the Zaanstad demo tenant: EUR 25 (adult) and EUR 10 (child) per pass year,
-- EUR 5 of every sold pass to the actiebudget. Migrations run before the seed, so the demo
-- tenant gets them when it is created; an existing one gets them now.
create function pass_prices_demo_defaults() returns trigger language plpgsql as $$
begin
  insert into pass_prices (tenant_id, pass_kind, price_cents, action_budget_share_cents)
    values (new.id, 'adult', 2500, 500), (new.id, 'child', 1000, 500)
    on conflict do nothing;
  return null;
end $$;
create trigger tenants_pass_prices_demo after insert on tenants
  for each row when (new.id = 'zaanstad') execute function pass_prices_demo_defaults();
insert into pass_prices (tenant_id, pass_kind, price_cents, action_budget_share_cents)
  select id, kind, price, 500 from tenants, (values ('adult', 2500), ('child', 1000)) as p(kind, price)
  where id = 'zaanstad'
  on conflict do nothing;

-- The next free pass serial per tenant. Sales lock this row to number passes one at a time.
create table pass_number_counters (
  tenant_id text not null references tenants(id),
  next_serial bigint not null check (next_serial between 1 and 99999999),
  primary key (tenant_id)
);

create table pass_orders (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  -- The resident who ordered (and pays); their own pass goes to this holder.
  holder_id uuid not null,
  status text not null default 'open'
    check (status in ('open', 'paid', 'failed', 'canceled', 'expired', 'refunding', 'refunded')),
  amount_cents integer not null check (amount_cents > 0),
  action_budget_share_cents integer not null check (action_budget_share_cents >= 0),
  -- 'test' or 'mollie'; with payment_id it identifies the payment at the provider.
  payment_provider text not null check (payment_provider in ('test', 'mollie')),
  payment_id text,
  checkout_url text,
  -- Child passes only: they are linked to this existing pass of the buyer.
  parent_pass_id uuid,
  sale_entry_id uuid,
  refund_entry_id uuid,
  refund_reason text,
  refunded_by text,
  created_at timestamptz not null default now(),
  paid_at timestamptz,
  refunded_at timestamptz,
  primary key (tenant_id, id),
  unique (tenant_id, payment_provider, payment_id),
  foreign key (tenant_id, holder_id) references holders(tenant_id, id),
  foreign key (tenant_id, parent_pass_id) references passes(tenant_id, id),
  foreign key (tenant_id, sale_entry_id) references journal_entries(tenant_id, id),
  foreign key (tenant_id, refund_entry_id) references journal_entries(tenant_id, id),
  check (action_budget_share_cents < amount_cents),
  check (status not in ('paid', 'refunding', 'refunded') or (sale_entry_id is not null and paid_at is not null)),
  check (status <> 'refunded' or (refund_entry_id is not null and refunded_at is not null))
);
create index pass_orders_holder on pass_orders (tenant_id, holder_id, created_at desc);
create index pass_orders_created on pass_orders (tenant_id, created_at desc);

create table pass_order_items (
  tenant_id text not null,
  order_id uuid not null,
  item_no integer not null check (item_no >= 1),
  pass_kind text not null check (pass_kind in ('adult', 'child')),
  -- Children get a holder of their own when the order is paid.
  holder_name text not null,
  birth_date date,
  price_cents integer not null check (price_cents > 0),
  action_budget_share_cents integer not null check (action_budget_share_cents >= 0),
  -- The pass made for this item once the payment is confirmed.
  pass_id uuid,
  primary key (tenant_id, order_id, item_no),
  foreign key (tenant_id, order_id) references pass_orders(tenant_id, id),
  foreign key (tenant_id, pass_id) references passes(tenant_id, id)
);

-- The built-in test payment provider keeps its payments here (in the database, so every worker
-- process and a restart see them). No real money: a person clicks "paid", "failed" or "canceled".
create table test_payments (
  tenant_id text not null references tenants(id),
  id text not null,
  amount_cents integer not null check (amount_cents > 0),
  description text not null,
  redirect_url text not null,
  webhook_url text not null,
  metadata jsonb not null default '{}',
  status text not null default 'open' check (status in ('open', 'paid', 'failed', 'canceled', 'expired')),
  refunded_cents integer not null default 0 check (refunded_cents >= 0),
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  check (refunded_cents <= amount_cents)
);
