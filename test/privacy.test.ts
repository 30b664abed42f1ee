import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeQrToken } from '../src/modules/passes/pass-identifier.ts';
import { formatPassNumber, makePassNumber } from '../src/modules/passes/pass-number.ts';
import {
  createApiToken,
  createOffer,
  createPass,
  createProvider,
  createTenant,
  createUser,
  loginStaff,
  TENANT,
  type TestPass,
  addQrKey,
} from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * Privacy: nothing a provider or a till can get says whether a holder is low-income or a carer.
 * The walk covers every GET path of the OpenAPI document a provider can call, every answer of
 * POST /redemptions (bookings, cancellations and every refusal), for holders whose category
 * changes the price, so a leak would show.
 */
const FORBIDDEN = /category|low.?income|carer|mantelzorg|minima|kansentarief|reduced|priceType|price_type/i;
/**
 * A provider admin's own offers in the portal carry the terms the admin set, its kansentarief
 * included: they say nothing about a holder. Only facts about holders are forbidden there (till
 * staff may not read these endpoints at all).
 */
const HOLDER_FACTS = /category|low.?income|carer|mantelzorg|minima/i;
const ownOfferTerms = (principal: string, template: string) =>
  principal === 'providerAdmin' && template.startsWith('/providers/{providerId}/offers');

interface Response {
  statusCode: number;
  body: string;
  headers: Record<string, unknown>;
}

/** Every key and string value (at any depth) matching FORBIDDEN, and header values too. */
function leaks(response: Response, forbidden: RegExp = FORBIDDEN): string[] {
  const found: string[] = [];
  const walk = (value: unknown, at: string) => {
    if (typeof value === 'string') {
      if (forbidden.test(value)) found.push(`${at} = ${JSON.stringify(value)}`);
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, `${at}[${i}]`));
      return;
    }
    if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (forbidden.test(key)) found.push(`${at}.${key} (key)`);
        walk(item, `${at}.${key}`);
      }
    }
  };
  let json: unknown;
  try {
    json = JSON.parse(response.body);
  } catch {
    // Not JSON: check the text itself. A podcast feed's <itunes:category> is the directory's kind
    // of podcast (Government), a required tag, not anything about a holder.
    json = response.body.replaceAll('<itunes:category ', '<itunes:kind ');
  }
  walk(json, '$');
  for (const [name, value] of Object.entries(response.headers)) {
    if (name !== 'set-cookie' && forbidden.test(String(value))) found.push(`header ${name}: ${String(value)}`);
  }
  return found;
}

let ctx: TestContext;
let provider: Awaited<ReturnType<typeof createProvider>>;
let other: Awaited<ReturnType<typeof createProvider>>;
const principals: Record<string, Record<string, string>> = {};
const offers: Record<string, string> = {};
const passes: Record<string, TestPass> = {};
const checked: { what: string; response: Response }[] = [];

async function call(
  what: string,
  options: { method?: 'GET' | 'POST'; url: string; headers: Record<string, string>; payload?: object },
) {
  const response = await ctx.app.inject({
    method: options.method ?? 'GET',
    url: options.url,
    headers: options.headers,
    ...(options.payload ? { payload: options.payload } : {}),
  });
  checked.push({ what, response });
  return response;
}

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  await createTenant(db);
  // Carers get the kansentarief in this municipality too, so both categories change the price.
  await db
    .updateTable('tenants')
    .set({ reduced_tariff_categories: ['low_income', 'carer'] })
    .where('id', '=', TENANT)
    .execute();
  provider = await createProvider(db, { name: 'Bakkerij Privé' });
  other = await createProvider(db, { name: 'Zwembad Anders' });
  await createUser(db, {
    role: 'till_staff',
    email: 'kassa@prive.test',
    password: 'kassa-wachtwoord',
    providerId: provider.id,
  });
  await createUser(db, {
    role: 'provider_admin',
    email: 'eigenaar@prive.test',
    password: 'eigenaar-wachtwoord',
    providerId: provider.id,
  });
  principals.tillStaff = { cookie: await loginStaff(ctx.app, 'kassa@prive.test', 'kassa-wachtwoord') };
  principals.providerAdmin = { cookie: await loginStaff(ctx.app, 'eigenaar@prive.test', 'eigenaar-wachtwoord') };
  principals.apiToken = { authorization: `Bearer ${await createApiToken(db, provider.id)}` };

  offers.reduced = (
    await createOffer(db, provider, {
      title: 'Appeltaart',
      regular_price_cents: 1200,
      discount_percent: 25,
      reduced_price_cents: 200,
    })
  ).id;
  offers.once = (
    await createOffer(db, provider, {
      title: 'Taartworkshop',
      price_type: 'fixed_price',
      regular_price_cents: 2500,
      fixed_price_cents: 1500,
      reduced_price_cents: 0,
      limit_per_pass: 1,
      limit_period: 'pass_year',
    })
  ).id;
  offers.soldOut = (
    await createOffer(db, provider, {
      title: 'Kerststol',
      reduced_price_cents: 100,
      stock_total: 0,
      stock_remaining: 0,
    })
  ).id;
  offers.future = (
    await createOffer(db, provider, { title: 'Paasbrood', reduced_price_cents: 100, valid_from: '2098-01-01' })
  ).id;
  offers.draft = (await createOffer(db, provider, { title: 'Concept', reduced_price_cents: 100, status: 'draft' })).id;
  offers.other = (await createOffer(db, other, { title: 'Banenzwemmen', reduced_price_cents: 100 })).id;

  passes.lowIncome = await createPass(db, { category: 'low_income' });
  passes.carer = await createPass(db, { category: 'carer' });
  passes.regular = await createPass(db);
  passes.child = await createPass(db, { category: 'child' });
  passes.blockedLowIncome = await createPass(db, { category: 'low_income', status: 'blocked' });
  passes.expiredCarer = await createPass(db, { category: 'carer', status: 'expired' });
  passes.lapsedLowIncome = await createPass(db, { category: 'low_income', validUntil: '2021-12-31' });
});
afterAll(() => ctx.close());

