import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { problemResponses, Uuid } from '../../http/schemas.ts';
import { presentApplication, presentPartner, presentRound } from './partners.presenter.ts';
import {
  ApplicationDecision,
  ApplicationReport,
  MyPartner,
  NewSupportApplication,
  NewSupportRound,
  Partner,
  PartnerDecision,
  PartnerSignUp,
  SupportApplication,
  SupportRound,
} from './partners.schemas.ts';
import { PartnersService } from './partners.service.ts';
import { pactsRoutes } from './pacts.routes.ts';
import { appreciationRoutes } from './appreciation.routes.ts';
import { top30Routes } from './top30.routes.ts';

const security = [{ sessionCookie: [] }];
const tags = ['partners'];
const PartnerParams = Type.Object({ partnerId: Uuid });
const ApplicationParams = Type.Object({ applicationId: Uuid });

export async function partnersRoutes(app: App) {
  const service = new PartnersService(app.deps.database.db);
  app.addHook('onSend', async (request, reply) => {
    if (!(request.method === 'GET' && /^\/api\/v1\/(support-rounds|top30)(\?|$)/.test(request.url)))
      reply.header('Cache-Control', 'private, no-store');
  });

  app.post(
    '/partners',
    {
      schema: {
        tags,
        summary: 'Sign up a partner organisation and its first staff member (approved by the pass organisation)',
        operationId: 'signUpPartner',
        body: PartnerSignUp,
        response: { 201: Partner, ...problemResponses(400, 409, 429) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentPartner(await service.signUp(request.principal, request.body))),
  );

  app.get(
    '/partners',
    {
      schema: {
        tags,
        summary: 'Partner organisations, pending sign-ups first (pass organisation only)',
        operationId: 'listPartners',
        security,
        response: { 200: Type.Object({ items: Type.Array(Partner) }), ...problemResponses(401, 403) },
      },
    },
    async (request) => ({ items: (await service.listPartners(request.principal)).map(presentPartner) }),
  );

  app.post(
    '/partners/:partnerId/decision',
    {
      schema: {
        tags,
        summary: 'Approve or reject a partner sign-up',
        operationId: 'decidePartner',
        description: 'On approval the partner is linked to the given provider, or a provider is made for it.',
        security,
        params: PartnerParams,
        body: PartnerDecision,
        response: { 200: Partner, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      presentPartner(await service.decidePartner(request.principal, request.params.partnerId, request.body)),
  );

  app.get(
    '/partners/current',
    {
      schema: {
        tags,
        summary: "The logged-in partner staff member's organisation and its applications",
        operationId: 'getCurrentPartner',
        security,
        response: { 200: MyPartner, ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const { partner, applications } = await service.myPartner(request.principal);
      return { partner: presentPartner(partner), applications: applications.map(presentApplication) };
    },
  );

  app.get(
    '/support-rounds',
    {
      schema: {
        tags,
        summary: 'Public: the rounds of support from the actiebudget with their criteria',
        operationId: 'listSupportRounds',
        response: { 200: Type.Object({ items: Type.Array(SupportRound) }), ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      reply.header('Cache-Control', 'public, max-age=60');
      const { rounds, wijken, today } = await service.listRounds(request.principal);
      return { items: rounds.map((r) => presentRound(r, wijken, today)) };
    },
  );

  app.post(
    '/support-rounds',
    {
      schema: {
        tags,
        summary: 'Publish a round of support with its criteria (pass organisation only)',
        operationId: 'createSupportRound',
        security,
        body: NewSupportRound,
        response: { 201: SupportRound, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const { round, wijken, today } = await service.createRound(request.principal, request.body);
      return reply.code(201).send(presentRound(round, wijken, today));
    },
  );

  app.post(
    '/support-applications',
    {
      schema: {
        tags,
        summary: 'Apply for support for an activity (partner staff)',
        operationId: 'createSupportApplication',
        security,
        body: NewSupportApplication,
        response: { 201: SupportApplication, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentApplication(await service.apply(request.principal, request.body))),
  );

  app.get(
    '/support-applications',
    {
      schema: {
        tags,
        summary: 'All applications for support, newest first (pass organisation only)',
        operationId: 'listSupportApplications',
        security,
        response: { 200: Type.Object({ items: Type.Array(SupportApplication) }), ...problemResponses(401, 403) },
      },
    },
    async (request) => ({ items: (await service.listApplications(request.principal)).map(presentApplication) }),
  );

  app.get(
    '/support-applications/:applicationId',
    {
      schema: {
        tags,
        summary: 'One application (the pass organisation, or staff of the partner that applied)',
        operationId: 'getSupportApplication',
        security,
        params: ApplicationParams,
        response: { 200: SupportApplication, ...problemResponses(401, 403, 404) },
      },
    },
    async (request) =>
      presentApplication(await service.getApplication(request.principal, request.params.applicationId)),
  );

  app.post(
    '/support-applications/:applicationId/decision',
    {
      schema: {
        tags,
        summary: 'Score and decide an application; on approval the actiebudget reserves the grant',
        operationId: 'decideSupportApplication',
        description:
          'Per participant: an offer on the pass whose price drops by the support; the actiebudget reimburses each redemption, ' +
          'for as many places as the grant covers. Lump sum: the advance is booked now, the rest after the report. ' +
          'Refused (409 action-budget-insufficient) when the actiebudget minus what earlier grants may still draw does not cover it.',
        security,
        params: ApplicationParams,
        body: ApplicationDecision,
        response: { 200: SupportApplication, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      presentApplication(await service.decide(request.principal, request.params.applicationId, request.body)),
  );

  app.post(
    '/support-applications/:applicationId/report',
    {
      schema: {
        tags,
        summary: 'Report participants and an evaluation after the activity (partner staff); releases the last payment',
        operationId: 'reportSupportApplication',
        security,
        params: ApplicationParams,
        body: ApplicationReport,
        response: { 200: SupportApplication, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      presentApplication(await service.report(request.principal, request.params.applicationId, request.body)),
  );

  await pactsRoutes(app);
  await appreciationRoutes(app);
  await top30Routes(app);
}
