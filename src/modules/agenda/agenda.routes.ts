import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { problemResponses } from '../../http/schemas.ts';
import { AgendaRepository } from './agenda.repository.ts';
import { EventList, EventsQuery, Festival, FestivalDetail, FestivalSlugParams } from './agenda.schemas.ts';
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
}
