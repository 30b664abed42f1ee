import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rdToWgs84 } from '../src/modules/areas/locate.ts';
import { addLead } from '../src/modules/recruitment/recruitment.service.ts';
import {
  createOffer,
  createProvider,
  createTenant,
  createUser,
  linkOfferToRoute,
  loginStaff,
  TENANT,
} from './support/fixtures.ts';
import { pointInWijk, useRealAreas } from './support/real-areas.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * The recruitment board (issue 16): leads with stages and versions, the wijkmanager's own wijk,
 * CSV import from Dutch Excel, the gap matrix from the live offer, a joined lead becoming a
 * provider sign-up, promotion PDFs read back as text, campaigns measured under the rule of 10,
 * relationship notes and the public social-credit mark.
 */
const API = '/api/v1';
let ctx: TestContext;
let admin: string;
let wijkmanager: string;
let wijkmanagerId: string;
let sportRouteId: string;
let verwenRouteId: string;

/** The text a PDF shows: the strings of its (deflated) content streams. */
function pdfText(pdf: Buffer): string {
  const winAnsi = (bytes: Buffer) => bytes.toString('latin1').replace(/\x80/g, '€');
  const raw = pdf.toString('latin1');
  const out: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content = match[1]!;
    try {
      content = inflateSync(Buffer.from(content, 'latin1')).toString('latin1');
    } catch {
      /* not deflated */
    }
    for (const tj of content.matchAll(/\[(.*?)\]\s*TJ/g))
      out.push([...tj[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => winAnsi(Buffer.from(h[1]!, 'hex'))).join(''));
  }
  return out.join('\n');
}
const flat = (pdf: Buffer) => pdfText(pdf).replace(/\s+/g, ' ');

const send = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, cookie?: string, payload?: unknown) =>
  ctx.app.inject({
    method,
    url: `${API}${url}`,
    ...(cookie ? { headers: { cookie } } : {}),
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  await createTenant(db);
  await useRealAreas(db);
  await createUser(db, { role: 'org_admin', email: 'beheer@test.demo', password: 'geheim-wachtwoord' });
  wijkmanagerId = (
    await createUser(db, { role: 'wijkmanager', email: 'wijk@test.demo', password: 'geheim-wachtwoord' })
  ).id;
  admin = await loginStaff(ctx.app, 'beheer@test.demo', 'geheim-wachtwoord');
  wijkmanager = await loginStaff(ctx.app, 'wijk@test.demo', 'geheim-wachtwoord');
  const routes = await db.selectFrom('routes').select(['id', 'slug']).execute();
  sportRouteId = routes.find((r) => r.slug === 'route-sport-en-bewegen')!.id;
  verwenRouteId = routes.find((r) => r.slug === 'verwen-route')!.id;
  // One live offer on the sport route in Poelenburg (WK047912): that cell is no gap.
  const gym = await createProvider(db, { name: 'Sportschool Poelenburg', wijkCode: 'WK047912' });
  const offer = await createOffer(db, gym, { title: 'Fitness met korting', discount_percent: 50 });
  await linkOfferToRoute(db, offer.id, 'route-sport-en-bewegen');
  const ended = await createOffer(db, gym, { title: 'Oude actie', status: 'ended' });
  await linkOfferToRoute(db, ended.id, 'verwen-route');
});
afterAll(() => ctx?.close());

