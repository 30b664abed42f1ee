-- The pass year (issue 14, item 6) and households (item 5).
--
-- Settings per municipality: how long a pass of each pass type is valid ('calendar_year' ends on
-- 31 December; 'twelve_months' runs a year from its start) and the grace period after the end in
-- which the till still accepts a pass. No row: calendar years and one month of grace.
create table pass_year_settings (
  tenant_id text primary key references tenants(id),
  grace_months integer not null default 1 check (grace_months between 0 and 6),
  validity_regular text not null default 'calendar_year' check (validity_regular in ('calendar_year', 'twelve_months')),
  validity_low_income text not null default 'calendar_year' check (validity_low_income in ('calendar_year', 'twelve_months')),
  validity_carer text not null default 'calendar_year' check (validity_carer in ('calendar_year', 'twelve_months')),
  validity_child text not null default 'calendar_year' check (validity_child in ('calendar_year', 'twelve_months')),
  updated_at timestamptz not null default now(),
  updated_by text
);

-- The last day the till accepts a pass, kept on the pass itself so the till reads one column:
-- valid_until plus the municipality's grace period (end of month clamped: 31 January + 1 month =
-- 28 or 29 February). A change of the grace period recomputes it for every pass (same transaction).
alter table passes add column grace_until date;
create function passes_grace_until() returns trigger language plpgsql as $$
begin
  new.grace_until := (new.valid_until + make_interval(months => coalesce(
    (select s.grace_months from pass_year_settings s where s.tenant_id = new.tenant_id), 1)))::date;
  return new;
end;
$$;
create trigger passes_grace_until before insert or update of valid_until on passes
  for each row execute function passes_grace_until();
update passes set grace_until = (valid_until + interval '1 month')::date;
alter table passes alter column grace_until set not null;

-- One reminder per pass and pass year, 30 days before the end: the row is the claim, written in
-- the same transaction as the e-mail, so a second run (or a second process) sends nothing twice.
create table pass_year_reminders (
  tenant_id text not null references tenants(id),
  pass_id uuid not null,
  valid_until date not null,
  recipient_holder_id uuid not null,
  sent_at timestamptz not null default now(),
  primary key (tenant_id, pass_id, valid_until),
  foreign key (tenant_id, pass_id) references passes(tenant_id, id)
);

-- A paid pass renewed online by its holder: paid through the sales module's payment provider;
-- the pass keeps its number, history and credit, only its validity moves on.
create table pass_renewals (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  pass_id uuid not null,
  holder_id uuid not null,
  status text not null default 'open' check (status in ('open', 'paid', 'failed', 'canceled', 'expired')),
  amount_cents integer not null check (amount_cents > 0),
  action_budget_share_cents integer not null check (action_budget_share_cents >= 0),
  payment_provider text,
  payment_id text,
  checkout_url text,
  valid_until_before date not null,
  valid_until_after date,
  sale_entry_id uuid,
  created_at timestamptz not null default now(),
  paid_at timestamptz,
  primary key (tenant_id, id),
  foreign key (tenant_id, pass_id) references passes(tenant_id, id),
  foreign key (tenant_id, holder_id) references holders(tenant_id, id)
);
create unique index pass_renewals_payment on pass_renewals (tenant_id, payment_provider, payment_id);
create index pass_renewals_pass on pass_renewals (tenant_id, pass_id, created_at desc);

-- Partners in one household: the inviter names the partner's pass; the partner accepts on their
-- own "Mijn pas". Until then nothing is shared. A holder is in at most one pair (the service
-- checks it under a lock on both holders).
create table household_partners (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  inviter_holder_id uuid not null,
  invitee_holder_id uuid not null,
  created_at timestamptz not null default now(),
  accepted_at timestamptz,
  primary key (tenant_id, id),
  check (inviter_holder_id <> invitee_holder_id),
  foreign key (tenant_id, inviter_holder_id) references holders(tenant_id, id),
  foreign key (tenant_id, invitee_holder_id) references holders(tenant_id, id)
);
create unique index household_partners_pair on household_partners (tenant_id, inviter_holder_id, invitee_holder_id);
create index household_partners_invitee on household_partners (tenant_id, invitee_holder_id);

-- A child's pass that became the child's own at 18 (the periodic job): when, for the record.
alter table passes add column own_since date;
