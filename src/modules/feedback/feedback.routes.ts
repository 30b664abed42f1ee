import { Type, type TSchema } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { FixedWindowLimiter } from '../../http/rate-limit.ts';
import { problemResponses, Uuid } from '../../http/schemas.ts';
import { DomainError } from '../../shared/errors.ts';
import { DisclosedFigure } from '../insight/insight.schemas.ts';
import {
  presentAdminSurvey,
  presentModerationRating,
  presentOwnRateable,
  presentPanelQuestion,
  presentProviderRating,
  presentPublicSurvey,
  presentSuggestion,
} from './feedback.presenter.ts';
import {
  AdminSurvey,
  GroupByQuery,
  InterviewContact,
  ModerationDecision,
  ModerationRating,
  Need,
  NeedCoding,
  NeedInput,
  NeedLead,
  NeedLeadInput,
  NeedOffersInput,
  NewPanelQuestion,
  NewRating,
  NewSuggestion,
  NewSurveyResponse,
  OfferRatingSummary,
  OpenAnswer,
  OwnRateable,
  PanelJoin,
  PanelMembership,
  PanelQuestion,
  PanelQuestionDecision,
  PanelResponse,
  PanelSampleInput,
  PanelSampleResult,
  ProviderRating,
  PublicSurvey,
  RatingReply,
  Suggestion,
  SurveyInput,
  SurveyResults,
} from './feedback.schemas.ts';
import { PanelService } from './panel.service.ts';
import { RatingsService } from './ratings.service.ts';
import { SurveysService } from './surveys.service.ts';

const security = [{ sessionCookie: [] }];
const anyoneSecurity: Record<string, string[]>[] = [{ sessionCookie: [] }, {}];
const SurveyParams = Type.Object({ surveyId: Uuid });
const Items = <T extends TSchema>(item: T) => Type.Object({ items: Type.Array(item) });
const pdfResponse = {
  description: 'PDF',
  content: { 'application/pdf': { schema: Type.String({ format: 'binary' }) } },
};

/** Anonymous forms per client address (in memory: the address is never stored). */
export const FEEDBACK_LIMITS = {
  responses: { limit: 30, windowSeconds: 60 * 60 },
  suggestions: { limit: 10, windowSeconds: 60 * 60 },
};

