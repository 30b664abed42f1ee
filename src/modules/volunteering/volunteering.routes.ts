import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { problemResponses, Uuid } from '../../http/schemas.ts';
import { depotRoutes } from './depot.routes.ts';
import {
  HelpRequest,
  InfoPage,
  InfoPageSummary,
  Match,
  MatchDecision,
  Moderation,
  NewHelpRequest,
  NewInfoPage,
  NewMatch,
  NewMessage,
  NewVacancy,
  OwnHelpRequest,
  SuggestedVolunteer,
  Vacancy,
  VacancyQuery,
  VolunteerProfile,
  VolunteerProfileInput,
  VolunteerSuggestions,
} from './volunteering.schemas.ts';
import { VolunteeringService } from './volunteering.service.ts';

const security = [{ sessionCookie: [] }];
const tags = ['volunteering'];
const list = <T extends Parameters<typeof Type.Array>[0]>(item: T) => Type.Object({ items: Type.Array(item) });
const VacancyParams = Type.Object({ vacancyId: Uuid });
const HelpParams = Type.Object({ helpRequestId: Uuid });
const MatchParams = Type.Object({ matchId: Uuid });
const PUBLIC_GET = /^\/api\/v1\/(volunteer-info-pages(\/[a-z0-9-]+)?|volunteer-vacancies|help-requests)(\?|$)/;

