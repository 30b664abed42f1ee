import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { problemResponses } from '../../http/schemas.ts';
import { presentWijk, presentWijkDetail } from './areas.presenter.ts';
import { AreasRepository } from './areas.repository.ts';
import { AreasService } from './areas.service.ts';

const wijkFields = {
  code: Type.String({ description: 'CBS wijk code, e.g. WK047912' }),
  name: Type.String(),
  population: Type.Integer({ minimum: 0, description: 'Residents (CBS)' }),
  offerCount: Type.Integer({ minimum: 0, description: 'Catalogue offers with a location in this wijk' }),
};

const Geometry = Type.Object(
  { type: Type.String(), coordinates: Type.Array(Type.Unknown()) },
  {
    additionalProperties: true,
    description: 'GeoJSON geometry (MultiPolygon) in RD New (EPSG:28992), metres, as published by CBS',
  },
);

const WijkDetail = Type.Object({
  ...wijkFields,
  households: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], { description: 'Households (CBS)' }),
  geometry: Geometry,
  buurten: Type.Array(
    Type.Object({ code: Type.String(), name: Type.String(), population: Type.Integer({ minimum: 0 }) }),
  ),
});

export async function areasRoutes(app: App) {
  const service = new AreasService(new AreasRepository(app.deps.database.db));

  app.get(
    '/wijken',
    {
      schema: {
        tags: ['areas'],
        summary: 'The wijken (districts) of the municipality, with population and number of offers',
        operationId: 'listWijken',
        response: { 200: Type.Object({ items: Type.Array(Type.Object(wijkFields)) }) },
      },
    },
    async (request) => ({ items: (await service.listWijken(request.principal)).map(presentWijk) }),
  );

  app.get(
    '/wijken/:code',
    {
      schema: {
        tags: ['areas'],
        summary: 'One wijk, with its boundary and its buurten',
        operationId: 'getWijk',
        params: Type.Object({ code: Type.String({ minLength: 1, maxLength: 20, pattern: '^[A-Za-z0-9]+$' }) }),
        response: { 200: WijkDetail, ...problemResponses(400, 404) },
      },
    },
    async (request) => presentWijkDetail(await service.getWijk(request.principal, request.params.code)),
  );
}
