-- E-mail and letters (issue 14, item 11).
-- 1. Delivery: with SMTP configured, a periodic job sends what is in the outbox and notes when it
--    went. Messages from before this migration count as sent: a deploy never mails the past.
alter table outbox_messages add column sent_at timestamptz;
alter table outbox_messages add column attempts integer not null default 0;
alter table outbox_messages add column next_attempt_at timestamptz;
alter table outbox_messages add column last_error text;
update outbox_messages set sent_at = created_at;
create index outbox_messages_unsent on outbox_messages (created_at) where sent_at is null;

-- 2. Templates per municipality: a tenant's own subject and text for a kind of message; without
--    one, the built-in B1 Dutch text (notifications/templates.ts).
create table message_templates (
  tenant_id text not null references tenants(id),
  key text not null,
  subject text not null,
  body text not null,
  updated_by text not null,
  updated_at timestamptz not null default now(),
  primary key (tenant_id, key)
);

-- 3. Letters for residents without e-mail: printed in a daily batch (one PDF per day). The
--    address is kept as it was when the letter was written; batch_date is set by the periodic
--    job once the day is over, so a day's batch never changes after it is printed.
create table letters (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  holder_id uuid,
  recipient_name text not null,
  address_lines text[] not null,
  subject text not null,
  body_text text not null,
  created_at timestamptz not null default now(),
  batch_date date,
  primary key (tenant_id, id)
);
create index letters_unbatched on letters (tenant_id, created_at) where batch_date is null;
create index letters_batch on letters (tenant_id, batch_date);
create index letters_holder on letters (tenant_id, holder_id);
