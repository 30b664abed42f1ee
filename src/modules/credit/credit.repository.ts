import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { PassCategory } from '../passes/passes.tables.ts';

/** The journal entry kind of a till's payment from pass credit; its reference is the redemption id. */
const TILL_CREDIT_PAYMENT = 'redemption_credit_payment';

export interface NewScheme {
  name: string;
  description: string;
  amountPerPassCents: number;
  eligiblePassCategories: PassCategory[];
  spendableOfferCategories: string[];
  validUntil: string;
}

const SCHEME_COLUMNS = [
  's.id',
  's.name',
  's.description',
  's.amount_per_pass_cents',
  's.eligible_pass_categories',
  's.spendable_offer_categories',
  's.valid_until',
  's.created_at',
] as const;

/** Credit schemes and the credit on passes. On the app's Kysely instance or inside a transaction. */
export class CreditRepository {
  constructor(readonly db: Kysely<DB>) {}

  /** Runs `work` in one transaction, with a repository bound to it and the transaction itself for the ledger. */
  transaction<T>(work: (repo: CreditRepository, tx: Transaction<DB>) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((tx) => work(new CreditRepository(tx), tx));
  }

  insertScheme(tenantId: string, scheme: NewScheme) {
    return this.db
      .insertInto('credit_schemes')
      .values({
        tenant_id: tenantId,
        name: scheme.name,
        description: scheme.description,
        amount_per_pass_cents: scheme.amountPerPassCents,
        eligible_pass_categories: scheme.eligiblePassCategories,
        spendable_offer_categories: scheme.spendableOfferCategories,
        valid_until: scheme.validUntil,
      })
      .returning(['id'])
      .executeTakeFirstOrThrow();
  }

  schemeNameTaken(tenantId: string, name: string) {
    return this.db
      .selectFrom('credit_schemes')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where(sql`lower(name)`, '=', name.toLowerCase())
      .executeTakeFirst();
  }

