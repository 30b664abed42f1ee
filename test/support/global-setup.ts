import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensurePgliteTemplate } from './pglite-template.ts';
import { ensurePgTemplate } from './pg-template.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WEB = path.join(ROOT, 'web');

/** Newest modification time of the web app's sources (web/src plus the config and index.html). */
function newestSource(): number {
  let newest = 0;
  const visit = (entry: string) => {
    const stat = fs.statSync(entry);
    if (stat.isDirectory()) for (const child of fs.readdirSync(entry)) visit(path.join(entry, child));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  visit(path.join(WEB, 'src'));
  for (const file of ['index.html', 'vite.config.ts']) {
    const full = path.join(WEB, file);
    if (fs.existsSync(full)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * Runs once before all test files. It makes the migrated template (PGlite, or a template database
 * on the PostgreSQL server) the test databases start from. The browser tests need the built web app (web/dist), which the server serves; it is built
 * here, once, and only when a source file is newer than the build.
 */
export default async function setup() {
  // In-memory PGlite test databases start from one migrated data folder (pglite-template.ts).
  if (!process.env.DATABASE_URL) await ensurePgliteTemplate();
  else await ensurePgTemplate(process.env.DATABASE_URL);
  if (!fs.existsSync(path.join(ROOT, 'test/browser'))) return;
  const builtIndex = path.join(WEB, 'dist', 'index.html');
  if (fs.existsSync(builtIndex) && fs.statSync(builtIndex).mtimeMs > newestSource()) return;
  const { build } = await import('vite');
  await build({ configFile: path.join(WEB, 'vite.config.ts'), logLevel: 'warn' });
}
