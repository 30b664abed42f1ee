import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createApiToken,
  createFundedScheme,
  createOffer,
  createPass,
  createProvider,
  createTenant,
  createUser,
  loginResident,
  loginStaff,
} from './support/fixtures.ts';
import { DEVELOPMENT_BOUNCE_SECRET } from '../src/config.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * Attacks every operation of the OpenAPI document with malformed requests, as each kind of caller,
 * and asserts what DEVELOPERS.md promises: bad input gets a 4xx application/problem+json with
 * status and title, a validation error lists the field in invalidParams, and nothing answers 5xx.
 *
 * The requests are generated from the document itself (so a new operation is attacked the day it
 * is added): for every path parameter, query parameter, header and body field, one request per
 * kind of damage (NUL bytes, bad percent-encoding, over-long strings, huge, infinite, negative and
 * fractional numbers, wrong types, missing required fields, extra fields), plus whole-body damage
 * (invalid JSON, wrong content types, JSON of another shape, too large). Random values come from
 * fast-check with a fixed seed, so every run sends the same requests.
 */

type Json = Record<string, unknown>;
interface Schema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  default?: unknown;
}
interface Parameter {
  in: 'path' | 'query' | 'header';
  name: string;
  required?: boolean;
  schema: Schema;
}
interface Operation {
  method: string;
  path: string;
  operationId: string;
  parameters: Parameter[];
  body: { contentType: string; schema: Schema; required: boolean } | undefined;
  secured: boolean;
}

/** One malformed request, and the field it damaged (as invalidParams names it), if one. */
interface Attack {
  label: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
  /** `query.page`, `body.buyer.name`, ...: the field the damage is in. */
  field?: string;
  /** The damage is a NUL character: the answer must be 400 invalid-input naming the field. */
  nul?: boolean;
}

const HUGE = 'x'.repeat(5_000);
const SEED = 20_261_206;
/** Requests in one run, spread over the operations; and the least any operation gets. */
const BUDGET = 12_000;
const MIN_PER_OPERATION = 60;

let ctx: TestContext;
/** Who calls: a cookie or bearer header per kind of user (anonymous sends none). */
const callers: Record<string, Record<string, string>> = {};
/** Real ids, so a damaged request can reach deep into the handler instead of stopping at "not found". */
const known: Record<string, string> = {};

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  await createTenant(db);
  const provider = await createProvider(db, { name: 'Bakkerij Fuzz' });
  const offer = await createOffer(db, provider);
  const pass = await createPass(db, { email: 'fuzz-bewoner@voorbeeld.demo' });
  const scheme = await createFundedScheme(db, { budgetCents: 100_000, validUntil: '2099-12-31' });
  await createUser(db, { role: 'resident', email: 'fuzz-bewoner@voorbeeld.demo', holderId: pass.holderId });
  await createUser(db, {
    role: 'till_staff',
    email: 'kassa@fuzz.demo',
    password: 'Kassa-fuzz',
    providerId: provider.id,
  });
  await createUser(db, {
    role: 'provider_admin',
    email: 'eigenaar@fuzz.demo',
    password: 'Eigenaar-fuzz',
    providerId: provider.id,
  });
  await createUser(db, { role: 'org_admin', email: 'beheer@fuzz.demo', password: 'Beheer-fuzz' });
  Object.assign(known, {
    providerId: provider.id,
    offerId: offer.id,
    passIdentifier: pass.number,
    passNumber: pass.number,
    schemeId: scheme.id,
    code: 'WK047912',
    wijkCode: 'WK047912',
    postcode: '1506 EB',
    kvkNumber: '12345678',
    color: '#1a6b3c',
    // An offer's valid hours: a window must end after it starts.
    from: '09:00',
    until: '17:00',
    // The token of a newsletter's confirm or unsubscribe link (pattern [A-Za-z0-9_-]{20,100}).
    token: 'x'.repeat(43),
    // A sponsor's website (pattern ^https?://…).
    websiteUrl: 'https://www.voorbeeld.nl',
    // A bounce report's enhanced status code (pattern ^[245]\.\d{1,3}\.\d{1,3}$).
    status: '5.1.1',
  });
  callers.anonymous = {};
  callers.resident = { cookie: await loginResident(ctx.app, 'fuzz-bewoner@voorbeeld.demo') };
  callers.tillStaff = { cookie: await loginStaff(ctx.app, 'kassa@fuzz.demo', 'Kassa-fuzz') };
  callers.providerAdmin = { cookie: await loginStaff(ctx.app, 'eigenaar@fuzz.demo', 'Eigenaar-fuzz') };
  callers.orgAdmin = { cookie: await loginStaff(ctx.app, 'beheer@fuzz.demo', 'Beheer-fuzz') };
  callers.tillSystem = { authorization: `Bearer ${await createApiToken(db, provider.id)}` };
});
afterAll(() => ctx.close());

