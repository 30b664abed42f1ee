-- Provider payouts (issue 3, item 6): provider bank accounts, settlement runs per period, a
-- settlement per provider per run, the payable lines each settlement covers, and the
-- municipality's own account as the debtor of the SEPA credit-transfer file. See docs/ledger.md,
-- "Payouts".

-- Where a provider is paid. Validated (ISO 13616 mod-97) by the application when entered; the
-- database keeps the shape: capitals and digits, no spaces.
alter table providers
  add column iban text check (iban is null or iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$'),
  add column bic text check (bic is null or bic ~ '^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$'),
  add column account_holder_name text check (account_holder_name is null or length(account_holder_name) between 1 and 140),
  add column bank_account_updated_at timestamptz;

-- The municipality's own bank account: the debtor of every payout file.
alter table tenants
  add column payout_iban text check (payout_iban is null or payout_iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$'),
  add column payout_bic text check (payout_bic is null or payout_bic ~ '^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$'),
  add column payout_account_name text;
-- Demo account of Zaanstad (a made-up BNG account number with valid check digits).
update tenants set payout_iban = 'NL73BNGH0285170019', payout_bic = 'BNGHNL2G', payout_account_name = 'Gemeente Zaanstad'
  where id = 'zaanstad' and payout_iban is null;

-- New ledger account type: payouts the municipality has committed to (a settlement) but its bank
-- has not yet confirmed. Added to whatever list of types the check has by now.
do $$
declare
  def text;
begin
  select pg_get_constraintdef(c.oid) into def from pg_constraint c
    where c.conrelid = 'ledger_accounts'::regclass and c.conname = 'ledger_accounts_type_check';
  if def is null then
    raise exception 'constraint ledger_accounts_type_check not found';
  end if;
  if position('''payout_clearing''' in def) = 0 then
    execute 'alter table ledger_accounts drop constraint ledger_accounts_type_check';
    execute 'alter table ledger_accounts add constraint ledger_accounts_type_check '
      || replace(def, 'ARRAY[', 'ARRAY[''payout_clearing''::text, ');
  end if;
end $$;
alter table ledger_accounts add constraint ledger_accounts_payout_clearing_tenant_wide
  check (type <> 'payout_clearing' or (scheme_id is null and pass_id is null and provider_id is null));

-- One run per period; periods of one tenant never overlap (checked under a lock by the service).
create table settlement_runs (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  period_start date not null,
  period_end date not null,
  -- Debtor of the payout file, as it was when the run was made.
  debtor_iban text,
  debtor_bic text,
  debtor_name text not null,
  created_at timestamptz not null default now(),
  created_by text,
  primary key (tenant_id, id),
  unique (tenant_id, period_start, period_end),
  check (period_end >= period_start)
);

-- What one provider is paid for one run. Unique per provider per run and per period: nothing
-- is paid twice.
create table settlements (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  run_id uuid not null,
  provider_id uuid not null,
  period_start date not null,
  period_end date not null,
  amount_cents bigint not null check (amount_cents > 0),
  -- Creditor as it was when the run was made: the file and the statement say the same.
  creditor_name text not null,
  creditor_iban text not null,
  creditor_bic text,
  -- The booking: provider payable -> payout clearing.
  entry_id uuid not null,
  status text not null default 'pending' check (status in ('pending', 'paid')),
  paid_at timestamptz,
  paid_on date,
  payment_entry_id uuid,
  payment_source text check (payment_source in ('bank_statement', 'manual')),
  payment_reference text,
  confirmed_by text,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, run_id, provider_id),
  unique (tenant_id, provider_id, period_start),
  foreign key (tenant_id, run_id) references settlement_runs(tenant_id, id),
  foreign key (tenant_id, provider_id) references providers(tenant_id, id),
  foreign key (tenant_id, entry_id) references journal_entries(tenant_id, id),
  foreign key (tenant_id, payment_entry_id) references journal_entries(tenant_id, id),
  check ((status = 'paid') = (paid_at is not null and payment_entry_id is not null))
);
create index settlements_provider on settlements (tenant_id, provider_id, period_start desc);

-- Providers with a payable but no valid bank account when the run was made: listed, not paid.
-- Their payable stays open and is settled by a later run.
create table settlement_run_blocked (
  tenant_id text not null,
  run_id uuid not null,
  provider_id uuid not null,
  amount_cents bigint not null,
  reason text not null,
  primary key (tenant_id, run_id, provider_id),
  foreign key (tenant_id, run_id) references settlement_runs(tenant_id, id),
  foreign key (tenant_id, provider_id) references providers(tenant_id, id)
);

-- The provider-payable journal lines a settlement covers. A line is settled at most once.
create table settlement_lines (
  tenant_id text not null,
  entry_id uuid not null,
  line_no integer not null,
  settlement_id uuid not null,
  amount_cents bigint not null,
  primary key (tenant_id, entry_id, line_no),
  -- (to the entry, not the line: a foreign key onto journal_lines would change how `truncate` is refused)
  foreign key (tenant_id, entry_id) references journal_entries(tenant_id, id),
  foreign key (tenant_id, settlement_id) references settlements(tenant_id, id)
);
create index settlement_lines_settlement on settlement_lines (tenant_id, settlement_id);
