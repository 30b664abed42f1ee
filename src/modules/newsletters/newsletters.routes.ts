import type { App } from '../../http/app-types.ts';
import { problemResponses } from '../../http/schemas.ts';
import {
  BouncedSubscribers,
  ConfirmationResult,
  Edition,
  EditionInput,
  EditionList,
  EditionParams,
  EditionPreview,
  HolderSubscription,
  HolderSubscriptionState,
  NewSubscription,
  PreviewQuery,
  SubscriptionAccepted,
  TokenQuery,
  UnsubscribeResult,
} from './newsletters.schemas.ts';
import { NewslettersService } from './newsletters.service.ts';

const tags = ['newsletters'];
const security = [{ sessionCookie: [] }];

export async function newslettersRoutes(app: App) {
  const { database, config, jobs } = app.deps;
  const service = new NewslettersService(database.db, config, jobs);

  // Mail programs post the one-click unsubscribe as a form (RFC 8058): `List-Unsubscribe=One-Click`.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 1024 },
    (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    },
  );
  app.addHook('onSend', async (_request, reply) => {
    reply.header('Cache-Control', 'private, no-store');
  });

  app.post(
    '/newsletter-subscriptions',
    {
      schema: {
        tags,
        summary: 'Subscribe to the newsletter (no account needed); a confirmation link is e-mailed',
        description:
          'Nothing is sent before the link in the confirmation e-mail is used (double opt-in). Subscribing again within an hour sends no second e-mail. The answer is the same whether or not the address was known.',
        operationId: 'subscribeToNewsletter',
        body: NewSubscription,
        response: { 202: SubscriptionAccepted, ...problemResponses(400, 429) },
      },
    },
    async (request, reply) => reply.code(202).send(await service.subscribe(request.principal, request.body)),
  );

  app.post(
    '/newsletter-confirmations',
    {
      schema: {
        tags,
        summary: 'Confirm a subscription with the token of the confirmation link (once, within 48 hours)',
        operationId: 'confirmNewsletterSubscription',
        querystring: TokenQuery,
        response: { 200: ConfirmationResult, ...problemResponses(400, 410) },
      },
    },
    async (request) => service.confirm(request.query.token),
  );

  app.post(
    '/newsletter-unsubscriptions',
    {
      schema: {
        tags,
        summary: 'Unsubscribe in one click with the token of a newsletter (RFC 8058 List-Unsubscribe-Post)',
        description:
          'The address in the List-Unsubscribe header of every newsletter. A mail program posts `List-Unsubscribe=One-Click` as a form; the web page posts without a body. Unsubscribing twice is fine.',
        operationId: 'unsubscribeFromNewsletter',
        querystring: TokenQuery,
        response: { 200: UnsubscribeResult, ...problemResponses(400, 410) },
      },
    },
    async (request) => service.unsubscribe(request.query.token),
  );

  app.get(
    '/me/newsletter-subscription',
    {
      schema: {
        tags,
        summary: 'Whether I (a holder) get the newsletter, and how',
        operationId: 'getMyNewsletterSubscription',
        security,
        response: { 200: HolderSubscriptionState, ...problemResponses(401, 403) },
      },
    },
    async (request) => service.holderSubscription(request.principal),
  );

  app.put(
    '/me/newsletter-subscription',
    {
      schema: {
        tags,
        summary: 'Get the newsletter as a holder, by e-mail or by letter, with my interests',
        operationId: 'setMyNewsletterSubscription',
        security,
        body: HolderSubscription,
        response: { 200: HolderSubscriptionState, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => service.setHolderSubscription(request.principal, request.body),
  );

  app.delete(
    '/me/newsletter-subscription',
    {
      schema: {
        tags,
        summary: 'Stop getting the newsletter as a holder',
        operationId: 'deleteMyNewsletterSubscription',
        security,
        response: { 200: HolderSubscriptionState, ...problemResponses(401, 403) },
      },
    },
    async (request) => service.removeHolderSubscription(request.principal),
  );

  app.get(
    '/newsletter-editions',
    {
      schema: {
        tags,
        summary: 'Editions of the newsletters, newest first, with their figures (pass organisation)',
        operationId: 'listNewsletterEditions',
        security,
        response: { 200: EditionList, ...problemResponses(401, 403) },
      },
    },
    async (request) => service.list(request.principal),
  );

  app.post(
    '/newsletter-editions',
    {
      schema: {
        tags,
        summary:
          'Compose an edition from recent stories, new providers and coming events (or, for providers, routes, campaigns, figures and tips)',
        operationId: 'composeNewsletterEdition',
        security,
        body: EditionInput,
        response: { 201: Edition, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => reply.code(201).send(await service.compose(request.principal, request.body)),
  );

  app.get(
    '/newsletter-bounces',
    {
      schema: {
        tags,
        summary: 'Subscribers whose address bounced hard: they get no newsletter until they subscribe again',
        description: 'Newest first, at most 200. A soft bounce (4.x.x) is only counted in the figures of an edition.',
        operationId: 'listNewsletterBounces',
        security,
        response: { 200: BouncedSubscribers, ...problemResponses(401, 403) },
      },
    },
    async (request) => service.bounces(request.principal),
  );

  app.get(
    '/newsletter-editions/:editionId',
    {
      schema: {
        tags,
        summary: 'One edition with its items and figures: sent, bounced, unsubscribed (no opens are tracked)',
        operationId: 'getNewsletterEdition',
        security,
        params: EditionParams,
        response: { 200: Edition, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => service.get(request.principal, request.params.editionId),
  );

  app.get(
    '/newsletter-editions/:editionId/preview',
    {
      schema: {
        tags,
        summary: 'The edition as a reader with this interest and language gets it',
        operationId: 'previewNewsletterEdition',
        security,
        params: EditionParams,
        querystring: PreviewQuery,
        response: { 200: EditionPreview, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => service.preview(request.principal, request.params.editionId, request.query),
  );

  app.post(
    '/newsletter-editions/:editionId/sending',
    {
      schema: {
        tags,
        summary: 'Send the edition to every confirmed subscriber of its audience (a background job)',
        operationId: 'sendNewsletterEdition',
        security,
        params: EditionParams,
        response: { 202: Edition, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => reply.code(202).send(await service.send(request.principal, request.params.editionId)),
  );
}
