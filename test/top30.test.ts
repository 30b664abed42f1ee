import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, createOffer, createPass, createTenant, createUser, loginStaff } from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';
import { top30MonthlyJob } from '../src/modules/partners/top30.service.ts';

/**
 * The top 30: partners nominate (also activities not on the pass), the jury and Zaankanters voor
 * Elkaar's staff score, reach comes from redemptions (unique holders, below 10 "fewer than 10"),
 * the weights are the pass organisation's, the monthly job ranks, the list is public.
 */
let ctx: TestContext;
let admin: string;
let buurthuis: string;
let zve: string;
let offerId: string;
const API = '/api/v1';
const PASSWORD = 'een-lang-wachtwoord';
const send = (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string | null, payload?: object) =>
  ctx.app.inject({ method, url: `${API}${url}`, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });

async function partner(name: string, kind: string, email: string) {
  const made = await send('POST', '/partners', null, {
    organisation: { name, kind, wijkCode: 'WK047912', email: `info-${email}` },
    contact: { name: 'Medewerker', email, password: PASSWORD },
  });
  const approved = await send('POST', `/partners/${made.json().id}/decision`, admin, { approve: true });
  return { cookie: await loginStaff(ctx.app, email, PASSWORD), providerId: approved.json().providerId as string };
}

beforeAll(async () => {
  ctx = await createTestApp();
  await createTenant(ctx.database.db);
  await createUser(ctx.database.db, { role: 'org_admin', email: 'beheer@test.demo', password: PASSWORD });
  admin = await loginStaff(ctx.app, 'beheer@test.demo', PASSWORD);
  const kolk = await partner('Buurthuis De Kolk', 'community_centre', 'kolk@test.demo');
  buurthuis = kolk.cookie;
  zve = (await partner('Zaankanters voor Elkaar', 'volunteer_organisation', 'zve@test.demo')).cookie;
  const location = await ctx.database.db
    .selectFrom('locations')
    .select('id')
    .where('provider_id', '=', kolk.providerId)
    .executeTakeFirstOrThrow();
  offerId = (await createOffer(ctx.database.db, { id: kolk.providerId, locationId: location.id })).id;
  const headers = { authorization: `Bearer ${await createApiToken(ctx.database.db, kolk.providerId)}` };
  for (let i = 0; i < 12; i++) {
    const pass = await createPass(ctx.database.db);
    const r = await ctx.app.inject({
      method: 'POST',
      url: `${API}/redemptions`,
      headers,
      payload: { passIdentifier: pass.number, offerId },
    });
    expect(r.statusCode, r.body).toBe(201);
  }
});
afterAll(async () => {
  await ctx.close();
});

describe('the top 30 of volunteer activities', () => {
  it('ranks nominations on reach and impact with settable weights; the job recomputes monthly', async () => {
    const onPass = await send('POST', '/top30/nominations', buurthuis, {
      title: 'Kinderkookclub',
      description: 'Koken met kinderen uit de buurt.',
      wijkCode: 'WK047912',
      offerId,
    });
    expect(onPass.statusCode, onPass.body).toBe(201);
    const notYet = await send('POST', '/top30/nominations', zve, {
      title: 'Klussendienst voor ouderen',
      description: 'Vrijwilligers helpen ouderen met kleine klussen.',
      wijkCode: 'WK047912',
    });
    expect(notYet.statusCode).toBe(201);
    expect(
      (
        await send('POST', '/top30/nominations', admin, {
          title: 'Iets',
          description: 'Niet van een partner.',
          wijkCode: 'WK047912',
        })
      ).statusCode,
    ).toBe(403);

    // Jury and Zaankanters voor Elkaar score; a buurthuis may not.
    expect((await send('PUT', `/top30/nominations/${notYet.json().id}/score`, admin, { score: 10 })).statusCode).toBe(
      204,
    );
    expect((await send('PUT', `/top30/nominations/${notYet.json().id}/score`, zve, { score: 10 })).statusCode).toBe(
      204,
    );
    expect(
      (await send('PUT', `/top30/nominations/${onPass.json().id}/score`, buurthuis, { score: 10 })).statusCode,
    ).toBe(403);

    expect(await top30MonthlyJob.run({ database: ctx.database } as never, new Date())).toMatchObject({
      municipalities: 1,
    });
    expect(await top30MonthlyJob.run({ database: ctx.database } as never, new Date())).toBeUndefined();
    let top = (await send('GET', '/top30', null)).json();
    // Default weights 40 reach, 30 jury, 30 volunteer organisation: impact 60 beats reach 40.
    expect(top.items.map((i: { title: string; score: number }) => [i.title, i.score])).toEqual([
      ['Klussendienst voor ouderen', 60],
      ['Kinderkookclub', 40],
    ]);
    expect(top.items[1]).toMatchObject({ onThePass: true, reach: { value: 12, suppressed: false } });
    expect(top.items[0]).toMatchObject({ onThePass: false, reach: { value: null, suppressed: true } });

    expect(
      (await send('PUT', '/top30/weights', buurthuis, { reach: 100, jury: 0, volunteerOrganisation: 0 })).statusCode,
    ).toBe(403);
    expect(
      (await send('PUT', '/top30/weights', admin, { reach: 0, jury: 0, volunteerOrganisation: 0 })).statusCode,
    ).toBe(400);
    expect(
      (await send('PUT', '/top30/weights', admin, { reach: 100, jury: 0, volunteerOrganisation: 0 })).statusCode,
    ).toBe(204);
    top = (await send('POST', '/top30/recomputation', admin)).json();
    expect(top.items.map((i: { title: string }) => i.title)).toEqual(['Kinderkookclub', 'Klussendienst voor ouderen']);
    expect(top.weights).toEqual({ reach: 100, jury: 0, volunteerOrganisation: 0 });
  });
});
