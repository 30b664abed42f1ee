import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { InfoTopic, MatchSide, MatchStatus, TimeSlot, VacancyAudience } from './volunteering.tables.ts';
import './volunteering.tables.ts';

/** Queries of the volunteers' platform: pages, vacancies, help requests, profiles, matches. Every query filters by tenant. */
export class VolunteeringRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async wijkNames(tenantId: string, codes: string[]): Promise<Map<string, string>> {
    const unique = [...new Set(codes)];
    if (unique.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('wijken')
      .select(['code', 'name'])
      .where('tenant_id', '=', tenantId)
      .where('code', 'in', unique)
      .execute();
    return new Map(rows.map((r) => [r.code, r.name]));
  }

  /** The approved partner organisation a staff member works for. */
  partnerOfUser(tenantId: string, userId: string) {
    return this.db
      .selectFrom('partner_staff as s')
      .innerJoin('partners as p', (j) => j.onRef('p.tenant_id', '=', 's.tenant_id').onRef('p.id', '=', 's.partner_id'))
      .select(['p.id', 'p.name', 'p.email', 'p.status'])
      .where('s.tenant_id', '=', tenantId)
      .where('s.user_id', '=', userId)
      .executeTakeFirst();
  }

  user(tenantId: string, userId: string) {
    return this.db
      .selectFrom('users')
      .select(['id', 'name', 'email'])
      .where('tenant_id', '=', tenantId)
      .where('id', '=', userId)
      .executeTakeFirst();
  }

  // ── information pages ──

  infoPages(tenantId: string, includeUnpublished: boolean) {
    let q = this.db
      .selectFrom('volunteer_info_pages')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .orderBy('sort_order')
      .orderBy('title');
    if (!includeUnpublished) q = q.where('published', '=', true);
    return q.execute();
  }

  infoPage(tenantId: string, by: { slug: string } | { id: string }) {
    let q = this.db.selectFrom('volunteer_info_pages').selectAll().where('tenant_id', '=', tenantId);
    q = 'slug' in by ? q.where('slug', '=', by.slug) : q.where('id', '=', by.id);
    return q.executeTakeFirst();
  }

  insertInfoPage(
    tenantId: string,
    p: {
      slug: string;
      topic: InfoTopic;
      title: string;
      summary: string;
      bodyMarkdown: string;
      sortOrder: number;
      published: boolean;
      updatedBy: string;
    },
  ) {
    return this.db
      .insertInto('volunteer_info_pages')
      .values({
        tenant_id: tenantId,
        slug: p.slug,
        topic: p.topic,
        title: p.title,
        summary: p.summary,
        body_markdown: p.bodyMarkdown,
        sort_order: p.sortOrder,
        published: p.published,
        updated_by: p.updatedBy,
      })
      .onConflict((oc) => oc.columns(['tenant_id', 'slug']).doNothing())
      .returningAll()
      .executeTakeFirst();
  }

  updateInfoPage(
    tenantId: string,
    id: string,
    p: {
      slug: string;
      topic: InfoTopic;
      title: string;
      summary: string;
      bodyMarkdown: string;
      sortOrder: number;
      published: boolean;
      updatedBy: string;
    },
  ) {
    return this.db
      .updateTable('volunteer_info_pages')
      .set({
        slug: p.slug,
        topic: p.topic,
        title: p.title,
        summary: p.summary,
        body_markdown: p.bodyMarkdown,
        sort_order: p.sortOrder,
        published: p.published,
        updated_by: p.updatedBy,
        updated_at: new Date(),
      })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
  }

  // ── vacancies ──

  private vacancyQuery(tenantId: string) {
    return this.db
      .selectFrom('volunteer_vacancies as v')
      .innerJoin('partners as p', (j) => j.onRef('p.tenant_id', '=', 'v.tenant_id').onRef('p.id', '=', 'v.partner_id'))
      .selectAll('v')
      .select(['p.name as partner_name', 'p.email as partner_email'])
      .where('v.tenant_id', '=', tenantId);
  }

  openVacancies(
    tenantId: string,
    today: string,
    f: { wijk?: string | undefined; audience?: VacancyAudience | undefined; interest?: string | undefined } = {},
  ) {
    let q = this.vacancyQuery(tenantId)
      .where('v.status', '=', 'open')
      .where((eb) => eb.or([eb('v.ends_on', 'is', null), eb('v.ends_on', '>=', today)]))
      .orderBy('v.created_at', 'desc');
    if (f.wijk) q = q.where('v.wijk_code', '=', f.wijk);
    if (f.audience) q = q.where(sql<boolean>`${f.audience} = any(v.audiences)`);
    if (f.interest)
      q = q.where(
        sql<boolean>`exists (select 1 from unnest(v.interests) i where lower(i) = ${f.interest.toLowerCase()})`,
      );
    return q.limit(200).execute();
  }

