import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { problemResponses } from '../../http/schemas.ts';
import { AgendaRepository } from './agenda.repository.ts';
import {
  EditableEvent,
  EditableEventList,
  EventIdParams,
  EventInput,
  EventList,
  EventsQuery,
  Festival,
  FestivalDetail,
  FestivalInput,
  FestivalSlugParams,
  ProviderIdParams,
} from './agenda.schemas.ts';
import { AgendaService } from './agenda.service.ts';
import { agendaCalendar } from './ical.ts';

export async function agendaRoutes(app: App) {
  const service = new AgendaService(new AgendaRepository(app.deps.database.db));

  app.get(
    '/events',
    {
      schema: {
        tags: ['agenda'],
        summary: 'The agenda: events and their repetitions in a period, in time order',
        description: 'Filters combine (AND). Without from/to, the period decides the days (default: the next 31 days).',
        operationId: 'listEvents',
        querystring: EventsQuery,
        response: { 200: EventList, ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      reply.header('Cache-Control', 'public, max-age=60');
      return service.listEvents(request.principal, request.query);
    },
  );

  app.get(
    '/events/calendar.ics',
    {
      schema: {
        tags: ['agenda'],
        summary: 'The same agenda as an iCal feed a phone calendar can subscribe to',
        operationId: 'getEventsCalendar',
        querystring: EventsQuery,
        response: {
          200: { description: 'iCalendar (RFC 5545)', content: { 'text/calendar': { schema: Type.String() } } },
          ...problemResponses(400),
        },
      },
    },
    async (request, reply) => {
      const { items } = await service.listEvents(request.principal, request.query);
      const name = `${await service.passName(request.principal)}: agenda`;
      return reply
        .type('text/calendar; charset=utf-8')
        .header('Cache-Control', 'public, max-age=900')
        .header('Content-Disposition', 'inline; filename="agenda.ics"')
        .send(agendaCalendar(items, { name, publicUrl: app.deps.config.publicUrl }));
    },
  );

  app.get(
    '/festivals',
    {
      schema: {
        tags: ['agenda'],
        summary: 'Festivals that have not ended',
        operationId: 'listFestivals',
        response: { 200: Type.Object({ items: Type.Array(Festival) }) },
      },
    },
    async (request) => ({ items: await service.listFestivals(request.principal) }),
  );

  app.get(
    '/festivals/:slug',
    {
      schema: {
        tags: ['agenda'],
        summary: 'One festival by its readable address, with all its events',
        operationId: 'getFestival',
        params: FestivalSlugParams,
        response: { 200: FestivalDetail, ...problemResponses(400, 404) },
      },
    },
    async (request) => service.getFestival(request.principal, request.params.slug),
  );

  // Editing: the pass organisation keeps the whole agenda, a provider the events of its own offers.
  const security = [{ sessionCookie: [] }];

  app.get(
    '/admin/events',
    {
      schema: {
        tags: ['agenda'],
        summary: 'Every event that has not ended, as stored, to edit (pass organisation only)',
        operationId: 'listEditableEvents',
        security,
        response: { 200: EditableEventList, ...problemResponses(401, 403) },
      },
    },
    async (request, reply) => {
      reply.header('Cache-Control', 'private, no-store');
      return service.listEditable(request.principal);
    },
  );

  app.get(
    '/providers/:providerId/events',
    {
      schema: {
        tags: ['agenda'],
        summary: "The provider's events that have not ended (its admins and the pass organisation)",
        operationId: 'listProviderEvents',
        security,
        params: ProviderIdParams,
        response: { 200: EditableEventList, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      reply.header('Cache-Control', 'private, no-store');
      return service.listProviderEvents(request.principal, request.params.providerId);
    },
  );

  app.post(
    '/events',
    {
      schema: {
        tags: ['agenda'],
        summary: 'Put an event on the agenda (pass organisation; a provider: tied to one of its own offers)',
        operationId: 'createEvent',
        security,
        body: EventInput,
        response: { 201: EditableEvent, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const event = await service.createEvent(request.principal, request.body);
      return reply
        .code(201)
        .header('Location', `${request.url.replace(/\?.*$/, '')}/${event.id}`)
        .send(event);
    },
  );

  app.get(
    '/events/:eventId',
    {
      schema: {
        tags: ['agenda'],
        summary: 'One event as stored, to edit (who may change it; for others it is not found)',
        operationId: 'getEvent',
        security,
        params: EventIdParams,
        response: { 200: EditableEvent, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      reply.header('Cache-Control', 'private, no-store');
      return service.getEditable(request.principal, request.params.eventId);
    },
  );

  app.put(
    '/events/:eventId',
    {
      schema: {
        tags: ['agenda'],
        summary: 'Change an event, with its repetitions',
        operationId: 'updateEvent',
        security,
        params: EventIdParams,
        body: EventInput,
        response: { 200: EditableEvent, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => service.updateEvent(request.principal, request.params.eventId, request.body),
  );

  app.delete(
    '/events/:eventId',
    {
      schema: {
        tags: ['agenda'],
        summary: 'Take an event off the agenda, with all its repetitions',
        operationId: 'deleteEvent',
        security,
        params: EventIdParams,
        response: { 204: Type.Null({ description: 'Deleted' }), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await service.deleteEvent(request.principal, request.params.eventId);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/festivals',
    {
      schema: {
        tags: ['agenda'],
        summary: 'Add a festival (pass organisation only)',
        operationId: 'createFestival',
        security,
        body: FestivalInput,
        response: { 201: Festival, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const festival = await service.createFestival(request.principal, request.body);
      return reply
        .code(201)
        .header('Location', `${request.url.replace(/\?.*$/, '')}/${festival.slug}`)
        .send(festival);
    },
  );

  app.put(
    '/festivals/:slug',
    {
      schema: {
        tags: ['agenda'],
        summary: 'Change a festival, its address too (pass organisation only)',
        operationId: 'updateFestival',
        security,
        params: FestivalSlugParams,
        body: FestivalInput,
        response: { 200: Festival, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => service.updateFestival(request.principal, request.params.slug, request.body),
  );
}
