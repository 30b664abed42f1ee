import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { OrderPassCategory, OrderStatus, PassKind, PaymentProviderName } from './sales.tables.ts';
import './sales.tables.ts';

export interface NewOrderItem {
  passKind: PassKind;
  holderName: string;
  birthDate: string | null;
  priceCents: number;
  shareCents: number;
}

const ORDER_COLUMNS = [
  'o.id',
  'o.holder_id',
  'o.status',
  'o.amount_cents',
  'o.action_budget_share_cents',
  'o.payment_provider',
  'o.payment_id',
  'o.checkout_url',
  'o.parent_pass_id',
  'o.sale_entry_id',
  'o.refund_entry_id',
  'o.created_at',
  'o.paid_at',
  'o.refunded_at',
  'o.pass_category',
] as const;

/** Prices, orders and the passes a paid order makes. On the app's Kysely instance or inside a transaction. */
export class SalesRepository {
  constructor(readonly db: Kysely<DB>) {}

  transaction<T>(work: (repo: SalesRepository, tx: Transaction<DB>) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((tx) => work(new SalesRepository(tx), tx));
  }

  prices(tenantId: string) {
    return this.db
      .selectFrom('pass_prices')
      .select(['pass_kind', 'price_cents', 'action_budget_share_cents'])
      .where('tenant_id', '=', tenantId)
      .execute();
  }

