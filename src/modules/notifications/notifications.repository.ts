import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import './notifications.tables.ts';

/** What an erased message's address, subject and text become. */
export const ERASED = '(gewist)';
/** Tries per e-mail before delivery gives up on it. */
export const MAX_ATTEMPTS = 10;

export class NotificationsRepository {
  constructor(private readonly db: Db) {}

  /**
   * Of these messages: how many the SMTP server took; how many did not arrive (a hard bounce, at
   * send time or reported later, or given up after every try); how many had only a soft bounce.
   */
  async outcomes(tenantId: string, ids: string[]) {
    const row = await this.db
      .selectFrom('outbox_messages')
      .select([
        sql<number>`count(*) filter (where sent_at is not null)::int`.as('sent'),
        sql<number>`count(*) filter (where bounce_kind = 'hard' or (sent_at is null and attempts >= ${MAX_ATTEMPTS}))::int`.as(
          'bounced',
        ),
        sql<number>`count(*) filter (where bounce_kind = 'soft' and not (sent_at is null and attempts >= ${MAX_ATTEMPTS}))::int`.as(
          'softBounced',
        ),
      ])
      .where('tenant_id', '=', tenantId)
      .where('id', 'in', ids)
      .executeTakeFirstOrThrow();
    return { sent: row.sent, bounced: row.bounced, softBounced: row.softBounced };
  }

