import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ReservationStatus } from './volunteering.tables.ts';
import './volunteering.tables.ts';

/** Queries of the materials depot, spaces and shared needs. Every query filters by tenant. */
export class DepotRepository {
  constructor(private readonly db: Kysely<DB>) {}

  items(tenantId: string) {
    return this.db
      .selectFrom('depot_items')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('active', '=', true)
      .orderBy('category')
      .orderBy('name')
      .execute();
  }

  /** Reservations that still hold days from `from` on. */
  bookedFrom(tenantId: string, from: string) {
    return this.db
      .selectFrom('depot_reservations')
      .select(['item_id', 'starts_on', 'ends_on'])
      .where('tenant_id', '=', tenantId)
      .where('status', 'in', ['reserved', 'handed_out'])
      .where('ends_on', '>=', from)
      .orderBy('starts_on')
      .execute();
  }

  insertItem(tenantId: string, i: { name: string; category: string; description: string }) {
    return this.db
      .insertInto('depot_items')
      .values({ tenant_id: tenantId, ...i })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /** The item, locked: one reservation of it at a time. */
  lockItem(tenantId: string, id: string) {
    return this.db
      .selectFrom('depot_items')
      .select(['id', 'name', 'active'])
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
  }

  overlapping(tenantId: string, itemId: string, startsOn: string, endsOn: string) {
    return this.db
      .selectFrom('depot_reservations')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('item_id', '=', itemId)
      .where('status', 'in', ['reserved', 'handed_out'])
      .where('starts_on', '<=', endsOn)
      .where('ends_on', '>=', startsOn)
      .executeTakeFirst();
  }

  insertReservation(
    tenantId: string,
    r: { itemId: string; partnerId: string; startsOn: string; endsOn: string; purpose: string; createdBy: string },
  ) {
    return this.db
      .insertInto('depot_reservations')
      .values({
        tenant_id: tenantId,
        item_id: r.itemId,
        partner_id: r.partnerId,
        starts_on: r.startsOn,
        ends_on: r.endsOn,
        purpose: r.purpose,
        created_by: r.createdBy,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  }

  insertRequest(
    tenantId: string,
    r: {
      partnerId: string;
      itemId: string | null;
      wish: string | null;
      outcome: 'reserved' | 'refused_booked' | 'wish';
    },
  ) {
    return this.db
      .insertInto('depot_requests')
      .values({ tenant_id: tenantId, partner_id: r.partnerId, item_id: r.itemId, wish: r.wish, outcome: r.outcome })
      .execute();
  }

  reservations(tenantId: string, partnerId: string | null) {
    let q = this.db
      .selectFrom('depot_reservations as r')
      .innerJoin('depot_items as i', (j) => j.onRef('i.tenant_id', '=', 'r.tenant_id').onRef('i.id', '=', 'r.item_id'))
      .innerJoin('partners as p', (j) => j.onRef('p.tenant_id', '=', 'r.tenant_id').onRef('p.id', '=', 'r.partner_id'))
      .selectAll('r')
      .select(['i.name as item_name', 'p.name as partner_name'])
      .where('r.tenant_id', '=', tenantId)
      .orderBy('r.starts_on', 'desc')
      .limit(300);
    if (partnerId) q = q.where('r.partner_id', '=', partnerId);
    return q.execute();
  }

  reservation(tenantId: string, id: string) {
    return this.db
      .selectFrom('depot_reservations')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /** Moves a reservation on, only from the status expected (a second click changes nothing). */
  moveReservation(
    tenantId: string,
    id: string,
    from: ReservationStatus[],
    to: ReservationStatus,
    returnNote: string | null = null,
  ) {
    const now = new Date();
    return this.db
      .updateTable('depot_reservations')
      .set({
        status: to,
        ...(to === 'handed_out' ? { handed_out_at: now } : {}),
        ...(to === 'returned' ? { returned_at: now, return_note: returnNote } : {}),
      })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('status', 'in', from)
      .returning('id')
      .executeTakeFirst();
  }

  /** What partners asked for in the last year, most asked first: items (refusals included) and wishes. */
  demand(tenantId: string) {
    return sql<{ what: string; item_id: string | null; asked: number | string; refused: number | string }>`
      select coalesce(i.name, min(q.wish)) as what, q.item_id,
             count(*) as asked, count(*) filter (where q.outcome = 'refused_booked') as refused
        from depot_requests q
        left join depot_items i on i.tenant_id = q.tenant_id and i.id = q.item_id
       where q.tenant_id = ${tenantId} and q.created_at > now() - interval '12 months'
       group by q.item_id, i.name, case when q.item_id is null then lower(trim(q.wish)) end
       order by count(*) desc, 1
       limit 30`
      .execute(this.db)
      .then((r) => r.rows);
  }

  // ── spaces ──

  spaces(tenantId: string) {
    return this.db
      .selectFrom('spaces')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('status', '=', 'open')
      .orderBy('created_at', 'desc')
      .limit(300)
      .execute();
  }

  space(tenantId: string, id: string) {
    return this.db
      .selectFrom('spaces')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  insertSpace(
    tenantId: string,
    s: {
      kind: 'offer' | 'request';
      title: string;
      description: string;
      wijkCode: string;
      capacity: number;
      ownerName: string;
      partnerId: string | null;
      availability: string;
      createdBy: string;
    },
  ) {
    return this.db
      .insertInto('spaces')
      .values({
        tenant_id: tenantId,
        kind: s.kind,
        title: s.title,
        description: s.description,
        wijk_code: s.wijkCode,
        capacity: s.capacity,
        owner_name: s.ownerName,
        partner_id: s.partnerId,
        availability: s.availability,
        created_by: s.createdBy,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  }

  closeSpace(tenantId: string, id: string) {
    return this.db
      .updateTable('spaces')
      .set({ status: 'closed' })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .execute();
  }

  // ── shared needs ──

  insertSharedNeed(
    tenantId: string,
    n: { partnerId: string; kind: 'course' | 'purchase'; subject: string; subjectKey: string; note: string },
  ) {
    return this.db
      .insertInto('shared_needs')
      .values({
        tenant_id: tenantId,
        partner_id: n.partnerId,
        kind: n.kind,
        subject: n.subject,
        subject_key: n.subjectKey,
        note: n.note,
      })
      .onConflict((oc) => oc.columns(['tenant_id', 'partner_id', 'kind', 'subject_key']).doUpdateSet({ note: n.note }))
      .execute();
  }

  sharedNeedsOf(tenantId: string, partnerId: string) {
    return this.db
      .selectFrom('shared_needs')
      .select(['id', 'kind', 'subject', 'note'])
      .where('tenant_id', '=', tenantId)
      .where('partner_id', '=', partnerId)
      .orderBy('created_at', 'desc')
      .execute();
  }

  /** Needs that two or more initiatives share, with the initiatives' names. */
  sharedNeedSignals(tenantId: string) {
    return sql<{ kind: 'course' | 'purchase'; subject: string; partners: string[] }>`
      select n.kind, min(n.subject) as subject, array_agg(p.name order by p.name) as partners
        from shared_needs n
        join partners p on p.tenant_id = n.tenant_id and p.id = n.partner_id
       where n.tenant_id = ${tenantId}
       group by n.kind, n.subject_key
      having count(distinct n.partner_id) >= 2
       order by count(distinct n.partner_id) desc, 2`
      .execute(this.db)
      .then((r) => r.rows);
  }
}
