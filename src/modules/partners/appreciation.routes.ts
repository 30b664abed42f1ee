import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { problemResponses, Uuid } from '../../http/schemas.ts';
import {
  ActivatedPass,
  Activation,
  AppreciationCode,
  AppreciationQuota,
  NewAppreciationCode,
  NewAppreciationQuota,
} from './appreciation.schemas.ts';
import { AppreciationService, presentQuota } from './appreciation.service.ts';

const security = [{ sessionCookie: [] }];
const tags = ['partners'];
const QuotaParams = Type.Object({ quotaId: Uuid });
const presentCode = (c: {
  id: string;
  code: string;
  label: string | null;
  used_at: Date | null;
  created_at: Date;
}) => ({
  id: c.id,
  code: c.code,
  label: c.label,
  used: c.used_at !== null,
  createdAt: new Date(c.created_at).toISOString(),
});

export async function appreciationRoutes(app: App) {
  const service = new AppreciationService(app.deps.database.db);

  app.post(
    '/appreciation-quotas',
    {
      schema: {
        tags,
        summary: 'Give a partner a quota of appreciation passes for its volunteers (pass organisation only)',
        operationId: 'createAppreciationQuota',
        security,
        body: NewAppreciationQuota,
        response: { 201: AppreciationQuota, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentQuota(await service.createQuota(request.principal, request.body))),
  );

  app.get(
    '/appreciation-quotas',
    {
      schema: {
        tags,
        summary:
          "Quotas with codes made, codes used and cost: all for the pass organisation, a partner's own for its staff",
        operationId: 'listAppreciationQuotas',
        security,
        response: { 200: Type.Object({ items: Type.Array(AppreciationQuota) }), ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => ({ items: (await service.listQuotas(request.principal)).map(presentQuota) }),
  );

  app.get(
    '/appreciation-quotas/:quotaId/codes',
    {
      schema: {
        tags,
        summary: 'The codes of a quota and whether each was used (not by whom)',
        operationId: 'listAppreciationCodes',
        security,
        params: QuotaParams,
        response: { 200: Type.Object({ items: Type.Array(AppreciationCode) }), ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => ({
      items: (await service.listCodes(request.principal, request.params.quotaId)).map(presentCode),
    }),
  );

  app.post(
    '/appreciation-quotas/:quotaId/codes',
    {
      schema: {
        tags,
        summary: 'Make one code to hand to a volunteer (partner staff); refused when the quota is used up',
        operationId: 'createAppreciationCode',
        security,
        params: QuotaParams,
        body: NewAppreciationCode,
        response: { 201: AppreciationCode, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(presentCode(await service.makeCode(request.principal, request.params.quotaId, request.body.label))),
  );

  app.post(
    '/appreciation-codes/activation',
    {
      schema: {
        tags,
        summary: 'A volunteer activates a code into a pass of their own (rate-limited)',
        operationId: 'activateAppreciationCode',
        description: 'Makes a holder, a regular pass for a year and a resident account (log in with an e-mail link).',
        body: Activation,
        response: { 201: ActivatedPass, ...problemResponses(400, 404, 409, 429) },
      },
    },
    async (request, reply) => reply.code(201).send(await service.activate(request.principal, request.body)),
  );
}
