import { sql, type Kysely, type RawBuilder } from 'kysely';
import { prepare, type Param } from '../../db/prepared.ts';
import type { DB } from '../../db/schema.ts';
import { ledgerBookingParams, type LedgerBookingParams, type RedemptionBooking } from './redemption-booking.ts';

/**
 * The SQL that books a redemption in the ledger: CTEs that the till's booking statement
 * (redemptions.repository.ts) puts after its own steps, and the same CTEs alone for redemptions
 * written before (the demo seed). What is booked, and why, is in redemption-booking.ts.
 */

/**
 * The CTE `credits`: takes what the pass pays from each credit account, only where the account
 * still holds it (a guard, re-checked by PostgreSQL after waiting for another booking's lock),
 * and only `when` the step before happened. Its row count tells whether every account paid.
 */
export const creditSpendCte = <P extends LedgerBookingParams>(
  p: Param<P>,
  when: RawBuilder<unknown>,
) => sql`credits as (
    update ledger_accounts a set balance_cents = a.balance_cents - c.amount
    -- Arrays and id = any(...), not a JSON record set: the generic plan then probes the primary
    -- key for a few rows, whatever the statistics say; with jsonb_to_recordset it scanned every account.
    from unnest(cast(${p('creditAccountIds')} as uuid[]), cast(${p('creditAmounts')} as bigint[]), cast(${p('creditLineNos')} as integer[]))
      as c(id, amount, line_no)
    where a.tenant_id = ${p('tenantId')} and a.id = any(cast(${p('creditAccountIds')} as uuid[])) and a.id = c.id and a.type = 'pass_credit'
      and a.balance_cents >= c.amount and ${when}
    returning a.id, c.amount, c.line_no)`;

/**
 * The CTEs that write the entries, only `when` the booking happened: the entries, their lines
 * (the credit lines from `credits`), and the payable, fund or actiebudget balances. The payable,
 * fund or actiebudget account is created on first use by the upsert that adds to its balance.
 */
export const ledgerEntriesCtes = <P extends LedgerBookingParams>(
  p: Param<P>,
  when: RawBuilder<unknown>,
) => sql`entries as (
    insert into journal_entries (tenant_id, id, kind, reference, description, occurred_at, recorded_by)
    select ${p('tenantId')}, e.id, e.kind, ${p('reference')}, e.description, cast(${p('occurredAt')} as timestamptz), ${p('recordedBy')}
    from jsonb_to_recordset(cast(${p('entries')} as jsonb)) as e(id uuid, kind text, description text)
    where ${when}
    returning id),
  payable as (
    insert into ledger_accounts as a (tenant_id, type, provider_id, name, balance_cents)
    select pr.tenant_id, 'provider_payable', pr.id, 'Payable to ' || pr.name, cast(${p('payableDelta')} as bigint)
    from providers pr where pr.tenant_id = ${p('tenantId')} and pr.id = cast(${p('providerId')} as uuid)
      and cast(${p('payableDelta')} as bigint) > 0 and ${when}
    on conflict (tenant_id, type, owner_key) do update set balance_cents = a.balance_cents + excluded.balance_cents
    returning a.id),
  source as (
    insert into ledger_accounts as a (tenant_id, type, scheme_id, name, balance_cents)
    select ${p('tenantId')}, ${p('sourceType')}, cast(${p('sourceSchemeId')} as uuid),
      coalesce((select 'Scheme fund: ' || s.name from credit_schemes s
        where s.tenant_id = ${p('tenantId')} and s.id = cast(${p('sourceSchemeId')} as uuid)), 'Actiebudget'),
      -cast(${p('reimbursedCents')} as bigint)
    where cast(${p('reimbursedCents')} as integer) > 0 and ${when}
    on conflict (tenant_id, type, owner_key) do update set balance_cents = a.balance_cents + excluded.balance_cents
    returning a.id),
  lines as (
    insert into journal_lines (tenant_id, entry_id, line_no, account_id, amount_cents)
    select ${p('tenantId')}, cast(${p('payEntryId')} as uuid), c.line_no, c.id, -c.amount from credits c
    union all
    select ${p('tenantId')}, cast(${p('payEntryId')} as uuid), cast(${p('payableLineNo')} as integer), y.id, cast(${p('creditCents')} as bigint)
    from payable y where cast(${p('creditCents')} as integer) > 0
    union all
    select ${p('tenantId')}, cast(${p('reimbEntryId')} as uuid), 1, s.id, -cast(${p('reimbursedCents')} as bigint) from source s
    union all
    select ${p('tenantId')}, cast(${p('reimbEntryId')} as uuid), 2, y.id, cast(${p('reimbursedCents')} as bigint)
    from payable y where cast(${p('reimbursedCents')} as integer) > 0
    returning 1)`;

/** The ledger booking alone, for redemptions written before (the demo seed). */
const BOOK_LEDGER = prepare<LedgerBookingParams, { entries: number; lines: number; credits: number }>(
  'book_redemption_ledger',
  (_db, p) => sql`with
  ${creditSpendCte(p, sql`true`)},
  ${ledgerEntriesCtes(p, sql`true`)}
  select (select count(*) from entries)::integer as entries, (select count(*) from lines)::integer as lines,
    (select count(*) from credits)::integer as credits`,
);

/** Books a redemption's credit payment and discount reimbursement in one statement. Nothing to book: no statement. */
export async function bookRedemptionInLedger(db: Kysely<DB>, booking: RedemptionBooking): Promise<void> {
  const { params, expected } = ledgerBookingParams(booking);
  if (expected.entries === 0) return;
  const row = await BOOK_LEDGER.first(db, params);
  if (!row || row.entries !== expected.entries || row.credits !== expected.credits || row.lines !== expected.lines) {
    // The credit was read by the caller in the same transaction; throwing rolls everything back.
    throw new Error(
      `redemption ${booking.redemptionId}: the ledger booking wrote ${JSON.stringify(row)}; expected ${JSON.stringify(expected)}`,
    );
  }
}
