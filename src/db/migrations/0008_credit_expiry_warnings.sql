-- Warnings to holders that their credit (tegoed) of a scheme will expire within 30 days.
-- One row per holder and scheme: the warning is sent once, whatever runs the job, how often or
-- in how many processes at once (the primary key decides; the e-mail is written in the same
-- transaction as the row).
create table credit_expiry_warnings (
  tenant_id text not null references tenants(id),
  scheme_id uuid not null,
  -- Who got the e-mail: the holder of the pass, or for a child's pass the parent's holder.
  holder_id uuid not null,
  -- The scheme's last day the warning was about.
  valid_until date not null,
  balance_cents integer not null check (balance_cents > 0),
  outbox_message_id uuid not null,
  sent_at timestamptz not null default now(),
  primary key (tenant_id, scheme_id, holder_id),
  foreign key (tenant_id, scheme_id) references credit_schemes(tenant_id, id),
  foreign key (tenant_id, holder_id) references holders(tenant_id, id),
  -- Deferred: the warning row is claimed first, the e-mail written after it, in one transaction.
  foreign key (tenant_id, outbox_message_id) references outbox_messages(tenant_id, id) deferrable initially deferred
);