// ---- Reading the OpenAPI document ------------------------------------------------------------------

function operationsOf(doc: Json): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths as Record<string, Record<string, Json>>)) {
    for (const [method, op] of Object.entries(methods)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const content = (op.requestBody as { content?: Record<string, { schema: Schema }>; required?: boolean })?.content;
      const [contentType, media] = Object.entries(content ?? {})[0] ?? [];
      operations.push({
        method: method.toUpperCase(),
        path: `/api/v1${path}`,
        operationId: op.operationId as string,
        parameters: (op.parameters as Parameter[] | undefined) ?? [],
        body: contentType && media ? { contentType, schema: media.schema, required: true } : undefined,
        secured: Array.isArray(op.security) && op.security.length > 0,
      });
    }
  }
  return operations;
}

function resolver(doc: Json) {
  const components = ((doc.components as Json | undefined)?.schemas ?? {}) as Record<string, Schema>;
  return function resolve(schema: Schema): Schema {
    if (schema.$ref) return resolve(components[schema.$ref.replace('#/components/schemas/', '')] ?? {});
    if (schema.allOf) return schema.allOf.map(resolve).reduce((all, part) => ({ ...all, ...part }), {});
    return schema;
  };
}

const typeOf = (schema: Schema): string | undefined => {
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (type) return type;
  if (schema.properties) return 'object';
  return undefined;
};

/** A valid value for a schema; ids the fixtures made are used where the name says which. */
function exampleOf(schema: Schema, name: string, resolve: (s: Schema) => Schema): unknown {
  schema = resolve(schema);
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const choice = schema.anyOf ?? schema.oneOf;
  if (choice) {
    const first = choice.map(resolve).find((c) => typeOf(c) !== 'null' || c.const !== undefined || c.enum) ?? {};
    return exampleOf(first, name, resolve);
  }
  switch (typeOf(schema)) {
    case 'object': {
      const value: Json = {};
      for (const [key, property] of Object.entries(schema.properties ?? {}))
        value[key] = exampleOf(property, key, resolve);
      return value;
    }
    case 'array':
      return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () =>
        exampleOf(schema.items ?? {}, name, resolve),
      );
    case 'integer':
    case 'number':
      return Math.min(schema.maximum ?? Number.MAX_SAFE_INTEGER, Math.max(schema.minimum ?? 1, 1));
    case 'boolean':
      return true;
    case 'null':
      return null;
    case 'string':
      return stringExample(schema, name);
    default:
      return 'x';
  }
}

function stringExample(schema: Schema, name: string): string {
  if (known[name]) return known[name]!;
  switch (schema.format) {
    case 'uuid':
      return '00000000-0000-4000-8000-000000000000';
    case 'date':
      return '2026-06-01';
    case 'date-time':
      return '2026-06-01T10:00:00.000Z';
    case 'email':
      return 'fuzz@voorbeeld.demo';
    case 'uri':
      return 'https://voorbeeld.demo/';
  }
  // The last: a wall-clock minute (an agenda event's startsAt and endsAt).
  const candidates = ['fuzz-1', 'Fuzz tekst', '2026-06', 'NL91ABNA0417164300', 'a', '2026-06-01T10:00'];
  const fits = (value: string) =>
    (!schema.pattern || new RegExp(schema.pattern, 'u').test(value)) &&
    value.length >= (schema.minLength ?? 0) &&
    value.length <= (schema.maxLength ?? Infinity);
  return candidates.find(fits) ?? 'x'.repeat(Math.max(1, schema.minLength ?? 1));
}