  tenant(tenantId: string) {
    return this.db
      .selectFrom('tenants')
      .select(['id', 'pass_name', 'municipality_code'])
      .where('id', '=', tenantId)
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

  findHolder(tenantId: string, holderId: string) {
    return this.db
      .selectFrom('holders')
      .select(['id', 'name', 'email', 'wijk_code'])
      .where('tenant_id', '=', tenantId)
      .where('id', '=', holderId)
      .executeTakeFirst();
  }

  /** Is this e-mail address already a holder's or a resident's? */
  async emailKnown(tenantId: string, email: string) {
    const lower = email.toLowerCase();
    const holder = await this.db
      .selectFrom('holders')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where(sql<string>`lower(email)`, '=', lower)
      .executeTakeFirst();
    if (holder) return true;
    const user = await this.db
      .selectFrom('users')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where(sql<string>`lower(email)`, '=', lower)
      .where('role', '=', 'resident')
      .executeTakeFirst();
    return !!user;
  }

  /** The holder's active passes that are valid today (not child passes), newest first. */
  currentPasses(tenantId: string, holderId: string, today: string) {
    return this.db
      .selectFrom('passes')
      .select(['id', 'number', 'valid_until', 'category'])
      .where('tenant_id', '=', tenantId)
      .where('holder_id', '=', holderId)
      .where('status', '=', 'active')
      .where('valid_from', '<=', today)
      .where('valid_until', '>=', today)
      .orderBy('valid_until', 'desc')
      .execute();
  }

  async insertOrder(
    tenantId: string,
    order: {
      holderId: string;
      provider: PaymentProviderName;
      parentPassId: string | null;
      items: NewOrderItem[];
      passCategory?: OrderPassCategory;
    },
  ) {
    const amount = order.items.reduce((t, i) => t + i.priceCents, 0);
    const share = order.items.reduce((t, i) => t + i.shareCents, 0);
    const row = await this.db
      .insertInto('pass_orders')
      .values({
        tenant_id: tenantId,
        holder_id: order.holderId,
        amount_cents: amount,
        action_budget_share_cents: share,
        payment_provider: order.provider,
        payment_id: null,
        checkout_url: null,
        parent_pass_id: order.parentPassId,
        sale_entry_id: null,
        refund_entry_id: null,
        refund_reason: null,
        refunded_by: null,
        ...(order.passCategory ? { pass_category: order.passCategory } : {}),
      })
      .returning(['id', 'amount_cents'])
      .executeTakeFirstOrThrow();
    await this.db
      .insertInto('pass_order_items')
      .values(
        order.items.map((item, i) => ({
          tenant_id: tenantId,
          order_id: row.id,
          item_no: i + 1,
          pass_kind: item.passKind,
          holder_name: item.holderName,
          birth_date: item.birthDate,
          price_cents: item.priceCents,
          action_budget_share_cents: item.shareCents,
          pass_id: null,
        })),
      )
      .execute();
    return row;
  }

  async attachPayment(tenantId: string, orderId: string, paymentId: string, checkoutUrl: string) {
    await this.db
      .updateTable('pass_orders')
      .set({ payment_id: paymentId, checkout_url: checkoutUrl })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', orderId)
      .execute();
  }

  /** A new payment for an order placed without one (or whose payment failed): open again. */
  async restartPayment(
    tenantId: string,
    orderId: string,
    provider: PaymentProviderName,
    paymentId: string,
    checkoutUrl: string,
  ) {
    await this.db
      .updateTable('pass_orders')
      .set({ payment_provider: provider, payment_id: paymentId, checkout_url: checkoutUrl, status: 'open' })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', orderId)
      .execute();
  }

  findOrder(tenantId: string, orderId: string) {
    return this.db
      .selectFrom('pass_orders as o')
      .select(ORDER_COLUMNS)
      .where('o.tenant_id', '=', tenantId)
      .where('o.id', '=', orderId)
      .executeTakeFirst();
  }

  /** The order row, locked until the transaction ends: webhooks and refunds of one order take turns. */
  lockOrder(tenantId: string, orderId: string) {
    return this.db
      .selectFrom('pass_orders as o')
      .select(ORDER_COLUMNS)
      .where('o.tenant_id', '=', tenantId)
      .where('o.id', '=', orderId)
      .forUpdate()
      .executeTakeFirst();
  }

  findOrderByPayment(tenantId: string, provider: PaymentProviderName, paymentId: string) {
    return this.db
      .selectFrom('pass_orders as o')
      .select(ORDER_COLUMNS)
      .where('o.tenant_id', '=', tenantId)
      .where('o.payment_provider', '=', provider)
      .where('o.payment_id', '=', paymentId)
      .executeTakeFirst();
  }

  orderItems(tenantId: string, orderId: string) {
    return this.db
      .selectFrom('pass_order_items as i')
      .leftJoin('passes as p', (join) => join.onRef('p.tenant_id', '=', 'i.tenant_id').onRef('p.id', '=', 'i.pass_id'))
      .select([
        'i.item_no',
        'i.pass_kind',
        'i.holder_name',
        'i.birth_date',
        'i.price_cents',
        'i.action_budget_share_cents',
        'i.pass_id',
        'p.number as pass_number',
        'p.status as pass_status',
        'p.valid_from',
        'p.valid_until',
      ])
      .where('i.tenant_id', '=', tenantId)
      .where('i.order_id', '=', orderId)
      .orderBy('i.item_no')
      .execute();
  }

  async setStatus(
    tenantId: string,
    orderId: string,
    status: OrderStatus,
    extra: {
      paidAt?: Date;
      saleEntryId?: string;
      refundedAt?: Date;
      refundEntryId?: string;
      refundReason?: string | null;
      refundedBy?: string | null;
    } = {},
  ) {
    await this.db
      .updateTable('pass_orders')
      .set({
        status,
        ...(extra.paidAt ? { paid_at: extra.paidAt } : {}),
        ...(extra.saleEntryId ? { sale_entry_id: extra.saleEntryId } : {}),
        ...(extra.refundedAt ? { refunded_at: extra.refundedAt } : {}),
        ...(extra.refundEntryId ? { refund_entry_id: extra.refundEntryId } : {}),
        ...(extra.refundReason !== undefined ? { refund_reason: extra.refundReason } : {}),
        ...(extra.refundedBy !== undefined ? { refunded_by: extra.refundedBy } : {}),
      })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', orderId)
      .execute();
  }

  async setItemPass(tenantId: string, orderId: string, itemNo: number, passId: string) {
    await this.db
      .updateTable('pass_order_items')
      .set({ pass_id: passId })
      .where('tenant_id', '=', tenantId)
      .where('order_id', '=', orderId)
      .where('item_no', '=', itemNo)
      .execute();
  }

  async listOrders(tenantId: string, page: number, pageSize: number, status?: OrderStatus) {
    let base = this.db.selectFrom('pass_orders as o').where('o.tenant_id', '=', tenantId);
    if (status) base = base.where('o.status', '=', status);
    const [rows, total] = await Promise.all([
      base
        .innerJoin('holders as h', (join) =>
          join.onRef('h.tenant_id', '=', 'o.tenant_id').onRef('h.id', '=', 'o.holder_id'),
        )
        .select([...ORDER_COLUMNS, 'h.name as holder_name'])
        .orderBy('o.created_at', 'desc')
        .orderBy('o.id', 'desc')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute(),
      base.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
    ]);
    return { rows, totalItems: Number(total.count) };
  }
}
