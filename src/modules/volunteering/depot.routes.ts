import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { problemResponses, Uuid } from '../../http/schemas.ts';
import { DepotService } from './depot.service.ts';
import {
  DepotDemand,
  DepotItem,
  DepotReservation,
  DepotReturn,
  DepotWish,
  ExpertiseBank,
  NewDepotItem,
  NewDepotReservation,
  NewSharedNeed,
  NewSpace,
  SharedNeeds,
  Space,
} from './volunteering.schemas.ts';

const security = [{ sessionCookie: [] }];
const tags = ['volunteering'];
const ReservationParams = Type.Object({ reservationId: Uuid });

/** The materials depot, spaces, the expertise bank and shared needs (partners and the pass organisation). */
export async function depotRoutes(app: App) {
  const service = new DepotService(app.deps.database.db);

  app.get(
    '/depot-items',
    {
      schema: {
        tags,
        summary: 'The materials of the depot with the days already reserved (partners, pass organisation)',
        operationId: 'listDepotItems',
        security,
        response: { 200: Type.Object({ items: Type.Array(DepotItem) }), ...problemResponses(401, 403) },
      },
    },
    async (request) => service.items(request.principal),
  );
  app.post(
    '/depot-items',
    {
      schema: {
        tags,
        summary: 'Add an item to the depot (pass organisation)',
        operationId: 'createDepotItem',
        security,
        body: NewDepotItem,
        response: { 201: DepotItem, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => reply.code(201).send(await service.addItem(request.principal, request.body)),
  );
  app.get(
    '/depot-reservations',
    {
      schema: {
        tags,
        summary: "Reservations: a partner's own, or all for the pass organisation",
        operationId: 'listDepotReservations',
        security,
        response: { 200: Type.Object({ items: Type.Array(DepotReservation) }), ...problemResponses(401, 403) },
      },
    },
    async (request) => service.reservations(request.principal),
  );
  app.post(
    '/depot-reservations',
    {
      schema: {
        tags,
        summary: 'Reserve an item for some days (partner staff); refused when it is reserved on one of them',
        operationId: 'createDepotReservation',
        security,
        body: NewDepotReservation,
        response: { 201: DepotReservation, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await service.reserve(request.principal, request.body)),
  );
  for (const [path, step, summary, operationId] of [
    ['hand-out', 'hand_out', 'The depot hands the item out', 'handOutDepotReservation'],
    ['cancellation', 'cancel', 'Cancel a reservation (its partner, or the depot)', 'cancelDepotReservation'],
  ] as const)
    app.post(
      `/depot-reservations/:reservationId/${path}`,
      {
        schema: {
          tags,
          summary,
          operationId,
          security,
          params: ReservationParams,
          response: { 200: DepotReservation, ...problemResponses(401, 403, 404, 409) },
        },
      },
      async (request) => service.move(request.principal, request.params.reservationId, step),
    );
  app.post(
    '/depot-reservations/:reservationId/return',
    {
      schema: {
        tags,
        summary: 'The item came back, with a note on its state (the depot)',
        operationId: 'returnDepotReservation',
        security,
        params: ReservationParams,
        body: DepotReturn,
        response: { 200: DepotReservation, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => service.move(request.principal, request.params.reservationId, 'return', request.body.note),
  );
  app.post(
    '/depot-wishes',
    {
      schema: {
        tags,
        summary: 'Ask for something the depot does not have (partner staff); counted in what is asked for often',
        operationId: 'createDepotWish',
        security,
        body: DepotWish,
        response: { 204: Type.Null(), ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      await service.wish(request.principal, request.body.wish);
      return reply.code(204).send(null);
    },
  );
  app.get(
    '/depot-demand',
    {
      schema: {
        tags,
        summary: 'What partners asked for most in the last year, refusals and wishes included (pass organisation)',
        operationId: 'getDepotDemand',
        security,
        response: { 200: DepotDemand, ...problemResponses(401, 403) },
      },
    },
    async (request) => service.demand(request.principal),
  );

  app.get(
    '/spaces',
    {
      schema: {
        tags,
        summary: 'Spaces for activities offered and asked for, with the offers that fit each request',
        operationId: 'listSpaces',
        security,
        response: { 200: Type.Object({ items: Type.Array(Space) }), ...problemResponses(401, 403) },
      },
    },
    async (request) => service.spaces(request.principal),
  );
  app.post(
    '/spaces',
    {
      schema: {
        tags,
        summary: 'Offer or ask for a space (partner); the pass organisation posts those of housing corporations',
        operationId: 'createSpace',
        security,
        body: NewSpace,
        response: { 201: Space, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => reply.code(201).send(await service.postSpace(request.principal, request.body)),
  );
  app.post(
    '/spaces/:spaceId/closure',
    {
      schema: {
        tags,
        summary: 'Close a space offer or request (who posted it)',
        operationId: 'closeSpace',
        security,
        params: Type.Object({ spaceId: Uuid }),
        response: { 204: Type.Null(), ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await service.closeSpace(request.principal, request.params.spaceId);
      return reply.code(204).send(null);
    },
  );
  app.get(
    '/expertise-bank',
    {
      schema: {
        tags,
        summary: "The volunteers' skills; how many have each from 10 on",
        operationId: 'getExpertiseBank',
        security,
        response: { 200: ExpertiseBank, ...problemResponses(401, 403) },
      },
    },
    async (request) => service.expertiseBank(request.principal),
  );
  app.get(
    '/shared-needs',
    {
      schema: {
        tags,
        summary: "My initiative's needs, and the courses and purchases two or more initiatives could share",
        operationId: 'listSharedNeeds',
        security,
        response: { 200: SharedNeeds, ...problemResponses(401, 403) },
      },
    },
    async (request) => service.sharedNeeds(request.principal),
  );
  app.post(
    '/shared-needs',
    {
      schema: {
        tags,
        summary: 'Say that my initiative needs a course or a purchase (partner staff)',
        operationId: 'createSharedNeed',
        security,
        body: NewSharedNeed,
        response: { 201: SharedNeeds, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => reply.code(201).send(await service.addSharedNeed(request.principal, request.body)),
  );
}
