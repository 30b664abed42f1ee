import { Type } from '@sinclair/typebox';
import { Cents, DateOnly, Uuid } from '../../http/schemas.ts';
import { ProviderKind } from '../providers/providers.schemas.ts';

/** What goes out of the maps endpoints; the presenters return their `Static<>` types. GeoJSON is WGS84 (EPSG:4326). */

const BBox = Type.Array(Type.Number(), {
  minItems: 4,
  maxItems: 4,
  description: '[west, south, east, north] in WGS84 degrees',
});

export const AreaFeature = Type.Object({
  type: Type.Literal('Feature'),
  id: Type.String({ description: 'CBS code' }),
  properties: Type.Object({
    kind: Type.Union([Type.Literal('wijk'), Type.Literal('buurt')]),
    code: Type.String(),
    name: Type.String(),
    slug: Type.String({
      description: "Readable address of the wijk page: /wijken/{slug} (wijken only; a buurt has its wijk's)",
    }),
    wijkCode: Type.String(),
  }),
  geometry: Type.Object(
    { type: Type.String(), coordinates: Type.Array(Type.Unknown()) },
    { description: 'GeoJSON MultiPolygon in WGS84 longitude/latitude' },
  ),
});

export const AreaCollection = Type.Object({
  type: Type.Literal('FeatureCollection'),
  bbox: BBox,
  features: Type.Array(AreaFeature),
});

export const LocationFeature = Type.Object({
  type: Type.Literal('Feature'),
  id: Uuid,
  properties: Type.Object({
    name: Type.String(),
    address: Type.String(),
    wijkCode: Type.String(),
    provider: Type.Object({ id: Uuid, name: Type.String(), kind: ProviderKind }),
    offers: Type.Array(Type.Object({ id: Uuid, title: Type.String() })),
  }),
  geometry: Type.Object({
    type: Type.Literal('Point'),
    coordinates: Type.Array(Type.Number(), { minItems: 2, maxItems: 2, description: '[longitude, latitude]' }),
  }),
});

export const LocationCollection = Type.Object({
  type: Type.Literal('FeatureCollection'),
  features: Type.Array(LocationFeature),
});

export const WijkPage = Type.Object({
  code: Type.String(),
  slug: Type.String(),
  name: Type.String(),
  population: Type.Union([Type.Integer({ minimum: 10 }), Type.Null()], {
    description: 'Residents (CBS); null when fewer than 10 (never a figure about fewer than 10 people)',
  }),
  bbox: BBox,
  buurten: Type.Array(Type.Object({ code: Type.String(), name: Type.String() })),
  communityCentres: Type.Array(Type.Object({ providerId: Uuid, name: Type.String(), address: Type.String() }), {
    description: 'Buurthuizen with a location in the wijk',
  }),
  actionBudget: Type.Array(Type.Object({ activityName: Type.String(), grantedOn: DateOnly, amountCents: Cents }), {
    description: 'What the actiebudget paid for in this wijk, newest first',
  }),
});

export const WijkSlugParams = Type.Object({
  slug: Type.String({ minLength: 1, maxLength: 100, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' }),
});

export const LocationsQuery = Type.Object({
  route: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Route slug' })),
  wijk: Type.Optional(
    Type.String({ minLength: 1, maxLength: 20, pattern: '^[A-Za-z0-9]+$', description: 'Wijk code' }),
  ),
});

export const MapSettings = Type.Object({
  basemap: Type.Union([
    Type.Object({
      tileUrl: Type.String({ description: 'Raster tile URL template with {z}, {x} and {y}' }),
      attribution: Type.String(),
    }),
    Type.Null(),
  ]),
});
