import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInNetherlands } from '../src/modules/offers/catalogue-date.ts';
import { createPass, createProvider, createTenant, createUser, loginResident, loginStaff } from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * Sponsors' publicity (issue 16, point 9): the pass organisation records a sponsor with its
 * website and logo; the public list names only sponsors who agreed to publicity and whose money
 * arrived, without contact details or amounts. Providers, residents and visitors manage nothing.
 */
let ctx: TestContext;
let admin: string;
let providerAdmin: string;
let resident: string;
const API = '/api/v1';
const YEAR = Number(todayInNetherlands().slice(0, 4)) - 1;

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  await createTenant(db);
  const bakery = await createProvider(db, { name: 'Bakkerij Van der Zaan' });
  await createUser(db, { role: 'org_admin', email: 'beheer@test.demo', password: 'geheim-wachtwoord' });
  await createUser(db, {
    role: 'provider_admin',
    email: 'bakker@test.demo',
    password: 'geheim-wachtwoord',
    providerId: bakery.id,
  });
  const pass = await createPass(db, { category: 'low_income', email: 'inwoner@test.demo' });
  await createUser(db, { role: 'resident', email: 'inwoner@test.demo', holderId: pass.holderId });
  admin = await loginStaff(ctx.app, 'beheer@test.demo', 'geheim-wachtwoord');
  providerAdmin = await loginStaff(ctx.app, 'bakker@test.demo', 'geheim-wachtwoord');
  resident = await loginResident(ctx.app, 'inwoner@test.demo');
});
afterAll(async () => {
  await ctx.close();
});

const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown, cookie: string | null = admin) =>
  ctx.app.inject({
    method,
    url: `${API}${url}`,
    ...(payload === undefined ? {} : { payload: payload as object }),
    headers: cookie ? { cookie } : {},
  });

type PublicList = {
  items: { id: string; name: string; websiteUrl: string | null; publicityText: string; logo: { src: string } | null }[];
};

