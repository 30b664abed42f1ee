-- Gift passes (issue 14): a business or employer buys N gift codes, paid online through the
-- payment provider or on invoice; a recipient activates a pass with one code, once, before it
-- expires. The sale is booked as a pass sale (kind pass_sale, reference = the gift order id).

create table gift_orders (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  company_name text not null,
  contact_name text not null,
  contact_email text not null,
  quantity integer not null check (quantity between 1 and 500),
  unit_price_cents integer not null check (unit_price_cents > 0),
  amount_cents integer not null check (amount_cents > 0),
  action_budget_share_cents integer not null check (action_budget_share_cents >= 0),
  payment_method text not null check (payment_method in ('online', 'invoice')),
  -- online: open → paid | failed | canceled | expired; invoice: invoiced → paid.
  status text not null check (status in ('open', 'invoiced', 'paid', 'failed', 'canceled', 'expired')),
  payment_provider text check (payment_provider in ('test', 'mollie')),
  payment_id text,
  checkout_url text,
  purchase_order_reference text,
  bank_reference text,
  -- The buyer sees the order and its codes with this secret (hashed here), sent in the link.
  access_token_hash text not null,
  sale_entry_id uuid,
  created_by text not null,
  created_at timestamptz not null default now(),
  paid_at timestamptz,
  primary key (tenant_id, id),
  unique (tenant_id, payment_provider, payment_id),
  unique (tenant_id, bank_reference),
  foreign key (tenant_id, sale_entry_id) references journal_entries(tenant_id, id),
  check (amount_cents = quantity * unit_price_cents),
  check (action_budget_share_cents < amount_cents),
  check (status <> 'paid' or (sale_entry_id is not null and paid_at is not null))
);
create index gift_orders_created on gift_orders (tenant_id, created_at desc);

create table gift_codes (
  tenant_id text not null references tenants(id),
  code text not null check (code ~ '^[0-9A-Z]{12}$'),
  order_id uuid not null,
  item_no integer not null check (item_no >= 1),
  expires_on date not null,
  redeemed_at timestamptz,
  pass_id uuid,
  primary key (tenant_id, code),
  unique (tenant_id, order_id, item_no),
  foreign key (tenant_id, order_id) references gift_orders(tenant_id, id),
  foreign key (tenant_id, pass_id) references passes(tenant_id, id),
  check ((redeemed_at is null) = (pass_id is null))
);
