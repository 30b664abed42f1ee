import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { problemResponses } from '../../http/schemas.ts';
import { presentWijk, presentWijkDetail } from './areas.presenter.ts';
import { AreasRepository } from './areas.repository.ts';
import { Wijk, WijkDetail } from './areas.schemas.ts';
import { AreasService } from './areas.service.ts';

export async function areasRoutes(app: App) {
  const service = new AreasService(new AreasRepository(app.deps.database.db));

  app.get(
    '/wijken',
    {
      schema: {
        tags: ['areas'],
        summary: 'The wijken (districts) of the municipality, with population and number of offers',
        operationId: 'listWijken',
        response: { 200: Type.Object({ items: Type.Array(Wijk) }) },
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
