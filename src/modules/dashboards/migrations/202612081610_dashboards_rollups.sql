-- Roll-ups for the dashboards of the six success conditions (decision 0036). Rolled forward from a
-- high-water mark by a periodic job and on read, never on the till's path. Only redemptions older
-- than the 30-minute cancellation window are rolled up, so a rolled-up row never changes again.

create table dashboard_watermarks (
  tenant_id text not null references tenants(id),
  rolled_until timestamptz not null,
  primary key (tenant_id)
);

-- Each holder once per month they used the pass, with the wijk and pass category of that use.
create table dashboard_holder_months (
  tenant_id text not null references tenants(id),
  month date not null,
  holder_id uuid not null,
  wijk_code text not null,
  category text not null,
  primary key (tenant_id, month, holder_id)
);

-- Per month, wijk and category: distinct holders who used the pass, redemptions, turnover.
create table dashboard_usage_months (
  tenant_id text not null references tenants(id),
  month date not null,
  wijk_code text not null,
  category text not null,
  holders integer not null default 0,
  redemptions integer not null default 0,
  turnover_cents bigint not null default 0,
  primary key (tenant_id, month, wijk_code, category)
);

-- Each holder once per month and offer.
create table dashboard_offer_holder_months (
  tenant_id text not null references tenants(id),
  month date not null,
  offer_id uuid not null,
  holder_id uuid not null,
  primary key (tenant_id, month, offer_id, holder_id)
);

-- Per month and offer: distinct holders, redemptions, turnover.
create table dashboard_offer_months (
  tenant_id text not null references tenants(id),
  month date not null,
  offer_id uuid not null,
  provider_id uuid not null,
  holders integer not null default 0,
  redemptions integer not null default 0,
  turnover_cents bigint not null default 0,
  primary key (tenant_id, month, offer_id)
);
create index dashboard_offer_months_provider on dashboard_offer_months (tenant_id, provider_id, month);

-- Each holder once per calendar year they used the pass (reach per year), with wijk and buurt.
create table dashboard_holder_years (
  tenant_id text not null references tenants(id),
  year integer not null,
  holder_id uuid not null,
  wijk_code text not null,
  buurt_code text not null,
  category text not null,
  primary key (tenant_id, year, holder_id)
);

-- Per year, wijk, buurt and category: distinct holders who used the pass.
create table dashboard_reach_years (
  tenant_id text not null references tenants(id),
  year integer not null,
  wijk_code text not null,
  buurt_code text not null,
  category text not null,
  holders integer not null default 0,
  primary key (tenant_id, year, wijk_code, buurt_code, category)
);
