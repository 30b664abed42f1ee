-- Foundation of the Zaanse Pas: tenants, areas, holders and passes, providers, offers,
-- redemptions, accounts. Every table holding a municipality's data carries tenant_id and
-- leads its primary key with it, so the schema can be distributed by tenant (Citus).

create table tenants (
  id text primary key,
  name text not null,
  pass_name text not null,
  municipality_code text not null,
  theme text not null default 'voorbeeld',
  -- Pass categories that get the kansentarief (reduced tariff). Never shown to providers.
  reduced_tariff_categories text[] not null default array['low_income'],
  created_at timestamptz not null default now()
);

create table wijken (
  tenant_id text not null references tenants(id),
  code text not null,
  name text not null,
  population integer not null,
  households integer,
  geometry jsonb not null,
  primary key (tenant_id, code)
);

create table buurten (
  tenant_id text not null references tenants(id),
  code text not null,
  wijk_code text not null,
  name text not null,
  population integer not null,
  geometry jsonb not null,
  primary key (tenant_id, code),
  foreign key (tenant_id, wijk_code) references wijken(tenant_id, code)
);

create table routes (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  slug text not null,
  name text not null,
  description text not null default '',
  -- true for routes invented for the demo; the game plan names only four of the eight.
  is_demo boolean not null default false,
  sort_order integer not null default 0,
  primary key (tenant_id, id),
  unique (tenant_id, slug)
);

create table categories (
  tenant_id text not null references tenants(id),
  slug text not null,
  name_nl text not null,
  name_en text not null,
  primary key (tenant_id, slug)
);

create table holders (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  name text not null,
  email text,
  birth_date date,
  wijk_code text,
  buurt_code text,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, wijk_code) references wijken(tenant_id, code)
);
create unique index holders_email on holders (tenant_id, lower(email)) where email is not null;

create table passes (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  number text not null,
  holder_id uuid not null,
  -- Private: never part of any response a provider can obtain.
  category text not null check (category in ('regular', 'low_income', 'carer', 'child')),
  parent_pass_id uuid,
  status text not null default 'active' check (status in ('active', 'blocked', 'expired')),
  valid_from date not null,
  valid_until date not null,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, number),
  foreign key (tenant_id, holder_id) references holders(tenant_id, id),
  foreign key (tenant_id, parent_pass_id) references passes(tenant_id, id),
  check (category <> 'child' or parent_pass_id is not null),
  check (valid_until >= valid_from)
);
create index passes_holder on passes (tenant_id, holder_id);

create table providers (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  name text not null,
  kind text not null check (kind in ('business', 'non_profit', 'community_centre', 'volunteer_initiative')),
  description text not null default '',
  website text,
  email text,
  phone text,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id)
);

create table locations (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  provider_id uuid not null,
  name text not null,
  street text not null,
  postcode text not null,
  city text not null,
  wijk_code text not null,
  buurt_code text,
  -- Position in RD New (EPSG:28992), metres, the same grid as the CBS wijk geometry.
  x_rd double precision,
  y_rd double precision,
  primary key (tenant_id, id),
  foreign key (tenant_id, provider_id) references providers(tenant_id, id),
  foreign key (tenant_id, wijk_code) references wijken(tenant_id, code)
);
create index locations_provider on locations (tenant_id, provider_id);
create index locations_wijk on locations (tenant_id, wijk_code);

create table offers (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  provider_id uuid not null,
  title text not null,
  summary text not null default '',
  description text not null default '',
  conditions text not null default '',
  price_type text not null check (price_type in ('percentage_discount', 'amount_off', 'fixed_price', 'free')),
  regular_price_cents integer check (regular_price_cents >= 0),
  discount_percent integer check (discount_percent between 1 and 100),
  amount_off_cents integer check (amount_off_cents > 0),
  fixed_price_cents integer check (fixed_price_cents >= 0),
  -- Kansentarief: the price for holders in the tenant's reduced-tariff categories.
  reduced_price_cents integer check (reduced_price_cents >= 0),
  limit_per_pass integer check (limit_per_pass > 0),
  limit_period text check (limit_period in ('day', 'week', 'month', 'pass_year', 'ever')),
  stock_total integer check (stock_total >= 0),
  stock_remaining integer check (stock_remaining >= 0),
  valid_from date not null,
  valid_until date not null,
  status text not null default 'draft' check (status in ('draft', 'published')),
  categories text[] not null default '{}',
  target_groups text[] not null default '{}',
  search_vector tsvector,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, provider_id) references providers(tenant_id, id),
  check (valid_until >= valid_from),
  check ((limit_per_pass is null) = (limit_period is null)),
  check ((stock_total is null) = (stock_remaining is null)),
  check (price_type <> 'percentage_discount' or (discount_percent is not null and regular_price_cents is not null)),
  check (price_type <> 'amount_off' or (amount_off_cents is not null and regular_price_cents is not null)),
  check (price_type <> 'fixed_price' or fixed_price_cents is not null)
);
create index offers_provider on offers (tenant_id, provider_id);
create index offers_search on offers using gin (search_vector);
create index offers_categories on offers using gin (categories);

