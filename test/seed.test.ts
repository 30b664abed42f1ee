import fs from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PassCategory } from '../src/db/schema.ts';
import { priceToChargeCents } from '../src/modules/offers/pricing.ts';
import { isValidPassNumber } from '../src/modules/passes/pass-number.ts';
import { containsPoint, type MultiPolygon } from '../src/seed/areas.ts';
import { buildDemo, DEMO, seedDemoIfEmpty, type SeedSummary } from '../src/seed/seed-demo.ts';
import { loginStaff } from './support/fixtures.ts';
import { createTestApp, createTestDatabase, type TestContext } from './support/test-app.ts';

/**
 * The demo seed on an empty database (PGlite in memory, or a fresh PostgreSQL database with
 * DATABASE_URL). A fixed anchor date keeps the run reproducible.
 */
const ANCHOR = '2026-03-18';
let ctx: TestContext;
let summary: SeedSummary | null;
const db = () => ctx.database.db;

beforeAll(async () => {
  ctx = await createTestApp();
  summary = await seedDemoIfEmpty(ctx.database, ctx.config, { anchorDate: ANCHOR });
}, 180_000);
afterAll(() => ctx.close());

describe('areas', () => {
  it('imports the 19 real wijken and 50 buurten with their CBS population', async () => {
    const wijken = await db().selectFrom('wijken').selectAll().execute();
    const buurten = await db().selectFrom('buurten').selectAll().execute();
    expect(wijken).toHaveLength(19);
    expect(buurten).toHaveLength(50);
    expect(wijken.reduce((sum, w) => sum + w.population, 0)).toBe(153_640);
    const source = JSON.parse(fs.readFileSync('src/seed/data/zaanstad/wijken-2017.geojson', 'utf8')) as { features: { properties: { wk_code: string; wijknaam: string; aant_inw: number; aantal_hh: number } }[] };
    for (const feature of source.features) {
      const wijk = wijken.find((w) => w.code === feature.properties.wk_code)!;
      expect(wijk).toMatchObject({ name: feature.properties.wijknaam, population: feature.properties.aant_inw, households: feature.properties.aantal_hh });
    }
    expect(wijken.find((w) => w.code === 'WK047912')?.name).toBe('Poelenburg');
    for (const area of [...wijken, ...buurten]) expect((area.geometry as MultiPolygon).type).toBe('MultiPolygon');
    const wijkCodes = new Set(wijken.map((w) => w.code));
    for (const buurt of buurten) expect(wijkCodes.has(buurt.wijk_code)).toBe(true);
  });
});