describe('leads', () => {
  it('are added with a route, wijk and next step, and named field by field when wrong', async () => {
    const bad = await send('POST', '/recruitment-leads', admin, {
      name: 'Kapsalon',
      routeId: crypto.randomUUID(),
      wijkCode: 'WK047999',
    });
    expect(bad.statusCode).toBe(400);
    const names = (bad.json() as { invalidParams: { name: string }[] }).invalidParams.map((p) => p.name);
    expect(names).toEqual(['body.routeId', 'body.wijkCode']);
    expect(await ctx.database.db.selectFrom('recruitment_leads').select('id').execute()).toHaveLength(0);

    const created = await send('POST', '/recruitment-leads', admin, {
      name: 'Kapsalon Yilmaz',
      routeId: verwenRouteId,
      wijkCode: 'WK047912',
      nextStepOn: '2026-12-20',
      notes: 'Knipt al gratis voor de voedselbank.',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      stage: 'lead',
      source: 'board',
      route: { name: 'Verwen Route' },
      wijk: { code: 'WK047912' },
      version: 1,
    });
  });

  it('lets a wijkmanager add leads for their own wijk only, and see only those', async () => {
    // No wijk yet: nothing of theirs.
    const none = await send('POST', '/recruitment-leads', wijkmanager, { name: 'Bakker', wijkCode: 'WK047912' });
    expect(none.statusCode).toBe(403);
    expect(none.json().type).toContain('recruitment-wijk-not-yours');
    expect(
      (await send('PUT', `/wijkmanager-wijken/${wijkmanagerId}`, wijkmanager, { wijkCodes: ['WK047912'] })).statusCode,
    ).toBe(403);
    const assigned = await send('PUT', `/wijkmanager-wijken/${wijkmanagerId}`, admin, { wijkCodes: ['WK047912'] });
    expect(assigned.statusCode, assigned.body).toBe(200);

    const other = await send('POST', '/recruitment-leads', wijkmanager, { name: 'Bakker Zuid', wijkCode: 'WK047901' });
    expect(other.statusCode).toBe(403);
    // A position in their wijk gives the wijk.
    const position = rdToWgs84(pointInWijk('WK047912'));
    const own = await send('POST', '/recruitment-leads', wijkmanager, { name: 'Bakkerij Het Zaans Brood', position });
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json()).toMatchObject({ wijk: { code: 'WK047912' }, source: 'wijkmanager' });

    await send('POST', '/recruitment-leads', admin, { name: 'Zwemclub Zuid', wijkCode: 'WK047901' });
    const seen = (await send('GET', '/recruitment-leads', wijkmanager)).json() as { items: { name: string }[] };
    expect(seen.items.map((l) => l.name)).not.toContain('Zwemclub Zuid');
    expect(seen.items.map((l) => l.name)).toContain('Bakkerij Het Zaans Brood');
    // ...and the wijkmanager may not move stages.
    const lead = seen.items[0] as unknown as { id: string; version: number };
    expect(
      (
        await send('POST', `/recruitment-leads/${lead.id}/stage-changes`, wijkmanager, {
          stage: 'follow_up',
          version: 1,
        })
      ).statusCode,
    ).toBe(403);

    const map = (await send('GET', '/recruitment-lead-map', admin)).json() as {
      features: { properties: { name: string }; geometry: { coordinates: number[] } }[];
    };
    const bakery = map.features.find((f) => f.properties.name === 'Bakkerij Het Zaans Brood')!;
    expect(bakery.geometry.coordinates[0]).toBeCloseTo(position.longitude, 5);
  });

  it('are handed in by other modules through addLead, with their source', async () => {
    const { id } = await ctx.database.db
      .transaction()
      .execute((tx) =>
        addLead(tx, TENANT, { name: 'Kringloop De Zaan', source: 'support_group', wijkCode: 'WK047901' }),
      );
    const lead = (await send('GET', `/recruitment-leads/${id}`, admin)).json();
    expect(lead).toMatchObject({ source: 'support_group', stage: 'lead' });
    const events = (await send('GET', `/recruitment-leads/${id}/events`, admin)).json();
    expect(events.items).toEqual([
      expect.objectContaining({ fromStage: null, toStage: 'lead', actorName: 'support_group' }),
    ]);
  });
});

