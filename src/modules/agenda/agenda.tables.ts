import type { Generated } from 'kysely';
import type { CreatedAt, DateString, Timestamp } from '../../db/schema.ts';

/** Table types of the agenda module. Keep in step with the migrations that create them. */
export type EventKind = 'wijk' | 'festival' | 'sport' | 'culture';

export interface FestivalsTable {
  tenant_id: string;
  id: Generated<string>;
  slug: string;
  name: string;
  description: Generated<string>;
  starts_on: DateString;
  ends_on: DateString;
}

export interface EventsTable {
  tenant_id: string;
  id: Generated<string>;
  title: string;
  description: Generated<string>;
  kind: EventKind;
  starts_at: Timestamp;
  ends_at: Timestamp;
  rrule: string | null;
  last_on: DateString | null;
  location_name: Generated<string>;
  address: Generated<string>;
  wijk_code: string | null;
  offer_id: string | null;
  route_id: string | null;
  festival_id: string | null;
  /** The provider of the offer the event is tied to: it may change the event. Null: the pass organisation's. */
  provider_id: string | null;
  is_free: boolean;
  price_cents: number | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

declare module '../../db/schema.ts' {
  interface DB {
    festivals: FestivalsTable;
    events: EventsTable;
  }
}
