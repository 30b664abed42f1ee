import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { problemResponses } from '../../http/schemas.ts';
import { presentClosing, presentDeskDay, presentDeskPass, presentDeskSale } from './desk-sales.presenter.ts';
import { DayClosing, DeskDay, DeskPass, DeskSaleDone, NewDayClosing, NewDeskSale } from './desk-sales.schemas.ts';
import { DeskSalesService } from './desk-sales.service.ts';

const security = [{ sessionCookie: [] }];

export async function deskSalesRoutes(app: App) {
  const service = new DeskSalesService(app.deps.database.db);
  app.addHook('onSend', async (_request, reply) => {
    reply.header('Cache-Control', 'private, no-store');
  });

  app.get(
    '/desk/today',
    {
      schema: {
        tags: ['desk sales'],
        summary: "The desk's day: its sales point, today's sales and totals per payment method, and its closing",
        operationId: 'getDeskDay',
        security,
        response: { 200: DeskDay, ...problemResponses(401, 403) },
      },
    },
    async (request) => presentDeskDay(await service.today(request.principal)),
  );

  app.get(
    '/desk/passes/:passNumber',
    {
      schema: {
        tags: ['desk sales'],
        summary: 'A pass as the desk sees it, to renew it: number, holder name, status, validity',
        operationId: 'getDeskPass',
        security,
        params: Type.Object({ passNumber: Type.String({ minLength: 1, maxLength: 30 }) }),
        response: { 200: DeskPass, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => presentDeskPass(await service.findPass(request.principal, request.params.passNumber)),
  );

  app.post(
    '/desk/sales',
    {
      schema: {
        tags: ['desk sales'],
        summary: 'Sell a new pass or renew a paid pass at the desk, paid by pin or cash',
        description: 'Booked as a pass sale with the actiebudget share. The same saleId again sells nothing twice.',
        operationId: 'createDeskSale',
        security,
        body: NewDeskSale,
        response: { 201: DeskSaleDone, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentDeskSale(await service.sell(request.principal, request.body))),
  );

  app.post(
    '/desk/day-closings',
    {
      schema: {
        tags: ['desk sales'],
        summary: "Close today at this desk: counted cash and the pin terminal's total against the recorded sales",
        operationId: 'closeDeskDay',
        security,
        body: NewDayClosing,
        response: { 201: DayClosing, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentClosing(await service.closeDay(request.principal, request.body))),
  );

  app.get(
    '/desk/day-closings',
    {
      schema: {
        tags: ['desk sales'],
        summary: "Every desk's day closings, newest first (pass organisation only)",
        operationId: 'listDeskDayClosings',
        security,
        response: { 200: Type.Object({ items: Type.Array(DayClosing) }), ...problemResponses(401, 403) },
      },
    },
    async (request) => ({ items: (await service.listClosings(request.principal)).map(presentClosing) }),
  );
}
