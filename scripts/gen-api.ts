/**
 * The web app's API types, generated from the OpenAPI document the app serves (built in-process).
 *
 *   npm run gen:api          writes web/src/lib/api/schema.d.ts
 *   npm run gen:api:check    generates to a temporary file and exits 1 when the committed file differs
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { openapiDocument } from './openapi-document.ts';

const TARGET = 'web/src/lib/api/schema.d.ts';
const HEADER =
  '/**\n' +
  " * Generated from the server's OpenAPI document by `npm run gen:api` (openapi-typescript). Do not edit:\n" +
  ' * change the route schemas in src/modules and generate again.\n' +
  ' */\n\n';

const root = path.resolve(import.meta.dirname, '..');
const target = path.join(root, TARGET);
const check = process.argv.includes('--check');

const document = (await openapiDocument()) as unknown as OpenAPI3;
// The server address depends on the configuration; the types do not.
delete document.servers;
const ast = await openapiTS(document);
const generated = HEADER + astToString(ast);

if (!check) {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, generated);
  console.log(`API types written to ${TARGET}`);
} else {
  const fresh = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stadspas-api-')), 'schema.d.ts');
  fs.writeFileSync(fresh, generated);
  const committed = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : null;
  if (committed !== generated) {
    console.error(
      `${TARGET} is not what the server's OpenAPI document gives (fresh copy: ${fresh}).\n` +
        'Run `npm run gen:api` and commit the result.',
    );
    process.exit(1);
  }
  fs.rmSync(path.dirname(fresh), { recursive: true, force: true });
  console.log(`${TARGET} matches the OpenAPI document.`);
}
