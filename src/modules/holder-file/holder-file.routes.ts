import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { problemResponses, Uuid } from '../../http/schemas.ts';
import { presentHolderFile, presentNote, presentRenewal } from './holder-file.presenter.ts';
import {
  HolderCorrection,
  HolderFile,
  HolderNote,
  HolderRenewal,
  NewHolderNote,
  NewHolderRenewal,
} from './holder-file.schemas.ts';
import { HolderFileService } from './holder-file.service.ts';

const security = [{ sessionCookie: [] }];
const Params = Type.Object({ holderId: Uuid });

export async function holderFileRoutes(app: App) {
  const service = new HolderFileService(app.deps.database.db);
  app.addHook('onSend', async (_request, reply) => {
    reply.header('Cache-Control', 'private, no-store');
  });

  app.get(
    '/holder-files/:holderId',
    {
      schema: {
        tags: ['administration'],
        summary: "A holder's file: details, passes, household, applications, redemptions, credit, messages, notes, audit",
        description: 'Pass organisation only.',
        operationId: 'getHolderFile',
        security,
        params: Params,
        response: { 200: HolderFile, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => presentHolderFile(await service.get(request.principal, request.params.holderId)),
  );

  app.patch(
    '/holder-files/:holderId',
    {
      schema: {
        tags: ['administration'],
        summary: "Correct a holder's details (audited)",
        description: 'Only the fields sent change, all or nothing; each change is written to the audit.',
        operationId: 'correctHolderDetails',
        security,
        params: Params,
        body: HolderCorrection,
        response: { 200: HolderFile, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      presentHolderFile(await service.correct(request.principal, request.params.holderId, request.body)),
  );

  app.post(
    '/holder-files/:holderId/notes',
    {
      schema: {
        tags: ['administration'],
        summary: "Add a note to a holder's file",
        operationId: 'addHolderNote',
        security,
        params: Params,
        body: NewHolderNote,
        response: { 201: HolderNote, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(presentNote(await service.addNote(request.principal, request.params.holderId, request.body))),
  );

  app.post(
    '/holder-files/:holderId/renewals',
    {
      schema: {
        tags: ['administration'],
        summary: "Renew one of the holder's paid passes, paid by pin or cash at a sales point (audited)",
        description:
          "Pass organisation only. As at a desk: the pass's year moves on, the sale is booked as a pass sale with the actiebudget share " +
          "and counted in that sales point's day. 409 pass-renewal-too-early (more than 60 days left), pass-renewal-free-pass (a free pass is " +
          'renewed by a new application or import), pass-blocked, pass-replaced, desk-day-closed. The same saleId again renews nothing twice.',
        operationId: 'renewHolderPass',
        security,
        params: Params,
        body: NewHolderRenewal,
        response: { 201: HolderRenewal, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(presentRenewal(await service.renew(request.principal, request.params.holderId, request.body))),
  );
}
