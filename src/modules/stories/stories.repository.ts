import { sql, type Insertable, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import './stories.tables.ts';
import type {
  StoriesTable,
  StoryLanguage,
  StoryLinkKind,
  StoryKind,
  StoryStatus,
  StoryTranslationsTable,
} from './stories.tables.ts';

export type StoryRow = Awaited<ReturnType<StoriesRepository['findById']>> & {};
export type StoryValues = Omit<
  Insertable<StoriesTable>,
  'tenant_id' | 'id' | 'created_at' | 'status' | 'version' | 'published_by' | 'publish_at' | 'review_comment'
>;
export interface StoryLinkValue {
  kind: StoryLinkKind;
  target: string;
}
export type TranslationValue = Omit<StoryTranslationsTable, 'tenant_id' | 'story_id'>;

export interface PublicStoryFilter {
  wijk?: string;
  route?: string;
  kind?: StoryKind;
  provider?: string;
  partner?: string;
}

/** Queries of stories, their links and translations. Every query filters by tenant. */
export class StoriesRepository {
  constructor(private readonly db: Kysely<DB>) {}

  private stories(tenantId: string) {
    return this.db.selectFrom('stories').selectAll().where('tenant_id', '=', tenantId);
  }

  findById(tenantId: string, id: string) {
    return this.stories(tenantId).where('id', '=', id).executeTakeFirst();
  }

  /** Public: published, or scheduled with its time come. */
  findPublicBySlug(tenantId: string, slug: string, now: Date) {
    return this.stories(tenantId)
      .where('slug', '=', slug)
      .where('status', 'in', ['scheduled', 'published'])
      .where('publish_at', '<=', now)
      .executeTakeFirst();
  }

  private publicQuery(tenantId: string, filter: PublicStoryFilter, now: Date) {
    let query = this.db
      .selectFrom('stories as s')
      .where('s.tenant_id', '=', tenantId)
      .where('s.status', 'in', ['scheduled', 'published'])
      .where('s.publish_at', '<=', now);
    if (filter.kind) query = query.where('s.kind', '=', filter.kind);
    const linked = (kind: StoryLinkKind, target: string) =>
      query.where((eb) =>
        eb.exists(
          eb
            .selectFrom('story_links as l')
            .select(sql`1`.as('one'))
            .whereRef('l.tenant_id', '=', 's.tenant_id')
            .whereRef('l.story_id', '=', 's.id')
            .where('l.kind', '=', kind)
            .where('l.target', '=', target),
        ),
      );
    if (filter.wijk) query = linked('wijk', filter.wijk);
    if (filter.route) query = linked('route', filter.route);
    if (filter.provider) query = linked('provider', filter.provider);
    if (filter.partner) query = linked('partner', filter.partner);
    return query;
  }

  async listPublic(tenantId: string, filter: PublicStoryFilter, now: Date, page: number, pageSize: number) {
    const base = this.publicQuery(tenantId, filter, now);
    const [items, total] = await Promise.all([
      base
        .selectAll('s')
        .orderBy('s.publish_at', 'desc')
        .orderBy('s.id')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute(),
      base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items, totalItems: Number(total.n) };
  }

  listAll(tenantId: string, status?: StoryStatus) {
    let query = this.stories(tenantId);
    if (status) query = query.where('status', '=', status);
    return query.orderBy('updated_at', 'desc').orderBy('id').limit(500).execute();
  }

  linksOf(tenantId: string, storyIds: string[]) {
    if (storyIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('story_links')
      .select(['story_id', 'kind', 'target'])
      .where('tenant_id', '=', tenantId)
      .where('story_id', 'in', storyIds)
      .orderBy('kind')
      .orderBy('target')
      .execute();
  }

  translationsOf(tenantId: string, storyIds: string[], language?: StoryLanguage) {
    if (storyIds.length === 0) return Promise.resolve([]);
    let query = this.db
      .selectFrom('story_translations')
      .select(['story_id', 'language', 'title', 'lead', 'body_markdown'])
      .where('tenant_id', '=', tenantId)
      .where('story_id', 'in', storyIds);
    if (language) query = query.where('language', '=', language);
    return query.orderBy('language').execute();
  }

  insert(tenantId: string, values: StoryValues, status: StoryStatus = 'draft') {
    return this.db
      .insertInto('stories')
      .values({ ...values, tenant_id: tenantId, status })
      .onConflict((oc) => oc.columns(['tenant_id', 'slug']).doNothing())
      .returning('id')
      .executeTakeFirst();
  }

  /** Content changes bump the version, so a decision made on the old text is refused. */
  update(tenantId: string, id: string, version: number, values: StoryValues) {
    return this.db
      .updateTable('stories')
      .set({ ...values, updated_at: new Date(), version: sql`version + 1` })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('version', '=', version)
      .returning('id')
      .executeTakeFirst();
  }

  /**
   * Moves a story from one status to the next only if nobody changed it since `version` and it is
   * still in one of `from`: of two chief editors deciding at once, exactly one succeeds.
   */
  transition(
    tenantId: string,
    id: string,
    change: {
      from: readonly StoryStatus[];
      version: number;
      to: StoryStatus;
      publishAt?: Date | null;
      comment?: string | null;
      publishedBy?: string | null;
    },
  ) {
    return this.db
      .updateTable('stories')
      .set({
        status: change.to,
        updated_at: new Date(),
        version: sql`version + 1`,
        ...(change.publishAt !== undefined && { publish_at: change.publishAt }),
        ...(change.comment !== undefined && { review_comment: change.comment }),
        ...(change.publishedBy !== undefined && { published_by: change.publishedBy }),
      })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('version', '=', change.version)
      .where('status', 'in', [...change.from])
      .returning('id')
      .executeTakeFirst();
  }

  async replaceLinks(tenantId: string, storyId: string, links: StoryLinkValue[]) {
    await this.db.deleteFrom('story_links').where('tenant_id', '=', tenantId).where('story_id', '=', storyId).execute();
    if (links.length > 0)
      await this.db
        .insertInto('story_links')
        .values(links.map((l) => ({ tenant_id: tenantId, story_id: storyId, kind: l.kind, target: l.target })))
        .onConflict((oc) => oc.doNothing())
        .execute();
  }

  async replaceTranslations(tenantId: string, storyId: string, translations: TranslationValue[]) {
    await this.db
      .deleteFrom('story_translations')
      .where('tenant_id', '=', tenantId)
      .where('story_id', '=', storyId)
      .execute();
    if (translations.length > 0)
      await this.db
        .insertInto('story_translations')
        .values(translations.map((t) => ({ ...t, tenant_id: tenantId, story_id: storyId })))
        .execute();
  }

  slugOwner(tenantId: string, slug: string) {
    return this.db
      .selectFrom('stories')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('slug', '=', slug)
      .executeTakeFirst();
  }

  /**
   * The names of what stories link to, as they are now. These tables belong to other modules
   * (providers, offers, routes, areas, partners, agenda); this module only reads them.
   */
  async labels(tenantId: string, links: StoryLinkValue[]): Promise<Map<string, string>> {
    const byKind = (kind: StoryLinkKind) => [...new Set(links.filter((l) => l.kind === kind).map((l) => l.target))];
    const uuids = (ids: string[]) => ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    const out = new Map<string, string>();
    const put = (kind: StoryLinkKind, rows: { key: string; name: string }[]) => {
      for (const r of rows) out.set(`${kind}:${r.key}`, r.name);
    };
    const providers = uuids(byKind('provider'));
    const offers = uuids(byKind('offer'));
    const partners = uuids(byKind('partner'));
    const events = uuids(byKind('event'));
    const routes = byKind('route');
    const wijken = byKind('wijk');
    const db = this.db;
    await Promise.all([
      providers.length &&
        db
          .selectFrom('providers')
          .select(['id as key', 'name'])
          .where('tenant_id', '=', tenantId)
          .where('id', 'in', providers)
          .execute()
          .then((rows) => put('provider', rows)),
      offers.length &&
        db
          .selectFrom('offers')
          .select(['id as key', 'title as name'])
          .where('tenant_id', '=', tenantId)
          .where('id', 'in', offers)
          .execute()
          .then((rows) => put('offer', rows)),
      partners.length &&
        db
          .selectFrom('partners')
          .select(['id as key', 'name'])
          .where('tenant_id', '=', tenantId)
          .where('id', 'in', partners)
          .execute()
          .then((rows) => put('partner', rows)),
      events.length &&
        db
          .selectFrom('events')
          .select(['id as key', 'title as name'])
          .where('tenant_id', '=', tenantId)
          .where('id', 'in', events)
          .execute()
          .then((rows) => put('event', rows)),
      routes.length &&
        db
          .selectFrom('routes')
          .select(['slug as key', 'name'])
          .where('tenant_id', '=', tenantId)
          .where('slug', 'in', routes)
          .execute()
          .then((rows) => put('route', rows)),
      wijken.length &&
        db
          .selectFrom('wijken')
          .select(['code as key', 'name'])
          .where('tenant_id', '=', tenantId)
          .where('code', 'in', wijken)
          .execute()
          .then((rows) => put('wijk', rows)),
    ]);
    return out;
  }

  /**
   * The organisation a partner's or provider's staff member acts for, and its id, to sign a
   * submitted story and link it. Reads the partners' and providers' tables; writes nothing there.
   */
  async organisationOf(
    tenantId: string,
    principal: { role: string; userId: string; providerId: string | null },
  ): Promise<{ kind: 'partner' | 'provider'; id: string; name: string } | undefined> {
    if (principal.role === 'partner_staff') {
      const row = await this.db
        .selectFrom('partner_staff as ps')
        .innerJoin('partners as p', (join) =>
          join.onRef('p.tenant_id', '=', 'ps.tenant_id').onRef('p.id', '=', 'ps.partner_id'),
        )
        .select(['p.id', 'p.name'])
        .where('ps.tenant_id', '=', tenantId)
        .where('ps.user_id', '=', principal.userId)
        .executeTakeFirst();
      return row && { kind: 'partner', ...row };
    }
    if (!principal.providerId) return undefined;
    const row = await this.db
      .selectFrom('providers')
      .select(['id', 'name'])
      .where('tenant_id', '=', tenantId)
      .where('id', '=', principal.providerId)
      .executeTakeFirst();
    return row && { kind: 'provider', ...row };
  }
}
