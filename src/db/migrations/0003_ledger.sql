-- The ledger: double-entry bookkeeping in integer euro cents, append-only, per tenant. The
-- platform never holds money; it records exactly who owes whom (see docs/ledger.md).
-- Credit schemes (tegoed) are the first thing booked on it.

create table credit_schemes (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  name text not null,
  description text not null default '',
  -- What one pass gets; also the default amount of a load and the most one load may book.
  amount_per_pass_cents integer not null check (amount_per_pass_cents > 0),
  -- Pass categories that may receive this credit (empty: every category). Never shown to providers.
  eligible_pass_categories text[] not null default '{}',
  -- Offer category slugs where the credit can be spent (empty: every offer).
  spendable_offer_categories text[] not null default '{}',
  -- Last day the credit can be spent; the day after, the remainder expires back to the scheme fund.
  valid_until date not null,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, name)
);

create table ledger_accounts (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  type text not null check (type in (
    'scheme_fund', 'action_budget', 'pass_credit', 'provider_payable',
    'pass_sale_income', 'sponsor_contributions', 'municipality_bank')),
  scheme_id uuid,
  pass_id uuid,
  provider_id uuid,
  name text not null,
  -- Cache of the sum of this account's journal lines; `npm run ledger:check` proves it equal.
  balance_cents bigint not null default 0,
  -- One account per type and owner: '::' for the tenant-wide accounts.
  owner_key text generated always as (
    coalesce(scheme_id::text, '') || ':' || coalesce(pass_id::text, '') || ':' || coalesce(provider_id::text, '')
  ) stored,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, type, owner_key),
  foreign key (tenant_id, scheme_id) references credit_schemes(tenant_id, id),
  foreign key (tenant_id, pass_id) references passes(tenant_id, id),
  foreign key (tenant_id, provider_id) references providers(tenant_id, id),
  -- Whatever the concurrency, a pass's credit never goes below zero: the database refuses it.
  constraint ledger_accounts_pass_credit_not_negative check (type <> 'pass_credit' or balance_cents >= 0),
  check (type <> 'pass_credit' or (scheme_id is not null and pass_id is not null and provider_id is null)),
  check (type <> 'scheme_fund' or (scheme_id is not null and pass_id is null and provider_id is null)),
  check (type <> 'provider_payable' or (provider_id is not null and scheme_id is null and pass_id is null)),
  check (type not in ('action_budget', 'pass_sale_income', 'sponsor_contributions', 'municipality_bank')
    or (scheme_id is null and pass_id is null and provider_id is null))
);
create index ledger_accounts_pass on ledger_accounts (tenant_id, pass_id) where pass_id is not null;
create index ledger_accounts_scheme on ledger_accounts (tenant_id, scheme_id) where scheme_id is not null;

create table journal_entries (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  kind text not null check (kind ~ '^[a-z][a-z_]*$'),
  -- The business reference: the same booking (kind, reference) is booked once.
  reference text not null check (length(reference) between 1 and 300),
  description text not null default '',
  occurred_at timestamptz not null default now(),
  recorded_at timestamptz not null default now(),
  -- A correction never changes an entry: it books a reversing entry that points here.
  reverses_entry_id uuid,
  recorded_by text,
  primary key (tenant_id, id),
  unique (tenant_id, kind, reference),
  foreign key (tenant_id, reverses_entry_id) references journal_entries(tenant_id, id)
);
create unique index journal_entries_reversal on journal_entries (tenant_id, reverses_entry_id) where reverses_entry_id is not null;
create index journal_entries_recorded on journal_entries (tenant_id, recorded_at, id);

create table journal_lines (
  tenant_id text not null,
  entry_id uuid not null,
  line_no integer not null check (line_no >= 1),
  account_id uuid not null,
  -- Positive: debit (value moves into the account); negative: credit.
  amount_cents bigint not null check (amount_cents <> 0),
  primary key (tenant_id, entry_id, line_no),
  foreign key (tenant_id, entry_id) references journal_entries(tenant_id, id),
  foreign key (tenant_id, account_id) references ledger_accounts(tenant_id, id)
);
create index journal_lines_account on journal_lines (tenant_id, account_id, entry_id);

-- Append-only: entries and lines are never changed or removed.
create function ledger_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'the ledger is append-only: % on % is not allowed; book a reversing entry instead', tg_op, tg_table_name
    using errcode = '55000';
end $$;
create trigger journal_entries_append_only before update or delete on journal_entries
  for each row execute function ledger_append_only();
create trigger journal_entries_no_truncate before truncate on journal_entries
  for each statement execute function ledger_append_only();
create trigger journal_lines_append_only before update or delete on journal_lines
  for each row execute function ledger_append_only();
create trigger journal_lines_no_truncate before truncate on journal_lines
  for each statement execute function ledger_append_only();

-- Every entry balances: its lines sum to zero, checked when the transaction commits.
create function ledger_check_entry_balanced(tenant text, entry uuid) returns void language plpgsql as $$
declare
  total bigint;
  line_count integer;
begin
  select coalesce(sum(amount_cents), 0), count(*) into total, line_count
    from journal_lines where tenant_id = tenant and entry_id = entry;
  if line_count < 2 then
    raise exception 'journal entry % has % line(s); an entry needs at least two', entry, line_count using errcode = '23514';
  end if;
  if total <> 0 then
    raise exception 'journal entry % does not balance: its lines sum to % cents', entry, total using errcode = '23514';
  end if;
end $$;
create function journal_entries_balanced() returns trigger language plpgsql as $$
begin
  perform ledger_check_entry_balanced(new.tenant_id, new.id);
  return null;
end $$;
create function journal_lines_balanced() returns trigger language plpgsql as $$
begin
  perform ledger_check_entry_balanced(new.tenant_id, new.entry_id);
  return null;
end $$;
create constraint trigger journal_entries_balanced after insert on journal_entries
  deferrable initially deferred for each row execute function journal_entries_balanced();
create constraint trigger journal_lines_balanced after insert on journal_lines
  deferrable initially deferred for each row execute function journal_lines_balanced();
