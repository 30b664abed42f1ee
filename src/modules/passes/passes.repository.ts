import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { BlockReason, PassCategory } from './passes.tables.ts';

/** A pass to issue: its number is allocated when it is issued. */
export interface NewPass {
  holderId: string;
  category: PassCategory;
  parentPassId: string | null;
  validFrom: string;
  validUntil: string;
}

export class PassesRepository {
  constructor(private readonly db: Db) {}

  /**
   * The holder's own passes with the tenant's pass name, the current one first: an active pass
   * that is valid today, then the one valid longest.
   */
  findHolderPasses(tenantId: string, holderId: string) {
    return this.db
      .selectFrom('passes as p')
      .innerJoin('holders as h', (join) =>
        join.onRef('h.tenant_id', '=', 'p.tenant_id').onRef('h.id', '=', 'p.holder_id'),
      )
      .innerJoin('tenants as t', 't.id', 'p.tenant_id')
      .select(['p.id', 'p.number', 'p.status', 'p.valid_from', 'p.valid_until', 'h.name as holder_name', 't.pass_name'])
      .where('p.tenant_id', '=', tenantId)
      .where('p.holder_id', '=', holderId)
      .orderBy(sql`(p.status = 'active' and p.valid_until >= current_date)`, 'desc')
      .orderBy('p.valid_until', 'desc')
      .orderBy('p.created_at', 'desc')
      .execute();
  }