describe('catalogue', () => {
  it('has about 60 providers, with the two the demo relies on', async () => {
    const providers = await db().selectFrom('providers').select(['id', 'name']).execute();
    expect(providers.length).toBeGreaterThanOrEqual(55);
    expect(providers.length).toBeLessThanOrEqual(70);
    const titlesOf = async (name: string) => {
      const provider = providers.find((p) => p.name === name);
      expect(provider, name).toBeDefined();
      return (await db().selectFrom('offers').select('title').where('provider_id', '=', provider!.id).where('status', '=', 'published').execute()).map((o) => o.title);
    };
    expect((await titlesOf('Bakkerij Van der Zaan')).some((t) => t.toLowerCase().includes('taart'))).toBe(true);
    expect(await titlesOf('Zwembad De Zaanstroom')).toEqual(expect.arrayContaining(['Banenzwemmen', 'Zwemmen voor het hele gezin']));
  });

  it('has 240 to 260 offers on all eight routes, with every price type, limits, stock and a few drafts', async () => {
    const offers = await db().selectFrom('offers').selectAll().execute();
    expect(offers.length).toBeGreaterThanOrEqual(240);
    expect(offers.length).toBeLessThanOrEqual(260);
    const perRoute = await db().selectFrom('routes').leftJoin('offer_routes', 'offer_routes.route_id', 'routes.id')
      .select(['routes.slug', 'routes.is_demo', sql<number>`count(offer_routes.offer_id)`.as('n')]).groupBy(['routes.slug', 'routes.is_demo']).execute();
    expect(perRoute).toHaveLength(8);
    for (const route of perRoute) expect(Number(route.n), route.slug).toBeGreaterThanOrEqual(10);
    expect(perRoute.filter((r) => !r.is_demo).map((r) => r.slug).sort()).toEqual(['jongerenroute', 'romantiek-route', 'route-sport-en-bewegen', 'verwen-route']);
    const orphans = await db().selectFrom('offers').select('id').where(({ not, exists, selectFrom }) => not(exists(selectFrom('offer_routes').select('offer_id').whereRef('offer_routes.offer_id', '=', 'offers.id')))).execute();
    expect(orphans).toEqual([]);
    expect(new Set(offers.map((o) => o.price_type))).toEqual(new Set(['percentage_discount', 'amount_off', 'fixed_price', 'free']));
    expect(offers.filter((o) => o.reduced_price_cents !== null).length).toBeGreaterThan(20);
    expect(offers.filter((o) => o.limit_per_pass !== null).length).toBeGreaterThan(100);
    expect(offers.filter((o) => o.stock_total !== null).length).toBeGreaterThan(10);
    const drafts = offers.filter((o) => o.status === 'draft').length;
    expect(drafts).toBeGreaterThan(0);
    expect(drafts).toBeLessThan(20);
    const validToday = offers.filter((o) => o.status === 'published' && o.valid_from <= ANCHOR && ANCHOR <= o.valid_until);
    expect(validToday.length / offers.length).toBeGreaterThan(0.75);
  });

  it('spreads provider locations over every wijk, each inside its buurt', async () => {
    const locations = await db().selectFrom('locations').selectAll().execute();
    const buurten = new Map((await db().selectFrom('buurten').selectAll().execute()).map((b) => [b.code, b]));
    expect(new Set(locations.map((l) => l.wijk_code)).size).toBe(19);
    for (const location of locations) {
      const buurt = buurten.get(location.buurt_code!)!;
      expect(buurt.wijk_code).toBe(location.wijk_code);
      expect(containsPoint(buurt.geometry as MultiPolygon, location.x_rd!, location.y_rd!), location.name).toBe(true);
      expect(location.postcode).toMatch(/^15\d\d [A-Z]{2}$/);
    }
  });
});

describe('holders and passes', () => {
  it('spreads about 3,000 holders over the wijken in proportion to the population', async () => {
    const rows = await db().selectFrom('wijken').leftJoin('holders', 'holders.wijk_code', 'wijken.code')
      .select(['wijken.code', 'wijken.population', sql<number>`count(holders.id)`.as('holders')]).groupBy(['wijken.code', 'wijken.population']).execute();
    const total = rows.reduce((sum, r) => sum + Number(r.holders), 0);
    const population = rows.reduce((sum, r) => sum + r.population, 0);
    expect(total).toBeGreaterThanOrEqual(2900);
    expect(total).toBeLessThanOrEqual(3100);
    for (const row of rows) {
      const expected = (total * row.population) / population;
      expect(Math.abs(Number(row.holders) - expected), row.code).toBeLessThanOrEqual(Math.max(3, expected * 0.05));
    }
  });

  it('varies the low-income share per wijk', async () => {
    const rows = await db().selectFrom('passes').innerJoin('holders', 'holders.id', 'passes.holder_id')
      .where('passes.category', '<>', 'child')
      .select(['holders.wijk_code', sql<number>`avg(case when passes.category = 'low_income' then 1.0 else 0 end)`.as('share')])
      .groupBy('holders.wijk_code').execute();
    const share = new Map(rows.map((r) => [r.wijk_code, Number(r.share)]));
    const values = [...share.values()];
    expect(Math.max(...values) - Math.min(...values)).toBeGreaterThan(0.25);
    expect(share.get('WK047912')!).toBeGreaterThan(share.get('WK047981')! + 0.2); // Poelenburg vs Westzaan
  });

  it('gives every pass a valid number, a year of validity, and every child pass a parent', async () => {
    const passes = await db().selectFrom('passes').selectAll().execute();
    expect(new Set(passes.map((p) => p.number)).size).toBe(passes.length);
    for (const pass of passes) expect(isValidPassNumber(pass.number), pass.number).toBe(true);
    const byId = new Map(passes.map((p) => [p.id, p]));
    const children = passes.filter((p) => p.category === 'child');
    expect(children.length).toBeGreaterThan(100);
    for (const child of children) {
      const parent = byId.get(child.parent_pass_id!);
      expect(parent).toBeDefined();
      expect(parent!.category).not.toBe('child');
    }
    expect(passes.filter((p) => p.category !== 'child' && p.parent_pass_id !== null)).toEqual([]);
    const categories = new Set(passes.map((p) => p.category));
    expect(categories).toEqual(new Set(['regular', 'low_income', 'carer', 'child']));
    const statuses = passes.map((p) => p.status);
    expect(statuses.filter((s) => s === 'blocked').length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s === 'expired').length).toBeGreaterThan(0);
    for (const pass of passes) {
      const days = (Date.parse(pass.valid_until) - Date.parse(pass.valid_from)) / 86_400_000;
      expect(days).toBeGreaterThanOrEqual(364);
      expect(days).toBeLessThanOrEqual(365);
      if (pass.status === 'active') expect(pass.valid_until >= ANCHOR).toBe(true);
      if (pass.status === 'expired') expect(pass.valid_until < ANCHOR).toBe(true);
    }
  });
});

