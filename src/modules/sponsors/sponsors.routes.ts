import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { sendPage } from '../../http/paging.ts';
import { DateOnly, PageMeta, PagingQuery, problemResponses, Uuid } from '../../http/schemas.ts';
import { presentPledge, presentReceipt } from './sponsors.presenter.ts';
import { SponsorsService } from './sponsors.service.ts';

const security = [{ sessionCookie: [] }];
const PositiveCents = Type.Integer({
  minimum: 1,
  maximum: 100_000_000,
  description: 'Amount in euro cents, a positive whole number',
});
const PledgeParams = Type.Object({ pledgeId: Uuid });

const Receipt = Type.Object(
  {
    id: Uuid,
    pledgeId: Uuid,
    amountCents: PositiveCents,
    receivedOn: DateOnly,
    bankReference: Type.String(),
    entryId: Uuid,
    reversed: Type.Boolean({ description: 'The booking was corrected by a reversal' }),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'SponsorReceipt' },
);

const Pledge = Type.Object(
  {
    id: Uuid,
    sponsor: Type.Object({
      id: Uuid,
      name: Type.String(),
      contactName: Type.Union([Type.String(), Type.Null()]),
      contactEmail: Type.Union([Type.String(), Type.Null()]),
      providerId: Type.Union([Uuid, Type.Null()]),
    }),
    amountCents: PositiveCents,
    expectedOn: DateOnly,
    publicityText: Type.String(),
    publicityAgreed: Type.Boolean({ description: 'The sponsor agreed to be named on the public actiebudget page' }),
    receivedCents: Type.Integer({ minimum: 0 }),
    outstandingCents: Type.Integer({ minimum: 0 }),
    status: Type.Union([Type.Literal('pledged'), Type.Literal('partly-received'), Type.Literal('received')]),
    receipts: Type.Array(Receipt),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'SponsorPledge' },
);

const ReceiptBooking = Type.Composite([
  Receipt,
  Type.Object({
    created: Type.Boolean({ description: 'false when this bank reference was booked before: nothing new was booked' }),
    pledge: Pledge,
  }),
]);

export async function sponsorsRoutes(app: App) {
  const service = new SponsorsService(app.deps.database.db);
  app.addHook('onSend', async (_request, reply) => {
    reply.header('Cache-Control', 'private, no-store');
  });

  app.post(
    '/sponsor-pledges',
    {
      schema: {
        tags: ['sponsors'],
        summary: "Record a sponsor's pledge to the actiebudget (books nothing)",
        operationId: 'createSponsorPledge',
        security,
        body: Type.Object(
          {
            sponsorName: Type.String({ minLength: 1, maxLength: 200 }),
            contactName: Type.Optional(Type.String({ maxLength: 200 })),
            contactEmail: Type.Optional(Type.String({ format: 'email', maxLength: 200 })),
            providerId: Type.Optional(Uuid),
            amountCents: PositiveCents,
            expectedOn: DateOnly,
            publicityText: Type.Optional(
              Type.String({ maxLength: 500, description: 'Shown on the public page only with publicityAgreed' }),
            ),
            publicityAgreed: Type.Optional(Type.Boolean({ default: false })),
          },
          { additionalProperties: false },
        ),
        response: { 201: Pledge, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentPledge(await service.pledge(request.principal, request.body))),
  );

  app.get(
    '/sponsor-pledges',
    {
      schema: {
        tags: ['sponsors'],
        summary: 'Sponsor pledges with what was received, newest first (pass organisation only)',
        operationId: 'listSponsorPledges',
        security,
        querystring: Type.Object({ ...PagingQuery }),
        response: {
          200: Type.Object({ items: Type.Array(Pledge), page: PageMeta }),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const { rows, page, pageSize, totalItems } = await service.listPledges(
        request.principal,
        request.query.page ?? 1,
        request.query.pageSize ?? 20,
      );
      return sendPage(request, reply, { items: rows.map(presentPledge), page, pageSize, totalItems });
    },
  );

  app.get(
    '/sponsor-pledges/:pledgeId',
    {
      schema: {
        tags: ['sponsors'],
        summary: 'One sponsor pledge',
        operationId: 'getSponsorPledge',
        security,
        params: PledgeParams,
        response: { 200: Pledge, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => presentPledge(await service.getPledge(request.principal, request.params.pledgeId)),
  );

  app.post(
    '/sponsor-pledges/:pledgeId/receipts',
    {
      schema: {
        tags: ['sponsors'],
        summary: "Confirm a sponsor's bank transfer: books it onto the actiebudget",
        operationId: 'receiveSponsorContribution',
        security,
        description:
          'Books kind sponsor_contribution (see docs/ledger.md), once per bank reference: the same reference again answers 200 ' +
          'with created=false; the same reference with another pledge, amount or date answers 409.',
        params: PledgeParams,
        body: Type.Object(
          {
            amountCents: PositiveCents,
            receivedOn: DateOnly,
            bankReference: Type.String({
              minLength: 1,
              maxLength: 100,
              pattern: '^[A-Za-z0-9][A-Za-z0-9 ./:_+-]*$',
              description: 'Reference on the bank statement (e.g. end-to-end id)',
            }),
          },
          { additionalProperties: false },
        ),
        response: { 201: ReceiptBooking, 200: ReceiptBooking, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { receipt, created, pledge } = await service.receive(
        request.principal,
        request.params.pledgeId,
        request.body,
      );
      return reply
        .code(created ? 201 : 200)
        .send({ ...presentReceipt(receipt), created, pledge: presentPledge(pledge) });
    },
  );
}
