/** The OpenAPI document the app serves, built in-process: no server, no port, an empty in-memory database. */
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/database.ts';

export async function openapiDocument(): Promise<Record<string, unknown>> {
  const database = await openDatabase({});
  try {
    const app = await buildApp(database, loadConfig({ NODE_ENV: 'test' }));
    try {
      await app.ready();
      const response = await app.inject({ url: '/api/v1/openapi.json' });
      if (response.statusCode !== 200) throw new Error(`GET /api/v1/openapi.json answered ${response.statusCode}`);
      return response.json<Record<string, unknown>>();
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}