  /** The address an e-mail went to, to check a bounce report against. */
  recipientOf(tenantId: string, id: string) {
    return this.db
      .selectFrom('outbox_messages')
      .select(['to_address'])
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /**
   * Records a bounce on an e-mail, once: a soft bounce only on an e-mail without one, a hard
   * bounce also over a soft one. True when it changed something (the same report again does not).
   */
  async recordBounce(
    tenantId: string,
    id: string,
    bounce: { kind: 'hard' | 'soft'; status: string; detail: string | null; at: Date },
  ) {
    const row = await this.db
      .updateTable('outbox_messages')
      .set({
        bounce_kind: bounce.kind,
        bounce_status: bounce.status,
        bounced_at: bounce.at,
        bounce_detail: bounce.detail?.slice(0, 500) ?? null,
      })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where((eb) =>
        bounce.kind === 'hard'
          ? eb.or([eb('bounce_kind', 'is', null), eb('bounce_kind', '=', 'soft')])
          : eb('bounce_kind', 'is', null),
      )
      .returning('id')
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Marks e-mails as taken by the SMTP server at `at` (history brought in: the demo's sent edition). */
  async markManySent(tenantId: string, ids: string[], at: Date) {
    if (ids.length === 0) return;
    await this.db
      .updateTable('outbox_messages')
      .set({ sent_at: at, next_attempt_at: null, attempts: 1 })
      .where('tenant_id', '=', tenantId)
      .where('id', 'in', ids)
      .execute();
  }

  async insert(message: {
    tenantId: string;
    id?: string;
    to: string;
    subject: string;
    bodyText: string;
    headers?: Record<string, string> | undefined;
  }) {
    const row = await this.db
      .insertInto('outbox_messages')
      .values({
        tenant_id: message.tenantId,
        ...(message.id ? { id: message.id } : {}),
        to_address: message.to,
        subject: message.subject,
        body_text: message.bodyText,
        ...(message.headers ? { headers: JSON.stringify(message.headers) as never } : {}),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async insertMany(messages: { tenantId: string; to: string; subject: string; bodyText: string }[]) {
    if (messages.length === 0) return;
    await this.db
      .insertInto('outbox_messages')
      .values(
        messages.map((m) => ({ tenant_id: m.tenantId, to_address: m.to, subject: m.subject, body_text: m.bodyText })),
      )
      .execute();
  }

  listNewest(tenantId: string, limit: number) {
    return this.db
      .selectFrom('outbox_messages')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .orderBy('created_at', 'desc')
      .limit(limit)
      .execute();
  }

  /**
   * Takes up to `limit` unsent messages for this process: they are not tried again by anyone
   * until `leaseUntil` (several processes may deliver at once; rows another holds are skipped).
   */
  async claimUnsent(now: Date, leaseUntil: Date, limit: number, maxAttempts: number) {
    const result = await sql<{
      tenant_id: string;
      id: string;
      to_address: string;
      subject: string;
      body_text: string;
      headers: Record<string, string> | null;
    }>`
      update outbox_messages m set attempts = m.attempts + 1, next_attempt_at = ${leaseUntil}
      from (
        select tenant_id, id from outbox_messages
        where sent_at is null and attempts < ${maxAttempts} and bounce_kind is distinct from 'hard'
          and (next_attempt_at is null or next_attempt_at <= ${now})
        order by created_at
        limit ${limit}
        for update skip locked
      ) todo
      where m.tenant_id = todo.tenant_id and m.id = todo.id
      returning m.tenant_id, m.id, m.to_address, m.subject, m.body_text, m.headers`.execute(this.db);
    return result.rows;
  }

  async markSent(tenantId: string, id: string, at: Date) {
    await this.db
      .updateTable('outbox_messages')
      .set({ sent_at: at, next_attempt_at: null, last_error: null })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .execute();
  }

  async markFailed(tenantId: string, id: string, error: string, retryAt: Date) {
    await this.db
      .updateTable('outbox_messages')
      .set({ last_error: error.slice(0, 500), next_attempt_at: retryAt })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .execute();
  }

  tenant(tenantId: string) {
    return this.db
      .selectFrom('tenants')
      .select(['id', 'name', 'pass_name'])
      .where('id', '=', tenantId)
      .executeTakeFirst();
  }

  templates(tenantId: string) {
    return this.db
      .selectFrom('message_templates')
      .select(['key', 'subject', 'body', 'updated_at'])
      .where('tenant_id', '=', tenantId)
      .execute();
  }

  async putTemplate(tenantId: string, key: string, subject: string, body: string, updatedBy: string) {
    await this.db
      .insertInto('message_templates')
      .values({ tenant_id: tenantId, key, subject, body, updated_by: updatedBy })
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'key']).doUpdateSet({ subject, body, updated_by: updatedBy, updated_at: new Date() }),
      )
      .execute();
  }

  async deleteTemplate(tenantId: string, key: string) {
    await this.db.deleteFrom('message_templates').where('tenant_id', '=', tenantId).where('key', '=', key).execute();
  }

  async insertLetter(letter: {
    tenantId: string;
    holderId: string | null;
    name: string;
    addressLines: string[];
    subject: string;
    bodyText: string;
  }) {
    const row = await this.db
      .insertInto('letters')
      .values({
        tenant_id: letter.tenantId,
        holder_id: letter.holderId,
        recipient_name: letter.name,
        address_lines: letter.addressLines,
        subject: letter.subject,
        body_text: letter.bodyText,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** Puts every letter written before `today` (a Dutch calendar day) in the batch of the day it was written. */
  async closeLetterDays(today: string) {
    const result = await sql`
      update letters set batch_date = (created_at at time zone 'Europe/Amsterdam')::date
      where batch_date is null and (created_at at time zone 'Europe/Amsterdam')::date < ${today}::date`.execute(
      this.db,
    );
    return Number(result.numAffectedRows ?? 0);
  }

  letterBatches(tenantId: string) {
    return this.db
      .selectFrom('letters')
      .select(['batch_date'])
      .select((eb) => eb.fn.countAll<number>().as('letter_count'))
      .where('tenant_id', '=', tenantId)
      .where('batch_date', 'is not', null)
      .groupBy('batch_date')
      .orderBy('batch_date', 'desc')
      .limit(60)
      .execute();
  }

  async openLetterCount(tenantId: string) {
    const row = await this.db
      .selectFrom('letters')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('tenant_id', '=', tenantId)
      .where('batch_date', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  lettersOfBatch(tenantId: string, date: string) {
    return this.db
      .selectFrom('letters')
      .select(['recipient_name', 'address_lines', 'subject', 'body_text', 'created_at'])
      .where('tenant_id', '=', tenantId)
      .where('batch_date', '=', date)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  }

  lettersOfHolder(tenantId: string, holderId: string) {
    return this.db
      .selectFrom('letters')
      .select(['subject', 'body_text', 'created_at', 'batch_date'])
      .where('tenant_id', '=', tenantId)
      .where('holder_id', '=', holderId)
      .orderBy('created_at', 'desc')
      .execute();
  }

  messagesTo(tenantId: string, address: string) {
    return this.db
      .selectFrom('outbox_messages')
      .select(['subject', 'body_text', 'created_at', 'sent_at'])
      .where('tenant_id', '=', tenantId)
      .where('to_address', '=', address)
      .orderBy('created_at', 'desc')
      .execute();
  }

  async deleteLettersOfHolder(tenantId: string, holderId: string) {
    const r = await this.db
      .deleteFrom('letters')
      .where('tenant_id', '=', tenantId)
      .where('holder_id', '=', holderId)
      .executeTakeFirst();
    return Number(r.numDeletedRows);
  }

  /** Blanks the messages to an address (credit warnings keep a reference to them, so they are not deleted). */
  async blankMessagesTo(tenantId: string, address: string) {
    const r = await this.db
      .updateTable('outbox_messages')
      .set({ to_address: ERASED, subject: ERASED, body_text: ERASED, last_error: null, bounce_detail: null })
      .where('tenant_id', '=', tenantId)
      .where('to_address', '=', address)
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  }

  /** Retention: blanks e-mails (sent, or given up) and deletes printed letters, written before `before`. */
  async eraseOlderThan(before: Date) {
    const m = await this.db
      .updateTable('outbox_messages')
      .set({ to_address: ERASED, subject: ERASED, body_text: ERASED, last_error: null, bounce_detail: null })
      .where('created_at', '<', before)
      .where('to_address', '<>', ERASED)
      .where((eb) =>
        eb.or([eb('sent_at', 'is not', null), eb('attempts', '>=', MAX_ATTEMPTS), eb('bounce_kind', '=', 'hard')]),
      )
      .executeTakeFirst();
    const l = await this.db
      .deleteFrom('letters')
      .where('created_at', '<', before)
      .where('batch_date', 'is not', null)
      .executeTakeFirst();
    return { messages: Number(m.numUpdatedRows), letters: Number(l.numDeletedRows) };
  }
}