-- The search text: title weighs most, then summary, provider and description.
create function offers_search_vector_update() returns trigger language plpgsql as $$
begin
  new.search_vector :=
    setweight(to_tsvector('dutch', coalesce(new.title, '')), 'A') ||
    setweight(to_tsvector('dutch', coalesce(new.summary, '')), 'B') ||
    setweight(to_tsvector('dutch', coalesce((select name from providers p where p.tenant_id = new.tenant_id and p.id = new.provider_id), '')), 'B') ||
    setweight(to_tsvector('dutch', coalesce(new.description, '')), 'C');
  return new;
end $$;
create trigger offers_search_vector before insert or update of title, summary, description, provider_id
  on offers for each row execute function offers_search_vector_update();

create table offer_locations (
  tenant_id text not null,
  offer_id uuid not null,
  location_id uuid not null,
  primary key (tenant_id, offer_id, location_id),
  foreign key (tenant_id, offer_id) references offers(tenant_id, id) on delete cascade,
  foreign key (tenant_id, location_id) references locations(tenant_id, id)
);
create index offer_locations_location on offer_locations (tenant_id, location_id);

create table offer_routes (
  tenant_id text not null,
  offer_id uuid not null,
  route_id uuid not null,
  primary key (tenant_id, offer_id, route_id),
  foreign key (tenant_id, offer_id) references offers(tenant_id, id) on delete cascade,
  foreign key (tenant_id, route_id) references routes(tenant_id, id)
);
create index offer_routes_route on offer_routes (tenant_id, route_id);

create table users (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  email text not null,
  name text not null,
  role text not null check (role in ('resident', 'till_staff', 'provider_admin', 'org_admin')),
  password_hash text,
  provider_id uuid,
  holder_id uuid,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, provider_id) references providers(tenant_id, id),
  foreign key (tenant_id, holder_id) references holders(tenant_id, id),
  check (role not in ('till_staff', 'provider_admin') or provider_id is not null),
  check (role <> 'resident' or holder_id is not null)
);
create unique index users_email_role on users (tenant_id, lower(email), role);

create table sessions (
  tenant_id text not null references tenants(id),
  token_hash text not null,
  user_id uuid not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  primary key (tenant_id, token_hash),
  foreign key (tenant_id, user_id) references users(tenant_id, id) on delete cascade
);

create table login_links (
  tenant_id text not null references tenants(id),
  token_hash text not null,
  user_id uuid not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz,
  primary key (tenant_id, token_hash),
  foreign key (tenant_id, user_id) references users(tenant_id, id) on delete cascade
);

create table outbox_messages (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  to_address text not null,
  subject text not null,
  body_text text not null,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id)
);

create table api_tokens (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  provider_id uuid not null,
  name text not null,
  token_hash text not null unique,
  created_at timestamptz not null default now(),
  revoked_at timestamptz,
  primary key (tenant_id, id),
  foreign key (tenant_id, provider_id) references providers(tenant_id, id)
);

create table redemptions (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  offer_id uuid not null,
  pass_id uuid not null,
  provider_id uuid not null,
  price_cents integer not null check (price_cents >= 0),
  regular_price_cents integer,
  channel text not null check (channel in ('till', 'api', 'seed')),
  redeemed_by text,
  created_at timestamptz not null default now(),
  cancelled_at timestamptz,
  cancelled_by text,
  primary key (tenant_id, id),
  foreign key (tenant_id, offer_id) references offers(tenant_id, id),
  foreign key (tenant_id, pass_id) references passes(tenant_id, id),
  foreign key (tenant_id, provider_id) references providers(tenant_id, id)
);
create index redemptions_pass_offer on redemptions (tenant_id, pass_id, offer_id, created_at);
create index redemptions_provider on redemptions (tenant_id, provider_id, created_at desc);
create index redemptions_created on redemptions (tenant_id, created_at desc);

-- A till retry with the same Idempotency-Key gets the stored answer; nothing is booked twice.
create table idempotency_keys (
  tenant_id text not null references tenants(id),
  scope text not null,
  key text not null,
  request_hash text not null,
  response_status integer,
  response_body jsonb,
  created_at timestamptz not null default now(),
  primary key (tenant_id, scope, key)
);
