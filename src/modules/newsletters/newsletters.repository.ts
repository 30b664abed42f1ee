import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import './newsletters.tables.ts';
import type { EditionItem, NewsletterAudience, NewsletterLanguage } from './newsletters.tables.ts';

/** Queries of subscribers, editions and deliveries. Every query filters by tenant. */
export class NewslettersRepository {
  constructor(private readonly db: Db) {}

  findByEmail(tenantId: string, audience: NewsletterAudience, email: string) {
    return this.db
      .selectFrom('newsletter_subscribers')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('audience', '=', audience)
      .where('email', '=', email)
      .executeTakeFirst();
  }

  findByHolder(tenantId: string, holderId: string) {
    return this.db
      .selectFrom('newsletter_subscribers')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('holder_id', '=', holderId)
      .executeTakeFirst();
  }

  /**
   * A new subscription, or a renewed one for an address that is not confirmed (pending or
   * unsubscribed): new interests and a new confirmation token. A confirmed subscriber keeps theirs.
   */
  async upsertPending(
    tenantId: string,
    input: {
      email: string;
      language: NewsletterLanguage;
      wijken: string[];
      routes: string[];
      categories: string[];
      tokenHash: string;
      expiresAt: Date;
      now: Date;
    },
  ) {
    await sql`
      insert into newsletter_subscribers
        (tenant_id, audience, email, language, wijken, routes, categories, status,
         confirm_token_hash, confirm_expires_at, confirmation_sent_at)
      values (${tenantId}, 'residents', ${input.email}, ${input.language}, ${input.wijken}, ${input.routes},
              ${input.categories}, 'pending', ${input.tokenHash}, ${input.expiresAt}, ${input.now})
      on conflict (tenant_id, audience, email) where email is not null do update set
        language = excluded.language, wijken = excluded.wijken, routes = excluded.routes,
        categories = excluded.categories, status = 'pending',
        confirm_token_hash = excluded.confirm_token_hash, confirm_expires_at = excluded.confirm_expires_at,
        confirmation_sent_at = excluded.confirmation_sent_at, unsubscribed_at = null,
        unsubscribed_edition_id = null
      where newsletter_subscribers.status <> 'confirmed'`.execute(this.db);
  }

  /** Confirms the subscription of this token, once: the token is cleared. */
  confirm(tokenHash: string, now: Date) {
    return this.db
      .updateTable('newsletter_subscribers')
      .set({ status: 'confirmed', confirmed_at: now, confirm_token_hash: null, confirm_expires_at: null })
      .where('confirm_token_hash', '=', tokenHash)
      .where('confirm_expires_at', '>', now)
      .where('status', '=', 'pending')
      .returning(['tenant_id', 'id', 'language'])
      .executeTakeFirst();
  }

  /** The delivery an unsubscribe token belongs to, while it works. */
  deliveryByToken(tokenHash: string, now: Date) {
    return this.db
      .selectFrom('newsletter_deliveries')
      .select(['tenant_id', 'edition_id', 'subscriber_id'])
      .where('unsubscribe_token_hash', '=', tokenHash)
      .where('unsubscribe_expires_at', '>', now)
      .executeTakeFirst();
  }

  /** Unsubscribes; true when this changed something (a second click changes nothing). */
  async unsubscribe(tenantId: string, subscriberId: string, editionId: string | null, now: Date) {
    const row = await this.db
      .updateTable('newsletter_subscribers')
      .set({
        status: 'unsubscribed',
        unsubscribed_at: now,
        unsubscribed_edition_id: editionId,
        confirm_token_hash: null,
        confirm_expires_at: null,
      })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', subscriberId)
      .where('status', '<>', 'unsubscribed')
      .returning('id')
      .executeTakeFirst();
    return row !== undefined;
  }