  partnerVacancies(tenantId: string, partnerId: string) {
    return this.vacancyQuery(tenantId).where('v.partner_id', '=', partnerId).orderBy('v.created_at', 'desc').execute();
  }

  vacancy(tenantId: string, id: string) {
    return this.vacancyQuery(tenantId).where('v.id', '=', id).executeTakeFirst();
  }

  insertVacancy(
    tenantId: string,
    v: {
      partnerId: string;
      title: string;
      description: string;
      wijkCode: string;
      interests: string[];
      times: TimeSlot[];
      audiences: VacancyAudience[];
      hoursPerWeek: number | null;
      endsOn: string | null;
    },
  ) {
    return this.db
      .insertInto('volunteer_vacancies')
      .values({
        tenant_id: tenantId,
        partner_id: v.partnerId,
        title: v.title,
        description: v.description,
        wijk_code: v.wijkCode,
        interests: v.interests,
        times: v.times,
        audiences: v.audiences,
        hours_per_week: v.hoursPerWeek,
        ends_on: v.endsOn,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  }

  closeVacancy(tenantId: string, id: string) {
    return this.db
      .updateTable('volunteer_vacancies')
      .set({ status: 'closed' })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .execute();
  }

  // ── volunteer profiles ──

  profileOfUser(tenantId: string, userId: string) {
    return this.db
      .selectFrom('volunteer_profiles')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
  }

  profile(tenantId: string, id: string) {
    return this.db
      .selectFrom('volunteer_profiles')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  activeProfiles(tenantId: string) {
    return this.db
      .selectFrom('volunteer_profiles')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('active', '=', true)
      .limit(2000)
      .execute();
  }

  upsertProfile(
    tenantId: string,
    userId: string,
    p: {
      displayName: string;
      about: string;
      interests: string[];
      wijkCodes: string[];
      times: TimeSlot[];
      skills: string[];
      active: boolean;
    },
  ) {
    const values = {
      display_name: p.displayName,
      about: p.about,
      interests: p.interests,
      wijk_codes: p.wijkCodes,
      times: p.times,
      skills: p.skills,
      active: p.active,
    };
    return this.db
      .insertInto('volunteer_profiles')
      .values({ tenant_id: tenantId, user_id: userId, ...values })
      .onConflict((oc) => oc.columns(['tenant_id', 'user_id']).doUpdateSet({ ...values, updated_at: new Date() }))
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /** Skills of active volunteers, with how many volunteers have each. */
  skills(tenantId: string) {
    return sql<{ skill: string; volunteers: number | string }>`
      select min(s) as skill, count(distinct p.id) as volunteers
        from volunteer_profiles p, unnest(p.skills) s
       where p.tenant_id = ${tenantId} and p.active
       group by lower(trim(s))
       order by count(distinct p.id) desc, min(s)`
      .execute(this.db)
      .then((r) => r.rows);
  }

  // ── help requests ──

  publishedHelpRequests(tenantId: string) {
    return this.db
      .selectFrom('help_requests')
      .select(['id', 'title', 'description', 'wijk_code', 'interest', 'times', 'created_at'])
      .where('tenant_id', '=', tenantId)
      .where('status', '=', 'published')
      .orderBy('created_at', 'desc')
      .limit(200)
      .execute();
  }

  helpRequestsOf(tenantId: string, userId: string) {
    return this.db
      .selectFrom('help_requests')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('author_user_id', '=', userId)
      .orderBy('created_at', 'desc')
      .execute();
  }

  pendingHelpRequests(tenantId: string) {
    return this.db
      .selectFrom('help_requests')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('status', '=', 'pending')
      .orderBy('created_at')
      .execute();
  }

  helpRequest(tenantId: string, id: string, forUpdate = false) {
    let q = this.db.selectFrom('help_requests').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id);
    if (forUpdate) q = q.forUpdate();
    return q.executeTakeFirst();
  }

  insertHelpRequest(
    tenantId: string,
    h: {
      authorUserId: string;
      title: string;
      description: string;
      wijkCode: string;
      interest: string;
      times: TimeSlot[];
    },
  ) {
    return this.db
      .insertInto('help_requests')
      .values({
        tenant_id: tenantId,
        author_user_id: h.authorUserId,
        title: h.title,
        description: h.description,
        wijk_code: h.wijkCode,
        interest: h.interest,
        times: h.times,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  moderateHelpRequest(
    tenantId: string,
    id: string,
    m: { status: 'published' | 'rejected'; reason: string | null; by: string },
  ) {
    return this.db
      .updateTable('help_requests')
      .set({ status: m.status, moderation_reason: m.reason, moderated_by: m.by, moderated_at: new Date() })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .returningAll()
      .executeTakeFirst();
  }

  closeHelpRequest(tenantId: string, id: string) {
    return this.db
      .updateTable('help_requests')
      .set({ status: 'closed' })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .execute();
  }

  // ── matches ──

  private matchQuery(tenantId: string) {
    return this.db
      .selectFrom('volunteer_matches as m')
      .innerJoin('volunteer_profiles as vp', (j) =>
        j.onRef('vp.tenant_id', '=', 'm.tenant_id').onRef('vp.id', '=', 'm.profile_id'),
      )
      .innerJoin('users as vu', (j) => j.onRef('vu.tenant_id', '=', 'vp.tenant_id').onRef('vu.id', '=', 'vp.user_id'))
      .leftJoin('volunteer_vacancies as v', (j) =>
        j.onRef('v.tenant_id', '=', 'm.tenant_id').onRef('v.id', '=', 'm.vacancy_id'),
      )
      .leftJoin('partners as p', (j) => j.onRef('p.tenant_id', '=', 'v.tenant_id').onRef('p.id', '=', 'v.partner_id'))
      .leftJoin('help_requests as h', (j) =>
        j.onRef('h.tenant_id', '=', 'm.tenant_id').onRef('h.id', '=', 'm.help_request_id'),
      )
      .leftJoin('users as au', (j) =>
        j.onRef('au.tenant_id', '=', 'h.tenant_id').onRef('au.id', '=', 'h.author_user_id'),
      )
      .selectAll('m')
      .select([
        'vp.user_id as volunteer_user_id',
        'vp.display_name as volunteer_name',
        'vu.email as volunteer_email',
        'v.title as vacancy_title',
        'v.partner_id as vacancy_partner_id',
        'p.name as partner_name',
        'p.email as partner_email',
        'h.title as help_title',
        'h.author_user_id as author_user_id',
        'au.name as author_name',
        'au.email as author_email',
      ])
      .where('m.tenant_id', '=', tenantId);
  }

  match(tenantId: string, id: string) {
    return this.matchQuery(tenantId).where('m.id', '=', id).executeTakeFirst();
  }

  /** The matches a user takes part in: as the volunteer, as the author of the help request, or for their partner. */
  matchesOf(tenantId: string, userId: string, partnerId: string | null) {
    return this.matchQuery(tenantId)
      .where((eb) =>
        eb.or([
          eb('vp.user_id', '=', userId),
          eb('h.author_user_id', '=', userId),
          ...(partnerId ? [eb('v.partner_id', '=', partnerId)] : []),
        ]),
      )
      .orderBy('m.created_at', 'desc')
      .limit(200)
      .execute();
  }

  insertMatch(
    tenantId: string,
    m: { vacancyId: string | null; helpRequestId: string | null; profileId: string; proposedBy: MatchSide },
  ) {
    return this.db
      .insertInto('volunteer_matches')
      .values({
        tenant_id: tenantId,
        vacancy_id: m.vacancyId,
        help_request_id: m.helpRequestId,
        profile_id: m.profileId,
        proposed_by: m.proposedBy,
      })
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst();
  }

  decideMatch(tenantId: string, id: string, status: MatchStatus) {
    return this.db
      .updateTable('volunteer_matches')
      .set({ status, decided_at: new Date() })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('status', '=', 'proposed')
      .returning('id')
      .executeTakeFirst();
  }

  shareDetails(tenantId: string, id: string, side: MatchSide) {
    return this.db
      .updateTable('volunteer_matches')
      .set(side === 'volunteer' ? { volunteer_shares: true } : { owner_shares: true })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .execute();
  }

  insertMessage(tenantId: string, matchId: string, fromSide: MatchSide, body: string) {
    return this.db
      .insertInto('volunteer_messages')
      .values({ tenant_id: tenantId, match_id: matchId, from_side: fromSide, body })
      .execute();
  }

  messages(tenantId: string, matchIds: string[]) {
    if (matchIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('volunteer_messages')
      .select(['match_id', 'from_side', 'body', 'created_at'])
      .where('tenant_id', '=', tenantId)
      .where('match_id', 'in', matchIds)
      .orderBy('created_at')
      .execute();
  }
}
