import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { PassCategory, PassValidity, RenewalStatus } from './passes.tables.ts';

export interface PassYearSettings {
  graceMonths: number;
  validity: Record<PassCategory, PassValidity>;
  updatedAt: Date | null;
}

/** The SQL of the pass year: settings, reminders and online renewals (all tables of the passes module). */
export class PassYearRepository {
  constructor(readonly db: Db) {}

  async settings(tenantId: string): Promise<PassYearSettings> {
    const row = await this.db
      .selectFrom('pass_year_settings')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .executeTakeFirst();
    return {
      graceMonths: row?.grace_months ?? 1,
      validity: {
        regular: row?.validity_regular ?? 'calendar_year',
        low_income: row?.validity_low_income ?? 'calendar_year',
        carer: row?.validity_carer ?? 'calendar_year',
        child: row?.validity_child ?? 'calendar_year',
      },
      updatedAt: row?.updated_at ?? null,
    };
  }

  /** Saves the settings; a changed grace period is recomputed for every pass of the municipality. */
  async saveSettings(tenantId: string, settings: Omit<PassYearSettings, 'updatedAt'>, by: string) {
    const before = await this.settings(tenantId);
    const values = {
      grace_months: settings.graceMonths,
      validity_regular: settings.validity.regular,
      validity_low_income: settings.validity.low_income,
      validity_carer: settings.validity.carer,
      validity_child: settings.validity.child,
      updated_at: new Date(),
      updated_by: by,
    };
    await this.db
      .insertInto('pass_year_settings')
      .values({ tenant_id: tenantId, ...values })
      .onConflict((oc) => oc.column('tenant_id').doUpdateSet(values))
      .execute();
    if (before.graceMonths !== settings.graceMonths) {
      await this.db
        .updateTable('passes')
        .set({ grace_until: sql`(valid_until + make_interval(months => ${settings.graceMonths}))::date` })
        .where('tenant_id', '=', tenantId)
        .execute();
    }
  }

