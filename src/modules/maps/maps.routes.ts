import type { App } from '../../http/app-types.ts';
import { problemResponses } from '../../http/schemas.ts';
import { presentMapSettings } from './maps.presenter.ts';
import { MapsRepository } from './maps.repository.ts';
import {
  MapSettings,
  AreaCollection,
  LocationCollection,
  LocationsQuery,
  WijkPage,
  WijkSlugParams,
} from './maps.schemas.ts';
import { MapsService } from './maps.service.ts';

export async function mapsRoutes(app: App) {
  const db = app.deps.database.db;
  const service = new MapsService(new MapsRepository(db), db);

  app.get(
    '/maps/settings',
    {
      schema: {
        tags: ['maps'],
        summary: 'How the web app draws maps: the basemap, or none (then only our own polygons)',
        operationId: 'getMapSettings',
        response: { 200: MapSettings },
      },
    },
    async (_request, reply) => {
      reply.header('Cache-Control', 'public, max-age=3600');
      return presentMapSettings(app.deps.config.basemapUrl);
    },
  );

  app.get(
    '/maps/areas',
    {
      schema: {
        tags: ['maps'],
        summary: 'The boundaries of the wijken and buurten, as GeoJSON in WGS84',
        description:
          'CBS geometry, reprojected from RD New (EPSG:28992) once on the server and cached. Wijk features first, then buurten.',
        operationId: 'getMapAreas',
        response: { 200: AreaCollection },
      },
    },
    async (request, reply) => {
      reply.header('Cache-Control', 'public, max-age=3600');
      return service.areas(request.principal);
    },
  );

  app.get(
    '/maps/offer-locations',
    {
      schema: {
        tags: ['maps'],
        summary: 'Where the catalogue offers can be used: locations as GeoJSON points in WGS84, with their offers',
        operationId: 'getMapOfferLocations',
        querystring: LocationsQuery,
        response: { 200: LocationCollection, ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      reply.header('Cache-Control', 'public, max-age=60');
      return service.locations(request.principal, request.query);
    },
  );

  app.get(
    '/wijk-pages/:slug',
    {
      schema: {
        tags: ['maps'],
        summary: 'One wijk by its readable address: buurten, buurthuizen, what the actiebudget paid for there',
        operationId: 'getWijkPage',
        params: WijkSlugParams,
        response: { 200: WijkPage, ...problemResponses(400, 404) },
      },
    },
    async (request) => service.wijkPage(request.principal, request.params.slug),
  );
}