describe('privacy towards providers and tills', () => {
  it('the holders in this test really get another price, so a leak would show', async () => {
    const price = async (pass: TestPass) => {
      const list = (
        await ctx.app.inject({ url: `/api/v1/till/passes/${pass.number}/offers`, headers: principals.apiToken! })
      ).json();
      return list.items.find((i: { offerId: string }) => i.offerId === offers.reduced).priceCents;
    };
    expect(await price(passes.regular!)).toBe(900);
    expect(await price(passes.lowIncome!)).toBe(200);
    expect(await price(passes.carer!)).toBe(200);
  });

  it('POST /redemptions: bookings, cancellations and every refusal', async () => {
    for (const [name, headers] of Object.entries(principals)) {
      for (const pass of [passes.lowIncome!, passes.carer!]) {
        const ok = await call(`${name} redeem`, {
          method: 'POST',
          url: '/api/v1/redemptions',
          headers: { ...headers, 'idempotency-key': `privacy-${name}-${pass.id}` },
          payload: { passIdentifier: pass.number, offerId: offers.reduced! },
        });
        expect(ok.statusCode).toBe(201);
        await call(`${name} replay`, {
          method: 'POST',
          url: '/api/v1/redemptions',
          headers: { ...headers, 'idempotency-key': `privacy-${name}-${pass.id}` },
          payload: { passIdentifier: formatPassNumber(pass.number), offerId: offers.reduced! },
        });
        await call(`${name} key reused`, {
          method: 'POST',
          url: '/api/v1/redemptions',
          headers: { ...headers, 'idempotency-key': `privacy-${name}-${pass.id}` },
          payload: { passIdentifier: pass.number, offerId: offers.once! },
        });
        await call(`${name} cancel`, {
          method: 'POST',
          url: `/api/v1/redemptions/${ok.json().id}/cancellation`,
          headers,
        });
      }
    }
    const headers = principals.apiToken!;
    const refusals: [string, { passIdentifier: string; offerId: string }, number][] = [
      ['pass-not-found', { passIdentifier: makePassNumber('0479', 99_999_999), offerId: offers.reduced! }, 404],
      ['pass-number-invalid', { passIdentifier: '1234', offerId: offers.reduced! }, 400],
      ['pass-blocked', { passIdentifier: passes.blockedLowIncome!.number, offerId: offers.reduced! }, 409],
      ['pass-expired', { passIdentifier: passes.expiredCarer!.number, offerId: offers.reduced! }, 409],
      ['pass-lapsed', { passIdentifier: passes.lapsedLowIncome!.number, offerId: offers.reduced! }, 409],
      [
        'offer-not-found',
        { passIdentifier: passes.carer!.number, offerId: '00000000-0000-4000-8000-000000000000' },
        404,
      ],
      ['offer-of-other-provider', { passIdentifier: passes.lowIncome!.number, offerId: offers.other! }, 403],
      ['offer-not-available', { passIdentifier: passes.lowIncome!.number, offerId: offers.draft! }, 409],
      ['offer-not-valid-today', { passIdentifier: passes.carer!.number, offerId: offers.future! }, 409],
      ['offer-sold-out', { passIdentifier: passes.carer!.number, offerId: offers.soldOut! }, 409],
    ];
    for (const [code, payload, status] of refusals) {
      const response = await call(code, { method: 'POST', url: '/api/v1/redemptions', headers, payload });
      expect(`${code}: ${response.statusCode} ${response.json().type}`).toBe(
        `${code}: ${status} https://stadspas.nl/problems/${code}`,
      );
    }
    for (const pass of [passes.lowIncome!, passes.carer!, passes.child!]) {
      expect(
        (
          await call('once', {
            method: 'POST',
            url: '/api/v1/redemptions',
            headers,
            payload: { passIdentifier: pass.number, offerId: offers.once! },
          })
        ).statusCode,
      ).toBe(201);
      const limit = await call('limit-reached', {
        method: 'POST',
        url: '/api/v1/redemptions',
        headers,
        payload: { passIdentifier: pass.number, offerId: offers.once! },
      });
      expect(limit.json().type).toMatch(/limit-reached$/);
    }
    const invalid = await call('invalid-input', {
      method: 'POST',
      url: '/api/v1/redemptions',
      headers: { ...headers, 'idempotency-key': 'x' },
      payload: { passIdentifier: '', offerId: 'x', extra: 1 },
    });
    expect(invalid.statusCode).toBe(400);
    const booked = (await ctx.app.inject({ url: '/api/v1/redemptions?pageSize=1', headers })).json().items[0];
    await call('cancel by other provider', {
      method: 'POST',
      url: `/api/v1/redemptions/${booked.id}/cancellation`,
      headers: { authorization: `Bearer ${await createApiToken(ctx.database.db, other.id)}` },
    });
    await ctx.database.db
      .updateTable('redemptions')
      .set({ created_at: new Date(Date.now() - 3_600_000) } as never)
      .where('id', '=', booked.id)
      .execute();
    expect(
      (await call('not cancellable', { method: 'POST', url: `/api/v1/redemptions/${booked.id}/cancellation`, headers }))
        .statusCode,
    ).toBe(409);

    const found = checked.flatMap(({ what, response }) => leaks(response).map((leak) => `${what}: ${leak}`));
    expect(found).toEqual([]);
  });

  it('every GET path of the OpenAPI document a provider can call', async () => {
    const doc = (await ctx.app.inject({ url: '/api/v1/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const getPaths = Object.keys(doc.paths).filter((path) => doc.paths[path]!.get);
    const qr = makeQrToken(ctx.config.qrSecret, await addQrKey(ctx.database.db, passes.carer!)).token;
    const values: Record<string, string[]> = {
      passIdentifier: [passes.lowIncome!.number, formatPassNumber(passes.carer!.number), qr, passes.child!.number],
      offerId: [offers.reduced!, offers.once!],
      providerId: [provider.id],
      redemptionId: [],
      code: ['WK047912'],
    };
    const fallback = '00000000-0000-4000-8000-000000000000';
    const walked = new Map<string, Set<string>>();
    const failures: string[] = [];

    for (const [name, headers] of Object.entries(principals)) {
      walked.set(name, new Set());
      for (const template of getPaths) {
        const params = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
        // Every combination of the known values of each parameter.
        let urls = [template];
        for (const param of params) {
          const options = values[param]?.length ? values[param] : [fallback];
          urls = urls.flatMap((url) => options.map((value) => url.replace(`{${param}}`, encodeURIComponent(value))));
        }
        for (const url of urls) {
          const separator = url.includes('?') ? '&' : '?';
          const response = await ctx.app.inject({ url: `/api/v1${url}${separator}pageSize=100`, headers });
          if (response.statusCode >= 500) failures.push(`${name} GET ${url}: ${response.statusCode}`);
          const forbidden = ownOfferTerms(name, template) ? HOLDER_FACTS : FORBIDDEN;
          for (const leak of leaks(response, forbidden)) failures.push(`${name} GET ${url}: ${leak}`);
          if (![401, 403, 404].includes(response.statusCode)) walked.get(name)!.add(template);
        }
      }
    }
    expect(failures).toEqual([]);
    for (const [name, paths] of walked) {
      expect([name, [...paths]]).toEqual([
        name,
        expect.arrayContaining(['/till/passes/{passIdentifier}/offers', '/redemptions']),
      ]);
    }
  });
});
