import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { CampaignsTable, LeadStage, RecruitmentLeadsTable, RelationshipNoteKind } from './recruitment.tables.ts';
import './recruitment.tables.ts';

/** Queries of the recruitment board, the campaign calendar and the promotion material. Every query filters by tenant. */
export class RecruitmentRepository {
  constructor(private readonly db: Db) {}

  private leadQuery(tenantId: string) {
    return this.db
      .selectFrom('recruitment_leads as l')
      .leftJoin('routes as r', (j) => j.onRef('r.tenant_id', '=', 'l.tenant_id').onRef('r.id', '=', 'l.route_id'))
      .leftJoin('wijken as w', (j) => j.onRef('w.tenant_id', '=', 'l.tenant_id').onRef('w.code', '=', 'l.wijk_code'))
      .leftJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'l.tenant_id').onRef('u.id', '=', 'l.owner_user_id'))
      .where('l.tenant_id', '=', tenantId)
      .selectAll('l')
      .select(['r.name as route_name', 'r.slug as route_slug', 'w.name as wijk_name', 'u.name as owner_name']);
  }

  listLeads(
    tenantId: string,
    filter: {
      stage?: LeadStage | undefined;
      routeId?: string | undefined;
      wijkCodes?: readonly string[] | undefined;
      q?: string | undefined;
    },
  ) {
    let query = this.leadQuery(tenantId);
    if (filter.stage) query = query.where('l.stage', '=', filter.stage);
    if (filter.routeId) query = query.where('l.route_id', '=', filter.routeId);
    if (filter.wijkCodes) {
      if (filter.wijkCodes.length === 0) return Promise.resolve([]);
      query = query.where('l.wijk_code', 'in', filter.wijkCodes);
    }
    if (filter.q) query = query.where('l.name', 'ilike', `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    return query
      .orderBy('l.next_step_on', (o) => o.asc().nullsLast())
      .orderBy('l.name')
      .limit(1000)
      .execute();
  }

  findLead(tenantId: string, id: string) {
    return this.leadQuery(tenantId).where('l.id', '=', id).executeTakeFirst();
  }

  lockLead(tenantId: string, id: string) {
    return this.db
      .selectFrom('recruitment_leads')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
  }

  insertLead(values: Insertable<RecruitmentLeadsTable>) {
    return this.db.insertInto('recruitment_leads').values(values).returning(['id']).executeTakeFirstOrThrow();
  }

  /** Inserts a lead with a source reference unless one with that source and reference exists; undefined then. */
  insertLeadOnce(values: Insertable<RecruitmentLeadsTable> & { source: string; source_ref: string }) {
    return this.db
      .insertInto('recruitment_leads')
      .values(values)
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'source', 'source_ref']).where('source_ref', 'is not', null).doNothing(),
      )
      .returning(['id'])
      .executeTakeFirst();
  }

  /** The leads handed in from `source` with these references. */
  leadsBySourceRef(tenantId: string, source: string, refs: string[]) {
    if (refs.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('recruitment_leads')
      .select(['id', 'source_ref'])
      .where('tenant_id', '=', tenantId)
      .where('source', '=', source)
      .where('source_ref', 'in', refs)
      .execute();
  }

  /** Changes the lead only when it is still at `version`; undefined when someone else was first. */
  updateLead(tenantId: string, id: string, version: number, values: Updateable<RecruitmentLeadsTable>) {
    return this.db
      .updateTable('recruitment_leads')
      .set({ ...values, version: sql<number>`version + 1`, updated_at: new Date() })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('version', '=', version)
      .returning(['id', 'version'])
      .executeTakeFirst();
  }

  insertEvent(values: {
    tenantId: string;
    leadId: string;
    actor: string;
    actorName: string;
    fromStage: LeadStage | null;
    toStage: LeadStage;
    comment: string | null;
  }) {
    return this.db
      .insertInto('recruitment_lead_events')
      .values({
        tenant_id: values.tenantId,
        lead_id: values.leadId,
        actor: values.actor,
        actor_name: values.actorName,
        from_stage: values.fromStage,
        to_stage: values.toStage,
        comment: values.comment,
      })
      .execute();
  }

  listEvents(tenantId: string, leadId: string) {
    return this.db
      .selectFrom('recruitment_lead_events')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('lead_id', '=', leadId)
      .orderBy('occurred_at')
      .orderBy('id')
      .execute();
  }

  async wijkCodesOf(tenantId: string, userId: string) {
    const rows = await this.db
      .selectFrom('recruitment_wijk_assignments')
      .select('wijk_code')
      .where('tenant_id', '=', tenantId)
      .where('user_id', '=', userId)
      .orderBy('wijk_code')
      .execute();
    return rows.map((r) => r.wijk_code);
  }

  listAssignments(tenantId: string) {
    return this.db
      .selectFrom('users as u')
      .leftJoin('recruitment_wijk_assignments as a', (j) =>
        j.onRef('a.tenant_id', '=', 'u.tenant_id').onRef('a.user_id', '=', 'u.id'),
      )
      .select(['u.id', 'u.name', 'u.email', 'a.wijk_code'])
      .where('u.tenant_id', '=', tenantId)
      .where('u.role', '=', 'wijkmanager')
      .orderBy('u.name')
      .execute();
  }

  async replaceAssignments(tenantId: string, userId: string, wijkCodes: readonly string[]) {
    await this.db
      .deleteFrom('recruitment_wijk_assignments')
      .where('tenant_id', '=', tenantId)
      .where('user_id', '=', userId)
      .execute();
    if (wijkCodes.length > 0)
      await this.db
        .insertInto('recruitment_wijk_assignments')
        .values(wijkCodes.map((wijk_code) => ({ tenant_id: tenantId, user_id: userId, wijk_code })))
        .execute();
  }

  findUser(tenantId: string, userId: string) {
    return this.db
      .selectFrom('users')
      .select(['id', 'name', 'role'])
      .where('tenant_id', '=', tenantId)
      .where('id', '=', userId)
      .executeTakeFirst();
  }

  /** People who can own a lead: the pass organisation and the wijkmanagers. */
  listOwners(tenantId: string) {
    return this.db
      .selectFrom('users')
      .select(['id', 'name', 'role'])
      .where('tenant_id', '=', tenantId)
      .where('role', 'in', ['org_admin', 'wijkmanager'])
      .orderBy('name')
      .execute();
  }

  routes(tenantId: string) {
    return this.db
      .selectFrom('routes')
      .select(['id', 'slug', 'name', 'color', 'is_active'])
      .where('tenant_id', '=', tenantId)
      .orderBy('sort_order')
      .orderBy('name')
      .execute();
  }

  wijken(tenantId: string) {
    return this.db
      .selectFrom('wijken')
      .select(['code', 'name'])
      .where('tenant_id', '=', tenantId)
      .orderBy('name')
      .execute();
  }

  /** Published offers valid today per route per wijk of their locations (an offer counts once per cell). */
  liveOfferCounts(tenantId: string, today: string) {
    return this.db
      .selectFrom('offers as o')
      .innerJoin('offer_routes as orr', (j) =>
        j.onRef('orr.tenant_id', '=', 'o.tenant_id').onRef('orr.offer_id', '=', 'o.id'),
      )
      .innerJoin('offer_locations as ol', (j) =>
        j.onRef('ol.tenant_id', '=', 'o.tenant_id').onRef('ol.offer_id', '=', 'o.id'),
      )
      .innerJoin('locations as loc', (j) =>
        j.onRef('loc.tenant_id', '=', 'ol.tenant_id').onRef('loc.id', '=', 'ol.location_id'),
      )
      .where('o.tenant_id', '=', tenantId)
      .where('o.status', '=', 'published')
      .where('o.valid_from', '<=', today)
      .where('o.valid_until', '>=', today)
      .select(['orr.route_id', 'loc.wijk_code', sql<number>`count(distinct o.id)::int`.as('offers')])
      .groupBy(['orr.route_id', 'loc.wijk_code'])
      .execute();
  }

  openLeadCounts(tenantId: string) {
    return this.db
      .selectFrom('recruitment_leads')
      .where('tenant_id', '=', tenantId)
      .where('stage', 'in', ['lead', 'first_conversation', 'follow_up'])
      .where('route_id', 'is not', null)
      .where('wijk_code', 'is not', null)
      .select(['route_id', 'wijk_code', sql<number>`count(*)::int`.as('leads')])
      .groupBy(['route_id', 'wijk_code'])
      .execute();
  }

  routeById(tenantId: string, id: string) {
    return this.db
      .selectFrom('routes')
      .select(['id', 'slug', 'name', 'color', 'description'])
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  routeBySlug(tenantId: string, slug: string) {
    return this.db
      .selectFrom('routes')
      .select(['id', 'slug', 'name', 'color', 'description'])
      .where('tenant_id', '=', tenantId)
      .where('slug', '=', slug)
      .executeTakeFirst();
  }

  wijkByCode(tenantId: string, code: string) {
    return this.db
      .selectFrom('wijken')
      .select(['code', 'name'])
      .where('tenant_id', '=', tenantId)
      .where('code', '=', code)
      .executeTakeFirst();
  }

  tenant(tenantId: string) {
    return this.db
      .selectFrom('tenants')
      .select(['id', 'name', 'pass_name', 'theme'])
      .where('id', '=', tenantId)
      .executeTakeFirstOrThrow();
  }

  /** Live offers for the promotion material, with their provider and the wijken of their locations. */
  liveOffers(
    tenantId: string,
    today: string,
    filter: { routeId?: string; wijkCode?: string; providerId?: string; offerId?: string },
  ) {
    let query = this.db
      .selectFrom('offers as o')
      .innerJoin('providers as p', (j) =>
        j.onRef('p.tenant_id', '=', 'o.tenant_id').onRef('p.id', '=', 'o.provider_id'),
      )
      .where('o.tenant_id', '=', tenantId)
      .where('o.status', '=', 'published')
      .where('o.valid_from', '<=', today)
      .where('o.valid_until', '>=', today)
      .select([
        'o.id',
        'o.title',
        'o.summary',
        'o.price_type',
        'o.regular_price_cents',
        'o.discount_percent',
        'o.amount_off_cents',
        'o.fixed_price_cents',
        'o.valid_until',
        'p.id as provider_id',
        'p.name as provider_name',
        'p.kind as provider_kind',
      ]);
    if (filter.routeId) {
      const routeId = filter.routeId;
      query = query.where((eb) =>
        eb.exists(
          eb
            .selectFrom('offer_routes as orr')
            .select('orr.offer_id')
            .whereRef('orr.tenant_id', '=', 'o.tenant_id')
            .whereRef('orr.offer_id', '=', 'o.id')
            .where('orr.route_id', '=', routeId),
        ),
      );
    }
    if (filter.wijkCode) {
      const wijkCode = filter.wijkCode;
      query = query.where((eb) =>
        eb.exists(
          eb
            .selectFrom('offer_locations as ol')
            .innerJoin('locations as loc', (j) =>
              j.onRef('loc.tenant_id', '=', 'ol.tenant_id').onRef('loc.id', '=', 'ol.location_id'),
            )
            .select('ol.offer_id')
            .whereRef('ol.tenant_id', '=', 'o.tenant_id')
            .whereRef('ol.offer_id', '=', 'o.id')
            .where('loc.wijk_code', '=', wijkCode),
        ),
      );
    }
    if (filter.providerId) query = query.where('o.provider_id', '=', filter.providerId);
    if (filter.offerId) query = query.where('o.id', '=', filter.offerId);
    return query.orderBy('p.name').orderBy('o.title').limit(200).execute();
  }

  provider(tenantId: string, providerId: string) {
    return this.db
      .selectFrom('providers')
      .select(['id', 'name', 'kind', 'status'])
      .where('tenant_id', '=', tenantId)
      .where('id', '=', providerId)
      .executeTakeFirst();
  }

  offerProvider(tenantId: string, offerId: string) {
    return this.db
      .selectFrom('offers')
      .select(['id', 'provider_id', 'status'])
      .where('tenant_id', '=', tenantId)
      .where('id', '=', offerId)
      .executeTakeFirst();
  }

  // Campaigns

  insertCampaign(values: Insertable<CampaignsTable>) {
    return this.db.insertInto('campaigns').values(values).returning(['id']).executeTakeFirstOrThrow();
  }

  updateCampaign(tenantId: string, id: string, values: Updateable<CampaignsTable>) {
    return this.db
      .updateTable('campaigns')
      .set(values)
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .returning(['id'])
      .executeTakeFirst();
  }

  deleteCampaign(tenantId: string, id: string) {
    return this.db
      .deleteFrom('campaigns')
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .returning(['id'])
      .executeTakeFirst();
  }

  private campaignQuery(tenantId: string) {
    return this.db
      .selectFrom('campaigns as c')
      .leftJoin('routes as r', (j) => j.onRef('r.tenant_id', '=', 'c.tenant_id').onRef('r.id', '=', 'c.route_id'))
      .where('c.tenant_id', '=', tenantId)
      .selectAll('c')
      .select(['r.name as route_name', 'r.slug as route_slug', 'r.color as route_color']);
  }

  listCampaigns(tenantId: string, from: string, to: string) {
    return this.campaignQuery(tenantId)
      .where('c.starts_on', '<=', to)
      .where('c.ends_on', '>=', from)
      .orderBy('c.starts_on')
      .orderBy('c.name')
      .execute();
  }

  findCampaign(tenantId: string, id: string) {
    return this.campaignQuery(tenantId).where('c.id', '=', id).executeTakeFirst();
  }

  /** What happened in a period (and on a route): the campaign's results from the platform's own data. */
  async periodResults(tenantId: string, from: string, to: string, routeId: string | null) {
    const end = sql<Date>`(${to}::date + 1)::timestamp at time zone 'Europe/Amsterdam'`;
    const startAt = sql<Date>`${from}::date::timestamp at time zone 'Europe/Amsterdam'`;
    let joined = this.db
      .selectFrom('recruitment_leads')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('tenant_id', '=', tenantId)
      .where('stage', '=', 'joined')
      .where('joined_at', '>=', startAt)
      .where('joined_at', '<', end);
    if (routeId) joined = joined.where('route_id', '=', routeId);

    let published = this.db
      .selectFrom('offer_events as e')
      .select(sql<number>`count(distinct e.offer_id)::int`.as('n'))
      .where('e.tenant_id', '=', tenantId)
      .where('e.action', '=', 'approved')
      .where('e.occurred_at', '>=', startAt)
      .where('e.occurred_at', '<', end);
    if (routeId)
      published = published.where((eb) =>
        eb.exists(
          eb
            .selectFrom('offer_routes as orr')
            .select('orr.offer_id')
            .whereRef('orr.tenant_id', '=', 'e.tenant_id')
            .whereRef('orr.offer_id', '=', 'e.offer_id')
            .where('orr.route_id', '=', routeId),
        ),
      );

    let redeemed = this.db
      .selectFrom('redemptions as rd')
      .select([sql<number>`count(*)::int`.as('n'), sql<number>`count(distinct rd.pass_id)::int`.as('people')])
      .where('rd.tenant_id', '=', tenantId)
      .where('rd.cancelled_at', 'is', null)
      .where('rd.created_at', '>=', startAt)
      .where('rd.created_at', '<', end);
    if (routeId)
      redeemed = redeemed.where((eb) =>
        eb.exists(
          eb
            .selectFrom('offer_routes as orr')
            .select('orr.offer_id')
            .whereRef('orr.tenant_id', '=', 'rd.tenant_id')
            .whereRef('orr.offer_id', '=', 'rd.offer_id')
            .where('orr.route_id', '=', routeId),
        ),
      );

    const sold = this.db
      .selectFrom('pass_order_items as i')
      .innerJoin('pass_orders as po', (j) =>
        j.onRef('po.tenant_id', '=', 'i.tenant_id').onRef('po.id', '=', 'i.order_id'),
      )
      .select(sql<number>`count(*)::int`.as('n'))
      .where('i.tenant_id', '=', tenantId)
      .where('po.paid_at', 'is not', null)
      .where('po.refunded_at', 'is', null)
      .where('po.paid_at', '>=', startAt)
      .where('po.paid_at', '<', end);

    const [j, p, r, s] = await Promise.all([
      joined.executeTakeFirstOrThrow(),
      published.executeTakeFirstOrThrow(),
      redeemed.executeTakeFirstOrThrow(),
      sold.executeTakeFirstOrThrow(),
    ]);
    return { providersJoined: j.n, offersPublished: p.n, redemptions: r.n, holdersReached: r.people, passesSold: s.n };
  }

  // Relationship notes

  insertNote(values: {
    tenantId: string;
    providerId: string;
    kind: RelationshipNoteKind;
    notedOn: string;
    body: string;
    createdBy: string;
  }) {
    return this.db
      .insertInto('provider_relationship_notes')
      .values({
        tenant_id: values.tenantId,
        provider_id: values.providerId,
        kind: values.kind,
        noted_on: values.notedOn,
        body: values.body,
        created_by: values.createdBy,
      })
      .returning(['id'])
      .executeTakeFirstOrThrow();
  }

  listNotes(tenantId: string, providerId: string) {
    return this.db
      .selectFrom('provider_relationship_notes')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('provider_id', '=', providerId)
      .orderBy('noted_on', 'desc')
      .orderBy('created_at', 'desc')
      .execute();
  }

  /** Stille Krachten with their live offers and the latest relationship note. */
  stilleKrachten(tenantId: string, today: string) {
    return this.db
      .selectFrom('providers as p')
      .where('p.tenant_id', '=', tenantId)
      .where('p.kind', '=', 'stille_kracht')
      .select((eb) => [
        'p.id',
        'p.name',
        'p.status',
        eb
          .selectFrom('offers as o')
          .select(sql<number>`count(*)::int`.as('n'))
          .whereRef('o.tenant_id', '=', 'p.tenant_id')
          .whereRef('o.provider_id', '=', 'p.id')
          .where('o.status', '=', 'published')
          .where('o.valid_until', '>=', today)
          .as('live_offers'),
        eb
          .selectFrom('provider_relationship_notes as n')
          .select('n.noted_on')
          .whereRef('n.tenant_id', '=', 'p.tenant_id')
          .whereRef('n.provider_id', '=', 'p.id')
          .orderBy('n.noted_on', 'desc')
          .limit(1)
          .as('last_contact_on'),
      ])
      .orderBy('p.name')
      .execute();
  }

  /**
   * Providers that earn the social-credit mark: a live free offer or a kansentarief, or a received
   * sponsor contribution. Reads offers and sponsorship only; never redemptions.
   */
  socialCredits(tenantId: string, today: string) {
    return this.db
      .selectFrom('providers as p')
      .where('p.tenant_id', '=', tenantId)
      .where('p.status', '=', 'active')
      .select((eb) => [
        'p.id',
        'p.name',
        'p.kind',
        eb
          .exists(
            eb
              .selectFrom('offers as o')
              .select('o.id')
              .whereRef('o.tenant_id', '=', 'p.tenant_id')
              .whereRef('o.provider_id', '=', 'p.id')
              .where('o.status', '=', 'published')
              .where('o.valid_from', '<=', today)
              .where('o.valid_until', '>=', today)
              .where((w) => w.or([w('o.price_type', '=', 'free'), w('o.reduced_price_cents', 'is not', null)])),
          )
          .as('gives'),
        eb
          .exists(
            eb
              .selectFrom('sponsors as s')
              .innerJoin('sponsor_pledges as sp', (j) =>
                j.onRef('sp.tenant_id', '=', 's.tenant_id').onRef('sp.sponsor_id', '=', 's.id'),
              )
              .innerJoin('sponsor_receipts as sr', (j) =>
                j.onRef('sr.tenant_id', '=', 'sp.tenant_id').onRef('sr.pledge_id', '=', 'sp.id'),
              )
              .select('s.id')
              .whereRef('s.tenant_id', '=', 'p.tenant_id')
              .whereRef('s.provider_id', '=', 'p.id'),
          )
          .as('sponsors'),
      ])
      .orderBy('p.name')
      .execute();
  }
}