  upsertHolder(
    tenantId: string,
    holderId: string,
    input: {
      channel: 'email' | 'letter';
      language: NewsletterLanguage;
      wijken: string[];
      routes: string[];
      categories: string[];
    },
    now: Date,
  ) {
    return sql`
      insert into newsletter_subscribers
        (tenant_id, audience, holder_id, channel, language, wijken, routes, categories, status, confirmed_at)
      values (${tenantId}, 'residents', ${holderId}, ${input.channel}, ${input.language}, ${input.wijken},
              ${input.routes}, ${input.categories}, 'confirmed', ${now})
      on conflict (tenant_id, holder_id) where holder_id is not null do update set
        channel = excluded.channel, language = excluded.language, wijken = excluded.wijken,
        routes = excluded.routes, categories = excluded.categories, status = 'confirmed',
        confirmed_at = excluded.confirmed_at, unsubscribed_at = null, unsubscribed_edition_id = null`.execute(this.db);
  }

  /**
   * Every provider with a contact address becomes a subscriber of the providers' newsletter, once;
   * one who unsubscribed stays so.
   */
  addProviderContacts(tenantId: string, now: Date) {
    return sql`
      insert into newsletter_subscribers (tenant_id, audience, email, provider_id, status, confirmed_at)
      select distinct on (lower(p.email)) p.tenant_id, 'providers', lower(p.email), p.id, 'confirmed', ${now}::timestamptz
      from providers p
      where p.tenant_id = ${tenantId} and p.status = 'active' and p.email is not null and p.email like '%@%'
      order by lower(p.email), p.created_at
      on conflict do nothing`.execute(this.db);
  }

  insertEdition(values: {
    tenantId: string;
    audience: NewsletterAudience;
    title: string;
    intro: string;
    tips: string;
    items: EditionItem[];
    createdBy: string;
  }) {
    return this.db
      .insertInto('newsletter_editions')
      .values({
        tenant_id: values.tenantId,
        audience: values.audience,
        title: values.title,
        intro: values.intro,
        tips: values.tips,
        items: JSON.stringify(values.items),
        created_by: values.createdBy,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  }

  listEditions(tenantId: string) {
    return this.db
      .selectFrom('newsletter_editions')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(200)
      .execute();
  }

  findEdition(tenantId: string, id: string) {
    return this.db
      .selectFrom('newsletter_editions')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /** Marks a draft as being sent; undefined when it was not a draft any more (sent twice at once). */
  startSending(tenantId: string, id: string, now: Date) {
    return this.db
      .updateTable('newsletter_editions')
      .set({ status: 'sending', send_started_at: now })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('status', '=', 'draft')
      .returning('id')
      .executeTakeFirst();
  }

  markSent(tenantId: string, id: string, now: Date) {
    return this.db
      .updateTable('newsletter_editions')
      .set({ status: 'sent', sent_at: now })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('status', '=', 'sending')
      .execute();
  }

  /**
   * The next confirmed subscribers of the edition's audience who have no delivery of it yet,
   * locked for this transaction (another worker skips them).
   */
  nextRecipients(tenantId: string, editionId: string, audience: NewsletterAudience, limit: number) {
    return this.db
      .selectFrom('newsletter_subscribers as s')
      .select(['s.id', 's.email', 's.holder_id', 's.channel', 's.language', 's.wijken', 's.routes', 's.categories'])
      .where('s.tenant_id', '=', tenantId)
      .where('s.audience', '=', audience)
      .where('s.status', '=', 'confirmed')
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('newsletter_deliveries as d')
              .select('d.subscriber_id')
              .whereRef('d.tenant_id', '=', 's.tenant_id')
              .where('d.edition_id', '=', editionId)
              .whereRef('d.subscriber_id', '=', 's.id'),
          ),
        ),
      )
      .orderBy('s.id')
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .execute();
  }

  /** Claims the delivery; false when another attempt already has it (then nothing is sent). */
  async claimDelivery(values: {
    tenantId: string;
    editionId: string;
    subscriberId: string;
    tokenHash: string;
    expiresAt: Date;
  }) {
    const row = await this.db
      .insertInto('newsletter_deliveries')
      .values({
        tenant_id: values.tenantId,
        edition_id: values.editionId,
        subscriber_id: values.subscriberId,
        channel: 'none',
        unsubscribe_token_hash: values.tokenHash,
        unsubscribe_expires_at: values.expiresAt,
      })
      .onConflict((oc) => oc.columns(['tenant_id', 'edition_id', 'subscriber_id']).doNothing())
      .returning('subscriber_id')
      .executeTakeFirst();
    return row !== undefined;
  }

