import type { Static } from '@sinclair/typebox';
import { discloseCount } from '../insight/disclosure.ts';
import type { ProviderKind } from '../providers/providers.tables.ts';
import type { AreaCollection, AreaFeature, LocationCollection, MapSettings, WijkPage } from './maps.schemas.ts';
import { boundingBox, reprojectCoordinates, slugify, toWgs84 } from './reproject.ts';

type Geometry = { type: string; coordinates: unknown[] };
const parse = (geometry: unknown): Geometry =>
  (typeof geometry === 'string' ? JSON.parse(geometry) : geometry) as Geometry;

/** A stored RD New geometry as WGS84 GeoJSON. */
export function wgs84Geometry(geometry: unknown): Geometry {
  const g = parse(geometry);
  return { type: g.type, coordinates: reprojectCoordinates(g.coordinates as never) };
}

export function presentAreas(
  wijken: { code: string; name: string; geometry: unknown }[],
  buurten: { code: string; name: string; wijk_code: string; geometry: unknown }[],
): Static<typeof AreaCollection> {
  const slugOf = new Map(wijken.map((w) => [w.code, slugify(w.name)]));
  const features: Static<typeof AreaFeature>[] = [
    ...wijken.map((w) => ({
      type: 'Feature' as const,
      id: w.code,
      properties: { kind: 'wijk' as const, code: w.code, name: w.name, slug: slugOf.get(w.code)!, wijkCode: w.code },
      geometry: wgs84Geometry(w.geometry),
    })),
    ...buurten.map((b) => ({
      type: 'Feature' as const,
      id: b.code,
      properties: {
        kind: 'buurt' as const,
        code: b.code,
        name: b.name,
        slug: slugOf.get(b.wijk_code) ?? '',
        wijkCode: b.wijk_code,
      },
      geometry: wgs84Geometry(b.geometry),
    })),
  ];
  const wijkGeometries = features.filter((f) => f.properties.kind === 'wijk').map((f) => f.geometry.coordinates);
  return { type: 'FeatureCollection', bbox: boundingBox(wijkGeometries as never), features };
}

export function presentLocations(
  rows: {
    id: string;
    name: string;
    street: string;
    postcode: string;
    city: string;
    wijk_code: string;
    x_rd: number | null;
    y_rd: number | null;
    provider_id: string;
    provider_name: string;
    provider_kind: ProviderKind;
    offers: { id: string; title: string }[] | string;
  }[],
): Static<typeof LocationCollection> {
  return {
    type: 'FeatureCollection',
    features: rows.map((r) => ({
      type: 'Feature' as const,
      id: r.id,
      properties: {
        name: r.name,
        address: `${r.street}, ${r.postcode} ${r.city}`,
        wijkCode: r.wijk_code,
        provider: { id: r.provider_id, name: r.provider_name, kind: r.provider_kind },
        offers: typeof r.offers === 'string' ? (JSON.parse(r.offers) as { id: string; title: string }[]) : r.offers,
      },
      geometry: { type: 'Point' as const, coordinates: toWgs84(r.x_rd!, r.y_rd!) },
    })),
  };
}

export function presentWijkPage(input: {
  wijk: { code: string; name: string; population: number; geometry: unknown };
  buurten: { code: string; name: string }[];
  centres: { provider_id: string; name: string; street: string; postcode: string; city: string }[];
  funded: { activityName: string; grantedOn: string; amountCents: number }[];
}): Static<typeof WijkPage> {
  const { wijk } = input;
  return {
    code: wijk.code,
    slug: slugify(wijk.name),
    name: wijk.name,
    population: discloseCount(wijk.population).value,
    bbox: boundingBox(wgs84Geometry(wijk.geometry).coordinates as never),
    buurten: input.buurten.map((b) => ({ code: b.code, name: b.name })),
    communityCentres: input.centres.map((c) => ({
      providerId: c.provider_id,
      name: c.name,
      address: `${c.street}, ${c.postcode} ${c.city}`,
    })),
    actionBudget: input.funded,
  };
}

export function presentMapSettings(basemapUrl: string | null): Static<typeof MapSettings> {
  if (!basemapUrl) return { basemap: null };
  const pdok = basemapUrl.includes('pdok.nl');
  return { basemap: { tileUrl: basemapUrl, attribution: pdok ? 'Kaartgegevens: Kadaster (PDOK), CC BY 4.0' : '' } };
}
