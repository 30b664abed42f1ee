import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProblemCatalogueIndex, problemLanguage } from '../../src/http/problem.ts';
import { MODULES } from '../../src/modules.ts';
import { CORE_PROBLEMS } from '../../src/shared/errors.ts';
import { createTestApp, type TestContext } from '../support/test-app.ts';

/**
 * The module manifests are what the app assembles itself from (docs/decisions/0007). These tests
 * hold them to what they promise: every problem code has a Dutch and an English title, every
 * table has exactly one owner, and the architecture document says who owns what.
 */

const SRC = path.resolve(import.meta.dirname, '../../src');

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('problem codes', () => {
  const catalogues = [CORE_PROBLEMS, ...MODULES.flatMap((m) => (m.problems ? [m.problems] : []))];

  it('each have a Dutch and an English title, and a 4xx or 5xx status', () => {
    const missing: string[] = [];
    for (const catalogue of catalogues) {
      for (const [code, { status, title }] of Object.entries(catalogue)) {
        if (!title.nl.trim() || !title.en.trim()) missing.push(`${code}: empty title`);
        else if (title.nl === title.en) missing.push(`${code}: the Dutch title is the English one`);
        if (status < 400 || status > 599) missing.push(`${code}: status ${status}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('are declared once, by one module', () => {
    expect(() => new ProblemCatalogueIndex(catalogues.slice(1))).not.toThrow();
    const codes = catalogues.flatMap((c) => Object.keys(c));
    expect(new Set(codes).size).toBe(codes.length);
    expect(() => new ProblemCatalogueIndex([CORE_PROBLEMS])).toThrow(/declared twice/);
  });

  it('cover every code the source throws', () => {
    const declared = new ProblemCatalogueIndex(catalogues.slice(1));
    const thrown = new Set<string>();
    for (const file of sourceFiles(SRC)) {
      for (const match of fs.readFileSync(file, 'utf8').matchAll(/new DomainError\(\s*'([a-z0-9-]+)'/g))
        thrown.add(match[1]!);
    }
    expect(thrown.size).toBeGreaterThan(20);
    expect([...thrown].filter((code) => !declared.has(code))).toEqual([]);
  });

  it('take the Dutch title when the caller prefers Dutch, the English one otherwise', () => {
    expect(problemLanguage('nl-NL,nl;q=0.9,en;q=0.8')).toBe('nl');
    expect(problemLanguage('en-GB,en;q=0.9,nl;q=0.5')).toBe('en');
    expect(problemLanguage('tr,nl;q=0.8,en;q=0.5')).toBe('nl');
    expect(problemLanguage('nl;q=0,en')).toBe('en');
    expect(problemLanguage(undefined)).toBe('en');
    expect(problemLanguage('*')).toBe('en');
  });
});

describe('policies', () => {
  it('name each action once, across all modules', () => {
    const actions = MODULES.flatMap((m) => Object.keys(m.policy?.rules ?? {}));
    expect(actions.length).toBeGreaterThan(10);
    expect(actions.filter((a, i) => actions.indexOf(a) !== i)).toEqual([]);
  });
});

describe('module manifests', () => {
  it('each sit in their own folder, under the name of that folder', () => {
    for (const module of MODULES) {
      expect(fs.existsSync(path.join(SRC, 'modules', module.name, `${module.name}.module.ts`)), module.name).toBe(true);
    }
    expect(new Set(MODULES.map((m) => m.name)).size).toBe(MODULES.length);
  });
});

describe('tables and their owners', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(async () => {
    await ctx?.close();
  });

  const owners = () => {
    const owner = new Map<string, string[]>();
    for (const module of MODULES)
      for (const table of module.tables) owner.set(table, [...(owner.get(table) ?? []), module.name]);
    return owner;
  };

  it('every table of the database has exactly one owning module, and every owned table exists', async () => {
    const { rows } = await sql<{ table_name: string }>`
      select table_name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'schema_migrations'`.execute(
      ctx.database.db,
    );
    const inDatabase = rows.map((r) => r.table_name).sort();
    const owner = owners();
    expect(inDatabase.filter((t) => owner.get(t)?.length !== 1)).toEqual([]);
    expect([...owner.keys()].filter((t) => !inDatabase.includes(t))).toEqual([]);
  });

  it('are listed in docs/ARCHITECTURE.md, each with its owner', () => {
    const doc = fs.readFileSync(path.resolve(SRC, '../docs/ARCHITECTURE.md'), 'utf8');
    const section = doc.split('## Tables and their owners')[1]?.split('\n## ')[0] ?? '';
    const documented = new Map<string, string>();
    for (const line of section.split('\n')) {
      const cells = line.split('|').map((c) => c.trim());
      if (cells.length < 4 || !/^`[a-z-]+`$/.test(cells[1]!)) continue;
      for (const table of cells[2]!.matchAll(/`([a-z0-9_]+)`/g)) documented.set(table[1]!, cells[1]!.slice(1, -1));
    }
    const expected = new Map([...owners()].map(([table, [module]]) => [table, module!]));
    expect(Object.fromEntries(documented)).toEqual(Object.fromEntries(expected));
  });
});