describe('accounts', () => {
  it('lets the demo accounts of the contract log in', async () => {
    for (const [email, password] of [
      [DEMO.orgAdmin.email, DEMO.orgAdmin.password],
      ['kassa@bakkerijvanderzaan.demo', 'Kassa-demo-2026'],
      ['eigenaar@bakkerijvanderzaan.demo', 'Aanbieder-demo-2026'],
    ] as const) {
      const cookie = await loginStaff(ctx.app, email, password);
      const me = await ctx.app.inject({ url: '/api/v1/sessions/current', headers: { cookie } });
      expect(me.json().kind, email).toBe('staff');
    }
    const token = await ctx.app.inject({ url: '/api/v1/sessions/current', headers: { authorization: `Bearer ${DEMO.bakeryApiToken}` } });
    expect(token.statusCode).toBe(200);
  });

  it('has the demo residents: Fatima with a low-income pass and a child pass, Jan with a regular pass', async () => {
    const passesOf = (email: string) => db().selectFrom('users').innerJoin('passes', 'passes.holder_id', 'users.holder_id')
      .where('users.email', '=', email).where('users.role', '=', 'resident').select(['passes.id', 'passes.category', 'passes.status']).execute();
    const fatima = await passesOf('fatima@voorbeeld.demo');
    expect(fatima).toEqual([expect.objectContaining({ category: 'low_income', status: 'active' })]);
    const children = await db().selectFrom('passes').select('category').where('parent_pass_id', '=', fatima[0]!.id).execute();
    expect(children).toEqual([{ category: 'child' }]);
    expect(await passesOf('jan@voorbeeld.demo')).toEqual([expect.objectContaining({ category: 'regular', status: 'active' })]);
    const residents = await db().selectFrom('users').innerJoin('holders', 'holders.id', 'users.holder_id')
      .where('users.role', '=', 'resident').select(['users.email', 'holders.email as holderEmail']).execute();
    expect(residents.length).toBeGreaterThan(500);
    for (const r of residents) expect(r.email).toBe(r.holderEmail);
    const staff = await db().selectFrom('users').select(['role', sql<number>`count(*)`.as('n')]).where('role', 'in', ['till_staff', 'provider_admin']).groupBy('role').execute();
    const providers = await db().selectFrom('providers').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
    for (const row of staff) expect(Number(row.n)).toBe(Number(providers.n));
  });
});