export async function feedbackRoutes(app: App) {
  const { db } = app.deps.database;
  const surveys = new SurveysService(db, app.deps.config.publicUrl);
  const ratings = new RatingsService(db);
  const panel = new PanelService(db, app.deps.config.publicUrl);
  const limiters = {
    responses: new FixedWindowLimiter(FEEDBACK_LIMITS.responses.limit, FEEDBACK_LIMITS.responses.windowSeconds),
    suggestions: new FixedWindowLimiter(FEEDBACK_LIMITS.suggestions.limit, FEEDBACK_LIMITS.suggestions.windowSeconds),
  };
  const limit = (name: keyof typeof limiters, key: string, reply: { header(k: string, v: string): unknown }) => {
    const wait = limiters[name].retryAfter(key);
    if (wait > 0) {
      reply.header('Retry-After', String(wait));
      throw new DomainError('too-many-requests', 'Too many forms were sent from here. Try again later.');
    }
    limiters[name].hit(key);
  };

  app.addHook('onSend', async (_request, reply) => {
    reply.header('Cache-Control', 'private, no-store');
  });

  // ---- answering (anyone, no login) ----

  app.get(
    '/surveys/:surveyId',
    {
      schema: {
        tags: ['needs scan'],
        summary: 'A survey to answer: its questions as the pass organisation wrote them, and the wijken',
        operationId: 'getPublicSurvey',
        security: anyoneSecurity,
        params: SurveyParams,
        response: { 200: PublicSurvey, ...problemResponses(400, 404) },
      },
    },
    async (request) => presentPublicSurvey(await surveys.getPublic(request.principal, request.params.surveyId)),
  );

  app.post(
    '/surveys/:surveyId/responses',
    {
      schema: {
        tags: ['needs scan'],
        summary: 'Answer a survey anonymously: no login, no IP address stored, no link to a pass',
        description: `A guard token (random, kept by the browser) stops answering twice from one browser; only its hash with the survey is stored. At most ${FEEDBACK_LIMITS.responses.limit} responses per hour per client address (429). Contact details for an interview are stored apart from the answers.`,
        operationId: 'answerSurvey',
        security: anyoneSecurity,
        params: SurveyParams,
        body: NewSurveyResponse,
        response: { 204: Type.Null(), ...problemResponses(400, 403, 404, 409, 429) },
      },
    },
    async (request, reply) => {
      limit('responses', `${request.principal.tenantId}:${request.ip}`, reply);
      await surveys.respond(request.principal, request.params.surveyId, request.body);
      return reply.code(204).send(null);
    },
  );

  // ---- the survey builder (pass organisation) ----

  app.get(
    '/admin/surveys',
    {
      schema: {
        tags: ['needs scan'],
        summary: 'Every survey, newest first',
        operationId: 'listSurveys',
        security,
        response: { 200: Items(AdminSurvey), ...problemResponses(401, 403) },
      },
    },
    async (request) => ({ items: (await surveys.list(request.principal)).map(presentAdminSurvey) }),
  );

  app.post(
    '/admin/surveys',
    {
      schema: {
        tags: ['needs scan'],
        summary: 'Create a survey, as a draft (round 1 of a new series)',
        operationId: 'createSurvey',
        security,
        body: SurveyInput,
        response: { 201: AdminSurvey, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentAdminSurvey(await surveys.create(request.principal, request.body))),
  );

  app.get(
    '/admin/surveys/:surveyId',
    {
      schema: {
        tags: ['needs scan'],
        summary: 'One survey',
        operationId: 'getSurvey',
        security,
        params: SurveyParams,
        response: { 200: AdminSurvey, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => presentAdminSurvey(await surveys.get(request.principal, request.params.surveyId)),
  );

  app.put(
    '/admin/surveys/:surveyId',
    {
      schema: {
        tags: ['needs scan'],
        summary: "Replace a draft survey's title, introduction and questions",
        operationId: 'updateSurvey',
        security,
        params: SurveyParams,
        body: SurveyInput,
        response: { 200: AdminSurvey, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      presentAdminSurvey(await surveys.update(request.principal, request.params.surveyId, request.body)),
  );

  app.post(
    '/admin/surveys/:surveyId/status-changes',
    {
      schema: {
        tags: ['needs scan'],
        summary: 'Open a draft survey, or close an open one',
        operationId: 'changeSurveyStatus',
        security,
        params: SurveyParams,
        body: Type.Object(
          { status: Type.Union([Type.Literal('open'), Type.Literal('closed')]) },
          { additionalProperties: false },
        ),
        response: { 200: AdminSurvey, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      presentAdminSurvey(await surveys.setStatus(request.principal, request.params.surveyId, request.body.status)),
  );

  app.post(
    '/admin/surveys/:surveyId/next-rounds',
    {
      schema: {
        tags: ['needs scan'],
        summary: 'Start the next round of the scan: a draft with the same questions, compared with the rounds before',
        operationId: 'createSurveyRound',
        security,
        params: SurveyParams,
        response: { 201: AdminSurvey, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentAdminSurvey(await surveys.nextRound(request.principal, request.params.surveyId))),
  );

  app.get(
    '/admin/surveys/:surveyId/poster.pdf',
    {
      schema: {
        tags: ['needs scan'],
        summary: 'The A4 poster with a QR code to the survey, for one wijk',
        operationId: 'getSurveyPoster',
        security,
        params: SurveyParams,
        querystring: Type.Object(
          { wijk: Type.Optional(Type.String({ maxLength: 20 })) },
          { additionalProperties: false },
        ),
        response: { 200: pdfResponse, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const pdf = await surveys.poster(request.principal, request.params.surveyId, request.query.wijk);
      return reply
        .header('Content-Disposition', 'attachment; filename="poster-vragenlijst.pdf"')
        .type('application/pdf')
        .send(pdf as unknown as string);
    },
  );

  app.get(
    '/admin/surveys/:surveyId/results',
    {
      schema: {
        tags: ['needs scan'],
        summary: 'Results per wijk, age band or household type, with every round of the series; rule of 10',
        description:
          'A figure about fewer than 10 people, or one that would give such a figure away, is null with suppressed: true.',
        operationId: 'getSurveyResults',
        security,
        params: SurveyParams,
        querystring: GroupByQuery,
        response: { 200: SurveyResults, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => surveys.results(request.principal, request.params.surveyId, request.query.by ?? 'wijk'),
  );

  app.get(
    '/admin/surveys/:surveyId/open-answers',
    {
      schema: {
        tags: ['needs scan'],
        summary: 'Open answers, each alone (no wijk, age or household), with the needs they are coded with',
        operationId: 'listOpenAnswers',
        security,
        params: SurveyParams,
        response: { 200: Items(OpenAnswer), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => ({ items: await surveys.openAnswers(request.principal, request.params.surveyId) }),
  );

  app.post(
    '/admin/survey-responses/:responseId/leads',
    {
      schema: {
        tags: ['needs scan'],
        summary: "Pass a provider's conceivable offer from the needs scan to the recruitment board as a lead",
        description:
          "Only open answers of a providers' survey. The lead gets source needs_scan and the answer in its notes.",
        operationId: 'createLeadFromAnswer',
        security,
        params: Type.Object({ responseId: Uuid }),
        body: Type.Object(
          {
            questionId: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,39}$' }),
            name: Type.String({ minLength: 1, maxLength: 200, description: 'The business or organisation to recruit' }),
            wijkCode: Type.Optional(Type.String({ pattern: '^WK[0-9]{6}$' })),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ leadId: Uuid }), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { id } = await surveys.leadFromAnswer(request.principal, request.params.responseId, request.body);
      return reply.code(201).send({ leadId: id });
    },
  );

  app.put(
    '/admin/survey-responses/:responseId/codings/:questionId',
    {
      schema: {
        tags: ['needs scan'],
        summary: 'Code an open answer with needs of the groslijst',
        operationId: 'codeOpenAnswer',
        security,
        params: Type.Object({ responseId: Uuid, questionId: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,39}$' }) }),
        body: NeedCoding,
        response: { 204: Type.Null(), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await surveys.code(request.principal, request.params.responseId, request.params.questionId, request.body.needIds);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/admin/surveys/:surveyId/interview-contacts',
    {
      schema: {
        tags: ['needs scan'],
        summary: 'Respondents willing to be interviewed (stored apart from the answers)',
        operationId: 'listInterviewContacts',
        security,
        params: SurveyParams,
        response: { 200: Items(InterviewContact), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => ({
      items: (await surveys.interviewContacts(request.principal, request.params.surveyId)).map((c) => ({
        id: c.id,
        name: c.name,
        contact: c.contact,
        on: c.created_on,
      })),
    }),
  );

  app.get(
    '/admin/needs',
    {
      schema: {
        tags: ['needs scan'],
        summary: 'The groslijst of needs: answers coded (rule of 10), the offers that meet each, wijken without one',
        operationId: 'listNeeds',
        security,
        response: { 200: Items(Need), ...problemResponses(401, 403) },
      },
    },
    async (request) => ({ items: await surveys.listNeeds(request.principal) }),
  );

  app.post(
    '/admin/needs',
    {
      schema: {
        tags: ['needs scan'],
        summary: 'Add a need to the groslijst',
        operationId: 'createNeed',
        security,
        body: NeedInput,
        response: { 201: Need, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await surveys.createNeed(request.principal, request.body.title, request.body.description)),
  );

  app.put(
    '/admin/needs/:needId/offers',
    {
      schema: {
        tags: ['needs scan'],
        summary: 'Say which offers meet a need',
        operationId: 'setNeedOffers',
        security,
        params: Type.Object({ needId: Uuid }),
        body: NeedOffersInput,
        response: { 200: Need, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => surveys.setNeedOffers(request.principal, request.params.needId, request.body.offerIds),
  );

  app.post(
    '/admin/needs/:needId/recruitment-leads',
    {
      schema: {
        tags: ['needs scan'],
        summary: 'Put a need on the recruitment board as a lead, with the need as its source',
        description:
          "Once per need: the first call makes the lead (201), every later call gives back that lead (200, created false). The notes name the wijken without an offer and the conceivable offers from providers' answers coded with the need.",
        operationId: 'createLeadFromNeed',
        security,
        params: Type.Object({ needId: Uuid }),
        body: NeedLeadInput,
        response: { 200: NeedLead, 201: NeedLead, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const lead = await surveys.leadFromNeed(request.principal, request.params.needId, request.body);
      return reply.code(lead.created ? 201 : 200).send({ leadId: lead.id, created: lead.created });
    },
  );

  // ---- ratings ----

  app.get(
    '/me/offer-ratings',
    {
      schema: {
        tags: ['ratings'],
        summary: 'My recent visits (own and children’s passes) with my rating of each',
        operationId: 'listMyRateableVisits',
        security,
        response: { 200: Items(OwnRateable), ...problemResponses(401, 403) },
      },
    },
    async (request) => ({ items: (await ratings.rateable(request.principal)).map(presentOwnRateable) }),
  );

  app.post(
    '/me/offer-ratings',
    {
      schema: {
        tags: ['ratings'],
        summary: 'Rate an offer I used: 1 to 5 stars and a text, once per visit; the text shows after moderation',
        operationId: 'rateOffer',
        security,
        body: NewRating,
        response: { 201: Type.Object({ id: Uuid }), ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => reply.code(201).send({ id: (await ratings.rate(request.principal, request.body)).id }),
  );

  app.get(
    '/offers/:offerId/rating-summary',
    {
      schema: {
        tags: ['ratings'],
        summary: "An offer's ratings: number and average stars from 10 ratings on, and approved texts",
        operationId: 'getOfferRatingSummary',
        security: anyoneSecurity,
        params: Type.Object({ offerId: Uuid }),
        response: { 200: OfferRatingSummary, ...problemResponses(400) },
      },
    },
    async (request) => ratings.summary(request.principal, request.params.offerId),
  );

  app.get(
    '/admin/offer-ratings',
    {
      schema: {
        tags: ['ratings'],
        summary: 'Rating texts waiting for moderation, oldest first',
        operationId: 'listRatingsToModerate',
        security,
        response: { 200: Items(ModerationRating), ...problemResponses(401, 403) },
      },
    },
    async (request) => ({ items: (await ratings.pending(request.principal)).map(presentModerationRating) }),
  );

  app.post(
    '/admin/offer-ratings/:ratingId/moderation',
    {
      schema: {
        tags: ['ratings'],
        summary: "Approve or reject a rating's text",
        operationId: 'moderateRating',
        security,
        params: Type.Object({ ratingId: Uuid }),
        body: ModerationDecision,
        response: { 204: Type.Null(), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await ratings.moderate(request.principal, request.params.ratingId, request.body.decision);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/offer-ratings',
    {
      schema: {
        tags: ['ratings'],
        summary: 'The ratings of my offers: stars, approved text, month; never who gave them',
        operationId: 'listProviderRatings',
        security,
        response: { 200: Items(ProviderRating), ...problemResponses(401, 403) },
      },
    },
    async (request) => ({ items: (await ratings.ofProvider(request.principal)).map(presentProviderRating) }),
  );

  app.put(
    '/offer-ratings/:ratingId/reply',
    {
      schema: {
        tags: ['ratings'],
        summary: 'Reply to a rating of my offer',
        operationId: 'replyToRating',
        security,
        params: Type.Object({ ratingId: Uuid }),
        body: RatingReply,
        response: { 200: ProviderRating, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      presentProviderRating(await ratings.reply(request.principal, request.params.ratingId, request.body.reply)),
  );

  app.post(
    '/suggestions',
    {
      schema: {
        tags: ['ratings'],
        summary: 'Suggest an offer or an improvement (anyone)',
        description: `At most ${FEEDBACK_LIMITS.suggestions.limit} per hour per client address (429).`,
        operationId: 'createSuggestion',
        security: anyoneSecurity,
        body: NewSuggestion,
        response: { 201: Type.Object({ id: Uuid }), ...problemResponses(400, 429) },
      },
    },
    async (request, reply) => {
      limit('suggestions', `${request.principal.tenantId}:${request.ip}`, reply);
      return reply.code(201).send({ id: (await ratings.suggest(request.principal, request.body)).id });
    },
  );

  app.get(
    '/admin/suggestions',
    {
      schema: {
        tags: ['ratings'],
        summary: 'Suggestions, new first',
        operationId: 'listSuggestions',
        security,
        response: { 200: Items(Suggestion), ...problemResponses(401, 403) },
      },
    },
    async (request) => ({ items: (await ratings.suggestions(request.principal)).map(presentSuggestion) }),
  );

  app.post(
    '/admin/suggestions/:suggestionId/handling',
    {
      schema: {
        tags: ['ratings'],
        summary: 'Mark a suggestion handled',
        operationId: 'handleSuggestion',
        security,
        params: Type.Object({ suggestionId: Uuid }),
        response: { 204: Type.Null(), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await ratings.handleSuggestion(request.principal, request.params.suggestionId);
      return reply.code(204).send(null);
    },
  );

  // ---- the experience panel ----

  app.get(
    '/me/panel-membership',
    {
      schema: {
        tags: ['experience panel'],
        summary: 'Whether I am in the experience panel',
        operationId: 'getMyPanelMembership',
        security,
        response: { 200: PanelMembership, ...problemResponses(401, 403) },
      },
    },
    async (request) => panel.membership(request.principal),
  );

  app.put(
    '/me/panel-membership',
    {
      schema: {
        tags: ['experience panel'],
        summary: 'Join the experience panel, agreeing to the current consent text',
        operationId: 'joinPanel',
        security,
        body: PanelJoin,
        response: { 200: PanelMembership, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => panel.join(request.principal, request.body.consentVersion),
  );

  app.delete(
    '/me/panel-membership',
    {
      schema: {
        tags: ['experience panel'],
        summary: 'Leave the experience panel; invitations forget me',
        operationId: 'leavePanel',
        security,
        response: { 204: Type.Null(), ...problemResponses(401, 403) },
      },
    },
    async (request, reply) => {
      await panel.leave(request.principal);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/admin/panel',
    {
      schema: {
        tags: ['experience panel'],
        summary: 'The panel in figures (rule of 10)',
        operationId: 'getPanelOverview',
        security,
        response: { 200: Type.Object({ members: DisclosedFigure }), ...problemResponses(401, 403) },
      },
    },
    async (request) => panel.overview(request.principal),
  );

  app.post(
    '/admin/surveys/:surveyId/panel-invitations',
    {
      schema: {
        tags: ['experience panel'],
        summary: 'Draw a random sample of panel members by wijk and target group and invite it by e-mail',
        description: 'A sample of fewer than 10 members is refused (panel-sample-too-small).',
        operationId: 'invitePanelSample',
        security,
        params: SurveyParams,
        body: PanelSampleInput,
        response: { 201: PanelSampleResult, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await panel.invite(request.principal, request.params.surveyId, request.body)),
  );

  app.get(
    '/admin/surveys/:surveyId/panel-response',
    {
      schema: {
        tags: ['experience panel'],
        summary: 'Invited and responded per wijk and target group (rule of 10)',
        operationId: 'getPanelResponse',
        security,
        params: SurveyParams,
        response: { 200: PanelResponse, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => panel.response(request.principal, request.params.surveyId),
  );

  app.post(
    '/panel-questions',
    {
      schema: {
        tags: ['experience panel'],
        summary: 'A service or partner puts a question to the panel, through the pass organisation',
        operationId: 'submitPanelQuestion',
        security,
        body: NewPanelQuestion,
        response: { 201: PanelQuestion, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentPanelQuestion(await panel.submitQuestion(request.principal, request.body))),
  );

  app.get(
    '/admin/panel-questions',
    {
      schema: {
        tags: ['experience panel'],
        summary: 'Questions for the panel, newest first',
        operationId: 'listPanelQuestions',
        security,
        response: { 200: Items(PanelQuestion), ...problemResponses(401, 403) },
      },
    },
    async (request) => ({ items: (await panel.questions(request.principal)).map(presentPanelQuestion) }),
  );

  app.post(
    '/admin/panel-questions/:questionId/decision',
    {
      schema: {
        tags: ['experience panel'],
        summary: 'Accept a question into a draft panel survey, or decline it',
        operationId: 'decidePanelQuestion',
        security,
        params: Type.Object({ questionId: Uuid }),
        body: PanelQuestionDecision,
        response: { 200: PanelQuestion, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      presentPanelQuestion(
        await panel.decide(request.principal, request.params.questionId, request.body.decision, request.body.surveyId),
      ),
  );
}