  /** Child passes linked to any of these parent passes, newest first. */
  findChildPasses(tenantId: string, parentPassIds: string[]) {
    if (parentPassIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('passes as p')
      .innerJoin('holders as h', (join) =>
        join.onRef('h.tenant_id', '=', 'p.tenant_id').onRef('h.id', '=', 'p.holder_id'),
      )
      .select(['p.id', 'p.number', 'p.holder_id', 'p.status', 'p.valid_until', 'h.name as holder_name'])
      .where('p.tenant_id', '=', tenantId)
      .where('p.parent_pass_id', 'in', parentPassIds)
      .orderBy('h.name')
      .orderBy('p.valid_until', 'desc')
      .execute();
  }

  /** Redemptions on the holder's passes and on the child passes linked to them, newest first. */
  async listRedemptionsOfHolder(tenantId: string, holderId: string, page: number, pageSize: number) {
    const ownPassIds = this.db
      .selectFrom('passes')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('holder_id', '=', holderId);
    const passIds = this.db
      .selectFrom('passes')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where((eb) => eb.or([eb('holder_id', '=', holderId), eb('parent_pass_id', 'in', ownPassIds)]));

    const base = this.db
      .selectFrom('redemptions as r')
      .where('r.tenant_id', '=', tenantId)
      .where('r.pass_id', 'in', passIds);

    const [rows, total] = await Promise.all([
      base
        .innerJoin('offers as o', (join) =>
          join.onRef('o.tenant_id', '=', 'r.tenant_id').onRef('o.id', '=', 'r.offer_id'),
        )
        .innerJoin('providers as pr', (join) =>
          join.onRef('pr.tenant_id', '=', 'r.tenant_id').onRef('pr.id', '=', 'r.provider_id'),
        )
        .innerJoin('passes as p', (join) =>
          join.onRef('p.tenant_id', '=', 'r.tenant_id').onRef('p.id', '=', 'r.pass_id'),
        )
        .select([
          'r.id',
          'o.title as offer_title',
          'pr.name as provider_name',
          'p.number as pass_number',
          'r.price_cents',
          'r.created_at',
          'r.cancelled_at',
        ])
        .orderBy('r.created_at', 'desc')
        .orderBy('r.id', 'desc')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute(),
      base.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
    ]);
    return { rows, totalItems: Number(total.count) };
  }

  /** A new holder (a resident, or a child without an account of its own). */
  insertHolder(
    tenantId: string,
    holder: { name: string; email: string | null; birthDate: string | null; wijkCode: string | null },
  ) {
    return this.db
      .insertInto('holders')
      .values({
        tenant_id: tenantId,
        name: holder.name,
        email: holder.email,
        birth_date: holder.birthDate,
        wijk_code: holder.wijkCode,
      })
      .returning(['id'])
      .executeTakeFirstOrThrow();
  }

  /** Many holders in one statement; the caller chooses their ids. */
  /** Many holders in one statement: one array parameter per column (`unnest`), whatever their number. */
  async insertHolders(
    tenantId: string,
    holders: { id: string; name: string; email: string | null; birthDate: string | null; wijkCode: string | null }[],
  ) {
    if (holders.length === 0) return;
    await sql`
      insert into holders (tenant_id, id, name, email, birth_date, wijk_code)
      select ${tenantId}, * from unnest(
        ${holders.map((h) => h.id)}::uuid[], ${holders.map((h) => h.name)}::text[],
        ${holders.map((h) => h.email)}::text[], ${holders.map((h) => h.birthDate)}::date[],
        ${holders.map((h) => h.wijkCode)}::text[])`.execute(this.db);
  }

  /** Corrects many holders' names, e-mail addresses and birth dates in one statement. */
  async updateHolders(
    tenantId: string,
    holders: { id: string; name: string; email: string | null; birthDate: string | null }[],
  ) {
    if (holders.length === 0) return;
    await sql`
      update holders h set name = u.name, email = u.email, birth_date = u.birth_date
      from unnest(${holders.map((x) => x.id)}::uuid[], ${holders.map((x) => x.name)}::text[],
        ${holders.map((x) => x.email)}::text[], ${holders.map((x) => x.birthDate)}::date[])
        as u(id, name, email, birth_date)
      where h.tenant_id = ${tenantId} and h.id = u.id`.execute(this.db);
  }

  updateHolder(
    tenantId: string,
    holderId: string,
    holder: { name: string; email: string | null; birthDate: string | null },
  ) {
    return this.db
      .updateTable('holders')
      .set({ name: holder.name, email: holder.email, birth_date: holder.birthDate })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', holderId)
      .execute();
  }

  /** Many passes in one statement (`unnest`: one array parameter per column); the caller chooses their ids and numbers. */
  async insertPasses(tenantId: string, passes: (NewPass & { id: string; number: string })[]) {
    if (passes.length === 0) return;
    await sql`
      insert into passes (tenant_id, id, number, holder_id, category, parent_pass_id, status, valid_from, valid_until)
      select ${tenantId}, id, number, holder_id, category, parent_pass_id, 'active', valid_from, valid_until
      from unnest(
        ${passes.map((p) => p.id)}::uuid[], ${passes.map((p) => p.number)}::text[],
        ${passes.map((p) => p.holderId)}::uuid[], ${passes.map((p) => p.category)}::text[],
        ${passes.map((p) => p.parentPassId)}::uuid[], ${passes.map((p) => p.validFrom)}::date[],
        ${passes.map((p) => p.validUntil)}::date[]
      ) with ordinality as u(id, number, holder_id, category, parent_pass_id, valid_from, valid_until, n)
      order by n`.execute(this.db);
  }

  /**
   * Reserves `count` pass serials and returns the first. The counter row is locked until the
   * transaction ends, so two issuers never get the same numbers; it also skips past any number
   * made elsewhere (the demo seed, an import), so a serial is never handed out twice.
   */
  async reserveSerials(tenantId: string, municipalityCode: string, count: number) {
    await this.db
      .insertInto('pass_number_counters')
      .values({ tenant_id: tenantId, next_serial: 1 })
      .onConflict((oc) => oc.column('tenant_id').doNothing())
      .execute();
    const counter = await this.db
      .selectFrom('pass_number_counters')
      .select('next_serial')
      .where('tenant_id', '=', tenantId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const prefix = municipalityCode.padStart(4, '0');
    // Numbers of one municipality have the same length and prefix: the largest text is the largest serial.
    const highest = await this.db
      .selectFrom('passes')
      .select('number')
      .where('tenant_id', '=', tenantId)
      .where('number', 'like', `${prefix}%`)
      .orderBy('number', 'desc')
      .limit(1)
      .executeTakeFirst();
    const usedUpTo = highest?.number ? Number(highest.number.slice(4, 12)) : 0;
    const first = Math.max(Number(counter.next_serial), usedUpTo + 1);
    await this.db
      .updateTable('pass_number_counters')
      .set({ next_serial: first + count })
      .where('tenant_id', '=', tenantId)
      .execute();
    return first;
  }

  insertPass(tenantId: string, pass: NewPass & { number: string }) {
    return this.db
      .insertInto('passes')
      .values({
        tenant_id: tenantId,
        number: pass.number,
        holder_id: pass.holderId,
        category: pass.category,
        parent_pass_id: pass.parentPassId,
        status: 'active',
        valid_from: pass.validFrom,
        valid_until: pass.validUntil,
      })
      .returning(['id', 'number'])
      .executeTakeFirstOrThrow();
  }

  async blockPasses(tenantId: string, passIds: string[]) {
    if (passIds.length === 0) return;
    await this.db
      .updateTable('passes')
      .set({ status: 'blocked' })
      .where('tenant_id', '=', tenantId)
      .where('id', 'in', passIds)
      .execute();
  }

  municipalityCode(tenantId: string) {
    return this.db
      .selectFrom('tenants')
      .select('municipality_code')
      .where('id', '=', tenantId)
      .executeTakeFirstOrThrow();
  }

  /**
   * The pass row, locked until the transaction ends: a replacement or block waits for a booking
   * on the pass to commit, and a booking that comes later waits for it (its compare-and-set).
   */
  lockPass(tenantId: string, passId: string) {
    return this.db
      .selectFrom('passes')
      .select([
        'id',
        'number',
        'holder_id',
        'category',
        'parent_pass_id',
        'status',
        'valid_from',
        'valid_until',
        'replaced_by_pass_id',
      ])
      .where('tenant_id', '=', tenantId)
      .where('id', '=', passId)
      .forUpdate()
      .executeTakeFirst();
  }

  async markReplaced(tenantId: string, passId: string, successorId: string, reason: BlockReason, at: Date) {
    await this.db
      .updateTable('passes')
      .set({ status: 'replaced', replaced_by_pass_id: successorId, block_reason: reason, blocked_at: at })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', passId)
      .execute();
  }

  /** Child passes linked to `fromParentId` are linked to `toParentId` (the household moves along). */
  async relinkChildren(tenantId: string, fromParentId: string, toParentId: string) {
    await this.db
      .updateTable('passes')
      .set({ parent_pass_id: toParentId })
      .where('tenant_id', '=', tenantId)
      .where('parent_pass_id', '=', fromParentId)
      .execute();
  }

  async setBlocked(tenantId: string, passId: string, reason: BlockReason, at: Date) {
    await this.db
      .updateTable('passes')
      .set({ status: 'blocked', block_reason: reason, blocked_at: at })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', passId)
      .execute();
  }

  async setUnblocked(tenantId: string, passId: string) {
    await this.db
      .updateTable('passes')
      .set({ status: 'active', block_reason: null, blocked_at: null })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', passId)
      .where('status', '=', 'blocked')
      .execute();
  }

  /** Whether the pass with this number is active and valid on `today` (a membership check). */
  async isValidOn(tenantId: string, number: string, today: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('passes')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('number', '=', number)
      .where('status', '=', 'active')
      .where('valid_from', '<=', today)
      .where('valid_until', '>=', today)
      .executeTakeFirst();
    return row !== undefined;
  }
}
