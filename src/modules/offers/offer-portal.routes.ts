import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { problemResponses, Uuid } from '../../http/schemas.ts';
import { presentOfferEvent, presentPortalOffer } from './offer-portal.presenter.ts';
import {
  OfferEvent,
  OfferInput,
  PortalOffer,
  ReviewDecision,
  StatusChange,
  StockInput,
  SuspensionInput,
} from './offer-portal.schemas.ts';
import { OfferPortalService } from './offer-portal.service.ts';

const security = [{ sessionCookie: [] }];
const ProviderParams = Type.Object({ providerId: Uuid });
const OfferParams = Type.Object({ providerId: Uuid, offerId: Uuid });
const tags = ['provider portal'];

/** The provider portal's offers, and moderation by the pass organisation. */
export async function offerPortalRoutes(app: App) {
  const service = new OfferPortalService(app.deps.database.db);
  app.addHook('onSend', async (_request, reply) => {
    reply.header('Cache-Control', 'private, no-store');
  });

  app.get(
    '/providers/:providerId/offers',
    {
      schema: {
        tags,
        summary: "The provider's own offers in every state (its staff and the pass organisation)",
        operationId: 'listProviderOffers',
        security,
        params: ProviderParams,
        response: { 200: Type.Object({ items: Type.Array(PortalOffer) }), ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => ({
      items: (await service.list(request.principal, request.params.providerId)).map(presentPortalOffer),
    }),
  );

  app.post(
    '/providers/:providerId/offers',
    {
      schema: {
        tags,
        summary: 'Make a draft offer (provider admins)',
        operationId: 'createProviderOffer',
        security,
        params: ProviderParams,
        body: OfferInput,
        response: { 201: PortalOffer, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const offer = await service.create(request.principal, request.params.providerId, request.body);
      return reply
        .code(201)
        .header('Location', `${request.url.replace(/\?.*$/, '')}/${offer.id}`)
        .send(presentPortalOffer(offer));
    },
  );

  app.get(
    '/providers/:providerId/offers/:offerId',
    {
      schema: {
        tags,
        summary: 'One of the provider’s offers, with changes that wait for moderation',
        operationId: 'getProviderOffer',
        security,
        params: OfferParams,
        response: { 200: PortalOffer, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      presentPortalOffer(await service.get(request.principal, request.params.providerId, request.params.offerId)),
  );

  app.put(
    '/providers/:providerId/offers/:offerId',
    {
      schema: {
        tags,
        summary: 'Change an offer: a draft at once; a published one after moderation (the pass organisation: at once)',
        operationId: 'updateProviderOffer',
        security,
        params: OfferParams,
        body: OfferInput,
        response: { 200: PortalOffer, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      presentPortalOffer(
        await service.update(request.principal, request.params.providerId, request.params.offerId, request.body),
      ),
  );

  app.post(
    '/providers/:providerId/offers/:offerId/status-changes',
    {
      schema: {
        tags,
        summary: 'Submit a draft for moderation, pause, resume or end an offer',
        operationId: 'changeProviderOfferStatus',
        security,
        params: OfferParams,
        body: StatusChange,
        response: { 200: PortalOffer, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      presentPortalOffer(
        await service.changeStatus(request.principal, request.params.providerId, request.params.offerId, request.body),
      ),
  );

  app.put(
    '/providers/:providerId/offers/:offerId/stock',
    {
      schema: {
        tags,
        summary: 'Set how many are left (no moderation)',
        operationId: 'setProviderOfferStock',
        security,
        params: OfferParams,
        body: StockInput,
        response: { 200: PortalOffer, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      presentPortalOffer(
        await service.setStock(
          request.principal,
          request.params.providerId,
          request.params.offerId,
          request.body.stockRemaining,
        ),
      ),
  );

  app.get(
    '/providers/:providerId/offers/:offerId/events',
    {
      schema: {
        tags,
        summary: 'Every change to the offer: who, when, what',
        operationId: 'listProviderOfferEvents',
        security,
        params: OfferParams,
        response: { 200: Type.Object({ items: Type.Array(OfferEvent) }), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => ({
      items: (await service.history(request.principal, request.params.providerId, request.params.offerId)).map(
        presentOfferEvent,
      ),
    }),
  );

  app.get(
    '/offer-reviews',
    {
      schema: {
        tags: ['moderation'],
        summary: 'Offers and changes that wait for moderation, oldest first (pass organisation)',
        operationId: 'listOfferReviews',
        security,
        response: { 200: Type.Object({ items: Type.Array(PortalOffer) }), ...problemResponses(401, 403) },
      },
    },
    async (request) => ({ items: (await service.reviewQueue(request.principal)).map(presentPortalOffer) }),
  );

  app.post(
    '/offer-reviews/:offerId/decisions',
    {
      schema: {
        tags: ['moderation'],
        summary: 'Approve an offer (or its changes), or ask for changes with a comment (pass organisation)',
        description:
          'Send the version you looked at: when another moderator decided first, or the offer changed since, the answer is 409.',
        operationId: 'decideOfferReview',
        security,
        params: Type.Object({ offerId: Uuid }),
        body: ReviewDecision,
        response: { 200: PortalOffer, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      presentPortalOffer(await service.review(request.principal, request.params.offerId, request.body)),
  );

  app.post(
    '/offer-reviews/:offerId/suspension',
    {
      schema: {
        tags: ['moderation'],
        summary: 'Suspend an offer: off the catalogue and the till at once (pass organisation)',
        operationId: 'suspendOffer',
        security,
        params: Type.Object({ offerId: Uuid }),
        body: SuspensionInput,
        response: { 200: PortalOffer, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      presentPortalOffer(await service.suspend(request.principal, request.params.offerId, request.body.reason)),
  );
}