export async function volunteeringRoutes(app: App) {
  const service = new VolunteeringService(app.deps.database.db);
  app.addHook('onSend', async (request, reply) => {
    if (request.method === 'GET' && request.principal.kind === 'anonymous' && PUBLIC_GET.test(request.url))
      reply.header('Cache-Control', 'public, max-age=60');
    else reply.header('Cache-Control', 'private, no-store');
  });

  // ── information pages ──
  app.get(
    '/volunteer-info-pages',
    {
      schema: {
        tags,
        summary: 'Public: the practical pages for volunteers and initiatives (insurance, VOG, permits, courses, ...)',
        operationId: 'listVolunteerInfoPages',
        response: { 200: list(InfoPageSummary), ...problemResponses(400) },
      },
    },
    async (request) => service.infoPages(request.principal),
  );
  app.get(
    '/volunteer-info-pages/:slug',
    {
      schema: {
        tags,
        summary: 'Public: one information page, its text in Markdown (decision 0012)',
        operationId: 'getVolunteerInfoPage',
        params: Type.Object({ slug: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,59}$' }) }),
        response: { 200: InfoPage, ...problemResponses(400, 404) },
      },
    },
    async (request) => service.infoPage(request.principal, request.params.slug),
  );
  app.post(
    '/volunteer-info-pages',
    {
      schema: {
        tags,
        summary: 'Write a new information page (pass organisation)',
        operationId: 'createVolunteerInfoPage',
        security,
        body: NewInfoPage,
        response: { 201: InfoPage, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await service.saveInfoPage(request.principal, null, request.body)),
  );
  app.put(
    '/admin/volunteer-info-pages/:pageId',
    {
      schema: {
        tags,
        summary: 'Change an information page (pass organisation)',
        operationId: 'updateVolunteerInfoPage',
        security,
        params: Type.Object({ pageId: Uuid }),
        body: NewInfoPage,
        response: { 200: InfoPage, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => service.saveInfoPage(request.principal, request.params.pageId, request.body),
  );

  // ── vacancies ──
  app.get(
    '/volunteer-vacancies',
    {
      schema: {
        tags,
        summary: 'Public: open volunteer vacancies of initiatives, newest first',
        operationId: 'listVolunteerVacancies',
        querystring: VacancyQuery,
        response: { 200: list(Vacancy), ...problemResponses(400) },
      },
    },
    async (request) => service.vacancies(request.principal, request.query),
  );
  app.get(
    '/volunteer-vacancies/mine',
    {
      schema: {
        tags,
        summary: "The partner's own vacancies, open and closed (partner staff)",
        operationId: 'listMyVolunteerVacancies',
        security,
        response: { 200: list(Vacancy), ...problemResponses(401, 403) },
      },
    },
    async (request) => service.myVacancies(request.principal),
  );
  app.post(
    '/volunteer-vacancies',
    {
      schema: {
        tags,
        summary: 'Post a volunteer vacancy (partner staff)',
        operationId: 'createVolunteerVacancy',
        security,
        body: NewVacancy,
        response: { 201: Vacancy, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => reply.code(201).send(await service.postVacancy(request.principal, request.body)),
  );
  app.post(
    '/volunteer-vacancies/:vacancyId/closure',
    {
      schema: {
        tags,
        summary: 'Close a vacancy (its partner)',
        operationId: 'closeVolunteerVacancy',
        security,
        params: VacancyParams,
        response: { 204: Type.Null(), ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await service.closeVacancy(request.principal, request.params.vacancyId);
      return reply.code(204).send(null);
    },
  );
  app.get(
    '/volunteer-vacancies/:vacancyId/suggestions',
    {
      schema: {
        tags,
        summary: 'Volunteers who fit the vacancy by wijk, interest and time, best first (its partner)',
        operationId: 'suggestVolunteersForVacancy',
        security,
        params: VacancyParams,
        response: { 200: list(SuggestedVolunteer), ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => service.vacancySuggestions(request.principal, request.params.vacancyId),
  );

  // ── help requests ──
  app.get(
    '/help-requests',
    {
      schema: {
        tags,
        summary: 'Public: help requests of residents that were moderated, never with their author',
        operationId: 'listHelpRequests',
        response: { 200: list(HelpRequest), ...problemResponses(400) },
      },
    },
    async (request) => service.helpRequests(request.principal),
  );
  app.get(
    '/help-requests/mine',
    {
      schema: {
        tags,
        summary: "The resident's own help requests with their moderation status",
        operationId: 'listMyHelpRequests',
        security,
        response: { 200: list(OwnHelpRequest), ...problemResponses(401, 403) },
      },
    },
    async (request) => service.myHelpRequests(request.principal),
  );
  app.post(
    '/help-requests',
    {
      schema: {
        tags,
        summary: 'Ask for help (resident); shown after moderation',
        operationId: 'createHelpRequest',
        security,
        body: NewHelpRequest,
        response: { 201: OwnHelpRequest, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => reply.code(201).send(await service.postHelpRequest(request.principal, request.body)),
  );
  app.get(
    '/help-requests/moderation-queue',
    {
      schema: {
        tags,
        summary: 'Help requests waiting for moderation, oldest first (pass organisation); without their author',
        operationId: 'listHelpRequestsToModerate',
        security,
        response: { 200: list(OwnHelpRequest), ...problemResponses(401, 403) },
      },
    },
    async (request) => service.moderationQueue(request.principal),
  );
  app.post(
    '/help-requests/:helpRequestId/moderation',
    {
      schema: {
        tags,
        summary: 'Show a help request, or not with a reason (pass organisation)',
        operationId: 'moderateHelpRequest',
        security,
        params: HelpParams,
        body: Moderation,
        response: { 200: OwnHelpRequest, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => service.moderate(request.principal, request.params.helpRequestId, request.body),
  );
  app.post(
    '/help-requests/:helpRequestId/closure',
    {
      schema: {
        tags,
        summary: 'Close my help request (its author)',
        operationId: 'closeHelpRequest',
        security,
        params: HelpParams,
        response: { 204: Type.Null(), ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await service.closeHelpRequest(request.principal, request.params.helpRequestId);
      return reply.code(204).send(null);
    },
  );
  app.get(
    '/help-requests/:helpRequestId/suggestions',
    {
      schema: {
        tags,
        summary: 'Volunteers who fit my published help request (its author)',
        operationId: 'suggestVolunteersForHelpRequest',
        security,
        params: HelpParams,
        response: { 200: list(SuggestedVolunteer), ...problemResponses(401, 403, 404, 409) },
      },
    },
    async (request) => service.helpRequestSuggestions(request.principal, request.params.helpRequestId),
  );

  // ── volunteer profile ──
  app.get(
    '/me/volunteer-profile',
    {
      schema: {
        tags,
        summary: "The resident's volunteer profile: what they like to do, where and when (null: none yet)",
        operationId: 'getMyVolunteerProfile',
        security,
        response: {
          200: Type.Object({ profile: Type.Union([VolunteerProfile, Type.Null()]) }),
          ...problemResponses(401, 403),
        },
      },
    },
    async (request) => service.myProfile(request.principal),
  );
  app.put(
    '/me/volunteer-profile',
    {
      schema: {
        tags,
        summary: 'Make or change my volunteer profile',
        operationId: 'saveMyVolunteerProfile',
        security,
        body: VolunteerProfileInput,
        response: { 200: Type.Object({ profile: VolunteerProfile }), ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => service.saveProfile(request.principal, request.body),
  );
  app.get(
    '/me/volunteer-suggestions',
    {
      schema: {
        tags,
        summary: 'Vacancies and help requests that fit my profile by wijk, interest and time',
        operationId: 'getMyVolunteerSuggestions',
        security,
        response: { 200: VolunteerSuggestions, ...problemResponses(401, 403, 409) },
      },
    },
    async (request) => service.mySuggestions(request.principal),
  );

  // ── matches ──
  app.get(
    '/volunteer-matches',
    {
      schema: {
        tags,
        summary: 'My matches: as a volunteer, as the author of a help request, or for my partner',
        operationId: 'listVolunteerMatches',
        security,
        response: { 200: list(Match), ...problemResponses(401, 403) },
      },
    },
    async (request) => service.matches(request.principal),
  );
  app.post(
    '/volunteer-matches',
    {
      schema: {
        tags,
        summary: 'Respond to a vacancy or help request (volunteer), or invite a volunteer (its partner or author)',
        operationId: 'proposeVolunteerMatch',
        description: 'Contact goes through the platform until both sides agree to share details.',
        security,
        body: NewMatch,
        response: { 201: Match, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await service.propose(request.principal, request.body)),
  );
  app.post(
    '/volunteer-matches/:matchId/decision',
    {
      schema: {
        tags,
        summary: 'Accept or decline a match (the side that did not propose it)',
        operationId: 'decideVolunteerMatch',
        security,
        params: MatchParams,
        body: MatchDecision,
        response: { 200: Match, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => service.decide(request.principal, request.params.matchId, request.body.accept),
  );
  app.post(
    '/volunteer-matches/:matchId/messages',
    {
      schema: {
        tags,
        summary: 'Send a message through the platform',
        operationId: 'sendVolunteerMatchMessage',
        security,
        params: MatchParams,
        body: NewMessage,
        response: { 201: Match, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.message(request.principal, request.params.matchId, request.body.body)),
  );
  app.post(
    '/volunteer-matches/:matchId/contact-consent',
    {
      schema: {
        tags,
        summary: 'Agree to share my contact details; both see them once both agreed',
        operationId: 'shareVolunteerMatchDetails',
        security,
        params: MatchParams,
        response: { 200: Match, ...problemResponses(401, 403, 404, 409) },
      },
    },
    async (request) => service.shareDetails(request.principal, request.params.matchId),
  );

  await depotRoutes(app);
}
