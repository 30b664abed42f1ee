import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { problemResponses, Uuid } from '../../http/schemas.ts';
import { annualPlanCsv, renderAnnualPlanPdf } from './annual-plan-report.ts';
import {
  AnnualPlan,
  AnnualPlanEntryInput,
  BuurtReach,
  GamePlanAction,
  GamePlanActionChange,
  Kansenkaart,
  NamedTag,
  OfficersInput,
  Opportunity,
  OpportunityInput,
  OpportunityStatusInput,
  PolicyGoal,
  PolicyGoalInput,
  TagsInput,
} from './policy-goals.schemas.ts';
import { PolicyGoalsService } from './policy-goals.service.ts';

const security = [{ sessionCookie: [] }];
const tags = ['policy-goals'];
const GoalParams = Type.Object({ goalId: Uuid });
const Year = Type.Integer({ minimum: 2000, maximum: 2100 });
const YearQuery = Type.Object({ year: Type.Optional(Year) });

export async function policyGoalsRoutes(app: App) {
  const service = new PolicyGoalsService(app.deps.database.db);
  const noStore = (reply: { header: (k: string, v: string) => unknown }) =>
    reply.header('Cache-Control', 'private, no-store');

  app.get(
    '/policy-goals',
    {
      schema: {
        tags,
        summary: 'The opgaven (policy goals), with `mine` for a beleidsmedewerker',
        operationId: 'listPolicyGoals',
        security,
        response: { 200: Type.Object({ items: Type.Array(PolicyGoal) }), ...problemResponses(401, 403) },
      },
    },
    async (request) => ({ items: await service.list(request.principal) }),
  );

  app.post(
    '/policy-goals',
    {
      schema: {
        tags,
        summary: 'Add an opgave (pass organisation)',
        operationId: 'createPolicyGoal',
        security,
        body: PolicyGoalInput,
        response: { 201: PolicyGoal, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await service.create(request.principal, request.body)),
  );

  app.put(
    '/policy-goals/:goalId/officers',
    {
      schema: {
        tags,
        summary: 'Assign beleidsmedewerkers to an opgave (pass organisation)',
        operationId: 'setPolicyGoalOfficers',
        security,
        params: GoalParams,
        body: OfficersInput,
        response: { 204: Type.Null(), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await service.setOfficers(request.principal, request.params.goalId, request.body.userIds);
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/policy-goals/:goalId/tags',
    {
      schema: {
        tags,
        summary: 'Tag offers, schemes, supported activities and campaigns with an opgave (pass organisation)',
        operationId: 'setPolicyGoalTags',
        security,
        params: GoalParams,
        body: TagsInput,
        response: { 200: Type.Object({ items: Type.Array(NamedTag) }), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => ({ items: await service.setTags(request.principal, request.params.goalId, request.body) }),
  );

  app.get(
    '/policy-goals/:goalId/kansenkaart',
    {
      schema: {
        tags,
        summary:
          "The kansenkaart of an opgave: its board of opportunities and the map of its target group's reach per wijk",
        description: 'Reach is hidden below 10 people, with complementary suppression over the wijken.',
        operationId: 'getKansenkaart',
        security,
        params: GoalParams,
        querystring: YearQuery,
        response: { 200: Kansenkaart, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      noStore(reply);
      return service.kansenkaart(request.principal, request.params.goalId, request.query.year);
    },
  );

  app.get(
    '/policy-goals/:goalId/kansenkaart/wijken/:wijkCode',
    {
      schema: {
        tags,
        summary: 'Reach per buurt of one wijk, each buurt under the rule of 10',
        operationId: 'getKansenkaartBuurten',
        security,
        params: Type.Object({ goalId: Uuid, wijkCode: Type.String({ pattern: '^WK[0-9]{6}$' }) }),
        querystring: YearQuery,
        response: { 200: BuurtReach, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      noStore(reply);
      return service.buurten(request.principal, request.params.goalId, request.params.wijkCode, request.query.year);
    },
  );

  app.post(
    '/policy-goals/:goalId/opportunities',
    {
      schema: {
        tags,
        summary: "Propose an opportunity on an opgave's kansenkaart (its beleidsmedewerkers, the pass organisation)",
        operationId: 'proposeOpportunity',
        security,
        params: GoalParams,
        body: OpportunityInput,
        response: { 201: Opportunity, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.propose(request.principal, request.params.goalId, request.body)),
  );

  app.patch(
    '/policy-opportunities/:opportunityId',
    {
      schema: {
        tags,
        summary: 'Move an opportunity to another status',
        operationId: 'moveOpportunity',
        security,
        params: Type.Object({ opportunityId: Uuid }),
        body: OpportunityStatusInput,
        response: { 200: Opportunity, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => service.moveOpportunity(request.principal, request.params.opportunityId, request.body.status),
  );

  app.get(
    '/game-plan-actions',
    {
      schema: {
        tags,
        summary: "The game plan's actions by phase (starten, aanzetten, versnellen, finishen)",
        operationId: 'listGamePlanActions',
        security,
        response: { 200: Type.Object({ items: Type.Array(GamePlanAction) }), ...problemResponses(401, 403) },
      },
    },
    async (request) => ({ items: await service.gamePlan(request.principal) }),
  );

  app.patch(
    '/game-plan-actions/:actionId',
    {
      schema: {
        tags,
        summary: 'Change the status, owner or date of a game plan action (pass organisation)',
        operationId: 'changeGamePlanAction',
        security,
        params: Type.Object({ actionId: Uuid }),
        body: GamePlanActionChange,
        response: { 200: GamePlanAction, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => service.changeAction(request.principal, request.params.actionId, request.body),
  );

  app.get(
    '/annual-plans/:year',
    {
      schema: {
        tags,
        summary: 'The Jaarplan Opgaven of a year, with the results the platform measured',
        operationId: 'getAnnualPlan',
        security,
        params: Type.Object({ year: Year }),
        response: { 200: AnnualPlan, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      noStore(reply);
      return service.annualPlan(request.principal, request.params.year);
    },
  );

  app.put(
    '/annual-plans/:year/entries/:goalId',
    {
      schema: {
        tags,
        summary: "Write an opgave's part of the Jaarplan (pass organisation)",
        operationId: 'setAnnualPlanEntry',
        security,
        params: Type.Object({ year: Year, goalId: Uuid }),
        body: AnnualPlanEntryInput,
        response: { 200: AnnualPlan, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      service.setAnnualPlanEntry(request.principal, request.params.year, request.params.goalId, request.body),
  );

  app.get(
    '/annual-plans/:year/report',
    {
      schema: {
        tags,
        summary: 'The Jaarplan Opgaven as a PDF with charts, or as CSV',
        operationId: 'getAnnualPlanReport',
        security,
        params: Type.Object({ year: Year }),
        querystring: Type.Object({ format: Type.Union([Type.Literal('pdf'), Type.Literal('csv')]) }),
        response: {
          200: {
            description: 'PDF or CSV',
            content: {
              'application/pdf': { schema: Type.String({ format: 'binary' }) },
              'text/csv': { schema: Type.String() },
            },
          },
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const plan = await service.annualPlan(request.principal, request.params.year);
      const name = `jaarplan-opgaven-${plan.year}`;
      noStore(reply);
      if (request.query.format === 'csv')
        return reply
          .type('text/csv; charset=utf-8')
          .header('Content-Disposition', `attachment; filename="${name}.csv"`)
          .send(annualPlanCsv(plan));
      const pdf = await renderAnnualPlanPdf(plan);
      return reply
        .type('application/pdf')
        .header('Content-Disposition', `attachment; filename="${name}.pdf"`)
        .send(pdf as unknown as string); // binary body; the schema documents it as format: binary
    },
  );
}
