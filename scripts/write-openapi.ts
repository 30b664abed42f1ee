/** Writes the OpenAPI document the running app would serve, for linting in CI. */
import fs from 'node:fs';
import path from 'node:path';
import { openapiDocument } from './openapi-document.ts';

const target = process.argv[2] ?? 'build/openapi.json';
const document = await openapiDocument();
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, JSON.stringify(document, null, 2));
console.log(`OpenAPI document written to ${target}`);
