import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../src/db/database.ts';
import { migrate, migrationFiles } from '../../src/db/migrate.ts';

/**
 * A migrated PGlite data folder, dumped once per set of migrations, that every test file's
 * in-memory database starts from: loading it takes about a second, while a new cluster (initdb)
 * and the migrations take four to eight on a busy CI machine, in every test file.
 */
const TMP = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../.tmp');
const TEMPLATE = path.join(TMP, 'pglite-migrated.tar');
const KEY_FILE = `${TEMPLATE}.key`;

/** A hash of every migration's name and text: a new or changed migration makes a new template. */
export function migrationsKey(): string {
  const hash = createHash('sha256');
  for (const file of migrationFiles()) hash.update(file.name).update('\0').update(fs.readFileSync(file.path));
  return hash.digest('hex');
}

/** Makes the template unless one for these migrations exists (runs in the tests' global setup). */
export async function ensurePgliteTemplate(): Promise<void> {
  const key = migrationsKey();
  if (fs.existsSync(TEMPLATE) && fs.existsSync(KEY_FILE) && fs.readFileSync(KEY_FILE, 'utf8') === key) return;
  const database = await openDatabase({});
  try {
    await migrate(database);
    const dump = await database.dumpDataDir!();
    fs.mkdirSync(TMP, { recursive: true });
    // Written under a temporary name first: a test file never reads half a template.
    fs.writeFileSync(`${TEMPLATE}.part`, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(`${TEMPLATE}.part`, TEMPLATE);
    fs.writeFileSync(KEY_FILE, key);
  } finally {
    await database.close();
  }
}

/** The template to start a test database from, if it matches the migrations; undefined otherwise. */
export function pgliteTemplate(): Blob | undefined {
  if (!fs.existsSync(TEMPLATE) || !fs.existsSync(KEY_FILE)) return undefined;
  if (fs.readFileSync(KEY_FILE, 'utf8') !== migrationsKey()) return undefined;
  return new Blob([fs.readFileSync(TEMPLATE)]);
}
