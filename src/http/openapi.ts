import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import type { Config } from '../config.ts';

/** OpenAPI 3.1 document, generated from the TypeBox route schemas, served at /api/v1/openapi.json. */
export function openApiOptions(config: Config): FastifyDynamicSwaggerOptions {
  return {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Stadspas API',
        version: '1.0.0',
        description: 'Open API of the Stadspas platform: the public offer catalogue, the till (redeem and cancel), and the holder\'s own pass.',
        contact: { name: 'Stadspas', email: 'stadspas@zaanstad.nl', url: 'https://www.zaanstad.nl' },
        license: { name: 'EUPL-1.2', url: 'https://eupl.eu/1.2/en/' },
      },
      servers: [{ url: `${config.publicUrl}/api/v1`, description: 'This installation' }],
      components: {
        securitySchemes: {
          sessionCookie: { type: 'apiKey', in: 'cookie', name: 'stadspas_session' },
          apiToken: { type: 'http', scheme: 'bearer', description: 'Provider API token for till and ticketing systems' },
        },
      },
    },
    // Routes live under /api/v1; the document lists paths relative to its server URL.
    transform: ({ schema, url }) => ({ schema: schema as never, url: url.replace(/^\/api\/v1/, '') || '/' }),
  };
}
