import type { Static } from '@sinclair/typebox';
import type { EventKind } from './agenda.tables.ts';
import type { EditableEvent, EventOccurrence, Festival } from './agenda.schemas.ts';
import { toFloating } from './occurrences.ts';

export interface EventRow {
  id: string;
  title: string;
  description: string;
  kind: EventKind;
  rrule: string | null;
  location_name: string;
  address: string;
  offer_id: string | null;
  is_free: boolean;
  price_cents: number | null;
  wijk_code: string | null;
  wijk_name: string | null;
  route_slug: string | null;
  route_name: string | null;
  festival_slug: string | null;
  festival_name: string | null;
}

export function presentOccurrence(
  row: EventRow,
  occurrence: { start: Date; end: Date },
): Static<typeof EventOccurrence> {
  return {
    eventId: row.id,
    start: occurrence.start.toISOString(),
    end: occurrence.end.toISOString(),
    title: row.title,
    description: row.description,
    kind: row.kind,
    repeats: row.rrule !== null,
    locationName: row.location_name,
    address: row.address,
    wijk: row.wijk_code && row.wijk_name ? { code: row.wijk_code, name: row.wijk_name } : null,
    route: row.route_slug && row.route_name ? { slug: row.route_slug, name: row.route_name } : null,
    festival: row.festival_slug && row.festival_name ? { slug: row.festival_slug, name: row.festival_name } : null,
    offerId: row.offer_id,
    isFree: row.is_free,
    priceCents: row.is_free ? null : row.price_cents,
  };
}

export function presentFestival(row: {
  id: string;
  slug: string;
  name: string;
  description: string;
  starts_on: string;
  ends_on: string;
}): Static<typeof Festival> {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    startsOn: String(row.starts_on),
    endsOn: String(row.ends_on),
  };
}

export interface EditableEventRow {
  id: string;
  title: string;
  description: string;
  kind: EventKind;
  starts_at: Date;
  ends_at: Date;
  rrule: string | null;
  last_on: string | null;
  location_name: string;
  address: string;
  wijk_code: string | null;
  offer_id: string | null;
  provider_id: string | null;
  is_free: boolean;
  price_cents: number | null;
  updated_at: Date;
  route_slug: string | null;
  festival_slug: string | null;
  offer_title: string | null;
}

/** Minutes of Amsterdam wall-clock time, as the editors entered them. */
const local = (instant: Date) => toFloating(instant).toISOString().slice(0, 16);

export function presentEditableEvent(row: EditableEventRow): Static<typeof EditableEvent> {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    kind: row.kind,
    startsAt: local(row.starts_at),
    endsAt: local(row.ends_at),
    rrule: row.rrule,
    locationName: row.location_name,
    address: row.address,
    wijkCode: row.wijk_code,
    offerId: row.offer_id,
    routeSlug: row.route_slug,
    festivalSlug: row.festival_slug,
    isFree: row.is_free,
    priceCents: row.is_free ? null : row.price_cents,
    providerId: row.provider_id,
    lastOn: row.last_on === null ? null : String(row.last_on),
    offerTitle: row.offer_title,
    updatedAt: row.updated_at.toISOString(),
  };
}