// ---- Damage ------------------------------------------------------------------------------------------

/** Values that no field should take without a clear 4xx (or that it may simply accept). */
const RANDOM = fc.sample(
  fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
  ),
  { seed: SEED, numRuns: 400 },
);
let nextRandom = 0;
const randomValues = (count: number) => Array.from({ length: count }, () => RANDOM[nextRandom++ % RANDOM.length]);

/** Damaged JSON values for one body field. */
function damagedValues(): { label: string; value: unknown; nul?: boolean }[] {
  return [
    { label: 'NUL', value: 'a\u0000b', nul: true },
    { label: 'only NUL', value: '\u0000', nul: true },
    { label: 'NUL in array', value: ['\u0000'], nul: true },
    { label: 'NUL in object', value: { x: '\u0000' }, nul: true },
    { label: 'over-long string', value: HUGE },
    { label: 'empty string', value: '' },
    { label: 'lone surrogate', value: '\ud800' },
    { label: 'huge number', value: 1e308 },
    { label: 'big number', value: 1e20 },
    { label: 'beyond safe integer', value: 2 ** 53 + 2 },
    { label: 'negative huge', value: -1e308 },
    { label: 'negative', value: -1 },
    { label: 'fraction', value: 1.5 },
    { label: 'zero', value: 0 },
    { label: 'number as string', value: '1e400' },
    { label: 'true', value: true },
    { label: 'null', value: null },
    { label: 'object', value: {} },
    { label: 'array', value: [] },
    ...randomValues(3).map((value, i) => ({ label: `random ${i}`, value })),
  ];
}

/** Damaged raw strings for a path or query parameter (already in URL form). */
function damagedRaw(): { label: string; raw: string; nul?: boolean }[] {
  return [
    { label: 'NUL', raw: 'a%00b', nul: true },
    { label: 'bad percent-encoding', raw: '%E0%A4%A' },
    { label: 'percent without digits', raw: '%zz' },
    { label: 'lone percent', raw: '%' },
    { label: 'overlong UTF-8', raw: '%C0%AF' },
    { label: 'encoded slash', raw: '..%2F..%2Fetc' },
    { label: 'over-long', raw: 'x'.repeat(300) },
    { label: 'very long', raw: 'x'.repeat(3_000) },
    { label: 'Infinity', raw: 'Infinity' },
    { label: '-Infinity', raw: '-Infinity' },
    { label: 'NaN', raw: 'NaN' },
    { label: '1e400', raw: '1e400' },
    { label: '1e20', raw: '1e20' },
    { label: '2^63', raw: '9223372036854775808' },
    { label: 'negative', raw: '-1' },
    { label: 'zero', raw: '0' },
    { label: 'fraction', raw: '1.5' },
    { label: 'empty', raw: '' },
    { label: 'emoji', raw: '%F0%9F%98%80' },
    { label: 'quote', raw: '%27%22%3B--' },
    ...randomValues(2).map((value, i) => ({
      label: `random ${i}`,
      raw: encodeURIComponent(typeof value === 'string' ? value : JSON.stringify(value)),
    })),
  ];
}

function fillPath(op: Operation, values: Record<string, string>): string {
  return op.path.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? 'x');
}

function queryString(entries: [string, string][]): string {
  return entries.length === 0 ? '' : `?${entries.map(([key, raw]) => `${key}=${raw}`).join('&')}`;
}

