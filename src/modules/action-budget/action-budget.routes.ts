import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { sendPage } from '../../http/paging.ts';
import { DateOnly, PageMeta, PagingQuery, problemResponses, Uuid } from '../../http/schemas.ts';
import { presentGrant } from './action-budget.presenter.ts';
import { ActionBudgetService } from './action-budget.service.ts';

const security = [{ sessionCookie: [] }];
const PositiveCents = Type.Integer({
  minimum: 1,
  maximum: 100_000_000,
  description: 'Amount in euro cents, a positive whole number',
});
const SignedCents = Type.Integer({ description: 'Amount in euro cents' });

const Grant = Type.Object(
  {
    id: Uuid,
    reference: Type.String(),
    activityName: Type.String(),
    wijk: Type.Object({ code: Type.String(), name: Type.String() }),
    amountCents: PositiveCents,
    grantedOn: DateOnly,
    communityCentreProviderId: Type.Union([Uuid, Type.Null()]),
    entryId: Uuid,
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'ActionBudgetGrant' },
);

const GrantBooking = Type.Composite([
  Grant,
  Type.Object({
    created: Type.Boolean({ description: 'false when this reference was booked before: nothing new was booked' }),
    actionBudgetBalanceCents: SignedCents,
  }),
]);

const MonthFigures = Type.Object({
  month: Type.String({ pattern: '^\\d{4}-\\d{2}$', description: 'YYYY-MM' }),
  in: Type.Object({
    passSalesCents: SignedCents,
    sponsorsCents: SignedCents,
    otherCents: SignedCents,
    totalCents: SignedCents,
  }),
  out: Type.Object({ grantsCents: SignedCents, otherCents: SignedCents, totalCents: SignedCents }),
});

const Summary = Type.Object(
  {
    year: Type.Integer(),
    years: Type.Array(Type.Integer(), { description: 'Years with bookings on the actiebudget, and the current year' }),
    openingBalanceCents: SignedCents,
    closingBalanceCents: SignedCents,
    totals: Type.Object({
      passSalesCents: SignedCents,
      sponsorsCents: SignedCents,
      otherCents: SignedCents,
      totalCents: SignedCents,
      inCents: SignedCents,
      grantsCents: SignedCents,
      otherOutCents: SignedCents,
      outCents: SignedCents,
    }),
    months: Type.Array(MonthFigures, { description: 'Twelve months, January first' }),
    byWijk: Type.Array(Type.Object({ wijkCode: Type.String(), wijkName: Type.String(), amountCents: SignedCents })),
    byActivity: Type.Array(Type.Object({ activityName: Type.String(), amountCents: SignedCents })),
    sponsors: Type.Array(Type.Object({ name: Type.String(), publicityText: Type.String(), amountCents: SignedCents }), {
      description: 'Sponsors that agreed to be named, with what they gave this year',
    }),
    anonymousSponsors: Type.Object(
      { count: Type.Integer(), amountCents: SignedCents },
      { description: 'Sponsors that did not agree to be named' },
    ),
  },
  { $id: 'ActionBudgetSummary' },
);

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
        response: { 200: Summary, ...problemResponses(400) },
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
        response: { 201: GrantBooking, 200: GrantBooking, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const { communityCentreProviderId, activityName, ...rest } = request.body;
      const result = await service.grant(request.principal, {
        ...rest,
        activityName: activityName.trim(),
        providerId: communityCentreProviderId ?? null,
      });
      return reply.code(result.created ? 201 : 200).send({
        ...presentGrant(result.grant),
        created: result.created,
        actionBudgetBalanceCents: result.actionBudgetBalanceCents,
      });
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
          200: Type.Object({ items: Type.Array(Grant), page: PageMeta }),
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
}
