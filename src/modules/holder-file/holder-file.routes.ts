import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { problemResponses, Uuid } from '../../http/schemas.ts';
import { presentPassRef, presentReplacement } from '../passes/passes.presenter.ts';
import { PassRef, PassReplacement, ReplacementInput } from '../passes/passes.schemas.ts';
import { qrKeyLookupFor } from '../passes/qr-keys.ts';
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
const PassParams = Type.Object({ holderId: Uuid, passId: Uuid });
const PASS_ACTION =
  "Pass organisation only (the passes module's rule, as PUT/DELETE /passes/{passId}/block and POST /passes/{passId}/replacement), " +
  "and written to the holder's audit in the same transaction. 404 pass-not-found: not a pass of this holder.";

export async function holderFileRoutes(app: App) {
  const service = new HolderFileService(app.deps.database.db, qrKeyLookupFor(app.deps.database));
  app.addHook('onSend', async (_request, reply) => {
    reply.header('Cache-Control', 'private, no-store');
  });

  app.get(
    '/holder-files/:holderId',
    {
      schema: {
        tags: ['administration'],
        summary:
          "A holder's file: details, passes, household, applications, redemptions, credit, messages, notes, audit",
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

  app.put(
    '/holder-files/:holderId/passes/:passId/block',
    {
      schema: {
        tags: ['administration'],
        summary: "Block one of the holder's passes from the file (audited)",
        description: `${PASS_ACTION} Blocking a blocked pass changes and audits nothing. 409 pass-replaced.`,
        operationId: 'blockHolderPass',
        security,
        params: PassParams,
        body: ReplacementInput,
        response: { 200: PassRef, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      presentPassRef(
        await service.blockPass(request.principal, request.params.holderId, request.params.passId, request.body.reason),
      ),
  );

  app.delete(
    '/holder-files/:holderId/passes/:passId/block',
    {
      schema: {
        tags: ['administration'],
        summary: "Lift the block of one of the holder's passes from the file (audited)",
        description: `${PASS_ACTION} A pass that is not blocked changes and audits nothing. 409 pass-replaced.`,
        operationId: 'unblockHolderPass',
        security,
        params: PassParams,
        response: { 200: PassRef, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      presentPassRef(await service.unblockPass(request.principal, request.params.holderId, request.params.passId)),
  );

  app.post(
    '/holder-files/:holderId/passes/:passId/replacement',
    {
      schema: {
        tags: ['administration'],
        summary: "Block one of the holder's passes for good and issue a replacement, from the file (audited)",
        description: `${PASS_ACTION} 409 pass-replaced, pass-not-replaceable (expired).`,
        operationId: 'replaceHolderPass',
        security,
        params: PassParams,
        body: ReplacementInput,
        response: { 201: PassReplacement, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          presentReplacement(
            await service.replacePass(
              request.principal,
              request.params.holderId,
              request.params.passId,
              request.body.reason,
            ),
          ),
        ),
  );
}