  existingCategories(tenantId: string, slugs: string[]) {
    if (slugs.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('categories')
      .select('slug')
      .where('tenant_id', '=', tenantId)
      .where('slug', 'in', slugs)
      .execute();
  }

  /** Schemes with their fund's balance and the credit still on passes. */
  private schemesWithTotals(tenantId: string) {
    return this.db
      .selectFrom('credit_schemes as s')
      .leftJoin('ledger_accounts as f', (join) =>
        join
          .onRef('f.tenant_id', '=', 's.tenant_id')
          .onRef('f.scheme_id', '=', 's.id')
          .on('f.type', '=', 'scheme_fund'),
      )
      .select(SCHEME_COLUMNS)
      .select(['f.id as fund_account_id', 'f.balance_cents as fund_balance_cents'])
      .select((eb) =>
        eb
          .selectFrom('ledger_accounts as c')
          .select(sql<number>`coalesce(sum(c.balance_cents), 0)`.as('v'))
          .whereRef('c.tenant_id', '=', 's.tenant_id')
          .whereRef('c.scheme_id', '=', 's.id')
          .where('c.type', '=', 'pass_credit')
          .as('outstanding_credit_cents'),
      )
      .select((eb) =>
        eb
          .selectFrom('ledger_accounts as c')
          .select(sql<number>`count(*)`.as('v'))
          .whereRef('c.tenant_id', '=', 's.tenant_id')
          .whereRef('c.scheme_id', '=', 's.id')
          .where('c.type', '=', 'pass_credit')
          .where('c.balance_cents', '>', 0)
          .as('passes_with_credit'),
      )
      .where('s.tenant_id', '=', tenantId);
  }

  async listSchemes(tenantId: string, limit: number, offset: number) {
    const [rows, total] = await Promise.all([
      this.schemesWithTotals(tenantId)
        .orderBy('s.valid_until', 'desc')
        .orderBy('s.name')
        .limit(limit)
        .offset(offset)
        .execute(),
      this.db
        .selectFrom('credit_schemes')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('tenant_id', '=', tenantId)
        .executeTakeFirstOrThrow(),
    ]);
    return { rows, totalItems: Number(total.n) };
  }

  findSchemeWithTotals(tenantId: string, schemeId: string) {
    return this.schemesWithTotals(tenantId).where('s.id', '=', schemeId).executeTakeFirst();
  }

  findScheme(tenantId: string, schemeId: string) {
    return this.db
      .selectFrom('credit_schemes as s')
      .select(SCHEME_COLUMNS)
      .where('s.tenant_id', '=', tenantId)
      .where('s.id', '=', schemeId)
      .executeTakeFirst();
  }

  async providerName(tenantId: string, providerId: string) {
    const row = await this.db
      .selectFrom('providers')
      .select('name')
      .where('tenant_id', '=', tenantId)
      .where('id', '=', providerId)
      .executeTakeFirst();
    return row?.name ?? null;
  }

  findPassesByNumbers(tenantId: string, numbers: string[]) {
    if (numbers.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('passes')
      .select(['id', 'number', 'category', 'status'])
      .where('tenant_id', '=', tenantId)
      .where('number', 'in', numbers)
      .execute();
  }

  /** Pass credit accounts of the scheme that still hold credit, locked in id order. */
  creditAccountsWithBalance(tenantId: string, schemeId: string) {
    return this.db
      .selectFrom('ledger_accounts')
      .select(['id', 'pass_id', 'balance_cents'])
      .where('tenant_id', '=', tenantId)
      .where('scheme_id', '=', schemeId)
      .where('type', '=', 'pass_credit')
      .where('balance_cents', '>', 0)
      .orderBy('id')
      .forUpdate()
      .execute();
  }

  /** Credit accounts on the holder's passes and on their children's passes, with the scheme. */
  creditOfHolder(tenantId: string, holderId: string) {
    const ownPassIds = this.db
      .selectFrom('passes')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('holder_id', '=', holderId);
    return this.db
      .selectFrom('ledger_accounts as a')
      .innerJoin('passes as p', (join) => join.onRef('p.tenant_id', '=', 'a.tenant_id').onRef('p.id', '=', 'a.pass_id'))
      .innerJoin('holders as h', (join) =>
        join.onRef('h.tenant_id', '=', 'p.tenant_id').onRef('h.id', '=', 'p.holder_id'),
      )
      .innerJoin('credit_schemes as s', (join) =>
        join.onRef('s.tenant_id', '=', 'a.tenant_id').onRef('s.id', '=', 'a.scheme_id'),
      )
      .select([
        'a.id as account_id',
        'a.balance_cents',
        'p.number as pass_number',
        'h.name as holder_name',
        'p.holder_id',
        's.id as scheme_id',
        's.name as scheme_name',
        's.description as scheme_description',
        's.valid_until',
        's.spendable_offer_categories',
      ])
      .where('a.tenant_id', '=', tenantId)
      .where('a.type', '=', 'pass_credit')
      .where((eb) => eb.or([eb('p.holder_id', '=', holderId), eb('p.parent_pass_id', 'in', ownPassIds)]))
      .orderBy(sql`p.holder_id = ${holderId}`, 'desc')
      .orderBy('h.name')
      .orderBy('s.valid_until')
      .orderBy('s.name')
      .execute();
  }

  /**
   * Every line on these accounts, newest first, with the kind of the entry (and of the entry a
   * reversal reverses) and, for a payment at a till (or its reversal), the provider's name. The
   * till's credit payment names its redemption in `reference`; the read join is the ledger's
   * documented reference, not a write to another module's table.
   */
  historyOfAccounts(tenantId: string, accountIds: string[]) {
    if (accountIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('journal_lines as l')
      .innerJoin('journal_entries as e', (join) =>
        join.onRef('e.tenant_id', '=', 'l.tenant_id').onRef('e.id', '=', 'l.entry_id'),
      )
      .leftJoin('journal_entries as o', (join) =>
        join.onRef('o.tenant_id', '=', 'e.tenant_id').onRef('o.id', '=', 'e.reverses_entry_id'),
      )
      .leftJoin('redemptions as r', (join) =>
        join.onRef('r.tenant_id', '=', 'e.tenant_id').on(
          sql<boolean>`r.id = case when e.kind = ${TILL_CREDIT_PAYMENT} then e.reference::uuid
            when o.kind = ${TILL_CREDIT_PAYMENT} then o.reference::uuid end`,
        ),
      )
      .leftJoin('providers as pv', (join) =>
        join.onRef('pv.tenant_id', '=', 'r.tenant_id').onRef('pv.id', '=', 'r.provider_id'),
      )
      .select([
        'pv.name as provider_name',
        'l.account_id',
        'l.amount_cents',
        'e.id as entry_id',
        'e.kind',
        'o.kind as reversed_kind',
        'e.description',
        'e.occurred_at',
      ])
      .where('l.tenant_id', '=', tenantId)
      .where('l.account_id', 'in', accountIds)
      .orderBy('e.occurred_at', 'desc')
      .orderBy('e.recorded_at', 'desc')
      .orderBy('e.id')
      .execute();
  }
}
