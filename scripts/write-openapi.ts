/** Writes the OpenAPI document the running app would serve, for linting in CI. */
import fs from 'node:fs';
import path from 'node:path';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/database.ts';

const target = process.argv[2] ?? 'build/openapi.json';
const database = await openDatabase({});
const app = await buildApp(database, loadConfig({ NODE_ENV: 'test' }));
await app.ready();
const response = await app.inject({ url: '/api/v1/openapi.json' });
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, JSON.stringify(response.json(), null, 2));
await app.close();
await database.close();
console.log(`OpenAPI document written to ${target}`);
