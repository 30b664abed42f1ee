import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { FieldChange } from './holder-file.tables.ts';
import './holder-file.tables.ts';

/**
 * Queries of the holder's file. It reads the passes, redemptions, ledger and outbox of the holder
 * in joins (allowed), and writes only its own tables: addresses, notes and the audit.
 */
export class HolderFileRepository {
  constructor(readonly db: Db) {}

  findHolder(tenantId: string, holderId: string) {
    return this.db
      .selectFrom('holders as h')
      .leftJoin('wijken as w', (join) =>
        join.onRef('w.tenant_id', '=', 'h.tenant_id').onRef('w.code', '=', 'h.wijk_code'),
      )
      .leftJoin('holder_addresses as a', (join) =>
        join.onRef('a.tenant_id', '=', 'h.tenant_id').onRef('a.holder_id', '=', 'h.id'),
      )
      .select([
        'h.id',
        'h.name',
        'h.email',
        'h.birth_date',
        'h.wijk_code',
        'w.name as wijk_name',
        'h.created_at',
        'a.street',
        'a.house_number',
        'a.postcode',
        'a.city',
      ])
      .where('h.tenant_id', '=', tenantId)
      .where('h.id', '=', holderId)
      .executeTakeFirst();
  }

  findAddress(tenantId: string, holderId: string) {
    return this.db
      .selectFrom('holder_addresses')
      .select(['street', 'house_number', 'postcode', 'city'])
      .where('tenant_id', '=', tenantId)
      .where('holder_id', '=', holderId)
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

  emailTakenByOther(tenantId: string, holderId: string, email: string) {
    return this.db
      .selectFrom('holders')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('id', '<>', holderId)
      .where(sql<boolean>`lower(email) = lower(${email})`)
      .executeTakeFirst();
  }

  /** The holder's own passes, newest first, with the number of the pass a child pass hangs under. */
  passesOf(tenantId: string, holderId: string) {
    return this.db
      .selectFrom('passes as p')
      .leftJoin('passes as parent', (join) =>
        join.onRef('parent.tenant_id', '=', 'p.tenant_id').onRef('parent.id', '=', 'p.parent_pass_id'),
      )
      .select([
        'p.id',
        'p.number',
        'p.category',
        'p.status',
        'p.valid_from',
        'p.valid_until',
        'p.created_at',
        'parent.number as parent_number',
        'parent.category as parent_category',
      ])
      .where('p.tenant_id', '=', tenantId)
      .where('p.holder_id', '=', holderId)
      .orderBy('p.created_at', 'desc')
      .execute();
  }

  /**
   * The household: holders whose pass hangs under one of this holder's passes (children), and the
   * holder of the pass one of this holder's passes hangs under (the parent).
   */
  household(tenantId: string, holderId: string) {
    const own = this.db
      .selectFrom('passes')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('holder_id', '=', holderId);
    const parents = this.db
      .selectFrom('passes')
      .select('parent_pass_id')
      .where('tenant_id', '=', tenantId)
      .where('holder_id', '=', holderId)
      .where('parent_pass_id', 'is not', null);
    return this.db
      .selectFrom('passes as p')
      .innerJoin('holders as h', (join) =>
        join.onRef('h.tenant_id', '=', 'p.tenant_id').onRef('h.id', '=', 'p.holder_id'),
      )
      .select(['h.id as holder_id', 'h.name', 'h.birth_date', 'p.number', 'p.status', 'p.valid_until'])
      .select(
        sql<'child' | 'parent'>`case when p.parent_pass_id in (${own}) then 'child' else 'parent' end`.as('relation'),
      )
      .where('p.tenant_id', '=', tenantId)
      .where('p.holder_id', '<>', holderId)
      .where((eb) => eb.or([eb('p.parent_pass_id', 'in', own), eb('p.id', 'in', parents)]))
      .orderBy('h.name')
      .execute();
  }

  redemptionsOf(tenantId: string, holderId: string, limit: number) {
    return this.db
      .selectFrom('redemptions as r')
      .innerJoin('passes as p', (join) => join.onRef('p.tenant_id', '=', 'r.tenant_id').onRef('p.id', '=', 'r.pass_id'))
      .innerJoin('offers as o', (join) =>
        join.onRef('o.tenant_id', '=', 'r.tenant_id').onRef('o.id', '=', 'r.offer_id'),
      )
      .innerJoin('providers as pr', (join) =>
        join.onRef('pr.tenant_id', '=', 'r.tenant_id').onRef('pr.id', '=', 'r.provider_id'),
      )
      .select([
        'r.id',
        'r.created_at',
        'r.price_cents',
        'r.cancelled_at',
        'p.number as pass_number',
        'o.title as offer_title',
        'pr.name as provider_name',
      ])
      .where('r.tenant_id', '=', tenantId)
      .where('p.holder_id', '=', holderId)
      .orderBy('r.created_at', 'desc')
      .limit(limit)
      .execute();
  }

  creditOf(tenantId: string, holderId: string) {
    return this.db
      .selectFrom('ledger_accounts as a')
      .innerJoin('passes as p', (join) => join.onRef('p.tenant_id', '=', 'a.tenant_id').onRef('p.id', '=', 'a.pass_id'))
      .innerJoin('credit_schemes as s', (join) =>
        join.onRef('s.tenant_id', '=', 'a.tenant_id').onRef('s.id', '=', 'a.scheme_id'),
      )
      .select(['a.id', 'a.balance_cents', 'p.number as pass_number', 's.name as scheme_name', 's.valid_until'])
      .where('a.tenant_id', '=', tenantId)
      .where('a.type', '=', 'pass_credit')
      .where('p.holder_id', '=', holderId)
      .orderBy('s.valid_until')
      .execute();
  }

  messagesTo(tenantId: string, email: string, limit: number) {
    return this.db
      .selectFrom('outbox_messages')
      .select(['id', 'subject', 'created_at'])
      .where('tenant_id', '=', tenantId)
      .where(sql<boolean>`lower(to_address) = lower(${email})`)
      .orderBy('created_at', 'desc')
      .limit(limit)
      .execute();
  }

  notesOf(tenantId: string, holderId: string) {
    return this.db
      .selectFrom('holder_notes')
      .select(['id', 'body', 'written_by_name', 'created_at'])
      .where('tenant_id', '=', tenantId)
      .where('holder_id', '=', holderId)
      .orderBy('created_at', 'desc')
      .execute();
  }

  erasureOf(tenantId: string, holderId: string) {
    return this.db
      .selectFrom('erasure_requests')
      .select(['requested_at', 'executed_at'])
      .where('tenant_id', '=', tenantId)
      .where('holder_id', '=', holderId)
      .executeTakeFirst();
  }

  auditOf(tenantId: string, holderId: string) {
    return this.db
      .selectFrom('holder_audit_events')
      .select(['id', 'action', 'changes', 'actor_name', 'created_at'])
      .where('tenant_id', '=', tenantId)
      .where('holder_id', '=', holderId)
      .orderBy('created_at', 'desc')
      .execute();
  }

  insertNote(values: { tenantId: string; holderId: string; body: string; writtenBy: string; writtenByName: string }) {
    return this.db
      .insertInto('holder_notes')
      .values({
        tenant_id: values.tenantId,
        holder_id: values.holderId,
        body: values.body,
        written_by: values.writtenBy,
        written_by_name: values.writtenByName,
      })
      .returning(['id', 'body', 'written_by_name', 'created_at'])
      .executeTakeFirstOrThrow();
  }

  async saveAddress(
    tenantId: string,
    holderId: string,
    address: { street: string; houseNumber: string; postcode: string; city: string } | null,
  ) {
    if (!address) {
      await this.db
        .deleteFrom('holder_addresses')
        .where('tenant_id', '=', tenantId)
        .where('holder_id', '=', holderId)
        .execute();
      return;
    }
    const values = {
      street: address.street,
      house_number: address.houseNumber,
      postcode: address.postcode,
      city: address.city,
      updated_at: new Date(),
    };
    await this.db
      .insertInto('holder_addresses')
      .values({ tenant_id: tenantId, holder_id: holderId, ...values })
      .onConflict((oc) => oc.columns(['tenant_id', 'holder_id']).doUpdateSet(values))
      .execute();
  }

  async insertAudit(values: {
    tenantId: string;
    holderId: string;
    action: string;
    changes: FieldChange[];
    actor: string;
    actorName: string;
  }) {
    await this.db
      .insertInto('holder_audit_events')
      .values({
        tenant_id: values.tenantId,
        holder_id: values.holderId,
        action: values.action,
        changes: JSON.stringify(values.changes),
        actor: values.actor,
        actor_name: values.actorName,
      })
      .execute();
  }
}
