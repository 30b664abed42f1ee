import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { FixedWindowLimiter } from '../../http/rate-limit.ts';
import { problemResponses, Uuid } from '../../http/schemas.ts';
import { DomainError } from '../../shared/errors.ts';
import { registerPaymentHandler } from '../sales/other-payments.ts';
import { buildWalletPass } from './apple-wallet.ts';
import { HouseholdsService } from './households.service.ts';
import { normalizePassNumber } from './pass-number.ts';
import { graceEndOf } from './pass-year.ts';
import { PassYearRepository } from './pass-year.repository.ts';
import { PassYearService } from './pass-year.service.ts';
import { formatPassNumber } from './pass-number.ts';
import { PassesRepository } from './passes.repository.ts';
import {
  Household,
  PartnerInvitationInput,
  PassYearSettings,
  PassYearSettingsOut,
  Renewal,
  RenewalCreated,
  RenewalInput,
  RenewalOption,
} from './passes.schemas.ts';
import { PassesService } from './passes.service.ts';

/** At most 10 partner invitations per holder per hour: the answer never says whether a number exists. */
const INVITATIONS = { limit: 10, windowSeconds: 3600 };

/** The pass year (settings, renewal), households and Apple Wallet. */
export async function passYearRoutes(app: App) {
  const { database, config } = app.deps;
  const passYear = new PassYearService(database.db, config);
  const households = new HouseholdsService(database.db);
  const passes = new PassesService(new PassesRepository(database.db));
  const unregister = registerPaymentHandler((tenantId, providerName, paymentId, provider) =>
    passYear.handlePayment(tenantId, providerName, paymentId, provider),
  );
  app.addHook('onClose', async () => unregister());
  const invitations = new FixedWindowLimiter(INVITATIONS.limit, INVITATIONS.windowSeconds);

  app.get(
    '/pass-year-settings',
    {
      schema: {
        tags: ['passes'],
        summary: 'How long passes of each pass type are valid, and the grace period (pass organisation)',
        operationId: 'getPassYearSettings',
        security: [{ sessionCookie: [] }],
        response: { 200: PassYearSettingsOut, ...problemResponses(401, 403) },
      },
    },
    async (request) => presentSettings(await passYear.settings(request.principal)),
  );

  app.put(
    '/pass-year-settings',
    {
      schema: {
        tags: ['passes'],
        summary: 'Set the validity per pass type and the grace period (pass organisation)',
        description:
          'The validity applies to passes issued or renewed from now on. A changed grace period applies at once to every pass: ' +
          'the till accepts a pass until the end of its year plus the grace period.',
        operationId: 'putPassYearSettings',
        security: [{ sessionCookie: [] }],
        body: PassYearSettings,
        response: { 200: PassYearSettingsOut, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => presentSettings(await passYear.saveSettings(request.principal, request.body)),
  );

  app.get(
    '/me/pass/renewal-options',
    {
      schema: {
        tags: ['my pass'],
        summary: "Can my pass (and my children's) be renewed now, for what price, until when?",
        operationId: 'listMyRenewalOptions',
        security: [{ sessionCookie: [] }],
        response: { 200: Type.Object({ items: Type.Array(RenewalOption) }), ...problemResponses(401, 403) },
      },
    },
    async (request) => ({
      items: (await passYear.renewalOptions(request.principal)).map((o) => ({
        passNumber: formatPassNumber(o.number),
        holderName: o.holderName,
        own: o.own,
        status: o.status,
        validUntil: o.validUntil,
        paid: o.paid,
        renewableNow: o.renewableNow,
        priceCents: o.priceCents,
        nextValidUntil: o.nextValidUntil,
      })),
    }),
  );

  app.post(
    '/me/pass/renewals',
    {
      schema: {
        tags: ['my pass'],
        summary: 'Renew my paid pass (or my child’s): answers where to pay',
        description:
          'Through the payment provider of pass sales. The pass keeps its number, history and credit; once the provider says it is paid, ' +
          'its year moves on and the sale is booked as every pass sale (kind pass_sale, the actiebudget share included). ' +
          'A free pass gives 409 pass-renewal-free-pass; a pass with more than 60 days left 409 pass-renewal-too-early.',
        operationId: 'renewMyPass',
        security: [{ sessionCookie: [] }],
        body: RenewalInput,
        response: { 201: RenewalCreated, ...problemResponses(400, 401, 403, 404, 409, 502) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await passYear.startRenewal(request.principal, request.body.passNumber)),
  );

  app.get(
    '/me/pass/renewals/:renewalId',
    {
      schema: {
        tags: ['my pass'],
        summary: 'The status of my renewal (after paying)',
        operationId: 'getMyRenewal',
        security: [{ sessionCookie: [] }],
        params: Type.Object({ renewalId: Uuid }),
        response: { 200: Renewal, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const r = await passYear.getRenewal(request.principal, request.params.renewalId);
      return {
        id: r.id,
        passNumber: formatPassNumber(r.pass_number),
        status: r.status,
        amountCents: r.amount_cents,
        validUntilBefore: r.valid_until_before,
        validUntilAfter: r.valid_until_after,
        checkoutUrl: r.status === 'open' ? r.checkout_url : null,
      };
    },
  );

  app.get(
    '/me/household',
    {
      schema: {
        tags: ['my pass'],
        summary: "My household's passes: my partner's (once accepted) and the children's",
        operationId: 'getMyHousehold',
        security: [{ sessionCookie: [] }],
        response: { 200: Household, ...problemResponses(401, 403) },
      },
    },
    async (request) => households.household(request.principal),
  );

  app.post(
    '/me/household/partner-invitations',
    {
      schema: {
        tags: ['my pass'],
        summary: 'Invite my partner by their pass number; they accept on their own "Mijn pas"',
        description:
          'Always 202, whether the number exists or not: the answer never tells. At most 10 invitations per hour (429). ' +
          'A holder who already has a partner gets 409 household-partner-exists.',
        operationId: 'invitePartner',
        security: [{ sessionCookie: [] }],
        body: PartnerInvitationInput,
        response: { 202: Type.Null(), ...problemResponses(400, 401, 403, 409, 429) },
      },
    },
    async (request, reply) => {
      const key = `${request.principal.tenantId}:${request.principal.kind === 'resident' ? request.principal.holderId : request.ip}`;
      const wait = invitations.retryAfter(key);
      if (wait > 0) {
        reply.header('Retry-After', String(wait));
        throw new DomainError('too-many-requests', 'Too many invitations. Try again later.');
      }
      await households.invitePartner(request.principal, request.body.passNumber);
      invitations.hit(key);
      return reply.code(202).send(null);
    },
  );

  const LinkParams = Type.Object({ linkId: Uuid });

  app.put(
    '/me/household/partner-links/:linkId/acceptance',
    {
      schema: {
        tags: ['my pass'],
        summary: "Accept an invitation to my partner's household",
        operationId: 'acceptPartnerInvitation',
        security: [{ sessionCookie: [] }],
        params: LinkParams,
        response: { 204: Type.Null(), ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await households.acceptInvitation(request.principal, request.params.linkId);
      return reply.code(204).send(null);
    },
  );

  app.delete(
    '/me/household/partner-links/:linkId',
    {
      schema: {
        tags: ['my pass'],
        summary: 'Decline an invitation, or end the partnership in the household',
        operationId: 'removePartnerLink',
        security: [{ sessionCookie: [] }],
        params: LinkParams,
        response: { 204: Type.Null(), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await households.removeLink(request.principal, request.params.linkId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/me/pass/apple-wallet',
    {
      schema: {
        tags: ['my pass'],
        summary: "My pass (or my child's) for Apple Wallet, as a signed .pkpass",
        description:
          'Only when the operator configured the signing certificate (404 apple-wallet-not-configured otherwise; GET /me/pass says appleWallet). ' +
          'The barcode carries the pass number, which every till accepts.',
        operationId: 'getMyAppleWalletPass',
        security: [{ sessionCookie: [] }],
        querystring: Type.Object(
          {
            passNumber: Type.Optional(
              Type.String({ minLength: 13, maxLength: 20, description: "A child's pass; default: my own" }),
            ),
          },
          { additionalProperties: false },
        ),
        response: {
          200: {
            description: 'The signed pass',
            content: { 'application/vnd.apple.pkpass': { schema: Type.String({ format: 'binary' }) } },
          },
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const own = await passes.ownPass(request.principal);
      // Read per request, like the rest of the configuration: a test may give a running server a certificate.
      const wallet = config.appleWallet;
      if (!wallet) throw new DomainError('apple-wallet-not-configured', 'Apple Wallet passes are not offered here.');
      const wanted = request.query.passNumber ? normalizePassNumber(request.query.passNumber) : own.pass.number;
      const pass =
        wanted === own.pass.number
          ? {
              number: own.pass.number,
              holder_name: own.pass.holder_name,
              valid_until: own.pass.valid_until,
              status: own.pass.status,
            }
          : own.children.find((c) => c.number === wanted);
      if (!pass || pass.status !== 'active')
        throw new DomainError('pass-not-found', 'There is no pass in use with this number in your household.');
      const settings = await new PassYearRepository(database.db).settings(request.principal.tenantId);
      const file = await buildWalletPass(wallet, {
        tenantId: request.principal.tenantId,
        passName: own.pass.pass_name,
        number: pass.number,
        holderName: pass.holder_name,
        validUntil: pass.valid_until,
        lastDay: graceEndOf(pass.valid_until, settings.graceMonths),
        publicUrl: config.publicUrl,
      });
      return reply
        .type('application/vnd.apple.pkpass')
        .header('Content-Disposition', `attachment; filename="pas-${pass.number}.pkpass"`)
        .send(file as unknown as string); // binary body; the schema documents it as format: binary
    },
  );
}

function presentSettings(s: Awaited<ReturnType<PassYearService['settings']>>) {
  return { graceMonths: s.graceMonths, validity: s.validity, updatedAt: s.updatedAt?.toISOString() ?? null };
}
