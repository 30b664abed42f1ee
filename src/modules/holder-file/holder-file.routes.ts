import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { problemResponses, Uuid } from '../../http/schemas.ts';
import { presentHolderFile, presentNote } from './holder-file.presenter.ts';
import { HolderCorrection, HolderFile, HolderNote, NewHolderNote } from './holder-file.schemas.ts';
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
        summary: "A holder's file: details, passes, household, redemptions, credit, messages, notes, audit",
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
}
