/**
 * The web app's texts, checked without a browser: every namespace (common, and one per feature)
 * has the same keys in Dutch and English; common and the namespaces of public features
 * (`audience: 'public'`) have them in all six languages, with each language's plural forms;
 * every key the code asks for exists; and every problem code the server can answer has a Dutch
 * and an English text in the common namespace.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const WEB = path.join(ROOT, 'web/src');
const LANGUAGES = ['nl', 'en'] as const;
const COMMON = 'common';

type Texts = Record<string, unknown>;

/** 'a.b.c' for every string in a nested object. */
function flatten(texts: Texts, prefix = ''): string[] {
  return Object.entries(texts).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' ? flatten(value as Texts, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Texts;

/** Namespace -> language -> its keys. */
function namespaces(): Map<string, Record<(typeof LANGUAGES)[number], string[]>> {
  const result = new Map<string, Record<(typeof LANGUAGES)[number], string[]>>();
  const folders: [string, string][] = [[COMMON, path.join(WEB, 'i18n/common')]];
  for (const feature of fs.readdirSync(path.join(WEB, 'features'))) {
    const folder = path.join(WEB, 'features', feature, 'i18n');
    if (fs.existsSync(folder)) folders.push([feature, folder]);
  }
  for (const [namespace, folder] of folders) {
    result.set(namespace, {
      nl: flatten(readJson(path.join(folder, 'nl.json'))),
      en: flatten(readJson(path.join(folder, 'en.json'))),
    });
  }
  return result;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

const all = namespaces();

/** The languages public and resident pages are complete in, besides Dutch and English. */
const MORE_LANGUAGES = ['tr', 'ar', 'pl', 'uk'] as const;
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Common and every feature whose feature.ts says `audience: 'public'`, with their i18n folders. */
function publicNamespaces(): [string, string][] {
  const result: [string, string][] = [[COMMON, path.join(WEB, 'i18n/common')]];
  for (const feature of fs.readdirSync(path.join(WEB, 'features'))) {
    const manifest = path.join(WEB, 'features', feature, 'feature.ts');
    if (fs.existsSync(manifest) && /audience:\s*'public'/.test(fs.readFileSync(manifest, 'utf8')))
      result.push([feature, path.join(WEB, 'features', feature, 'i18n')]);
  }
  return result;
}

/**
 * The keys a language must have for Dutch's keys: the same, except that a plural key
 * (`found_one`, `found_other`) needs that language's own plural forms (Polish: one, few, many,
 * other; Arabic: zero, one, two, few, many, other), or i18next would fall back to Dutch.
 */
function expectedKeys(dutch: string[], language: string): string[] {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const key of dutch) {
    if (!PLURAL_SUFFIX.test(key)) keys.add(key);
    else for (const category of categories) keys.add(key.replace(PLURAL_SUFFIX, `_${category}`));
  }
  return [...keys];
}
const keysOf = (namespace: string) => new Set(all.get(namespace)?.nl ?? []);

/** A key as i18next finds it: itself, or its plural forms (`total` -> `total_one`, `total_other`). */
const hasKey = (keys: Set<string>, key: string) => keys.has(key) || keys.has(`${key}_one`) || keys.has(`${key}_other`);

describe('web texts', () => {
  it('finds the common namespace and one namespace per feature', () => {
    expect(all.has(COMMON)).toBe(true);
    expect(all.size).toBeGreaterThan(5);
  });

  it.each([...all.keys()])('namespace %s has the same keys in Dutch and English', (namespace) => {
    const { nl, en } = all.get(namespace)!;
    expect(
      nl.filter((key) => !en.includes(key)),
      `keys in ${namespace}/nl.json that en.json lacks`,
    ).toEqual([]);
    expect(
      en.filter((key) => !nl.includes(key)),
      `keys in ${namespace}/en.json that nl.json lacks`,
    ).toEqual([]);
  });

  it('finds the public namespaces: common, the catalogue, buying a pass, my pass, logging in', () => {
    const names = publicNamespaces().map(([namespace]) => namespace);
    expect(names).toEqual(expect.arrayContaining([COMMON, 'catalogue', 'buy-pass', 'my-pass', 'auth']));
  });

  it.each(
    publicNamespaces().flatMap(([namespace, folder]) =>
      MORE_LANGUAGES.map((language) => [namespace, language, folder]),
    ),
  )('public namespace %s is complete in %s', (namespace, language, folder) => {
    const file = path.join(folder, `${language}.json`);
    expect(fs.existsSync(file), `${file} exists`).toBe(true);
    const texts = readJson(file);
    const keys = flatten(texts);
    const expected = expectedKeys(all.get(namespace)!.nl, language);
    expect(
      expected.filter((key) => !keys.includes(key)),
      `keys ${namespace}/${language}.json lacks`,
    ).toEqual([]);
    const strip = (key: string) => key.replace(PLURAL_SUFFIX, '');
    const known = new Set(all.get(namespace)!.nl.map(strip));
    expect(
      keys.filter((key) => !known.has(strip(key))),
      `keys in ${namespace}/${language}.json that nl.json lacks`,
    ).toEqual([]);
    // A translation keeps the placeholders: "{{count}} aanbiedingen" must not lose its count.
    const dutch = readJson(path.join(folder, 'nl.json'));
    const valueAt = (obj: Texts, key: string) =>
      key.split('.').reduce<unknown>((v, k) => (v as Texts | undefined)?.[k], obj) as string | undefined;
    for (const key of all.get(namespace)!.nl) {
      const placeholders = (valueAt(dutch, key)?.match(/\{\{\w+\}\}/g) ?? []).filter((p) => p !== '{{count}}');
      const translatedValue = valueAt(texts, key) ?? valueAt(texts, key.replace(PLURAL_SUFFIX, '_other')) ?? '';
      for (const placeholder of placeholders)
        expect(translatedValue, `${namespace}/${language}.json ${key} keeps ${placeholder}`).toContain(placeholder);
    }
  });

  it("each feature's feature.ts registers its folder's namespace", () => {
    for (const namespace of all.keys()) {
      if (namespace === COMMON) continue;
      const manifest = path.join(WEB, 'features', namespace, 'feature.ts');
      expect(fs.existsSync(manifest), `${manifest} exists`).toBe(true);
      expect(fs.readFileSync(manifest, 'utf8')).toContain(`namespace: '${namespace}'`);
    }
    const list = fs.readFileSync(path.join(WEB, 'app/features.ts'), 'utf8');
    for (const namespace of all.keys()) {
      if (namespace !== COMMON)
        expect(list, `app/features.ts lists ${namespace}`).toContain(`../features/${namespace}/feature.ts`);
    }
  });

  it('every key the code asks for exists in its namespace or in common', () => {
    const missing: string[] = [];
    let checked = 0;
    for (const file of sourceFiles(WEB)) {
      const source = fs.readFileSync(file, 'utf8');
      const declared = [...source.matchAll(/useTranslation\(\s*'([^']+)'/g)].map((m) => m[1]!);
      const namespace = declared[0] ?? COMMON;
      if (declared.some((ns) => ns !== namespace)) missing.push(`${file}: more than one namespace`);
      if (!all.has(namespace)) missing.push(`${file}: useTranslation('${namespace}') has no texts`);
      // i18n.exists looks in the default namespace (common) unless told: a feature must name its own.
      if (namespace !== COMMON && /i18n\.exists\((?![^)]*\bns:)[^)]*\)/.test(source))
        missing.push(`${path.relative(ROOT, file)}: i18n.exists without { ns: '${namespace}' }`);
      // i18next looks in the file's namespace first, then in common (fallbackNS).
      const lookIn = (key: string): Set<string> => {
        const ns = key.includes(':') ? key.split(':')[0] : undefined;
        return ns ? keysOf(ns) : new Set([...keysOf(namespace), ...keysOf(COMMON)]);
      };
      const bare = (key: string) => (key.includes(':') ? key.split(':')[1]! : key);
      const literals = [
        ...[...source.matchAll(/\bt\(\s*'([^']+)'/g)].map((m) => m[1]!),
        ...[...source.matchAll(/\bt\(\s*[^'`()]+\?\s*'([^']+)'\s*:\s*'([^']+)'/g)].flatMap((m) => [m[1]!, m[2]!]),
      ];
      for (const key of literals) {
        checked++;
        if (!hasKey(lookIn(key), bare(key))) missing.push(`${path.relative(ROOT, file)}: ${namespace} ${key}`);
      }
      // `till.unavailable.${reason}`: some key must start with the fixed part.
      for (const match of source.matchAll(/\bt\(\s*`([^`$]+)\$\{/g)) {
        checked++;
        const prefix = match[1]!;
        if (![...lookIn(prefix)].some((key) => key.startsWith(bare(prefix))))
          missing.push(`${path.relative(ROOT, file)}: ${namespace} ${prefix}…`);
      }
    }
    expect(checked).toBeGreaterThan(300);
    expect(missing).toEqual([]);
  });

  it('every problem code the server can answer has its own Dutch and English text', () => {
    const codes = new Set<string>();
    for (const file of sourceFiles(path.join(ROOT, 'src'))) {
      if (file.endsWith('.test.ts')) continue;
      const source = fs.readFileSync(file, 'utf8');
      for (const m of source.matchAll(/new DomainError\(\s*'([a-z-]+)'/g)) codes.add(m[1]!);
      // The problem table: `'code': { status: 409, ...`, wherever a module declares it.
      for (const m of source.matchAll(/'([a-z]+(?:-[a-z]+)+|[a-z]+)':\s*\{\s*status:/g)) codes.add(m[1]!);
    }
    expect(codes.size).toBeGreaterThan(30);
    for (const language of LANGUAGES) {
      const texts = new Set(all.get(COMMON)![language]);
      const missing = [...codes].filter((code) => !texts.has(`problems.${code}.title`));
      expect(missing, `problem codes without a ${language} title in web/src/i18n/common/${language}.json`).toEqual([]);
    }
  });
});