describe('CSV import', () => {
  const excel = (text: string) => Buffer.from(text, 'latin1'); // Windows-1252 as Excel writes it

  it('reads Dutch Excel (semicolons, Windows-1252), dry run first, and imports all at once', async () => {
    const file = excel(
      'Naam;Soort;Contactpersoon;E-mail;Route;Wijk;Fase;Volgende stap;Notities\r\n' +
        'Café De Würger;bedrijf;José Smit;jose@wurger.demo;Verwen Route;Zaandam-Zuid;eerste gesprek;15-01-2027;Terras\r\n' +
        'Stichting Kinderkleding;stille kracht;;;;WK047912;;;Ruilt kinderkleding\r\n',
    );
    const dry = await ctx.app.inject({
      method: 'POST',
      url: `${API}/recruitment-lead-imports?dryRun=true`,
      headers: { 'cookie': admin, 'content-type': 'text/csv' },
      payload: file,
    });
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toMatchObject({ dryRun: true, rows: 2, imported: 0, problems: [] });
    expect(dry.json().preview[0]).toMatchObject({
      name: 'Café De Würger',
      route: 'Verwen Route',
      stage: 'first_conversation',
    });

    const real = await ctx.app.inject({
      method: 'POST',
      url: `${API}/recruitment-lead-imports`,
      headers: { 'cookie': admin, 'content-type': 'text/csv' },
      payload: file,
    });
    expect(real.statusCode, real.body).toBe(201);
    const leads = (await send('GET', '/recruitment-leads?q=w%C3%BCrger', admin)).json().items;
    expect(leads).toEqual([
      expect.objectContaining({
        name: 'Café De Würger',
        contactName: 'José Smit',
        nextStepOn: '2027-01-15',
        source: 'csv',
      }),
    ]);
  });

  it('imports nothing when a row is wrong, and names the line (UTF-8 with BOM)', async () => {
    const before = await ctx.database.db.selectFrom('recruitment_leads').select('id').execute();
    const file = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('naam;wijk;volgende stap\nGoed bedrijf;Poelenburg;\nFout bedrijf;Atlantis;31-02-2027\n', 'utf8'),
    ]);
    const response = await ctx.app.inject({
      method: 'POST',
      url: `${API}/recruitment-lead-imports`,
      headers: { 'cookie': admin, 'content-type': 'text/csv' },
      payload: file,
    });
    expect(response.statusCode).toBe(400);
    const names = (response.json() as { invalidParams: { name: string }[] }).invalidParams.map((p) => p.name);
    expect(names).toEqual(['body[line 3].volgende stap', 'body[line 3].wijk']);
    expect(await ctx.database.db.selectFrom('recruitment_leads').select('id').execute()).toHaveLength(before.length);
  });
});

