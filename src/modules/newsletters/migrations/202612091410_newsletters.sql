-- Newsletters with consent (issue 20, part 3).
-- Subscribers: residents who subscribed on /nieuwsbrief (double opt-in: 'pending' until the
-- confirmation link is used), holders who opted in on their pass page (e-mail or letter), and the
-- contact addresses of providers (the providers' newsletter). Only the hash of a confirmation
-- token is kept; it works once, and 48 hours.
create table newsletter_subscribers (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  audience text not null check (audience in ('residents', 'providers')),
  email text,
  holder_id uuid,
  provider_id uuid,
  channel text not null default 'email' check (channel in ('email', 'letter')),
  language text not null default 'nl' check (language in ('nl', 'en', 'tr', 'ar', 'pl', 'uk')),
  wijken text[] not null default '{}',
  routes text[] not null default '{}',
  categories text[] not null default '{}',
  status text not null check (status in ('pending', 'confirmed', 'unsubscribed')),
  confirm_token_hash text,
  confirm_expires_at timestamptz,
  confirmation_sent_at timestamptz,
  confirmed_at timestamptz,
  unsubscribed_at timestamptz,
  unsubscribed_edition_id uuid,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  check (email is not null or holder_id is not null)
);
create unique index newsletter_subscribers_email on newsletter_subscribers (tenant_id, audience, email)
  where email is not null;
create unique index newsletter_subscribers_holder on newsletter_subscribers (tenant_id, holder_id)
  where holder_id is not null;
create unique index newsletter_subscribers_confirm_token on newsletter_subscribers (confirm_token_hash)
  where confirm_token_hash is not null;
create index newsletter_subscribers_confirmed on newsletter_subscribers (tenant_id, audience, id)
  where status = 'confirmed';

-- An edition: composed from stories, new providers and coming events (residents), or from new
-- routes, campaigns, figures and tips (providers). Its items are kept as they were composed, so
-- the preview is what is sent.
create table newsletter_editions (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  audience text not null check (audience in ('residents', 'providers')),
  title text not null,
  intro text not null default '',
  tips text not null default '',
  items jsonb not null default '[]',
  status text not null default 'draft' check (status in ('draft', 'sending', 'sent')),
  created_by text not null,
  created_at timestamptz not null default now(),
  send_started_at timestamptz,
  sent_at timestamptz,
  primary key (tenant_id, id)
);

-- One row per edition and subscriber: written in the same transaction as the e-mail in the
-- outbox (or the letter), so a send that stops and starts again never writes to anyone twice.
-- The unsubscribe link of that message is single-purpose and expires; only its hash is kept.
create table newsletter_deliveries (
  tenant_id text not null references tenants(id),
  edition_id uuid not null,
  subscriber_id uuid not null,
  channel text not null check (channel in ('email', 'letter', 'none')),
  outbox_message_id uuid,
  unsubscribe_token_hash text not null,
  unsubscribe_expires_at timestamptz not null,
  created_at timestamptz not null default now(),
  primary key (tenant_id, edition_id, subscriber_id),
  foreign key (tenant_id, edition_id) references newsletter_editions (tenant_id, id),
  foreign key (tenant_id, subscriber_id) references newsletter_subscribers (tenant_id, id)
);
create unique index newsletter_deliveries_unsubscribe_token on newsletter_deliveries (unsubscribe_token_hash);