describe('redemptions', () => {
  it('adds a year of redemptions before the anchor, only on published offers and usable passes', async () => {
    const rows = await sql<{ n: number; first: Date; last: Date; bad_offer: number; bad_pass: number; cancelled: number; other_provider: number }>`
      select count(*) as n, min(r.created_at) as first, max(r.created_at) as last,
        count(*) filter (where o.status <> 'published' or (r.created_at at time zone 'Europe/Amsterdam')::date not between o.valid_from and o.valid_until) as bad_offer,
        count(*) filter (where (r.created_at at time zone 'Europe/Amsterdam')::date not between p.valid_from and p.valid_until) as bad_pass,
        count(*) filter (where r.cancelled_at is not null) as cancelled,
        count(*) filter (where r.provider_id <> o.provider_id or r.channel <> 'seed') as other_provider
      from redemptions r join offers o on o.id = r.offer_id join passes p on p.id = r.pass_id`.execute(db());
    const stats = rows.rows[0]!;
    expect(Number(stats.n)).toBeGreaterThanOrEqual(15_000);
    expect(Number(stats.n)).toBeLessThanOrEqual(30_000);
    expect(new Date(stats.last).getTime()).toBeLessThan(Date.parse(`${ANCHOR}T00:00:00+01:00`));
    expect(new Date(stats.first).getTime()).toBeGreaterThanOrEqual(Date.parse(`${ANCHOR}T00:00:00Z`) - 366 * 86_400_000);
    expect(Number(stats.bad_offer)).toBe(0);
    expect(Number(stats.bad_pass)).toBe(0);
    expect(Number(stats.other_provider)).toBe(0);
    expect(Number(stats.cancelled)).toBeGreaterThan(0);
    expect(Number(stats.cancelled)).toBeLessThan(Number(stats.n) * 0.05);
  });

  it('never exceeds an offer\'s per-pass limit', async () => {
    const over = await sql<{ offer_id: string; pass_id: string }>`
      select r.offer_id, r.pass_id
      from redemptions r join offers o on o.id = r.offer_id
      where r.cancelled_at is null and o.limit_per_pass is not null
      group by r.offer_id, r.pass_id, o.limit_per_pass, o.limit_period,
        case o.limit_period
          when 'day' then (r.created_at at time zone 'Europe/Amsterdam')::date
          when 'week' then date_trunc('week', r.created_at at time zone 'Europe/Amsterdam')::date
          when 'month' then date_trunc('month', r.created_at at time zone 'Europe/Amsterdam')::date
          else null end
      having count(*) > o.limit_per_pass`.execute(db());
    expect(over.rows).toEqual([]);
    const limited = await sql<{ n: number }>`select count(*) as n from redemptions r join offers o on o.id = r.offer_id where o.limit_per_pass is not null`.execute(db());
    expect(Number(limited.rows[0]!.n)).toBeGreaterThan(5000); // the check above had something to check
  });

  it('never exceeds stock, and stock_remaining is the stock minus the active redemptions', async () => {
    const rows = await sql<{ id: string; stock_total: number; stock_remaining: number; used: number }>`
      select o.id, o.stock_total, o.stock_remaining, count(r.id) filter (where r.cancelled_at is null) as used
      from offers o left join redemptions r on r.offer_id = o.id
      where o.stock_total is not null group by o.tenant_id, o.id`.execute(db());
    expect(rows.rows.length).toBeGreaterThan(10);
    for (const row of rows.rows) {
      expect(Number(row.used)).toBeLessThanOrEqual(row.stock_total);
      expect(row.stock_remaining).toBe(row.stock_total - Number(row.used));
    }
    expect(rows.rows.some((r) => r.stock_remaining === 0)).toBe(true);
    expect(rows.rows.some((r) => r.stock_remaining > 0 && Number(r.used) > 0)).toBe(true);
  });

  it('charges what a till would charge, and low-income wijken use the pass more', async () => {
    const rows = await db().selectFrom('redemptions as r').innerJoin('offers as o', 'o.id', 'r.offer_id').innerJoin('passes as p', 'p.id', 'r.pass_id')
      .innerJoin('holders as h', 'h.id', 'p.holder_id')
      .select(['r.price_cents', 'r.regular_price_cents as charged_regular', 'p.category', 'h.wijk_code', 'o.price_type', 'o.regular_price_cents', 'o.discount_percent', 'o.amount_off_cents', 'o.fixed_price_cents', 'o.reduced_price_cents'])
      .execute();
    let reduced = 0;
    for (const row of rows) {
      const offer = { priceType: row.price_type, regularPriceCents: row.regular_price_cents, discountPercent: row.discount_percent, amountOffCents: row.amount_off_cents, fixedPriceCents: row.fixed_price_cents, reducedPriceCents: row.reduced_price_cents };
      const expected = priceToChargeCents(offer, row.category as PassCategory, ['low_income']);
      if (row.price_cents !== expected) throw new Error(`price ${row.price_cents} <> ${expected}`);
      if (expected < priceToChargeCents(offer, 'regular', ['low_income'])) reduced++;
      expect(row.charged_regular).toBe(row.regular_price_cents);
    }
    expect(reduced).toBeGreaterThan(500);
    const perHolder = (code: string) => {
      const inWijk = rows.filter((r) => r.wijk_code === code).length;
      return inWijk;
    };
    const holders = new Map((await db().selectFrom('holders').select(['wijk_code', sql<number>`count(*)`.as('n')]).groupBy('wijk_code').execute()).map((r) => [r.wijk_code, Number(r.n)]));
    expect(perHolder('WK047912') / holders.get('WK047912')!).toBeGreaterThan(perHolder('WK047981') / holders.get('WK047981')!);
  });
});

