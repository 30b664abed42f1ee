import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

export interface CreditRow {
  tenant_id: string;
  pass_name: string;
  scheme_id: string;
  scheme_name: string;
  valid_until: string;
  spendable_offer_categories: string[];
  balance_cents: number;
  pass_number: string;
  pass_holder_name: string;
  recipient_id: string | null;
  recipient_name: string | null;
  recipient_email: string | null;
}

/** The SQL of the credit expiry warnings (credit-expiry-warnings.ts). */
export class CreditExpiryWarningsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Credit on passes of schemes whose last day is from `today` to `lastDay`, with who to write to. */
  creditExpiringBetween(today: string, lastDay: string): Promise<CreditRow[]> {
    return this.db
      .selectFrom('ledger_accounts as a')
      .innerJoin('tenants as t', 't.id', 'a.tenant_id')
      .innerJoin('credit_schemes as s', (join) =>
        join.onRef('s.tenant_id', '=', 'a.tenant_id').onRef('s.id', '=', 'a.scheme_id'),
      )
      .innerJoin('passes as p', (join) => join.onRef('p.tenant_id', '=', 'a.tenant_id').onRef('p.id', '=', 'a.pass_id'))
      .innerJoin('holders as h', (join) =>
        join.onRef('h.tenant_id', '=', 'p.tenant_id').onRef('h.id', '=', 'p.holder_id'),
      )
      .leftJoin('passes as pp', (join) =>
        join.onRef('pp.tenant_id', '=', 'p.tenant_id').onRef('pp.id', '=', 'p.parent_pass_id'),
      )
      .leftJoin('holders as ph', (join) =>
        join.onRef('ph.tenant_id', '=', 'pp.tenant_id').onRef('ph.id', '=', 'pp.holder_id'),
      )
      .select([
        'a.tenant_id',
        't.pass_name',
        's.id as scheme_id',
        's.name as scheme_name',
        's.valid_until',
        's.spendable_offer_categories',
        'a.balance_cents',
        'p.number as pass_number',
        'h.name as pass_holder_name',
        // The holder's own address; a child's pass without one goes to the parent.
        sql<string | null>`case when h.email is not null then h.id else ph.id end`.as('recipient_id'),
        sql<string | null>`case when h.email is not null then h.name else ph.name end`.as('recipient_name'),
        sql<string | null>`coalesce(h.email, ph.email)`.as('recipient_email'),
      ])
      .where('a.type', '=', 'pass_credit')
      .where('a.balance_cents', '>', 0)
      .where('s.valid_until', '>=', today)
      .where('s.valid_until', '<=', lastDay)
      .orderBy('a.tenant_id')
      .orderBy('s.valid_until')
      .orderBy('s.name')
      .orderBy(sql`p.parent_pass_id is not null`)
      .orderBy('p.number')
      .execute();
  }

  /** The holders already warned about these schemes. */
  warnedHolders(schemeIds: string[]) {
    return this.db
      .selectFrom('credit_expiry_warnings')
      .select(['tenant_id', 'scheme_id', 'holder_id'])
      .where('scheme_id', 'in', schemeIds)
      .execute();
  }

  /** Offer category names by slug, for the e-mail. */
  async categoryNames(tenantId: string): Promise<Map<string, string>> {
    const rows = await this.db
      .selectFrom('categories')
      .select(['slug', 'name_nl'])
      .where('tenant_id', '=', tenantId)
      .execute();
    return new Map(rows.map((c) => [c.slug, c.name_nl]));
  }

  /**
   * Claims the warning for this holder and scheme: the row is the claim. False when another run
   * claimed it first. Run it in the transaction that queues the e-mail (`outboxMessageId`).
   */
  async claim(w: {
    tenantId: string;
    schemeId: string;
    holderId: string;
    validUntil: string;
    balanceCents: number;
    outboxMessageId: string;
  }): Promise<boolean> {
    const claimed = await this.db
      .insertInto('credit_expiry_warnings')
      .values({
        tenant_id: w.tenantId,
        scheme_id: w.schemeId,
        holder_id: w.holderId,
        valid_until: w.validUntil,
        balance_cents: w.balanceCents,
        outbox_message_id: w.outboxMessageId,
      })
      .onConflict((oc) => oc.columns(['tenant_id', 'scheme_id', 'holder_id']).doNothing())
      .returning('holder_id')
      .executeTakeFirst();
    return claimed !== undefined;
  }
}
