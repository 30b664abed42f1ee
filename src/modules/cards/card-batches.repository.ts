import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import './cards.tables.ts';

/** Queries of card requests, card batches and cards. Every query filters by tenant. */
export class CardBatchesRepository {
  constructor(readonly db: Db) {}

  currentPassOf(tenantId: string, holderId: string) {
    return this.db
      .selectFrom('passes')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('holder_id', '=', holderId)
      .where('status', '=', 'active')
      .orderBy('valid_until', 'desc')
      .executeTakeFirst();
  }

  async requestCard(tenantId: string, passId: string) {
    await this.db
      .insertInto('card_requests')
      .values({ tenant_id: tenantId, pass_id: passId })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }

  /** Active passes by number. */
  passesByNumber(tenantId: string, numbers: string[]) {
    if (numbers.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('passes')
      .select(['id', 'number'])
      .where('tenant_id', '=', tenantId)
      .where('number', 'in', numbers)
      .where('status', '=', 'active')
      .execute();
  }

  /** Passes whose holder asked for a card and that have no card yet (sent or on its way). */
  requestedWithoutCard(tenantId: string) {
    return this.db
      .selectFrom('card_requests as r')
      .innerJoin('passes as p', (join) => join.onRef('p.tenant_id', '=', 'r.tenant_id').onRef('p.id', '=', 'r.pass_id'))
      .select(['p.id', 'p.number'])
      .where('r.tenant_id', '=', tenantId)
      .where('p.status', '=', 'active')
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('cards as c')
              .select('c.pass_id')
              .whereRef('c.tenant_id', '=', 'r.tenant_id')
              .whereRef('c.pass_id', '=', 'r.pass_id'),
          ),
        ),
      )
      .execute();
  }

  /** How many passes wait for a card: asked for one and have none. */
  async requestedWithoutCardCount(tenantId: string) {
    return (await this.requestedWithoutCard(tenantId)).length;
  }

  insertBatch(tenantId: string, createdBy: string) {
    return this.db
      .insertInto('card_batches')
      .values({ tenant_id: tenantId, created_by: createdBy })
      .returning(['id'])
      .executeTakeFirstOrThrow();
  }

  /** Puts the passes in the batch, skipping any pass that already has a card on its way. */
  async insertCards(tenantId: string, batchId: string, passIds: string[]) {
    if (passIds.length === 0) return 0;
    const result = await sql<{ pass_id: string }>`
      insert into cards (tenant_id, batch_id, pass_id)
      select ${tenantId}, ${batchId}::uuid, unnest(${passIds}::uuid[])
      on conflict do nothing
      returning pass_id`.execute(this.db);
    return result.rows.length;
  }

  findBatch(tenantId: string, batchId: string) {
    return this.db
      .selectFrom('card_batches')
      .select(['id', 'created_at', 'sent_at', 'created_by'])
      .where('tenant_id', '=', tenantId)
      .where('id', '=', batchId)
      .executeTakeFirst();
  }

  listBatches(tenantId: string) {
    return this.db
      .selectFrom('card_batches as b')
      .select(['b.id', 'b.created_at', 'b.sent_at', 'b.created_by'])
      .select((eb) =>
        eb
          .selectFrom('cards as c')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('c.tenant_id', '=', 'b.tenant_id')
          .whereRef('c.batch_id', '=', 'b.id')
          .as('card_count'),
      )
      .select((eb) =>
        eb
          .selectFrom('cards as c')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('c.tenant_id', '=', 'b.tenant_id')
          .whereRef('c.batch_id', '=', 'b.id')
          .where('c.activated_at', 'is not', null)
          .as('active_count'),
      )
      .where('b.tenant_id', '=', tenantId)
      .orderBy('b.created_at', 'desc')
      .limit(100)
      .execute();
  }

  cardsOfBatch(tenantId: string, batchId: string) {
    return this.db
      .selectFrom('cards as c')
      .innerJoin('passes as p', (join) => join.onRef('p.tenant_id', '=', 'c.tenant_id').onRef('p.id', '=', 'c.pass_id'))
      .innerJoin('holders as h', (join) =>
        join.onRef('h.tenant_id', '=', 'p.tenant_id').onRef('h.id', '=', 'p.holder_id'),
      )
      .innerJoin('tenants as t', 't.id', 'c.tenant_id')
      .leftJoin('holder_addresses as a', (join) =>
        join.onRef('a.tenant_id', '=', 'h.tenant_id').onRef('a.holder_id', '=', 'h.id'),
      )
      .select([
        'c.code_id',
        'h.id as holder_id',
        'p.number',
        'p.valid_until',
        'h.name as holder_name',
        't.pass_name',
        'a.street',
        'a.house_number',
        'a.postcode',
        'a.city',
      ])
      .where('c.tenant_id', '=', tenantId)
      .where('c.batch_id', '=', batchId)
      .orderBy('p.number')
      .execute();
  }

  /** Marks the batch and its cards sent; false when it was sent already. */
  async markSent(tenantId: string, batchId: string, at: Date): Promise<boolean> {
    await this.db
      .updateTable('cards')
      .set({ sent_at: at })
      .where('tenant_id', '=', tenantId)
      .where('batch_id', '=', batchId)
      .where('sent_at', 'is', null)
      .execute();
    const batch = await this.db
      .updateTable('card_batches')
      .set({ sent_at: at })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', batchId)
      .where('sent_at', 'is', null)
      .executeTakeFirst();
    return Number(batch.numUpdatedRows) > 0;
  }
}