describe('the gap matrix and a lead that joins', () => {
  it('shows where live offers are missing, route by wijk', async () => {
    const matrix = (await send('GET', '/recruitment-gap-matrix', admin)).json() as {
      cells: { routeId: string; wijkCode: string; offers: number; gap: boolean; openLeads: number }[];
    };
    const cell = (routeId: string, wijkCode: string) =>
      matrix.cells.find((c) => c.routeId === routeId && c.wijkCode === wijkCode)!;
    expect(cell(sportRouteId, 'WK047912')).toMatchObject({ offers: 1, gap: false });
    // The ended offer on the Verwen Route does not count.
    expect(cell(verwenRouteId, 'WK047912')).toMatchObject({ offers: 0, gap: true, openLeads: 1 });
    expect(cell(sportRouteId, 'WK047901').gap).toBe(true);
  });

  it('turns a joined lead into a provider sign-up with its details filled in', async () => {
    const lead = (
      await send('POST', '/recruitment-leads', admin, {
        name: 'Fietsenmaker Rooswijk',
        kvkNumber: '87654321',
        street: 'Rooswijkweg 3',
        postcode: '1503 xx',
        city: 'Zaandam',
        routeId: sportRouteId,
        wijkCode: 'WK047901',
      })
    ).json() as { id: string; version: number };
    const moved = await send('POST', `/recruitment-leads/${lead.id}/stage-changes`, admin, {
      stage: 'first_conversation',
      version: 1,
      comment: 'Langs geweest',
    });
    expect(moved.json()).toMatchObject({ stage: 'first_conversation', version: 2 });
    // An old version is refused.
    const stale = await send('POST', `/recruitment-leads/${lead.id}/stage-changes`, admin, {
      stage: 'follow_up',
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().type).toContain('recruitment-lead-version-conflict');
    // Joining needs the sign-up's details; a wrong IBAN is named under signUp and nothing changes.
    const missing = await send('POST', `/recruitment-leads/${lead.id}/stage-changes`, admin, {
      stage: 'joined',
      version: 2,
    });
    expect(missing.statusCode).toBe(400);
    const wrong = await send('POST', `/recruitment-leads/${lead.id}/stage-changes`, admin, {
      stage: 'joined',
      version: 2,
      signUp: {
        contactName: 'Ria',
        email: 'ria@fiets.demo',
        iban: 'NL91ABNA0417164301',
        accountHolderName: 'Ria',
        termsAccepted: true,
      },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['body.signUp.iban']);
    const joined = await send('POST', `/recruitment-leads/${lead.id}/stage-changes`, admin, {
      stage: 'joined',
      version: 2,
      signUp: {
        contactName: 'Ria',
        email: 'ria@fiets.demo',
        iban: 'NL91ABNA0417164300',
        accountHolderName: 'Ria',
        termsAccepted: true,
      },
    });
    expect(joined.statusCode, joined.body).toBe(200);
    const applicationId = joined.json().applicationId as string;
    const application = (await send('GET', `/provider-applications/${applicationId}`, admin)).json();
    expect(application).toMatchObject({
      organisationName: 'Fietsenmaker Rooswijk',
      kvkNumber: '87654321',
      street: 'Rooswijkweg 3',
      postcode: '1503 XX',
      contactName: 'Ria',
      status: 'submitted',
    });
    const again = await send('POST', `/recruitment-leads/${lead.id}/stage-changes`, admin, {
      stage: 'not_now',
      version: 3,
    });
    expect(again.json().type).toContain('recruitment-lead-already-joined');
    const events = (await send('GET', `/recruitment-leads/${lead.id}/events`, admin)).json().items;
    expect(events.map((e: { toStage: string }) => e.toStage)).toEqual(['lead', 'first_conversation', 'joined']);
  });
});

describe('promotion material', () => {
  it('prints a route poster (A3) and a wijk flyer (A5) listing live offers, with the page address', async () => {
    const poster = await send('GET', `/promotion-materials/routes/${sportRouteId}/poster.pdf`, admin);
    expect(poster.statusCode).toBe(200);
    expect(poster.headers['content-type']).toBe('application/pdf');
    expect(poster.rawPayload.toString('latin1')).toMatch(/MediaBox \[0 0 841\.89 1190\.55\]/);
    const text = flat(poster.rawPayload);
    expect(text).toContain('Route voor Sport en Bewegen');
    expect(text).toContain('Sportschool Poelenburg');
    expect(text).toContain('Fitness met korting: 50% korting');
    expect(text).toContain('/routes/route-sport-en-bewegen');
    expect(text).not.toContain('Oude actie');

    const flyer = await send('GET', `/promotion-materials/wijken/WK047912/poster.pdf?size=A5`, admin);
    expect(flyer.rawPayload.toString('latin1')).toMatch(/MediaBox \[0 0 419\.53 595\.28\]/);
    expect(flat(flyer.rawPayload)).toContain('Fitness met korting');
    expect((await send('GET', `/promotion-materials/routes/${sportRouteId}/poster.pdf`, wijkmanager)).statusCode).toBe(
      403,
    );
  });

  it('prints a window sticker and an offer card, for the provider’s own admins too', async () => {
    const db = ctx.database.db;
    const provider = await db
      .selectFrom('providers')
      .select('id')
      .where('name', '=', 'Sportschool Poelenburg')
      .executeTakeFirstOrThrow();
    const offer = await db
      .selectFrom('offers')
      .select('id')
      .where('title', '=', 'Fitness met korting')
      .executeTakeFirstOrThrow();
    await createUser(db, {
      role: 'provider_admin',
      email: 'eigenaar@sport.demo',
      password: 'geheim-wachtwoord',
      providerId: provider.id,
    });
    const owner = await loginStaff(ctx.app, 'eigenaar@sport.demo', 'geheim-wachtwoord');
    const sticker = await send('GET', `/promotion-materials/providers/${provider.id}/window-sticker.pdf`, owner);
    expect(sticker.statusCode).toBe(200);
    expect(flat(sticker.rawPayload)).toContain('Zaanse Pas welkom');
    const card = await send('GET', `/promotion-materials/offers/${offer.id}/offer-card.pdf`, owner);
    const cardText = flat(card.rawPayload);
    expect(cardText).toContain('Fitness met korting');
    expect(cardText).toContain('Geldig tot en met 31-12-2099');
    const other = await createProvider(db, { name: 'Ander bedrijf' });
    expect((await send('GET', `/promotion-materials/providers/${other.id}/window-sticker.pdf`, owner)).statusCode).toBe(
      403,
    );
  });
});

describe('campaigns', () => {
  it('measure their results from the platform, hiding figures about fewer than 10 people', async () => {
    const bad = await send('POST', '/campaigns', admin, { name: 'X', startsOn: '2026-12-10', endsOn: '2026-12-01' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams[0].name).toBe('body.endsOn');
    const today = new Date().toISOString().slice(0, 10);
    const year = Number(today.slice(0, 4));
    const created = await send('POST', '/campaigns', admin, {
      name: 'Sport in de winter',
      kind: 'recruitment',
      routeId: sportRouteId,
      startsOn: `${year}-01-01`,
      endsOn: `${year}-12-31`,
      goalProviders: 5,
      goalRedemptions: 100,
      goalPassesSold: 50,
    });
    expect(created.statusCode, created.body).toBe(201);
    // The lead that joined on the sport route counts; no redemptions and no passes sold: hidden.
    expect(created.json().results).toMatchObject({
      providersRecruited: { goal: 5, actual: 1 },
      redemptions: { goal: 100, actual: { value: null, suppressed: true } },
      passesSold: { goal: 50, actual: { value: null, suppressed: true } },
    });
    const list = (await send('GET', `/campaigns?year=${year}`, admin)).json();
    expect(list.items.map((c: { name: string }) => c.name)).toContain('Sport in de winter');
    expect((await send('GET', `/campaigns?year=${year - 3}`, admin)).json().items).toHaveLength(0);
    expect((await send('GET', '/campaigns', wijkmanager)).statusCode).toBe(403);
  });
});

describe('Stille Krachten and social credit', () => {
  it('keeps contacts, agreements and history, and marks providers who give, never who used it', async () => {
    const db = ctx.database.db;
    const sk = await db
      .insertInto('providers')
      .values({ tenant_id: TENANT, name: 'Gratis Knippen Zaandam', kind: 'stille_kracht' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const loc = await db
      .insertInto('locations')
      .values({
        tenant_id: TENANT,
        provider_id: sk.id,
        name: 'Salon',
        street: 'Dam 1',
        postcode: '1506 BA',
        city: 'Zaandam',
        wijk_code: 'WK047901',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await createOffer(
      db,
      { id: sk.id, locationId: loc.id },
      { title: 'Gratis knippen', price_type: 'free', discount_percent: null },
    );
    const noted = await send('POST', `/providers/${sk.id}/relationship-notes`, admin, {
      kind: 'agreement',
      notedOn: '2026-11-01',
      body: 'Elke eerste maandag gratis knippen in het buurthuis.',
    });
    expect(noted.statusCode, noted.body).toBe(201);
    const list = (await send('GET', '/stille-krachten', admin)).json().items;
    expect(list).toEqual([
      expect.objectContaining({ name: 'Gratis Knippen Zaandam', liveOffers: 1, lastContactOn: '2026-11-01' }),
    ]);
    const credits = await send('GET', '/social-credits');
    expect(credits.statusCode).toBe(200);
    const items = credits.json().items as { name: string; reasons: string[] }[];
    expect(items).toEqual([{ providerId: sk.id, name: 'Gratis Knippen Zaandam', reasons: ['social_offers'] }]);
    expect(JSON.stringify(credits.json())).not.toMatch(/pass|holder|redemption/i);
    expect((await send('GET', '/stille-krachten', wijkmanager)).statusCode).toBe(403);
  });
});