  setDeliveryChannel(
    tenantId: string,
    editionId: string,
    subscriberId: string,
    channel: 'email' | 'letter' | 'none',
    outboxMessageId: string | null,
  ) {
    return this.db
      .updateTable('newsletter_deliveries')
      .set({ channel, outbox_message_id: outboxMessageId })
      .where('tenant_id', '=', tenantId)
      .where('edition_id', '=', editionId)
      .where('subscriber_id', '=', subscriberId)
      .execute();
  }

  /**
   * A hard bounce: the confirmed subscriber this e-mail was a delivery to, and any confirmed
   * subscriber with that address, get no further editions. True when someone was marked.
   */
  async markBounced(tenantId: string, outboxMessageId: string, email: string, status: string, at: Date) {
    const result = await sql`
      update newsletter_subscribers s set status = 'bounced', bounced_at = ${at}, bounce_status = ${status}
      where s.tenant_id = ${tenantId} and s.status = 'confirmed'
        and (s.email = ${email} or exists (
          select 1 from newsletter_deliveries d
          where d.tenant_id = s.tenant_id and d.subscriber_id = s.id and d.outbox_message_id = ${outboxMessageId}))`.execute(
      this.db,
    );
    return Number(result.numAffectedRows ?? 0) > 0;
  }

  /** Subscribers whose address bounced hard, newest first. */
  bouncedSubscribers(tenantId: string, limit: number) {
    return this.db
      .selectFrom('newsletter_subscribers')
      .select(['id', 'audience', 'email', 'holder_id', 'bounced_at', 'bounce_status'])
      .where('tenant_id', '=', tenantId)
      .where('status', '=', 'bounced')
      .orderBy('bounced_at', 'desc')
      .orderBy('id')
      .limit(limit)
      .execute();
  }

  async deliveryFigures(tenantId: string, editionId: string) {
    const [deliveries, unsubscribed] = await Promise.all([
      this.db
        .selectFrom('newsletter_deliveries')
        .select(['channel', 'outbox_message_id'])
        .where('tenant_id', '=', tenantId)
        .where('edition_id', '=', editionId)
        .execute(),
      this.db
        .selectFrom('newsletter_subscribers')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('tenant_id', '=', tenantId)
        .where('unsubscribed_edition_id', '=', editionId)
        .executeTakeFirstOrThrow(),
    ]);
    return { deliveries, unsubscribed: Number(unsubscribed.n) };
  }

  /** Active routes, for the providers' newsletter. */
  activeRoutes(tenantId: string) {
    return this.db
      .selectFrom('routes')
      .select(['id', 'slug', 'name', 'description'])
      .where('tenant_id', '=', tenantId)
      .where('is_active', '=', true)
      .orderBy('sort_order')
      .orderBy('name')
      .execute();
  }

  /** The categories of a provider's published offers (a new provider's item in the edition). */
  async categoriesOfProvider(tenantId: string, providerId: string) {
    const rows = await this.db
      .selectFrom('offers')
      .select('categories')
      .where('tenant_id', '=', tenantId)
      .where('provider_id', '=', providerId)
      .where('status', '=', 'published')
      .execute();
    return [...new Set(rows.flatMap((r) => r.categories))].sort();
  }

  wijkAndRouteNames(tenantId: string) {
    return Promise.all([
      this.db.selectFrom('wijken').select(['code', 'name']).where('tenant_id', '=', tenantId).execute(),
      this.db.selectFrom('routes').select(['slug', 'name']).where('tenant_id', '=', tenantId).execute(),
      this.db.selectFrom('categories').select(['slug', 'name_nl as name']).where('tenant_id', '=', tenantId).execute(),
    ]);
  }

  tenant(tenantId: string) {
    return this.db.selectFrom('tenants').select(['name', 'pass_name']).where('id', '=', tenantId).executeTakeFirst();
  }
}
