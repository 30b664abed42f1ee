import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { problemResponses, Uuid } from '../../http/schemas.ts';
import { NewNomination, NominationScore, Top30, Top30Service, Top30Weights } from './top30.service.ts';

const security = [{ sessionCookie: [] }];
const tags = ['partners'];

export async function top30Routes(app: App) {
  const service = new Top30Service(app.deps.database.db);

  app.get(
    '/top30',
    {
      schema: {
        tags,
        summary: 'Public: the top 30 of volunteer activities of the latest month',
        operationId: 'getTop30',
        response: { 200: Top30, ...problemResponses(400) },
      },
    },
    async (request) => service.top30(request.principal),
  );

  app.post(
    '/top30/nominations',
    {
      schema: {
        tags,
        summary: 'Nominate a volunteer activity, on the pass or not yet (partner staff)',
        operationId: 'nominateTop30',
        security,
        body: NewNomination,
        response: { 201: Type.Object({ id: Uuid }), ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await service.nominate(request.principal, request.body)),
  );

  app.put(
    '/top30/nominations/:nominationId/score',
    {
      schema: {
        tags,
        summary: "Score a nomination 0–10: the pass organisation's jury, or a volunteer organisation's staff",
        operationId: 'scoreTop30Nomination',
        security,
        params: Type.Object({ nominationId: Uuid }),
        body: NominationScore,
        response: { 204: Type.Null(), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await service.score(request.principal, request.params.nominationId, request.body.score);
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/top30/weights',
    {
      schema: {
        tags,
        summary: 'Set the weights of reach, jury score and volunteer organisation score (pass organisation only)',
        operationId: 'setTop30Weights',
        security,
        body: Top30Weights,
        response: { 204: Type.Null(), ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      await service.setWeights(request.principal, request.body);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/top30/recomputation',
    {
      schema: {
        tags,
        summary: "Recompute this month's top 30 now (the job does it monthly)",
        operationId: 'recomputeTop30',
        security,
        response: { 200: Top30, ...problemResponses(401, 403) },
      },
    },
    async (request) => service.recompute(request.principal),
  );
}
