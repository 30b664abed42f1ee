import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { problemResponses, Uuid } from '../../http/schemas.ts';
import { type PassLifeCycleService } from './pass-life-cycle.service.ts';
import { presentPassRef, presentReplacement } from './passes.presenter.ts';
import { OwnReplacementInput, PassRef, PassReplacement, ReplacementInput } from './passes.schemas.ts';

const PassParams = Type.Object({ passId: Uuid });
const REPLACEMENT_DESCRIPTION =
  'In one transaction: the old pass is replaced for good (the till refuses it with 409 pass-replaced), a new pass with a new number ' +
  'gets its validity, its redemptions (history and per-pass limits), its credit (a pass_replacement ledger entry) and its child passes.';

/** Block and replace: self-service under /me/pass, the pass organisation under /passes/{passId}. */
export async function passLifeCycleRoutes(app: App, service: PassLifeCycleService) {
  app.post(
    '/me/pass/replacement',
    {
      schema: {
        tags: ['my pass'],
        summary: 'My card is lost, stolen or broken, or my phone is lost: block my pass and give me a new one',
        description: `${REPLACEMENT_DESCRIPTION} A lost phone also removes all my devices.`,
        operationId: 'replaceMyPass',
        security: [{ sessionCookie: [] }],
        body: OwnReplacementInput,
        response: { 201: PassReplacement, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentReplacement(await service.replaceOwn(request.principal, request.body))),
  );

  app.post(
    '/passes/:passId/replacement',
    {
      schema: {
        tags: ['passes'],
        summary: 'Block a pass for good and issue a replacement with a new number (pass organisation)',
        description: REPLACEMENT_DESCRIPTION,
        operationId: 'replacePass',
        security: [{ sessionCookie: [] }],
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
            await service.replaceByOrganisation(request.principal, request.params.passId, request.body.reason),
          ),
        ),
  );

  app.put(
    '/passes/:passId/block',
    {
      schema: {
        tags: ['passes'],
        summary: 'Block a pass: the till refuses it (409 pass-blocked) until the block is lifted (pass organisation)',
        operationId: 'blockPass',
        security: [{ sessionCookie: [] }],
        params: PassParams,
        body: ReplacementInput,
        response: { 200: PassRef, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      presentPassRef(await service.block(request.principal, request.params.passId, request.body.reason)),
  );

  app.delete(
    '/passes/:passId/block',
    {
      schema: {
        tags: ['passes'],
        summary: 'Lift the block of a pass (pass organisation); a replaced pass stays refused (409 pass-replaced)',
        operationId: 'unblockPass',
        security: [{ sessionCookie: [] }],
        params: PassParams,
        response: { 200: PassRef, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => presentPassRef(await service.unblock(request.principal, request.params.passId)),
  );
}