describe('seeding', () => {
  it('runs only on an empty database', async () => {
    expect(summary).not.toBeNull();
    const before = await db().selectFrom('redemptions').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
    expect(await seedDemoIfEmpty(ctx.database, ctx.config, { anchorDate: ANCHOR })).toBeNull();
    const after = await db().selectFrom('redemptions').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('is deterministic: another run with the same anchor builds exactly the same data', async () => {
    const again = await buildDemo(ANCHOR);
    const passes = await db().selectFrom('passes').select(['id', 'number', 'category']).orderBy('number').execute();
    expect(again.passes.map((p) => ({ id: p.id, number: p.number, category: p.category }))).toEqual(passes);
    const offers = await db().selectFrom('offers').select(['id', 'title']).orderBy('id').execute();
    expect([...again.offers].sort((a, b) => a.id!.localeCompare(b.id!)).map((o) => ({ id: o.id, title: o.title }))).toEqual(offers);
    const redemptions = await db().selectFrom('redemptions').select(['id', 'pass_id', 'offer_id', 'price_cents', 'created_at']).orderBy('id').execute();
    const built = [...again.redemptions].sort((a, b) => a.id!.localeCompare(b.id!));
    expect(built.length).toBe(redemptions.length);
    built.forEach((r, i) => {
      const stored = redemptions[i]!;
      expect({ id: r.id, pass: r.pass_id, offer: r.offer_id, price: r.price_cents, at: (r.created_at as Date).getTime() })
        .toEqual({ id: stored.id, pass: stored.pass_id, offer: stored.offer_id, price: stored.price_cents, at: new Date(stored.created_at).getTime() });
    });
  });
});

describe('all or nothing', () => {
  it('leaves the database empty when any insert fails', async () => {
    const { database, drop } = await createTestDatabase();
    try {
      // The last table the seed fills refuses every insert.
      await database.execScript(`create function refuse_insert() returns trigger language plpgsql as $$ begin raise exception 'refused by the test'; end $$;
        create trigger refuse_redemptions before insert on redemptions for each statement execute function refuse_insert();`);
      await expect(seedDemoIfEmpty(database, ctx.config, { anchorDate: ANCHOR })).rejects.toThrow(/refused by the test/);
      for (const table of ['tenants', 'wijken', 'offers', 'passes', 'users'] as const) {
        const row = await database.db.selectFrom(table).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
        expect(Number(row.n), table).toBe(0);
      }
    } finally {
      await drop();
    }
  }, 120_000);
});