  /** Active passes whose year ends from `today` to `lastDay` and that were not reminded for that year, with who to write to. */
  endingBetween(today: string, lastDay: string, limit: number) {
    return this.db
      .selectFrom('passes as p')
      .innerJoin('tenants as t', 't.id', 'p.tenant_id')
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
        'p.tenant_id',
        'p.id',
        'p.number',
        'p.category',
        'p.valid_until',
        'p.parent_pass_id',
        'pp.category as parent_category',
        'h.id as holder_id',
        'h.name as holder_name',
        'h.email as holder_email',
        'ph.id as parent_holder_id',
        'ph.name as parent_name',
        'ph.email as parent_email',
        't.pass_name',
      ])
      .where('p.status', '=', 'active')
      .where('p.valid_until', '>=', today)
      .where('p.valid_until', '<=', lastDay)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('pass_year_reminders as r')
              .select('r.pass_id')
              .whereRef('r.tenant_id', '=', 'p.tenant_id')
              .whereRef('r.pass_id', '=', 'p.id')
              .whereRef('r.valid_until', '=', 'p.valid_until'),
          ),
        ),
      )
      .orderBy('p.valid_until')
      .limit(limit)
      .execute();
  }

  /** Claims the reminder of this pass year; false when another run claimed it first. */
  async claimReminder(tenantId: string, passId: string, validUntil: string, recipientHolderId: string) {
    const row = await this.db
      .insertInto('pass_year_reminders')
      .values({ tenant_id: tenantId, pass_id: passId, valid_until: validUntil, recipient_holder_id: recipientHolderId })
      .onConflict((oc) => oc.columns(['tenant_id', 'pass_id', 'valid_until']).doNothing())
      .returning('pass_id')
      .executeTakeFirst();
    return row !== undefined;
  }

  /** The pass, locked, with its parent's category (a child pass of a paid pass is paid too). */
  lockPass(tenantId: string, passId: string) {
    return this.db
      .selectFrom('passes as p')
      .leftJoin('passes as pp', (join) =>
        join.onRef('pp.tenant_id', '=', 'p.tenant_id').onRef('pp.id', '=', 'p.parent_pass_id'),
      )
      .select([
        'p.id',
        'p.number',
        'p.holder_id',
        'p.category',
        'p.status',
        'p.valid_until',
        'p.parent_pass_id',
        'p.replaced_by_pass_id',
        'pp.category as parent_category',
        'pp.holder_id as parent_holder_id',
      ])
      .where('p.tenant_id', '=', tenantId)
      .where('p.id', '=', passId)
      .forUpdate('p')
      .executeTakeFirst();
  }

  async setValidUntil(tenantId: string, passId: string, validUntil: string) {
    await this.db
      .updateTable('passes')
      .set({ valid_until: validUntil })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', passId)
      .execute();
    // An expired pass that is renewed is in use again; a blocked or replaced one keeps its status.
    await this.db
      .updateTable('passes')
      .set({ status: 'active' })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', passId)
      .where('status', '=', 'expired')
      .execute();
  }

  price(tenantId: string, kind: 'adult' | 'child') {
    return this.db
      .selectFrom('pass_prices')
      .select(['price_cents', 'action_budget_share_cents'])
      .where('tenant_id', '=', tenantId)
      .where('pass_kind', '=', kind)
      .executeTakeFirst();
  }

  insertRenewal(r: {
    tenantId: string;
    passId: string;
    holderId: string;
    amountCents: number;
    shareCents: number;
    validUntilBefore: string;
  }) {
    return this.db
      .insertInto('pass_renewals')
      .values({
        tenant_id: r.tenantId,
        pass_id: r.passId,
        holder_id: r.holderId,
        amount_cents: r.amountCents,
        action_budget_share_cents: r.shareCents,
        valid_until_before: r.validUntilBefore,
      })
      .returning(['id', 'amount_cents'])
      .executeTakeFirstOrThrow();
  }

  async attachPayment(tenantId: string, id: string, provider: string, paymentId: string, checkoutUrl: string) {
    await this.db
      .updateTable('pass_renewals')
      .set({ payment_provider: provider, payment_id: paymentId, checkout_url: checkoutUrl })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .execute();
  }

  findRenewal(tenantId: string, id: string) {
    return this.db
      .selectFrom('pass_renewals as r')
      .innerJoin('passes as p', (join) => join.onRef('p.tenant_id', '=', 'r.tenant_id').onRef('p.id', '=', 'r.pass_id'))
      .select([
        'r.id',
        'r.pass_id',
        'r.holder_id',
        'r.status',
        'r.amount_cents',
        'r.action_budget_share_cents',
        'r.payment_provider',
        'r.payment_id',
        'r.checkout_url',
        'r.valid_until_before',
        'r.valid_until_after',
        'p.number as pass_number',
      ])
      .where('r.tenant_id', '=', tenantId)
      .where('r.id', '=', id)
      .executeTakeFirst();
  }

  findRenewalByPayment(tenantId: string, provider: string, paymentId: string) {
    return this.db
      .selectFrom('pass_renewals')
      .select(['id', 'amount_cents'])
      .where('tenant_id', '=', tenantId)
      .where('payment_provider', '=', provider)
      .where('payment_id', '=', paymentId)
      .executeTakeFirst();
  }

  lockRenewal(tenantId: string, id: string) {
    return this.db
      .selectFrom('pass_renewals')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirstOrThrow();
  }

  async finishRenewal(
    tenantId: string,
    id: string,
    status: RenewalStatus,
    paid?: { validUntilAfter: string; saleEntryId: string; at: Date },
  ) {
    await this.db
      .updateTable('pass_renewals')
      .set({
        status,
        ...(paid ? { valid_until_after: paid.validUntilAfter, sale_entry_id: paid.saleEntryId, paid_at: paid.at } : {}),
      })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .execute();
  }

  holder(tenantId: string, holderId: string) {
    return this.db
      .selectFrom('holders')
      .select(['id', 'name', 'email'])
      .where('tenant_id', '=', tenantId)
      .where('id', '=', holderId)
      .executeTakeFirst();
  }
}
