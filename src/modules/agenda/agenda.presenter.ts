import type { Static } from '@sinclair/typebox';
import type { EventKind } from './agenda.tables.ts';
import type { EventOccurrence, Festival } from './agenda.schemas.ts';

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
