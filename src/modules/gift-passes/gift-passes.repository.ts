import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { PaymentProviderName } from '../sales/sales.tables.ts';
import type { GiftOrderStatus, GiftPaymentMethod } from './gift-passes.tables.ts';
import './gift-passes.tables.ts';

const ORDER_COLUMNS = [
  'id',
  'company_name',
  'contact_name',
  'contact_email',
  'quantity',
  'unit_price_cents',
  'amount_cents',
  'action_budget_share_cents',
  'payment_method',
  'status',
  'payment_provider',
  'payment_id',
  'checkout_url',
  'purchase_order_reference',
  'bank_reference',
  'access_token_hash',
  'sale_entry_id',
  'created_at',
  'paid_at',
] as const;

/** Queries of gift orders and gift codes. Every query filters by tenant. */
export class GiftPassesRepository {
  constructor(readonly db: Db) {}

  /** What an adult pass costs and the actiebudget's part of it: the price a gift code is sold at. */
  adultPrice(tenantId: string) {
    return this.db
      .selectFrom('pass_prices')
      .select(['price_cents', 'action_budget_share_cents'])
      .where('tenant_id', '=', tenantId)
      .where('pass_kind', '=', 'adult')
      .executeTakeFirst();
  }

  tenant(tenantId: string) {
    return this.db.selectFrom('tenants').select(['pass_name']).where('id', '=', tenantId).executeTakeFirst();
  }

  insertOrder(values: {
    tenantId: string;
    companyName: string;
    contactName: string;
    contactEmail: string;
    quantity: number;
    unitPriceCents: number;
    shareCents: number;
    paymentMethod: GiftPaymentMethod;
    purchaseOrderReference: string | null;
    accessTokenHash: string;
    createdBy: string;
  }) {
    return this.db
      .insertInto('gift_orders')
      .values({
        tenant_id: values.tenantId,
        company_name: values.companyName,
        contact_name: values.contactName,
        contact_email: values.contactEmail,
        quantity: values.quantity,
        unit_price_cents: values.unitPriceCents,
        amount_cents: values.quantity * values.unitPriceCents,
        action_budget_share_cents: values.quantity * values.shareCents,
        payment_method: values.paymentMethod,
        status: values.paymentMethod === 'online' ? 'open' : 'invoiced',
        purchase_order_reference: values.purchaseOrderReference,
        access_token_hash: values.accessTokenHash,
        created_by: values.createdBy,
      })
      .returning(ORDER_COLUMNS)
      .executeTakeFirstOrThrow();
  }

  async attachPayment(
    tenantId: string,
    orderId: string,
    provider: PaymentProviderName,
    paymentId: string,
    url: string,
  ) {
    await this.db
      .updateTable('gift_orders')
      .set({ payment_provider: provider, payment_id: paymentId, checkout_url: url })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', orderId)
      .execute();
  }

  findOrder(tenantId: string, orderId: string) {
    return this.db
      .selectFrom('gift_orders')
      .select(ORDER_COLUMNS)
      .where('tenant_id', '=', tenantId)
      .where('id', '=', orderId)
      .executeTakeFirst();
  }

  lockOrder(tenantId: string, orderId: string) {
    return this.db
      .selectFrom('gift_orders')
      .select(ORDER_COLUMNS)
      .where('tenant_id', '=', tenantId)
      .where('id', '=', orderId)
      .forUpdate()
      .executeTakeFirst();
  }

  findOrderByPayment(tenantId: string, provider: PaymentProviderName, paymentId: string) {
    return this.db
      .selectFrom('gift_orders')
      .select(ORDER_COLUMNS)
      .where('tenant_id', '=', tenantId)
      .where('payment_provider', '=', provider)
      .where('payment_id', '=', paymentId)
      .executeTakeFirst();
  }

  async setStatus(
    tenantId: string,
    orderId: string,
    status: GiftOrderStatus,
    paid?: { paidAt: Date; saleEntryId: string; bankReference?: string },
  ) {
    await this.db
      .updateTable('gift_orders')
      .set({
        status,
        ...(paid
          ? { paid_at: paid.paidAt, sale_entry_id: paid.saleEntryId, bank_reference: paid.bankReference ?? null }
          : {}),
      })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', orderId)
      .execute();
  }