describe('sponsors on the public pages', () => {
  let agreedSponsorId = '';

  it('names a sponsor who agreed, once its money arrived, with its link and logo but no contact details', async () => {
    const agreed = await call('POST', '/sponsor-pledges', {
      sponsorName: 'Zaanse Energie',
      contactName: 'Els de Vries',
      contactEmail: 'els@zaanse-energie.test',
      websiteUrl: 'https://zaanse-energie.example',
      amountCents: 25_000,
      expectedOn: `${YEAR}-05-01`,
      publicityText: 'Samen voor de buurt',
      publicityAgreed: true,
    });
    expect(agreed.statusCode, agreed.body).toBe(201);
    const pledge = agreed.json() as { id: string; sponsor: { id: string; websiteUrl: string } };
    expect(pledge.sponsor.websiteUrl).toBe('https://zaanse-energie.example');
    agreedSponsorId = pledge.sponsor.id;
    const silent = await call('POST', '/sponsor-pledges', {
      sponsorName: 'Stille Gever BV',
      websiteUrl: 'https://stil.example',
      amountCents: 10_000,
      expectedOn: `${YEAR}-05-01`,
      publicityText: 'Liever niet genoemd',
    });
    expect(silent.statusCode, silent.body).toBe(201);

    // Promised, not received: nobody is named yet.
    expect(((await call('GET', '/sponsor-publicity', undefined, null)).json() as PublicList).items).toEqual([]);

    for (const [id, ref] of [
      [pledge.id, 'PUB-1'],
      [(silent.json() as { id: string }).id, 'PUB-2'],
    ] as const) {
      const receipt = await call('POST', `/sponsor-pledges/${id}/receipts`, {
        amountCents: 5_000,
        receivedOn: `${YEAR}-05-10`,
        bankReference: ref,
      });
      expect(receipt.statusCode, receipt.body).toBe(201);
    }

    const logo = await sharp({ create: { width: 400, height: 200, channels: 3, background: '#336699' } })
      .png()
      .toBuffer();
    const upload = await ctx.app.inject({
      method: 'POST',
      url: `${API}/images?purpose=sponsor&ownerId=${agreedSponsorId}&alt=Logo%20Zaanse%20Energie`,
      payload: logo,
      headers: { 'cookie': admin, 'content-type': 'application/octet-stream' },
    });
    expect(upload.statusCode, upload.body).toBe(201);

    const list = await call('GET', '/sponsor-publicity', undefined, null);
    expect(list.statusCode).toBe(200);
    const items = (list.json() as PublicList).items;
    expect(items.map((s) => s.name)).toEqual(['Zaanse Energie']);
    expect(items[0]).toMatchObject({
      websiteUrl: 'https://zaanse-energie.example',
      publicityText: 'Samen voor de buurt',
    });
    expect(items[0]!.logo?.src).toMatch(/^\/api\/v1\/images\//);
    expect(list.body).not.toContain('Els de Vries');
    expect(list.body).not.toContain('els@zaanse-energie.test');
    expect(list.body).not.toContain('Stille Gever');
    expect(list.body).not.toContain('5000');
  });

  it('lets the pass organisation change the website, and refuses addresses that are not http(s)', async () => {
    const changed = await call('PATCH', `/sponsors/${agreedSponsorId}`, { websiteUrl: 'https://nieuw.example/buurt' });
    expect(changed.statusCode, changed.body).toBe(200);
    const items = ((await call('GET', '/sponsor-publicity', undefined, null)).json() as PublicList).items;
    expect(items[0]!.websiteUrl).toBe('https://nieuw.example/buurt');

    const bad = await call('PATCH', `/sponsors/${agreedSponsorId}`, { websiteUrl: 'javascript:alert(1)' });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(bad.json())).toContain('websiteUrl');
  });

  it('answers bad input with problem+json naming every invalid field, saving nothing', async () => {
    const before = ((await call('GET', '/sponsor-pledges')).json() as { items: unknown[] }).items.length;
    const response = await call('POST', '/sponsor-pledges', {
      sponsorName: '',
      websiteUrl: 'ftp://x',
      amountCents: -5,
      expectedOn: 'morgen',
      publicityAgreed: 'ja',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const names = ((response.json() as { invalidParams: { name: string }[] }).invalidParams ?? []).map((p) => p.name);
    for (const field of ['sponsorName', 'websiteUrl', 'amountCents', 'expectedOn', 'publicityAgreed']) {
      expect(
        names.some((n) => n.endsWith(field)),
        `${field} in ${names.join(', ')}`,
      ).toBe(true);
    }
    const after = ((await call('GET', '/sponsor-pledges')).json() as { items: unknown[] }).items.length;
    expect(after).toBe(before);
    const unknown = await call('PATCH', '/sponsors/00000000-0000-4000-8000-000000000000', { websiteUrl: null });
    expect(unknown.statusCode).toBe(404);
  });

  it('lets no provider, resident or visitor manage sponsors or their logos', async () => {
    const pledge = {
      sponsorName: 'Indringer BV',
      amountCents: 100,
      expectedOn: `${YEAR}-01-01`,
    };
    for (const [cookie, status] of [
      [providerAdmin, 403],
      [resident, 403],
      [null, 401],
    ] as const) {
      expect((await call('POST', '/sponsor-pledges', pledge, cookie)).statusCode).toBe(status);
      expect((await call('GET', '/sponsor-pledges', undefined, cookie)).statusCode).toBe(status);
      expect(
        (await call('PATCH', `/sponsors/${agreedSponsorId}`, { websiteUrl: 'https://x.example' }, cookie)).statusCode,
      ).toBe(status);
      const upload = await ctx.app.inject({
        method: 'POST',
        url: `${API}/images?purpose=sponsor&ownerId=${agreedSponsorId}`,
        payload: Buffer.from('not a picture'),
        headers: { ...(cookie ? { cookie } : {}), 'content-type': 'application/octet-stream' },
      });
      expect(upload.statusCode).toBe(status);
    }
  });
});