/** Every attack on one operation, starting from a request that is valid as far as the schema tells. */
function attacksOn(op: Operation, resolve: (s: Schema) => Schema): Attack[] {
  const pathValues: Record<string, string> = {};
  const query: [string, string][] = [];
  const headers: Record<string, string> = {};
  for (const p of op.parameters) {
    const value = String(exampleOf(p.schema, p.name, resolve));
    if (p.in === 'path') pathValues[p.name] = encodeURIComponent(value);
    else if (p.in === 'query' && p.required) query.push([p.name, encodeURIComponent(value)]);
    else if (p.in === 'header') headers[p.name] = value.length >= 8 ? value : `fuzz-key-${value}`;
  }
  const baseBody = op.body ? exampleOf(op.body.schema, 'body', resolve) : undefined;
  const isJson = op.body?.contentType === 'application/json';
  const encodeBody = (value: unknown) => (isJson ? JSON.stringify(value) : String(value));
  const base = (): Attack => ({
    label: '',
    method: op.method,
    url: fillPath(op, pathValues) + queryString(query),
    headers: {
      ...headers,
      ...(op.body ? { 'content-type': op.body.contentType } : {}),
    },
    ...(op.body ? { payload: encodeBody(baseBody) } : {}),
  });
  const attacks: Attack[] = [{ ...base(), label: 'as documented' }];

  for (const p of op.parameters) {
    if (p.in === 'header') {
      for (const { label, value, nul } of damagedValues()) {
        if (typeof value !== 'string') continue;
        attacks.push({
          ...base(),
          label: `header ${p.name}: ${label}`,
          headers: { ...base().headers, [p.name]: value },
          field: `headers.${p.name}`,
          ...(nul ? { nul } : {}),
        });
      }
      continue;
    }
    for (const { label, raw, nul } of damagedRaw()) {
      const url =
        p.in === 'path'
          ? fillPath(op, { ...pathValues, [p.name]: raw }) + queryString(query)
          : fillPath(op, pathValues) + queryString([...query.filter(([k]) => k !== p.name), [p.name, raw]]);
      attacks.push({
        ...base(),
        label: `${p.in} ${p.name}: ${label}`,
        url,
        field: `${p.in === 'path' ? 'params' : 'querystring'}.${p.name}`,
        ...(nul ? { nul } : {}),
      });
    }
    if (p.in === 'query') {
      attacks.push({
        ...base(),
        label: `query ${p.name}: given twice`,
        url: fillPath(op, pathValues) + queryString([...query, [p.name, '1'], [p.name, '%00']]),
        field: `querystring.${p.name}`,
        nul: true,
      });
    }
  }
  if (op.method === 'GET')
    attacks.push({
      ...base(),
      label: 'unknown query parameter',
      url: base().url + (query.length ? '&' : '?') + 'zz=%00',
    });

  if (op.body) {
    if (isJson) attacks.push(...bodyFieldAttacks(base, baseBody, op.body.schema, resolve));
    else
      attacks.push(
        // A binary upload (a picture, an audio file) holds NUL bytes as a matter of course: only a
        // text body must refuse them.
        {
          ...base(),
          label: 'body with NUL',
          payload: 'a\u0000b',
          field: 'body',
          ...(/^(image|audio)\/|octet-stream/.test(op.body.contentType) ? {} : { nul: true }),
        },
        { ...base(), label: 'body over-long', payload: HUGE.repeat(4) },
        { ...base(), label: 'body of random bytes', payload: '\u00ff\ufffe\u0001;,"\n"' },
      );
    attacks.push(
      {
        ...base(),
        label: 'invalid JSON',
        headers: { ...base().headers, 'content-type': 'application/json' },
        payload: '{"a":',
      },
      {
        ...base(),
        label: 'JSON with NUL escape',
        headers: { ...base().headers, 'content-type': 'application/json' },
        payload: '{"\\u0000":"\\u0000"}',
        nul: true,
        field: 'body',
      },
      {
        ...base(),
        label: 'empty JSON body',
        headers: { ...base().headers, 'content-type': 'application/json' },
        payload: '',
      },
      {
        ...base(),
        label: 'JSON array body',
        headers: { ...base().headers, 'content-type': 'application/json' },
        payload: '[]',
      },
      {
        ...base(),
        label: 'JSON string body',
        headers: { ...base().headers, 'content-type': 'application/json' },
        payload: '"x"',
      },
      {
        ...base(),
        label: 'JSON number body',
        headers: { ...base().headers, 'content-type': 'application/json' },
        payload: '1e400',
      },
      {
        ...base(),
        label: 'JSON null body',
        headers: { ...base().headers, 'content-type': 'application/json' },
        payload: 'null',
      },
      {
        ...base(),
        label: '__proto__',
        headers: { ...base().headers, 'content-type': 'application/json' },
        payload: '{"__proto__":{"isAdmin":true}}',
      },
      {
        ...base(),
        label: 'deeply nested',
        headers: { ...base().headers, 'content-type': 'application/json' },
        payload: '['.repeat(5_000) + ']'.repeat(5_000),
      },
      { ...base(), label: 'text/plain', headers: { ...base().headers, 'content-type': 'text/plain' } },
      {
        ...base(),
        label: 'form',
        headers: { ...base().headers, 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'a=%00&b=%E0%A4%A',
      },
      {
        ...base(),
        label: 'xml',
        headers: { ...base().headers, 'content-type': 'application/xml' },
        payload: '<a>\u0000</a>',
      },
      {
        ...base(),
        label: 'unknown content type',
        headers: { ...base().headers, 'content-type': 'application/x-fuzz' },
      },
      { ...base(), label: 'bad content type', headers: { ...base().headers, 'content-type': ';;;/' } },
      { ...base(), label: 'no body', headers: { ...headers }, payload: undefined },
    );
  } else if (op.method !== 'GET') {
    attacks.push({
      ...base(),
      label: 'unexpected JSON body',
      headers: { 'content-type': 'application/json' },
      payload: '{"a":"\\u0000"}',
      nul: true,
      field: 'body.a',
    });
  }
  return attacks;
}

/** For each field of a JSON body (nested too): each damage, one at a time; each required field missing; one extra field. */
function bodyFieldAttacks(base: () => Attack, body: unknown, schema: Schema, resolve: (s: Schema) => Schema): Attack[] {
  const attacks: Attack[] = [];
  const visit = (s: Schema, path: string[]) => {
    s = resolve(s);
    const choice = s.anyOf ?? s.oneOf;
    if (choice) s = resolve(choice.find((c) => typeOf(resolve(c)) === 'object') ?? choice[0] ?? {});
    const field = ['body', ...path].join('.');
    if (path.length > 0) {
      for (const { label, value, nul } of damagedValues()) {
        attacks.push({
          ...base(),
          label: `${field}: ${label}`,
          payload: JSON.stringify(withValue(body, path, value)),
          field,
          ...(nul ? { nul } : {}),
        });
      }
    } else {
      attacks.push({
        ...base(),
        label: 'body: extra field',
        payload: JSON.stringify({ ...(body as Json), zzExtra: 1 }),
        field: 'body.zzExtra',
      });
    }
    if (typeOf(s) === 'object') {
      for (const [key, property] of Object.entries(s.properties ?? {})) {
        if (s.required?.includes(key))
          attacks.push({
            ...base(),
            label: `${field}.${key}: missing`,
            payload: JSON.stringify(withValue(body, [...path, key], undefined)),
            field: `${field}.${key}`,
          });
        visit(property, [...path, key]);
      }
    }
    if (typeOf(s) === 'array' && s.items) visit(s.items, [...path, '0']);
  };
  visit(schema, []);
  return attacks;
}

/** A copy of `value` with the value at `path` replaced (undefined: removed). */
function withValue(value: unknown, path: string[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string, ...string[]];
  const copy: Json | unknown[] = Array.isArray(value) ? [...(value as unknown[])] : { ...(value as Json) };
  const child = (copy as Json)[head];
  const next = withValue(child ?? {}, rest, replacement);
  if (next === undefined) delete (copy as Json)[head];
  else (copy as Json)[head] = next;
  return copy;
}

/**
 * Credentials an operation needs whoever the caller is. The mail system's bounce reports carry the
 * bounce secret (HTTP Basic), checked before the body is read: without it every attack would only
 * meet the 401, and the body's validation would go untested.
 */
function operationCredentials(op: Operation): Record<string, string> {
  if (op.operationId !== 'reportMailBounce') return {};
  return { authorization: `Basic ${Buffer.from(`mail:${DEVELOPMENT_BOUNCE_SECRET}`).toString('base64')}` };
}

// ---- Judging answers ---------------------------------------------------------------------------------

/** What is wrong with this answer to this attack, or undefined when it is as promised. */
function fault(attack: Attack, response: { statusCode: number; headers: Record<string, unknown>; body: string }) {
  const status = response.statusCode;
  if (status >= 500) return `answered ${status}: ${response.body.slice(0, 300)}`;
  if (attack.nul && status !== 400) return `a NUL character answered ${status}, not 400`;
  if (status < 400) return undefined;
  const type = (response.headers['content-type'] as string | undefined) ?? '';
  if (!type.startsWith('application/problem+json')) return `error ${status} as ${type}: ${response.body.slice(0, 200)}`;
  let problem: { status?: unknown; title?: unknown; type?: unknown; invalidParams?: { name?: unknown }[] };
  try {
    problem = JSON.parse(response.body) as typeof problem;
  } catch {
    return `problem+json that is not JSON: ${response.body.slice(0, 200)}`;
  }
  if (problem.status !== status) return `problem.status ${String(problem.status)} on a ${status}`;
  if (typeof problem.title !== 'string' || problem.title === '') return 'problem without a title';
  if (String(problem.type).endsWith('/invalid-input')) {
    const names = (problem.invalidParams ?? []).map((p) => String(p.name));
    if (names.length === 0) return 'invalid-input without invalidParams';
    if (attack.nul && attack.field && !names.some((n) => n === attack.field || n.startsWith(`${attack.field}.`)))
      return `invalidParams ${JSON.stringify(names)} do not name ${attack.field}`;
  }
  return undefined;
}

describe('malformed requests, generated from the OpenAPI document', () => {
  it(
    'get a 4xx application/problem+json naming the field, never a 5xx, on every operation for every kind of caller',
    { timeout: 240_000 },
    async () => {
      const doc = (await ctx.app.inject({ url: '/api/v1/openapi.json' })).json() as Json;
      const resolve = resolver(doc);
      const operations = operationsOf(doc);
      expect(operations.length).toBeGreaterThan(50);

      // Every attack on every operation, as every kind of caller that may call it. Public operations
      // once without and once with a login; logging out would end the caller's session for the rest
      // of the run: only anonymously.
      const planned = operations.map((op) => {
        const who =
          op.operationId === 'deleteCurrentSession'
            ? ['anonymous']
            : op.secured
              ? Object.keys(callers)
              : ['anonymous', 'resident'];
        const attacks = attacksOn(op, resolve);
        // Round robin over the callers, so a sample of the list still has every caller and attack kind.
        const tuples = attacks.flatMap((attack, i) =>
          who.map((caller, j) => ({ attack, caller: who[(i + j) % who.length]! })),
        );
        return {
          op,
          tuples: tuples.filter((_, k) => k % who.length === 0).concat(tuples.filter((_, k) => k % who.length !== 0)),
        };
      });
      // A fixed budget keeps the run lean as the API grows: the budget is shared out evenly, an
      // operation with fewer attacks than its share gets all of them and leaves the rest to others.
      const quota = new Map<string, number>();
      let left = BUDGET;
      const bySize = [...planned].sort((a, b) => a.tuples.length - b.tuples.length);
      bySize.forEach(({ op, tuples }, i) => {
        const take = Math.min(tuples.length, Math.max(MIN_PER_OPERATION, Math.ceil(left / (bySize.length - i))));
        quota.set(op.operationId, take);
        left -= take;
      });

      const faults: string[] = [];
      const named = new Map<string, number>();
      let sent = 0;
      for (const { op, tuples } of planned) {
        for (const { attack, caller } of tuples.slice(0, quota.get(op.operationId))) {
          const response = await ctx.app.inject({
            method: attack.method as 'GET',
            url: attack.url,
            headers: { ...attack.headers, ...callers[caller], ...operationCredentials(op) },
            ...(attack.payload !== undefined ? { payload: attack.payload } : {}),
          });
          sent++;
          const wrong = fault(attack, response);
          if (wrong) faults.push(`${attack.method} ${op.path} as ${caller}, ${attack.label}: ${wrong}`);
          if (response.statusCode === 400) named.set(op.operationId, (named.get(op.operationId) ?? 0) + 1);
        }
      }
      // FUZZ_FAULTS=<file> writes every fault there, when there are too many to read in the failure.
      if (process.env.FUZZ_FAULTS) writeFileSync(process.env.FUZZ_FAULTS, faults.join('\n'));
      expect(faults.slice(0, 30)).toEqual([]);
      expect(faults.length).toBe(0);
      expect(sent).toBeGreaterThanOrEqual(10_000);
      // Every operation with input was actually attacked past the router: each gave some 400.
      const withInput = operations.filter((op) => op.parameters.length > 0 || op.body).map((op) => op.operationId);
      expect(withInput.filter((id) => !named.has(id))).toEqual([]);
    },
  );
});

describe('what a malformed request is told', () => {
  const problemOf = async (request: InjectOptions) => {
    const response = await ctx.app.inject(request);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    return { status: response.statusCode, ...(response.json() as { type: string; invalidParams?: unknown[] }) };
  };

  it('a NUL character, in a query filter or deep in a JSON body, is refused naming the field', async () => {
    expect(await problemOf({ url: '/api/v1/offers?category=sport%00' })).toMatchObject({
      status: 400,
      type: expect.stringMatching(/invalid-input$/),
      invalidParams: [{ name: 'querystring.category', code: 'nul-character' }],
    });
    expect(
      await problemOf({
        method: 'POST',
        url: '/api/v1/pass-orders',
        payload: { buyer: { name: 'Fuzz\u0000', email: 'a@voorbeeld.demo', wijkCode: 'WK047912' } },
      }),
    ).toMatchObject({ status: 400, invalidParams: [{ name: 'body.buyer.name', code: 'nul-character' }] });
  });

  it('an infinite or huge page or year is refused naming the field', async () => {
    expect(await problemOf({ url: '/api/v1/offers?page=Infinity' })).toMatchObject({
      status: 400,
      invalidParams: [{ name: 'querystring.page', code: 'not-finite' }],
    });
    expect(await problemOf({ url: '/api/v1/offers?page=1e20' })).toMatchObject({
      status: 400,
      invalidParams: [{ name: 'querystring.page', code: 'maximum' }],
    });
    expect(await problemOf({ url: '/api/v1/action-budget/summary?year=-Infinity' })).toMatchObject({
      status: 400,
      invalidParams: [{ name: 'querystring.year', code: 'not-finite' }],
    });
  });

  it('bad percent-encoding and an over-long path segment are problem+json naming the path', async () => {
    expect(await problemOf({ url: '/api/v1/offers/%E0%A4%A' })).toMatchObject({
      status: 400,
      invalidParams: [{ name: 'path', code: 'bad-url' }],
    });
    expect(await problemOf({ url: `/api/v1/offers/${'a'.repeat(600)}` })).toMatchObject({
      status: 400,
      invalidParams: [{ name: 'path', code: 'too-long' }],
    });
  });

  it('invalid JSON, a content type no route takes and a body too large are problem+json', async () => {
    const json = { 'content-type': 'application/json' };
    expect(
      await problemOf({ method: 'POST', url: '/api/v1/login-links', headers: json, payload: '{"email":' }),
    ).toMatchObject({ status: 400, invalidParams: [{ name: 'body', code: 'invalid-json' }] });
    expect(
      await problemOf({
        method: 'POST',
        url: '/api/v1/login-links',
        headers: { 'content-type': 'application/x-fuzz' },
        payload: 'x',
      }),
    ).toMatchObject({ status: 415, invalidParams: [{ name: 'headers.content-type' }] });
    expect(
      await problemOf({
        method: 'POST',
        url: '/api/v1/login-links',
        headers: json,
        payload: JSON.stringify({ email: 'x'.repeat(2_000_000) }),
      }),
    ).toMatchObject({ status: 413, invalidParams: [{ name: 'body', code: 'too-large' }] });
  });
});