  listOrders(tenantId: string, limit: number, offset: number) {
    return Promise.all([
      this.db
        .selectFrom('gift_orders')
        .select(ORDER_COLUMNS)
        .where('tenant_id', '=', tenantId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .limit(limit)
        .offset(offset)
        .execute(),
      this.db
        .selectFrom('gift_orders')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('tenant_id', '=', tenantId)
        .executeTakeFirstOrThrow(),
    ]).then(([rows, total]) => ({ rows, totalItems: Number(total.n) }));
  }

  async insertCodes(tenantId: string, orderId: string, codes: string[], expiresOn: string) {
    if (codes.length === 0) return;
    await this.db
      .insertInto('gift_codes')
      .values(
        codes.map((code, i) => ({
          tenant_id: tenantId,
          code,
          order_id: orderId,
          item_no: i + 1,
          expires_on: expiresOn,
        })),
      )
      .execute();
  }

  codesOfOrders(tenantId: string, orderIds: string[]) {
    if (orderIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('gift_codes as c')
      .leftJoin('passes as p', (join) => join.onRef('p.tenant_id', '=', 'c.tenant_id').onRef('p.id', '=', 'c.pass_id'))
      .select(['c.code', 'c.order_id', 'c.item_no', 'c.expires_on', 'c.redeemed_at'])
      .where('c.tenant_id', '=', tenantId)
      .where('c.order_id', 'in', orderIds)
      .orderBy('c.order_id')
      .orderBy('c.item_no')
      .execute();
  }

  findCode(tenantId: string, code: string) {
    return this.db
      .selectFrom('gift_codes')
      .select(['code', 'order_id', 'expires_on', 'redeemed_at'])
      .where('tenant_id', '=', tenantId)
      .where('code', '=', code)
      .executeTakeFirst();
  }

  /**
   * Claims an unused, unexpired code for this pass, in the caller's transaction. The row lock
   * makes a second claim of the same code wait, then find it used: exactly one pass per code.
   */
  async claimCode(tenantId: string, code: string, today: string, passId: string) {
    const result = await this.db
      .updateTable('gift_codes')
      .set({ redeemed_at: sql`now()`, pass_id: passId })
      .where('tenant_id', '=', tenantId)
      .where('code', '=', code)
      .where('redeemed_at', 'is', null)
      .where('expires_on', '>=', today)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Takes the code's row lock first, so racing redemptions queue before any pass is made. */
  lockCode(tenantId: string, code: string) {
    return this.db
      .selectFrom('gift_codes')
      .select(['code', 'expires_on', 'redeemed_at'])
      .where('tenant_id', '=', tenantId)
      .where('code', '=', code)
      .forUpdate()
      .executeTakeFirst();
  }

  wijkExists(tenantId: string, code: string) {
    return this.db
      .selectFrom('wijken')
      .select('code')
      .where('tenant_id', '=', tenantId)
      .where('code', '=', code)
      .executeTakeFirst();
  }

  async emailKnown(tenantId: string, email: string) {
    const holder = await this.db
      .selectFrom('holders')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where(sql<boolean>`lower(email) = lower(${email})`)
      .executeTakeFirst();
    if (holder) return true;
    const user = await this.db
      .selectFrom('users')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where(sql<boolean>`lower(email) = lower(${email})`)
      .executeTakeFirst();
    return Boolean(user);
  }

  currentAdultPass(tenantId: string, holderId: string, today: string) {
    return this.db
      .selectFrom('passes')
      .select(['number', 'valid_until'])
      .where('tenant_id', '=', tenantId)
      .where('holder_id', '=', holderId)
      .where('category', '<>', 'child')
      .where('status', '=', 'active')
      .where('valid_until', '>=', today)
      .executeTakeFirst();
  }

  findHolder(tenantId: string, holderId: string) {
    return this.db
      .selectFrom('holders')
      .select(['id', 'name', 'email', 'wijk_code'])
      .where('tenant_id', '=', tenantId)
      .where('id', '=', holderId)
      .executeTakeFirst();
  }
}
