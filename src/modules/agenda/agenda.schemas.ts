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

/** Wall-clock time in Amsterdam, to the minute: how people think of an event's time. */
const LocalDateTime = Type.String({
  pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}$',
  description: 'Wall-clock time in Amsterdam, YYYY-MM-DDTHH:MM',
  examples: ['2027-03-14T14:00'],
});
const Slug = Type.String({ minLength: 1, maxLength: 100, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' });

// Null comes first in each union: the validator coerces types, and would turn null into 0 or ''.
export const EventInput = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 200 }),
    description: Type.String({ maxLength: 5000 }),
    kind: EventKind,
    startsAt: LocalDateTime,
    endsAt: LocalDateTime,
    rrule: Type.Union([Type.Null(), Type.String({ minLength: 1, maxLength: 500 })], {
      description:
        'How the event repeats: an RFC 5545 RRULE without DTSTART (e.g. FREQ=WEEKLY;BYDAY=TU;UNTIL=20271231T230000Z), on the wall-clock time of startsAt; null: once',
    }),
    locationName: Type.String({ maxLength: 200 }),
    address: Type.String({ maxLength: 300 }),
    wijkCode: Type.Union([Type.Null(), Type.String({ minLength: 1, maxLength: 20 })]),
    offerId: Type.Union([Type.Null(), Uuid], {
      description: 'The offer the event is part of; a provider must give one of its own offers',
    }),
    routeSlug: Type.Union([Type.Null(), Slug]),
    festivalSlug: Type.Union([Type.Null(), Slug]),
    isFree: Type.Boolean(),
    priceCents: Type.Union([Type.Null(), Type.Integer({ minimum: 0, maximum: 1_000_000 })], {
      description: 'Price with the pass in euro cents; null when free or not known',
    }),
  },
  { additionalProperties: false },
);

/** An event as stored, for the people who may change it. */
export const EditableEvent = Type.Object({
  id: Uuid,
  ...EventInput.properties,
  providerId: Type.Union([Type.Null(), Uuid], { description: 'The provider that may change it (from the offer)' }),
  lastOn: Type.Union([Type.Null(), DateOnly], { description: 'The last day it happens; null: no end' }),
  offerTitle: Type.Union([Type.Null(), Type.String()]),
  updatedAt: Type.String({ format: 'date-time' }),
});

export const EditableEventList = Type.Object({ items: Type.Array(EditableEvent) });

export const EventIdParams = Type.Object({ eventId: Uuid });
export const ProviderIdParams = Type.Object({ providerId: Uuid });

export const FestivalInput = Type.Object(
  {
    slug: Slug,
    name: Type.String({ minLength: 1, maxLength: 200 }),
    description: Type.String({ maxLength: 5000 }),
    startsOn: DateOnly,
    endsOn: DateOnly,
  },
  { additionalProperties: false },
);