/** The till's side of cards: a card code's pass, and a card coming into use. */
export class CardCodesRepository {
  constructor(readonly db: Db) {}

  /** The card with this code id, with its pass number, if it was sent and is not blocked. */
  cardInUse(tenantId: string, codeId: string) {
    return this.db
      .selectFrom('cards as c')
      .innerJoin('passes as p', (join) => join.onRef('p.tenant_id', '=', 'c.tenant_id').onRef('p.id', '=', 'c.pass_id'))
      .select(['c.id', 'c.pass_id', 'c.activated_at', 'p.number'])
      .where('c.tenant_id', '=', tenantId)
      .where('c.code_id', '=', codeId)
      .where('c.sent_at', 'is not', null)
      .where('c.blocked_at', 'is', null)
      .executeTakeFirst();
  }

  /** Locks the cards of a pass, so two new cards coming into use at once block in turn. */
  async lockCardsOfPass(tenantId: string, passId: string) {
    await this.db
      .selectFrom('cards')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('pass_id', '=', passId)
      .forUpdate()
      .execute();
  }

  /** Makes the card active (once) and blocks the pass's other cards; false when it was blocked meanwhile. */
  async activate(tenantId: string, cardId: string, passId: string, at: Date): Promise<boolean> {
    const card = await this.db
      .updateTable('cards')
      .set({ activated_at: at })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', cardId)
      .where('blocked_at', 'is', null)
      .where('activated_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
    if (!card) return false;
    await this.db
      .updateTable('cards')
      .set({ blocked_at: at })
      .where('tenant_id', '=', tenantId)
      .where('pass_id', '=', passId)
      .where('id', '<>', cardId)
      .where('blocked_at', 'is', null)
      .execute();
    return true;
  }

  /** The cards of the passes a resident sees (own and children's), newest first. */
  cardsOfHolder(tenantId: string, holderId: string) {
    const own = this.db
      .selectFrom('passes')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('holder_id', '=', holderId);
    return this.db
      .selectFrom('cards as c')
      .innerJoin('passes as p', (join) => join.onRef('p.tenant_id', '=', 'c.tenant_id').onRef('p.id', '=', 'c.pass_id'))
      .innerJoin('card_batches as b', (join) =>
        join.onRef('b.tenant_id', '=', 'c.tenant_id').onRef('b.id', '=', 'c.batch_id'),
      )
      .select(['c.id', 'c.pass_id', 'c.sent_at', 'c.activated_at', 'c.blocked_at', 'p.number', 'b.created_at'])
      .where('c.tenant_id', '=', tenantId)
      .where((eb) => eb.or([eb('p.holder_id', '=', holderId), eb('p.parent_pass_id', 'in', own)]))
      .orderBy('b.created_at', 'desc')
      .execute();
  }

  async eraseForPasses(tenantId: string, passIds: string[], at: Date) {
    if (passIds.length === 0) return { requests: 0, cards: 0 };
    const requests = await this.db
      .deleteFrom('card_requests')
      .where('tenant_id', '=', tenantId)
      .where('pass_id', 'in', passIds)
      .executeTakeFirst();
    const cards = await this.db
      .updateTable('cards')
      .set({ blocked_at: at })
      .where('tenant_id', '=', tenantId)
      .where('pass_id', 'in', passIds)
      .where('blocked_at', 'is', null)
      .executeTakeFirst();
    return { requests: Number(requests.numDeletedRows), cards: Number(cards.numUpdatedRows) };
  }

  async dataOfPasses(tenantId: string, passIds: string[]) {
    if (passIds.length === 0) return { requests: [], cards: [] };
    const requests = await this.db
      .selectFrom('card_requests')
      .select(['pass_id', 'requested_at'])
      .where('tenant_id', '=', tenantId)
      .where('pass_id', 'in', passIds)
      .execute();
    const cards = await this.db
      .selectFrom('cards')
      .select(['pass_id', 'sent_at', 'activated_at', 'blocked_at'])
      .where('tenant_id', '=', tenantId)
      .where('pass_id', 'in', passIds)
      .execute();
    return { requests, cards };
  }
}
