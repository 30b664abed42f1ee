import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { sendPage } from '../../http/paging.ts';
import { PageMeta, PagingQuery, problemResponses, Uuid } from '../../http/schemas.ts';
import { PassDevicesRepository } from './pass-devices.repository.ts';
import { MAX_DEVICES, PassDevicesService } from './pass-devices.service.ts';
import { qrKeyLookupFor } from './qr-keys.ts';
import { MembershipCheckService } from './membership-check.ts';
import { passYearRoutes } from './pass-year.routes.ts';
import { passLifeCycleRoutes } from './pass-life-cycle.routes.ts';
import { PassLifeCycleService } from './pass-life-cycle.service.ts';
import { presentDevice, presentDeviceWithKeys, presentOwnPass, presentOwnRedemption } from './passes.presenter.ts';
import { PassesRepository } from './passes.repository.ts';
import { Device, DeviceInput, DeviceWithKeys, MembershipAnswer, OwnPass, OwnRedemption } from './passes.schemas.ts';
import { PassesService } from './passes.service.ts';

export async function passesRoutes(app: App) {
  const { database, config } = app.deps;
  const service = new PassesService(new PassesRepository(database.db));
  const devices = new PassDevicesService(
    new PassDevicesRepository(database.db),
    service,
    qrKeyLookupFor(database),
    config,
  );

  // Personal data and short-lived QR tokens: never kept by a browser or proxy cache.
  app.addHook('onSend', async (_request, reply) => {
    reply.header('Cache-Control', 'private, no-store');
  });

  app.get(
    '/me/pass',
    {
      schema: {
        tags: ['my pass'],
        summary: 'My pass: number, validity and the passes of my children',
        operationId: 'getMyPass',
        security: [{ sessionCookie: [] }],
        response: { 200: OwnPass, ...problemResponses(401, 403, 404) },
      },
    },
    async (request) =>
      presentOwnPass({ ...(await service.ownPass(request.principal)), appleWallet: config.appleWallet !== null }),
  );

  await passYearRoutes(app);

  const lookup = qrKeyLookupFor(database);
  await passLifeCycleRoutes(app, new PassLifeCycleService(database.db, service, lookup));

  const membership = new MembershipCheckService(new PassesRepository(database.db), lookup, config.qrSecret);
  app.post(
    '/membership-checks',
    {
      schema: {
        tags: ['passes'],
        summary: 'Is this pass valid today? Yes or no, nothing more (partners such as a buurthuis)',
        description:
          'For a partner that makes the pass a condition of membership. The answer says valid true or false and nothing about the holder; ' +
          'an unknown, blocked, replaced or lapsed pass is the same false. A mistyped number gives 400 pass-number-invalid, ' +
          'an old QR code 400 qr-code-expired. At most 60 checks per 10 minutes per caller (429 too-many-requests).',
        operationId: 'checkMembership',
        security: [{ sessionCookie: [] }, { apiToken: [] }],
        body: Type.Object(
          {
            passIdentifier: Type.String({
              minLength: 1,
              maxLength: 200,
              description: 'The pass number, or the QR code',
            }),
          },
          { additionalProperties: false },
        ),
        response: { 200: MembershipAnswer, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => membership.check(request.principal, request.body.passIdentifier),
  );

  const DeviceParams = Type.Object({ deviceId: Uuid });

  app.get(
    '/me/pass/devices',
    {
      schema: {
        tags: ['my pass'],
        summary: 'The devices that show my QR code, also without a connection',
        operationId: 'listMyDevices',
        security: [{ sessionCookie: [] }],
        response: { 200: Type.Object({ items: Type.Array(Device) }), ...problemResponses(401, 403) },
      },
    },
    async (request) => ({ items: (await devices.list(request.principal)).map(presentDevice) }),
  );

  app.post(
    '/me/pass/devices',
    {
      schema: {
        tags: ['my pass'],
        summary: "Add this device: it gets the keys to show my QR codes (and my children's) offline",
        description:
          'The answer holds a key per pass; the device computes the rotating QR codes from it, without a connection. ' +
          `At most ${MAX_DEVICES} devices at once (409 too-many-devices).`,
        operationId: 'addMyDevice',
        security: [{ sessionCookie: [] }],
        body: DeviceInput,
        response: { 201: DeviceWithKeys, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentDeviceWithKeys(await devices.register(request.principal, request.body.label))),
  );

  app.post(
    '/me/pass/devices/:deviceId/keys',
    {
      schema: {
        tags: ['my pass'],
        summary: 'The keys of this device for my passes now (a new child pass or a replacement gets one)',
        description: 'A removed device gets 404 device-not-found: add it again on purpose.',
        operationId: 'refreshMyDeviceKeys',
        security: [{ sessionCookie: [] }],
        params: DeviceParams,
        response: { 200: DeviceWithKeys, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => presentDeviceWithKeys(await devices.keys(request.principal, request.params.deviceId)),
  );

  app.delete(
    '/me/pass/devices/:deviceId',
    {
      schema: {
        tags: ['my pass'],
        summary: 'Remove a device (a lost phone): its QR codes stop working at once',
        operationId: 'removeMyDevice',
        security: [{ sessionCookie: [] }],
        params: DeviceParams,
        response: { 204: Type.Null(), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await devices.revoke(request.principal, request.params.deviceId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/me/redemptions',
    {
      schema: {
        tags: ['my pass'],
        summary: 'What I and my children used the pass for, newest first',
        operationId: 'listMyRedemptions',
        security: [{ sessionCookie: [] }],
        querystring: Type.Object({ ...PagingQuery }, { additionalProperties: false }),
        response: {
          200: Type.Object({ items: Type.Array(OwnRedemption), page: PageMeta }),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const result = await service.ownRedemptions(
        request.principal,
        request.query.page ?? 1,
        request.query.pageSize ?? 20,
      );
      return sendPage(request, reply, { ...result, items: result.rows.map(presentOwnRedemption) });
    },
  );
}
