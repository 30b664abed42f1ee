import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import type { Config } from '../config.ts';

type Json = Record<string, unknown>;
const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;

const API_VERSION_HEADER = {
  description: 'Full version of this API (NL API Design Rules: API-Version header)',
  schema: { type: 'string', example: '1.0.0' },
};

/**
 * OpenAPI 3.1 document, generated from the TypeBox route schemas, served at /api/v1/openapi.json.
 * The finishing pass below states once what holds for every route, instead of repeating it in
 * each schema: every success carries API-Version, every error is application/problem+json, and
 * every operation with input can answer 400 (TypeBox validation does).
 */
export function openApiOptions(config: Config): FastifyDynamicSwaggerOptions {
  return {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Stadspas API',
        version: '1.0.0',
        description:
          "Open API of the Stadspas platform: the public offer catalogue, the till (redeem and cancel), and the holder's own pass.",
        contact: { name: 'Stadspas', email: 'stadspas@zaanstad.nl', url: 'https://www.zaanstad.nl' },
        license: { name: 'EUPL-1.2', url: 'https://eupl.eu/1.2/en/' },
      },
      servers: [{ url: `${config.publicUrl}/api/v1`, description: 'This installation' }],
      components: {
        securitySchemes: {
          sessionCookie: { type: 'apiKey', in: 'cookie', name: 'stadspas_session' },
          apiToken: {
            type: 'http',
            scheme: 'bearer',
            description: 'Provider API token for till and ticketing systems',
          },
          bounceSecret: {
            type: 'http',
            scheme: 'basic',
            description: "The operator's mail system posting bounce reports: the password is STADSPAS_BOUNCE_SECRET",
          },
        },
      },
    },
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `Schema${i}`),
    },
    // Routes live under /api/v1; the document lists paths relative to its server URL.
    transform: ({ schema, url }) => ({ schema: schema, url: url.replace(/^\/api\/v1/, '') || '/' }),
    transformObject: (documentObject) => finishDocument((documentObject as { openapiObject: Json }).openapiObject),
  };
}

function finishDocument(document: Json): never {
  const paths = (document.paths ?? {}) as Record<string, Json>;
  for (const operations of Object.values(paths)) {
    for (const method of METHODS) {
      const operation = operations[method] as Json | undefined;
      if (!operation) continue;
      const responses = (operation.responses ??= {}) as Record<string, Json>;
      const hasInput =
        ['post', 'put', 'patch'].includes(method) || ((operation.parameters as unknown[] | undefined)?.length ?? 0) > 0;
      if (hasInput && !responses['400'])
        responses['400'] = { description: 'Invalid input: every invalid field is listed in invalidParams' };
      // Any call can meet a database that is gone or too busy (src/http/problem.ts).
      responses['503'] ??= {
        description: 'The database cannot be reached or was too busy to finish; try again after Retry-After seconds',
        headers: {
          'Retry-After': {
            description: 'Seconds to wait before trying again',
            schema: { type: 'integer', minimum: 0 },
          },
        },
      };
      for (const [status, response] of Object.entries(responses)) {
        if (/^[23]\d\d$/.test(status)) {
          response.headers = { 'API-Version': API_VERSION_HEADER, ...(response.headers as Json | undefined) };
        } else if (/^[45]\d\d$/.test(status)) {
          response.content = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };
          response.description ??= 'Problem details (RFC 9457)';
        }
      }
    }
  }
  return document as never;
}
