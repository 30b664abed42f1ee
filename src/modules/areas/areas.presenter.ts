import type { Static } from '@sinclair/typebox';
import type { Geometry, Wijk, WijkDetail } from './areas.schemas.ts';

interface WijkRow {
  code: string;
  name: string;
  population: number;
  offer_count: number | null;
}

export function presentWijk(row: WijkRow): Static<typeof Wijk> {
  return { code: row.code, name: row.name, population: row.population, offerCount: Number(row.offer_count ?? 0) };
}

export function presentWijkDetail(
  row: WijkRow & {
    households: number | null;
    geometry: unknown;
    buurten: { code: string; name: string; population: number }[];
  },
): Static<typeof WijkDetail> {
  return {
    ...presentWijk(row),
    households: row.households,
    // Stored as imported from CBS: GeoJSON in RD New (EPSG:28992), metres.
    geometry: (typeof row.geometry === 'string' ? JSON.parse(row.geometry) : row.geometry) as Static<typeof Geometry>,
    buurten: row.buurten.map((b) => ({ code: b.code, name: b.name, population: b.population })),
  };
}
