import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { DeskPaymentMethod, DeskSaleKind, SalesPointKind } from './desk-sales.tables.ts';
import './desk-sales.tables.ts';

/** Queries of sales points, desk sales and the day's closings. Every query filters by tenant. */
export class DeskSalesRepository {
  constructor(readonly db: Db) {}

  salesPointOfUser(tenantId: string, userId: string) {
    return this.db
      .selectFrom('sales_point_staff as s')
      .innerJoin('sales_points as p', (join) =>
        join.onRef('p.tenant_id', '=', 's.tenant_id').onRef('p.id', '=', 's.sales_point_id'),
      )
      .select(['p.id', 'p.name', 'p.kind', 'p.address'])
      .where('s.tenant_id', '=', tenantId)
      .where('s.user_id', '=', userId)
      .executeTakeFirst();
  }

  salesPoints(tenantId: string) {
    return this.db
      .selectFrom('sales_points')
      .select(['id', 'name'])
      .where('tenant_id', '=', tenantId)
      .orderBy('name')
      .execute();
  }

  insertSalesPoint(values: {
    tenantId: string;
    name: string;
    kind: SalesPointKind;
    address: string;
    wijkCode: string | null;
  }) {
    return this.db
      .insertInto('sales_points')
      .values({
        tenant_id: values.tenantId,
        name: values.name,
        kind: values.kind,
        address: values.address,
        wijk_code: values.wijkCode,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  }

  async assignStaff(tenantId: string, userId: string, salesPointId: string) {
    await this.db
      .insertInto('sales_point_staff')
      .values({ tenant_id: tenantId, user_id: userId, sales_point_id: salesPointId })
      .onConflict((oc) => oc.columns(['tenant_id', 'user_id']).doUpdateSet({ sales_point_id: salesPointId }))
      .execute();
  }

  adultPrice(tenantId: string) {
    return this.db
      .selectFrom('pass_prices')
      .select(['price_cents', 'action_budget_share_cents'])
      .where('tenant_id', '=', tenantId)
      .where('pass_kind', '=', 'adult')
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
    const [holder, user] = await Promise.all([
      this.db
        .selectFrom('holders')
        .select('id')
        .where('tenant_id', '=', tenantId)
        .where(sql<boolean>`lower(email) = lower(${email})`)
        .executeTakeFirst(),
      this.db
        .selectFrom('users')
        .select('id')
        .where('tenant_id', '=', tenantId)
        .where(sql<boolean>`lower(email) = lower(${email})`)
        .executeTakeFirst(),
    ]);
    return Boolean(holder || user);
  }

  /** Locks the desk's day: a sale and the day's closing at one desk happen one at a time. */
  async lockDay(tenantId: string, salesPointId: string, day: string) {
    await sql`select pg_advisory_xact_lock(hashtext(${`desk:${tenantId}:${salesPointId}:${day}`}))`.execute(this.db);
  }

  findClosing(tenantId: string, salesPointId: string, day: string) {
    return this.db
      .selectFrom('desk_day_closings')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('sales_point_id', '=', salesPointId)
      .where('business_day', '=', day)
      .executeTakeFirst();
  }

  insertSale(values: {
    id: string;
    tenantId: string;
    salesPointId: string;
    day: string;
    kind: DeskSaleKind;
    paymentMethod: DeskPaymentMethod;
    amountCents: number;
    shareCents: number;
    passId: string;
    entryId: string;
    soldBy: string;
  }) {
    return this.db
      .insertInto('desk_sales')
      .values({
        tenant_id: values.tenantId,
        id: values.id,
        sales_point_id: values.salesPointId,
        business_day: values.day,
        kind: values.kind,
        payment_method: values.paymentMethod,
        amount_cents: values.amountCents,
        action_budget_share_cents: values.shareCents,
        pass_id: values.passId,
        entry_id: values.entryId,
        sold_by: values.soldBy,
      })
      .returning(['id', 'created_at'])
      .executeTakeFirstOrThrow();
  }

  /** A sale by its id, with what the desk saw of its pass (nothing once the holder is erased). */
  findSale(tenantId: string, saleId: string) {
    return this.db
      .selectFrom('desk_sales as s')
      .leftJoin('passes as p', (join) => join.onRef('p.tenant_id', '=', 's.tenant_id').onRef('p.id', '=', 's.pass_id'))
      .leftJoin('holders as h', (join) =>
        join.onRef('h.tenant_id', '=', 'p.tenant_id').onRef('h.id', '=', 'p.holder_id'),
      )
      .select(['s.kind', 's.payment_method', 's.amount_cents', 's.business_day', 'p.number', 'p.valid_until', 'h.name'])
      .where('s.tenant_id', '=', tenantId)
      .where('s.id', '=', saleId)
      .executeTakeFirst();
  }

  salesOfDay(tenantId: string, salesPointId: string, day: string) {
    return this.db
      .selectFrom('desk_sales as s')
      .leftJoin('passes as p', (join) => join.onRef('p.tenant_id', '=', 's.tenant_id').onRef('p.id', '=', 's.pass_id'))
      .select(['s.id', 's.kind', 's.payment_method', 's.amount_cents', 's.created_at', 'p.number as pass_number'])
      .where('s.tenant_id', '=', tenantId)
      .where('s.sales_point_id', '=', salesPointId)
      .where('s.business_day', '=', day)
      .orderBy('s.created_at')
      .execute();
  }

  insertClosing(values: {
    tenantId: string;
    salesPointId: string;
    day: string;
    salesCount: number;
    recordedCashCents: number;
    countedCashCents: number;
    recordedPinCents: number;
    pinTerminalCents: number;
    note: string;
    closedBy: string;
  }) {
    return this.db
      .insertInto('desk_day_closings')
      .values({
        tenant_id: values.tenantId,
        sales_point_id: values.salesPointId,
        business_day: values.day,
        sales_count: values.salesCount,
        recorded_cash_cents: values.recordedCashCents,
        counted_cash_cents: values.countedCashCents,
        recorded_pin_cents: values.recordedPinCents,
        pin_terminal_cents: values.pinTerminalCents,
        note: values.note,
        closed_by: values.closedBy,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /** Every desk's closings, newest day first, with the desk's name: the pass organisation's reconciliation. */
  listClosings(tenantId: string, limit: number) {
    return this.db
      .selectFrom('desk_day_closings as c')
      .innerJoin('sales_points as p', (join) =>
        join.onRef('p.tenant_id', '=', 'c.tenant_id').onRef('p.id', '=', 'c.sales_point_id'),
      )
      .selectAll('c')
      .select('p.name as sales_point_name')
      .where('c.tenant_id', '=', tenantId)
      .orderBy('c.business_day', 'desc')
      .orderBy('p.name')
      .limit(limit)
      .execute();
  }
}
