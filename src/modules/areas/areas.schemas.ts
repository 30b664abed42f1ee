import { Type } from '@sinclair/typebox';

/** What goes out of the areas endpoints; the presenters return their `Static<>` types. */

const wijkFields = {
  code: Type.String({ description: 'CBS wijk code, e.g. WK047912' }),
  name: Type.String(),
  population: Type.Integer({ minimum: 0, description: 'Residents (CBS)' }),
  offerCount: Type.Integer({ minimum: 0, description: 'Catalogue offers with a location in this wijk' }),
};

export const Wijk = Type.Object(wijkFields);

export const Geometry = Type.Object(
  { type: Type.String(), coordinates: Type.Array(Type.Unknown()) },
  {
    additionalProperties: true,
    description: 'GeoJSON geometry (MultiPolygon) in RD New (EPSG:28992), metres, as published by CBS',
  },
);

export const WijkDetail = Type.Object({
  ...wijkFields,
  households: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], { description: 'Households (CBS)' }),
  geometry: Geometry,
  buurten: Type.Array(
    Type.Object({ code: Type.String(), name: Type.String(), population: Type.Integer({ minimum: 0 }) }),
  ),
});
