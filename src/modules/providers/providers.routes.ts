import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { sendPage } from '../../http/paging.ts';
import { PageMeta, PagingQuery, problemResponses, Uuid } from '../../http/schemas.ts';
import { apiTokenCacheFor } from '../identity/api-token-cache.ts';
import {
  presentApiToken,
  presentBankAccount,
  presentLocation,
  presentNewApiToken,
  presentProvider,
  presentTillSettings,
} from './providers.presenter.ts';
import { ProvidersRepository } from './providers.repository.ts';
import {
  ApiToken,
  BankAccount,
  BankAccountInput,
  LocationInput,
  NewApiToken,
  Provider,
  TillSettings,
} from './providers.schemas.ts';
import { ProvidersService } from './providers.service.ts';
import { tillSettingsLookupFor } from './till-settings.ts';

const ProviderParams = Type.Object({ providerId: Uuid });
const security: { [name: string]: string[] }[] = [{ sessionCookie: [] }, { apiToken: [] }];

export async function providersRoutes(app: App) {
  const tokenCache = apiTokenCacheFor(app.deps.database);
  const tillSettings = tillSettingsLookupFor(app.deps.database);
  const service = new ProvidersService(
    new ProvidersRepository(app.deps.database.db),
    (tokenId) => tokenCache.forgetToken(tokenId),
    (tenantId, providerId) => tillSettings.forget(tenantId, providerId),
  );

  app.get(
    '/providers/:providerId',
    {
      schema: {
        tags: ['providers'],
        summary: 'A provider with its locations (its own staff and the pass organisation)',
        operationId: 'getProvider',
        security,
        params: ProviderParams,
        response: { 200: Provider, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => presentProvider(await service.getProvider(request.principal, request.params.providerId)),
  );

  const Location = Provider.properties.locations.items;
  app.post(
    '/providers/:providerId/locations',
    {
      schema: {
        tags: ['providers'],
        summary: 'Add a location (provider admins and the pass organisation)',
        description:
          'The wijk and buurt are derived from the position by point-in-polygon on the CBS geometry; a position outside the municipality is refused.',
        operationId: 'createProviderLocation',
        security: [{ sessionCookie: [] }],
        params: ProviderParams,
        body: LocationInput,
        response: { 201: Location, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const location = await service.saveLocation(request.principal, request.params.providerId, null, request.body);
      return reply
        .code(201)
        .header('Location', `${request.url.replace(/\?.*$/, '')}/${location.id}`)
        .send(presentLocation(location));
    },
  );

  app.put(
    '/providers/:providerId/locations/:locationId',
    {
      schema: {
        tags: ['providers'],
        summary: 'Change a location (provider admins and the pass organisation)',
        operationId: 'updateProviderLocation',
        security: [{ sessionCookie: [] }],
        params: Type.Object({ providerId: Uuid, locationId: Uuid }),
        body: LocationInput,
        response: { 200: Location, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      presentLocation(
        await service.saveLocation(
          request.principal,
          request.params.providerId,
          request.params.locationId,
          request.body,
        ),
      ),
  );

  app.post(
    '/providers/:providerId/suspension',
    {
      schema: {
        tags: ['providers'],
        summary: 'Suspend a provider: all its offers leave the catalogue and the till (pass organisation)',
        operationId: 'suspendProvider',
        security: [{ sessionCookie: [] }],
        params: ProviderParams,
        body: Type.Object(
          { reason: Type.String({ minLength: 1, maxLength: 2000, pattern: '\\S' }) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ offersSuspended: Type.Integer({ minimum: 0 }) }),
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) =>
      service.suspend(request.principal, request.params.providerId, request.body.reason, app.deps.database.db),
  );

  const StaffMember = Type.Object({
    id: Uuid,
    name: Type.String(),
    email: Type.String(),
    role: Type.Union([Type.Literal('till_staff'), Type.Literal('provider_admin')]),
  });
  const staffList = (rows: { id: string; name: string; email: string; role: string }[]) => ({
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      email: r.email,
      role: r.role as 'till_staff' | 'provider_admin',
    })),
  });
  app.get(
    '/providers/:providerId/staff',
    {
      schema: {
        tags: ['providers'],
        summary: "The provider's staff: till staff and admins (provider admins)",
        operationId: 'listProviderStaff',
        security: [{ sessionCookie: [] }],
        params: ProviderParams,
        response: { 200: Type.Object({ items: Type.Array(StaffMember) }), ...problemResponses(400, 401, 403) },
      },
    },
    async (request) =>
      staffList(await service.listStaff(request.principal, request.params.providerId, app.deps.database.db)),
  );

  app.post(
    '/providers/:providerId/staff',
    {
      schema: {
        tags: ['providers'],
        summary: 'Invite a staff member by e-mail, as till staff or admin (provider admins)',
        description:
          'They get an e-mail with a login link that works for 7 days. An address that already has this role gives 409.',
        operationId: 'inviteProviderStaff',
        security: [{ sessionCookie: [] }],
        params: ProviderParams,
        body: Type.Object(
          {
            name: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
            email: Type.String({ format: 'email', maxLength: 200 }),
            role: Type.Union([Type.Literal('till_staff'), Type.Literal('provider_admin')]),
          },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({ items: Type.Array(StaffMember) }),
          ...problemResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          staffList(
            await service.inviteStaff(
              request.principal,
              request.params.providerId,
              request.body,
              app.deps.database.db,
              app.deps.config,
            ),
          ),
        ),
  );

  app.delete(
    '/providers/:providerId/staff/:userId',
    {
      schema: {
        tags: ['providers'],
        summary: 'Remove a staff member: logged out at once (provider admins)',
        operationId: 'removeProviderStaff',
        security: [{ sessionCookie: [] }],
        params: Type.Object({ providerId: Uuid, userId: Uuid }),
        response: { 204: Type.Null(), ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await service.removeStaff(
        request.principal,
        request.params.providerId,
        request.params.userId,
        app.deps.database.db,
      );
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/providers/:providerId/bank-account',
    {
      schema: {
        tags: ['providers'],
        summary: "Where the provider's payouts go (provider admins and the pass organisation)",
        operationId: 'getProviderBankAccount',
        security: [{ sessionCookie: [] }],
        params: ProviderParams,
        response: { 200: BankAccount, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => presentBankAccount(await service.getBankAccount(request.principal, request.params.providerId)),
  );

  app.put(
    '/providers/:providerId/bank-account',
    {
      schema: {
        tags: ['providers'],
        summary: "Set the IBAN the provider's payouts go to (provider admins and the pass organisation)",
        description:
          'The IBAN is checked (ISO 13616: length per country and mod-97 check digits); spaces and lowercase are accepted.',
        operationId: 'setProviderBankAccount',
        security: [{ sessionCookie: [] }],
        params: ProviderParams,
        body: BankAccountInput,
        response: { 200: BankAccount, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      presentBankAccount(await service.setBankAccount(request.principal, request.params.providerId, request.body)),
  );

  app.get(
    '/providers/:providerId/api-tokens',
    {
      schema: {
        tags: ['providers'],
        summary: "The provider's API tokens for till systems (provider admins)",
        operationId: 'listProviderApiTokens',
        security: [{ sessionCookie: [] }],
        params: ProviderParams,
        querystring: Type.Object({ ...PagingQuery }, { additionalProperties: false }),
        response: {
          200: Type.Object({ items: Type.Array(ApiToken), page: PageMeta }),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const result = await service.listApiTokens(
        request.principal,
        request.params.providerId,
        request.query.page ?? 1,
        request.query.pageSize ?? 20,
      );
      return sendPage(request, reply, { ...result, items: result.rows.map(presentApiToken) });
    },
  );

  app.post(
    '/providers/:providerId/api-tokens',
    {
      schema: {
        tags: ['providers'],
        summary: 'Create an API token for a till system (provider admins); the secret is shown once',
        operationId: 'createProviderApiToken',
        security: [{ sessionCookie: [] }],
        params: ProviderParams,
        body: Type.Object(
          {
            name: Type.String({
              minLength: 1,
              maxLength: 100,
              pattern: '\\S',
              description: 'What the token is for, e.g. "Kassa 1"',
            }),
          },
          { additionalProperties: false },
        ),
        response: { 201: NewApiToken, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const token = await service.createApiToken(request.principal, request.params.providerId, request.body.name);
      return reply
        .code(201)
        .header('Cache-Control', 'no-store')
        .header('Location', `${request.url.replace(/\?.*$/, '')}/${token.id}`)
        .send(presentNewApiToken(token));
    },
  );

  app.delete(
    '/providers/:providerId/api-tokens/:tokenId',
    {
      schema: {
        tags: ['providers'],
        summary: 'Revoke an API token (provider admins): till systems using it are refused from now on',
        operationId: 'revokeProviderApiToken',
        security: [{ sessionCookie: [] }],
        params: Type.Object({ providerId: Uuid, tokenId: Uuid }),
        response: { 204: Type.Null(), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await service.revokeApiToken(request.principal, request.params.providerId, request.params.tokenId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/providers/:providerId/till-settings',
    {
      schema: {
        tags: ['providers'],
        summary: "How the provider's tills identify a pass (provider admins and the pass organisation)",
        operationId: 'getProviderTillSettings',
        security: [{ sessionCookie: [] }],
        params: ProviderParams,
        response: { 200: TillSettings, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => presentTillSettings(await service.getTillSettings(request.principal, request.params.providerId)),
  );

  app.put(
    '/providers/:providerId/till-settings',
    {
      schema: {
        tags: ['providers'],
        summary: "Turn typed pass numbers on or off for the provider's own tills",
        description:
          'Off: the tills take the QR code of the app only, and a typed number gets 400 typed-pass-number-refused. ' +
          'Other processes follow within 5 seconds.',
        operationId: 'setProviderTillSettings',
        security: [{ sessionCookie: [] }],
        params: ProviderParams,
        body: TillSettings,
        response: { 200: TillSettings, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      presentTillSettings(
        await service.setTillSettings(
          request.principal,
          request.params.providerId,
          request.body.acceptsTypedPassNumbers,
        ),
      ),
  );
}
