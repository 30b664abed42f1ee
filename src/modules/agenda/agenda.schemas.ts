import { Type } from '@sinclair/typebox';
import { Cents, DateOnly, Uuid } from '../../http/schemas.ts';

/** What goes in and out of the agenda; the presenters return their `Static<>` types. */

export const EventKind = Type.Union(
  (['wijk', 'festival', 'sport', 'culture'] as const).map((k) => Type.Literal(k)),
  { description: 'wijk event, festival, sport event or culture' },
);

export const EventsQuery = Type.Object({
  period: Type.Optional(
    Type.Union([Type.Literal('upcoming'), Type.Literal('week'), Type.Literal('weekend')], {
      description: 'upcoming: the next 31 days (default); week: till Sunday; weekend: the coming Saturday and Sunday',
    }),
  ),
  from: Type.Optional(Type.String({ format: 'date', description: 'First day (instead of period), YYYY-MM-DD' })),
  to: Type.Optional(Type.String({ format: 'date', description: 'Last day, inclusive; at most 366 days after from' })),
  route: Type.Optional(
    Type.String({ minLength: 1, maxLength: 100, pattern: '^[a-z0-9-]+$', description: 'Route slug' }),
  ),
  wijk: Type.Optional(
    Type.String({ minLength: 1, maxLength: 20, pattern: '^[A-Za-z0-9]+$', description: 'Wijk code' }),
  ),
  free: Type.Optional(Type.Boolean({ description: 'true: free events only; false: paid events only' })),
  festival: Type.Optional(
    Type.String({ minLength: 1, maxLength: 100, pattern: '^[a-z0-9-]+$', description: 'Festival slug' }),
  ),
});

const Ref = Type.Object({ slug: Type.String(), name: Type.String() });

export const EventOccurrence = Type.Object({
  eventId: Uuid,
  start: Type.String({ format: 'date-time' }),
  end: Type.String({ format: 'date-time' }),
  title: Type.String(),
  description: Type.String(),
  kind: EventKind,
  repeats: Type.Boolean({ description: 'The event happens more than once' }),
  locationName: Type.String(),
  address: Type.String(),
  wijk: Type.Union([Type.Object({ code: Type.String(), name: Type.String() }), Type.Null()]),
  route: Type.Union([Ref, Type.Null()]),
  festival: Type.Union([Ref, Type.Null()]),
  offerId: Type.Union([Uuid, Type.Null()], { description: 'The offer the event is part of, if any' }),
  isFree: Type.Boolean(),
  priceCents: Type.Union([Cents, Type.Null()], { description: 'Price with the pass, when not free and known' }),
});

export const EventList = Type.Object({
  from: DateOnly,
  to: Type.String({ format: 'date', description: 'Last day, inclusive' }),
  items: Type.Array(EventOccurrence),
});

export const Festival = Type.Object({
  id: Uuid,
  slug: Type.String(),
  name: Type.String(),
  description: Type.String(),
  startsOn: DateOnly,
  endsOn: DateOnly,
});

export const FestivalDetail = Type.Object({ ...Festival.properties, events: Type.Array(EventOccurrence) });

export const FestivalSlugParams = Type.Object({
  slug: Type.String({ minLength: 1, maxLength: 100, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' }),
});
