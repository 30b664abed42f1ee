import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import './feedback.tables.ts';
import type { SurveyAudience, SurveyStatus } from './feedback.tables.ts';
import type { Answers, SurveyQuestion } from './survey-rules.ts';

export type SurveyRow = NonNullable<Awaited<ReturnType<FeedbackRepository['findSurvey']>>>;
export type RatingRow = NonNullable<Awaited<ReturnType<FeedbackRepository['findRating']>>>;

/** Queries of the feedback module's tables. Every query filters by tenant. */
export class FeedbackRepository {
  constructor(private readonly db: Kysely<DB>) {}

  // ---- surveys ----

  findSurvey(tenantId: string, id: string) {
    return this.db
      .selectFrom('surveys')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  listSurveys(tenantId: string) {
    return this.db
      .selectFrom('surveys as s')
      .selectAll('s')
      .select((eb) =>
        eb
          .selectFrom('survey_responses as r')
          .select(eb.fn.countAll<string>().as('n'))
          .whereRef('r.tenant_id', '=', 's.tenant_id')
          .whereRef('r.survey_id', '=', 's.id')
          .as('responses'),
      )
      .where('s.tenant_id', '=', tenantId)
      .orderBy('s.created_at', 'desc')
      .orderBy('s.id')
      .execute();
  }

  seriesRounds(tenantId: string, seriesId: string) {
    return this.db
      .selectFrom('surveys')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('series_id', '=', seriesId)
      .orderBy('round')
      .execute();
  }

  insertSurvey(
    tenantId: string,
    values: {
      seriesId: string;
      round: number;
      title: string;
      intro: string;
      audience: SurveyAudience;
      questions: SurveyQuestion[];
      createdBy: string;
    },
  ) {
    return this.db
      .insertInto('surveys')
      .values({
        tenant_id: tenantId,
        series_id: values.seriesId,
        round: values.round,
        title: values.title,
        intro: values.intro,
        audience: values.audience,
        questions: JSON.stringify(values.questions),
        created_by: values.createdBy,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  }

  /** Only while it is a draft; undefined otherwise. */
  updateDraft(
    tenantId: string,
    id: string,
    values: { title: string; intro: string; audience: SurveyAudience; questions: SurveyQuestion[] },
  ) {
    return this.db
      .updateTable('surveys')
      .set({
        title: values.title,
        intro: values.intro,
        audience: values.audience,
        questions: JSON.stringify(values.questions),
      })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('status', '=', 'draft')
      .returning('id')
      .executeTakeFirst();
  }

  setStatus(tenantId: string, id: string, from: SurveyStatus, to: SurveyStatus) {
    return this.db
      .updateTable('surveys')
      .set(to === 'open' ? { status: to, opened_at: new Date() } : { status: to, closed_at: new Date() })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('status', '=', from)
      .returning('id')
      .executeTakeFirst();
  }

  /** Appends a question to a draft (a question a service or partner put to the panel). */
  appendQuestion(tenantId: string, id: string, question: SurveyQuestion) {
    return this.db
      .updateTable('surveys')
      .set({ questions: sql`questions || ${JSON.stringify([question])}::jsonb` as never })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('status', '=', 'draft')
      .returning('id')
      .executeTakeFirst();
  }

  // ---- responses ----

  /** undefined when this guard already answered this survey. */
  insertResponse(
    tenantId: string,
    values: {
      surveyId: string;
      answeredOn: string;
      source: 'link' | 'qr' | 'panel';
      wijkCode: string | null;
      ageBand: string | null;
      householdType: string | null;
      answers: Answers;
      guardHash: string;
      providerId: string | null;
    },
  ) {
    return this.db
      .insertInto('survey_responses')
      .values({
        tenant_id: tenantId,
        survey_id: values.surveyId,
        answered_on: values.answeredOn,
        source: values.source,
        wijk_code: values.wijkCode,
        age_band: values.ageBand,
        household_type: values.householdType,
        answers: JSON.stringify(values.answers),
        guard_hash: values.guardHash,
        provider_id: values.providerId,
      })
      .onConflict((oc) => oc.columns(['tenant_id', 'survey_id', 'guard_hash']).doNothing())
      .returning('id')
      .executeTakeFirst();
  }

  responsesOf(tenantId: string, surveyIds: string[]) {
    if (surveyIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('survey_responses')
      .select(['id', 'survey_id', 'wijk_code', 'age_band', 'household_type', 'answers', 'provider_id'])
      .where('tenant_id', '=', tenantId)
      .where('survey_id', 'in', surveyIds)
      .execute();
  }

  insertInterviewContact(tenantId: string, surveyId: string, name: string, contact: string, on: string) {
    return this.db
      .insertInto('survey_interview_contacts')
      .values({ tenant_id: tenantId, survey_id: surveyId, name, contact, created_on: on })
      .execute();
  }

  interviewContacts(tenantId: string, surveyId: string) {
    return this.db
      .selectFrom('survey_interview_contacts')
      .select(['id', 'name', 'contact', 'created_on'])
      .where('tenant_id', '=', tenantId)
      .where('survey_id', '=', surveyId)
      .orderBy('created_on')
      .orderBy('name')
      .execute();
  }

  /** Open answers with their coded needs. Nothing else of the response goes along. */
  openAnswers(tenantId: string, surveyId: string) {
    return this.db
      .selectFrom('survey_responses as r')
      .leftJoin('providers as p', (j) => j.onRef('p.tenant_id', '=', 'r.tenant_id').onRef('p.id', '=', 'r.provider_id'))
      .select(['r.id', 'r.answers', 'p.name as provider_name'])
      .select((eb) =>
        eb
          .selectFrom('need_codings as c')
          .select(sql<string[]>`coalesce(array_agg(c.question_id || ':' || c.need_id::text), '{}')`.as('codes'))
          .whereRef('c.tenant_id', '=', 'r.tenant_id')
          .whereRef('c.response_id', '=', 'r.id')
          .as('codes'),
      )
      .where('r.tenant_id', '=', tenantId)
      .where('r.survey_id', '=', surveyId)
      .orderBy('r.id')
      .execute();
  }

  findResponse(tenantId: string, id: string) {
    return this.db
      .selectFrom('survey_responses')
      .select(['id', 'survey_id', 'answers'])
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async setCodings(tenantId: string, responseId: string, questionId: string, needIds: string[]) {
    await this.db
      .deleteFrom('need_codings')
      .where('tenant_id', '=', tenantId)
      .where('response_id', '=', responseId)
      .where('question_id', '=', questionId)
      .execute();
    if (needIds.length > 0)
      await this.db
        .insertInto('need_codings')
        .values(
          needIds.map((need_id) => ({
            tenant_id: tenantId,
            response_id: responseId,
            question_id: questionId,
            need_id,
          })),
        )
        .execute();
  }

  // ---- needs ----

  listNeeds(tenantId: string) {
    return this.db
      .selectFrom('needs as n')
      .select(['n.id', 'n.title', 'n.description'])
      .select((eb) => [
        eb
          .selectFrom('need_codings as c')
          .select(sql<string>`count(distinct c.response_id)`.as('n'))
          .whereRef('c.tenant_id', '=', 'n.tenant_id')
          .whereRef('c.need_id', '=', 'n.id')
          .as('answers'),
      ])
      .where('n.tenant_id', '=', tenantId)
      .orderBy('n.title')
      .execute();
  }

  countNeeds(tenantId: string, ids: string[]) {
    if (ids.length === 0) return Promise.resolve(0);
    return this.db
      .selectFrom('needs')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('tenant_id', '=', tenantId)
      .where('id', 'in', ids)
      .executeTakeFirstOrThrow()
      .then((r) => Number(r.n));
  }

  insertNeed(tenantId: string, title: string, description: string) {
    return this.db
      .insertInto('needs')
      .values({ tenant_id: tenantId, title, description })
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst();
  }

  findNeed(tenantId: string, id: string) {
    return this.db
      .selectFrom('needs')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /**
   * The open answers of providers' surveys coded with this need: their conceivable offers, with the
   * name of the provider when one answered logged in.
   */
  async providerSuggestions(tenantId: string, needId: string) {
    const rows = await this.db
      .selectFrom('need_codings as c')
      .innerJoin('survey_responses as r', (j) =>
        j.onRef('r.tenant_id', '=', 'c.tenant_id').onRef('r.id', '=', 'c.response_id'),
      )
      .innerJoin('surveys as s', (j) => j.onRef('s.tenant_id', '=', 'r.tenant_id').onRef('s.id', '=', 'r.survey_id'))
      .leftJoin('providers as p', (j) => j.onRef('p.tenant_id', '=', 'r.tenant_id').onRef('p.id', '=', 'r.provider_id'))
      .select(['c.question_id', 'r.answers', 'p.name as provider_name'])
      .where('c.tenant_id', '=', tenantId)
      .where('c.need_id', '=', needId)
      .where('s.audience', '=', 'providers')
      .orderBy('r.answered_on')
      .orderBy('r.id')
      .execute();
    return rows.flatMap((row) => {
      const text = row.answers[row.question_id];
      return typeof text === 'string' ? [{ text, providerName: row.provider_name }] : [];
    });
  }

  /** The published offers that meet each need, with the wijken of their locations. */
  needOffers(tenantId: string) {
    return this.db
      .selectFrom('need_offers as no')
      .innerJoin('offers as o', (j) => j.onRef('o.tenant_id', '=', 'no.tenant_id').onRef('o.id', '=', 'no.offer_id'))
      .select(['no.need_id', 'o.id as offer_id', 'o.title', 'o.status'])
      .select((eb) =>
        eb
          .selectFrom('offer_locations as ol')
          .innerJoin('locations as l', (j) =>
            j.onRef('l.tenant_id', '=', 'ol.tenant_id').onRef('l.id', '=', 'ol.location_id'),
          )
          .select(sql<string[]>`coalesce(array_agg(distinct l.wijk_code), '{}')`.as('w'))
          .whereRef('ol.tenant_id', '=', 'o.tenant_id')
          .whereRef('ol.offer_id', '=', 'o.id')
          .as('wijken'),
      )
      .where('no.tenant_id', '=', tenantId)
      .orderBy('o.title')
      .execute();
  }

  async setNeedOffers(tenantId: string, needId: string, offerIds: string[]) {
    await this.db.deleteFrom('need_offers').where('tenant_id', '=', tenantId).where('need_id', '=', needId).execute();
    if (offerIds.length > 0)
      await this.db
        .insertInto('need_offers')
        .values(offerIds.map((offer_id) => ({ tenant_id: tenantId, need_id: needId, offer_id })))
        .execute();
  }

  countOffers(tenantId: string, ids: string[]) {
    if (ids.length === 0) return Promise.resolve(0);
    return this.db
      .selectFrom('offers')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('tenant_id', '=', tenantId)
      .where('id', 'in', ids)
      .executeTakeFirstOrThrow()
      .then((r) => Number(r.n));
  }

  wijken(tenantId: string) {
    return this.db
      .selectFrom('wijken')
      .select(['code', 'name'])
      .where('tenant_id', '=', tenantId)
      .orderBy('name')
      .execute();
  }

  // ---- ratings ----

  /** undefined when this redemption was rated already (also by a parallel request). */
  insertRating(
    tenantId: string,
    values: {
      redemptionId: string;
      offerId: string;
      providerId: string;
      holderId: string;
      stars: number;
      body: string;
    },
  ) {
    return this.db
      .insertInto('offer_ratings')
      .values({
        tenant_id: tenantId,
        redemption_id: values.redemptionId,
        offer_id: values.offerId,
        provider_id: values.providerId,
        holder_id: values.holderId,
        stars: values.stars,
        body: values.body,
        text_status: values.body === '' ? 'none' : 'pending',
      })
      .onConflict((oc) => oc.columns(['tenant_id', 'redemption_id']).doNothing())
      .returning('id')
      .executeTakeFirst();
  }

  private ratings(tenantId: string) {
    return this.db
      .selectFrom('offer_ratings as r')
      .innerJoin('offers as o', (j) => j.onRef('o.tenant_id', '=', 'r.tenant_id').onRef('o.id', '=', 'r.offer_id'))
      .innerJoin('providers as p', (j) =>
        j.onRef('p.tenant_id', '=', 'r.tenant_id').onRef('p.id', '=', 'r.provider_id'),
      )
      .selectAll('r')
      .select(['o.title as offer_title', 'p.name as provider_name'])
      .where('r.tenant_id', '=', tenantId);
  }

  findRating(tenantId: string, id: string) {
    return this.ratings(tenantId).where('r.id', '=', id).executeTakeFirst();
  }

  ratingsOfHolder(tenantId: string, holderId: string) {
    return this.ratings(tenantId).where('r.holder_id', '=', holderId).orderBy('r.created_at', 'desc').execute();
  }

  ratingsOfProvider(tenantId: string, providerId: string) {
    return this.ratings(tenantId)
      .where('r.provider_id', '=', providerId)
      .orderBy('r.created_at', 'desc')
      .limit(200)
      .execute();
  }

  pendingRatings(tenantId: string) {
    return this.ratings(tenantId).where('r.text_status', '=', 'pending').orderBy('r.created_at').limit(200).execute();
  }

  moderate(tenantId: string, id: string, status: 'approved' | 'rejected', by: string) {
    return this.db
      .updateTable('offer_ratings')
      .set({ text_status: status, moderated_at: new Date(), moderated_by: by })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('text_status', '=', 'pending')
      .returning('id')
      .executeTakeFirst();
  }

  reply(tenantId: string, id: string, providerId: string, reply: string) {
    return this.db
      .updateTable('offer_ratings')
      .set({ reply, replied_at: new Date() })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('provider_id', '=', providerId)
      .returning('id')
      .executeTakeFirst();
  }

  ratingSummary(tenantId: string, offerId: string) {
    return this.db
      .selectFrom('offer_ratings')
      .select((eb) => [eb.fn.countAll<string>().as('n'), eb.fn.avg<string>('stars').as('avg')])
      .where('tenant_id', '=', tenantId)
      .where('offer_id', '=', offerId)
      .executeTakeFirstOrThrow();
  }

  approvedTexts(tenantId: string, offerId: string) {
    return this.db
      .selectFrom('offer_ratings')
      .select(['id', 'body', 'reply', 'created_at'])
      .where('tenant_id', '=', tenantId)
      .where('offer_id', '=', offerId)
      .where('text_status', '=', 'approved')
      .orderBy('created_at', 'desc')
      .limit(20)
      .execute();
  }

  // ---- suggestions ----

  insertSuggestion(
    tenantId: string,
    values: { kind: 'new_offer' | 'improvement'; message: string; contactEmail: string | null },
  ) {
    return this.db
      .insertInto('suggestions')
      .values({ tenant_id: tenantId, kind: values.kind, message: values.message, contact_email: values.contactEmail })
      .returning(['id', 'created_at'])
      .executeTakeFirstOrThrow();
  }

  listSuggestions(tenantId: string) {
    return this.db
      .selectFrom('suggestions')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .orderBy('status')
      .orderBy('created_at', 'desc')
      .limit(200)
      .execute();
  }

  markSuggestionHandled(tenantId: string, id: string) {
    return this.db
      .updateTable('suggestions')
      .set({ status: 'handled' })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .returning('id')
      .executeTakeFirst();
  }

  // ---- the panel ----

  findMember(tenantId: string, holderId: string) {
    return this.db
      .selectFrom('panel_members')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('holder_id', '=', holderId)
      .executeTakeFirst();
  }

  join(tenantId: string, holderId: string, consentVersion: number) {
    return this.db
      .insertInto('panel_members')
      .values({ tenant_id: tenantId, holder_id: holderId, consent_version: consentVersion })
      .onConflict((oc) => oc.columns(['tenant_id', 'holder_id']).doUpdateSet({ consent_version: consentVersion }))
      .execute();
  }

  async leave(tenantId: string, holderId: string) {
    await this.db
      .deleteFrom('panel_members')
      .where('tenant_id', '=', tenantId)
      .where('holder_id', '=', holderId)
      .execute();
    // Invitations forget who they went to; their counts stay for the response rates.
    await this.db
      .updateTable('panel_invitations')
      .set({ holder_id: null })
      .where('tenant_id', '=', tenantId)
      .where('holder_id', '=', holderId)
      .execute();
  }

  countMembers(tenantId: string) {
    return this.db
      .selectFrom('panel_members')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('tenant_id', '=', tenantId)
      .executeTakeFirstOrThrow()
      .then((r) => Number(r.n));
  }

  /**
   * A random sample of members with an e-mail address, in the wijken and target groups asked
   * (target group: the category of the member's own active pass), not yet invited to this survey.
   */
  drawSample(
    tenantId: string,
    surveyId: string,
    filter: { wijkCodes: string[]; targetGroups: string[]; size: number },
  ) {
    let query = this.db
      .selectFrom('panel_members as m')
      .innerJoin('holders as h', (j) => j.onRef('h.tenant_id', '=', 'm.tenant_id').onRef('h.id', '=', 'm.holder_id'))
      .innerJoin('passes as p', (j) =>
        j
          .onRef('p.tenant_id', '=', 'h.tenant_id')
          .onRef('p.holder_id', '=', 'h.id')
          .on('p.status', '=', 'active')
          .on('p.parent_pass_id', 'is', null),
      )
      .select(['h.id as holder_id', 'h.email', 'h.wijk_code', sql<string>`min(p.category)`.as('target_group')])
      .where('m.tenant_id', '=', tenantId)
      .where('h.email', 'is not', null)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('panel_invitations as i')
              .select('i.id')
              .whereRef('i.tenant_id', '=', 'm.tenant_id')
              .whereRef('i.holder_id', '=', 'm.holder_id')
              .where('i.survey_id', '=', surveyId),
          ),
        ),
      );
    if (filter.wijkCodes.length > 0) query = query.where('h.wijk_code', 'in', filter.wijkCodes);
    if (filter.targetGroups.length > 0)
      query = query.where('p.category', 'in', filter.targetGroups as ('regular' | 'low_income' | 'carer' | 'child')[]);
    return query
      .groupBy(['h.id', 'h.email', 'h.wijk_code'])
      .orderBy(sql`random()`)
      .limit(filter.size)
      .execute();
  }

  insertInvitations(
    tenantId: string,
    rows: {
      surveyId: string;
      holderId: string;
      wijkCode: string | null;
      targetGroup: string;
      tokenHash: string;
      on: string;
    }[],
  ) {
    if (rows.length === 0) return Promise.resolve();
    return this.db
      .insertInto('panel_invitations')
      .values(
        rows.map((r) => ({
          tenant_id: tenantId,
          survey_id: r.surveyId,
          holder_id: r.holderId,
          wijk_code: r.wijkCode,
          target_group: r.targetGroup,
          token_hash: r.tokenHash,
          invited_on: r.on,
        })),
      )
      .execute()
      .then(() => undefined);
  }

  /** Marks the invitation answered, once: undefined when it is unknown or used. */
  useInvitation(tenantId: string, surveyId: string, tokenHash: string, on: string) {
    return this.db
      .updateTable('panel_invitations')
      .set({ responded_on: on })
      .where('tenant_id', '=', tenantId)
      .where('survey_id', '=', surveyId)
      .where('token_hash', '=', tokenHash)
      .where('responded_on', 'is', null)
      .returning('id')
      .executeTakeFirst();
  }

  invitationsOf(tenantId: string, surveyId: string) {
    return this.db
      .selectFrom('panel_invitations')
      .select(['wijk_code', 'target_group', 'responded_on'])
      .where('tenant_id', '=', tenantId)
      .where('survey_id', '=', surveyId)
      .execute();
  }

  insertPanelQuestion(tenantId: string, values: { organisation: string; question: string; submittedBy: string }) {
    return this.db
      .insertInto('panel_questions')
      .values({
        tenant_id: tenantId,
        organisation: values.organisation,
        question: values.question,
        submitted_by: values.submittedBy,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  listPanelQuestions(tenantId: string) {
    return this.db
      .selectFrom('panel_questions')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .orderBy('created_at', 'desc')
      .limit(200)
      .execute();
  }

  decidePanelQuestion(tenantId: string, id: string, status: 'accepted' | 'declined', surveyId: string | null) {
    return this.db
      .updateTable('panel_questions')
      .set({ status, survey_id: surveyId, decided_at: new Date() })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('status', '=', 'submitted')
      .returningAll()
      .executeTakeFirst();
  }
}
