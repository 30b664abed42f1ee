-- Desk sales (issue 14): staff at a sales point (library, city office, buurthuis) sell and renew
-- passes at a desk and record the payment (pin or cash); each desk's day is closed and reconciled.

create table sales_points (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  name text not null,
  kind text not null check (kind in ('library', 'city_office', 'community_centre')),
  address text not null default '',
  wijk_code text,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, name),
  foreign key (tenant_id, wijk_code) references wijken(tenant_id, code)
);

-- Which desk a desk-staff account works at (one desk per account).
create table sales_point_staff (
  tenant_id text not null references tenants(id),
  user_id uuid not null,
  sales_point_id uuid not null,
  primary key (tenant_id, user_id),
  foreign key (tenant_id, user_id) references users(tenant_id, id),
  foreign key (tenant_id, sales_point_id) references sales_points(tenant_id, id)
);

create table desk_sales (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  sales_point_id uuid not null,
  -- The business day (Europe/Amsterdam) the sale belongs to, for the day's closing.
  business_day date not null,
  kind text not null check (kind in ('new', 'renewal')),
  payment_method text not null check (payment_method in ('pin', 'cash')),
  amount_cents integer not null check (amount_cents > 0),
  action_budget_share_cents integer not null check (action_budget_share_cents >= 0),
  pass_id uuid not null,
  entry_id uuid not null,
  sold_by text not null,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, sales_point_id) references sales_points(tenant_id, id),
  foreign key (tenant_id, pass_id) references passes(tenant_id, id),
  foreign key (tenant_id, entry_id) references journal_entries(tenant_id, id)
);
create index desk_sales_day on desk_sales (tenant_id, sales_point_id, business_day);

-- The day's closing of one desk: what was recorded, what was counted, and the difference.
create table desk_day_closings (
  tenant_id text not null references tenants(id),
  sales_point_id uuid not null,
  business_day date not null,
  sales_count integer not null,
  recorded_cash_cents integer not null,
  counted_cash_cents integer not null check (counted_cash_cents >= 0),
  recorded_pin_cents integer not null,
  pin_terminal_cents integer not null check (pin_terminal_cents >= 0),
  note text not null default '',
  closed_by text not null,
  closed_at timestamptz not null default now(),
  primary key (tenant_id, sales_point_id, business_day),
  foreign key (tenant_id, sales_point_id) references sales_points(tenant_id, id)
);
