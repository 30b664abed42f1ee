import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { sendPage } from '../../http/paging.ts';
import { DateOnly, PageMeta, PagingQuery, PositiveCents, problemResponses, Uuid } from '../../http/schemas.ts';
import { presentGrant, presentGrantBooking, presentLedgerLine } from './action-budget.presenter.ts';
import {
  ActionBudgetGrant,
  ActionBudgetGrantBooking,
  ActionBudgetLedgerLine,
  ActionBudgetSummary,
} from './action-budget.schemas.ts';
import { ActionBudgetService } from './action-budget.service.ts';

const security = [{ sessionCookie: [] }];

export async function actionBudgetRoutes(app: App) {
  const service = new ActionBudgetService(app.deps.database.db);

  app.get(
    '/action-budget/summary',
    {
      schema: {
        tags: ['action budget'],
        summary: 'Public: where the actiebudget came from and went to, per month of a year',
        operationId: 'getActionBudgetSummary',
        description:
          'In: pass sales, sponsors, other. Out: grants to activities, by wijk and by activity, and other spending. ' +
          'openingBalanceCents + totals.inCents - totals.outCents = closingBalanceCents. No personal data; sponsors are named only when they agreed to it.',
        querystring: Type.Object({
          year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100, description: 'Default: this year' })),
        }),
        response: { 200: ActionBudgetSummary, ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      reply.header('Cache-Control', 'public, max-age=60');
      return service.summary(request.principal, request.query.year);
    },
  );

  app.post(
    '/action-budget/grants',
    {
      schema: {
        tags: ['action budget'],
        summary: 'Spend actiebudget on an activity in a wijk',
        operationId: 'createActionBudgetGrant',
        security,
        description:
          "Books action_budget → provider_payable of the community centre when given, else → the municipality's bank. " +
          'Refused (409) when the actiebudget does not cover it. Booked once per reference.',
        body: Type.Object(
          {
            activityName: Type.String({ minLength: 2, maxLength: 200 }),
            wijkCode: Type.String({ minLength: 1, maxLength: 20 }),
            amountCents: PositiveCents,
            grantedOn: DateOnly,
            communityCentreProviderId: Type.Optional(Uuid),
            reference: Type.Optional(Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9._:/-]+$' })),
          },
          { additionalProperties: false },
        ),
        response: {
          201: ActionBudgetGrantBooking,
          200: ActionBudgetGrantBooking,
          ...problemResponses(400, 401, 403, 409),
        },
      },
    },
    async (request, reply) => {
      const { communityCentreProviderId, activityName, ...rest } = request.body;
      const result = await service.grant(request.principal, {
        ...rest,
        activityName: activityName.trim(),
        providerId: communityCentreProviderId ?? null,
      });
      return reply.code(result.created ? 201 : 200).send(presentGrantBooking(result));
    },
  );

  app.get(
    '/action-budget/grants',
    {
      schema: {
        tags: ['action budget'],
        summary: 'Grants from the actiebudget, newest first (pass organisation only)',
        operationId: 'listActionBudgetGrants',
        security,
        querystring: Type.Object({ ...PagingQuery }),
        response: {
          200: Type.Object({ items: Type.Array(ActionBudgetGrant), page: PageMeta }),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const { rows, page, pageSize, totalItems } = await service.listGrants(
        request.principal,
        request.query.page ?? 1,
        request.query.pageSize ?? 20,
      );
      return sendPage(request, reply, { items: rows.map(presentGrant), page, pageSize, totalItems });
    },
  );

  app.get(
    '/action-budget/ledger-lines',
    {
      schema: {
        tags: ['action budget'],
        summary: "The actiebudget's books: every line in and out, newest first (pass organisation only)",
        operationId: 'listActionBudgetLedgerLines',
        security,
        querystring: Type.Object({ ...PagingQuery }),
        response: {
          200: Type.Object({
            items: Type.Array(ActionBudgetLedgerLine),
            page: PageMeta,
            balanceCents: Type.Integer({ description: "The actiebudget's balance now" }),
          }),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const { rows, page, pageSize, totalItems, balance } = await service.ledgerLines(
        request.principal,
        request.query.page ?? 1,
        request.query.pageSize ?? 20,
      );
      const body = sendPage(request, reply, { items: rows.map(presentLedgerLine), page, pageSize, totalItems });
      return { ...body, balanceCents: balance };
    },
  );
}
