import fs from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { priceToChargeCents } from '../src/modules/offers/pricing.ts';
import { checkLedger } from '../src/modules/ledger/ledger-check.ts';
import { isValidIban } from '../src/modules/payouts/iban.ts';
import { isValidPassNumber } from '../src/modules/passes/pass-number.ts';
import type { Database } from '../src/db/database.ts';
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
    const source = JSON.parse(fs.readFileSync('src/seed/data/zaanstad/wijken-2017.geojson', 'utf8')) as {
      features: { properties: { wk_code: string; wijknaam: string; aant_inw: number; aantal_hh: number } }[];
    };
    for (const feature of source.features) {
      const wijk = wijken.find((w) => w.code === feature.properties.wk_code)!;
      expect(wijk).toMatchObject({
        name: feature.properties.wijknaam,
        population: feature.properties.aant_inw,
        households: feature.properties.aantal_hh,
      });
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
      return (
        await db()
          .selectFrom('offers')
          .select('title')
          .where('provider_id', '=', provider!.id)
          .where('status', '=', 'published')
          .execute()
      ).map((o) => o.title);
    };
    expect((await titlesOf('Bakkerij Van der Zaan')).some((t) => t.toLowerCase().includes('taart'))).toBe(true);
    expect(await titlesOf('Zwembad De Zaanstroom')).toEqual(
      expect.arrayContaining(['Banenzwemmen', 'Zwemmen voor het hele gezin']),
    );
  });

  it('has 240 to 260 offers on all eight routes, with every price type, limits, stock and a few drafts', async () => {
    const offers = await db().selectFrom('offers').selectAll().execute();
    expect(offers.length).toBeGreaterThanOrEqual(240);
    expect(offers.length).toBeLessThanOrEqual(260);
    const perRoute = await db()
      .selectFrom('routes')
      .leftJoin('offer_routes', 'offer_routes.route_id', 'routes.id')
      .select(['routes.slug', 'routes.is_demo', sql<number>`count(offer_routes.offer_id)`.as('n')])
      .groupBy(['routes.slug', 'routes.is_demo'])
      .execute();
    expect(perRoute).toHaveLength(8);
    for (const route of perRoute) expect(Number(route.n), route.slug).toBeGreaterThanOrEqual(10);
    expect(
      perRoute
        .filter((r) => !r.is_demo)
        .map((r) => r.slug)
        .sort(),
    ).toEqual(['jongerenroute', 'romantiek-route', 'route-sport-en-bewegen', 'verwen-route']);
    const orphans = await db()
      .selectFrom('offers')
      .select('id')
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('offer_routes').select('offer_id').whereRef('offer_routes.offer_id', '=', 'offers.id'))),
      )
      .execute();
    expect(orphans).toEqual([]);
    expect(new Set(offers.map((o) => o.price_type))).toEqual(
      new Set(['percentage_discount', 'amount_off', 'fixed_price', 'free']),
    );
    expect(offers.filter((o) => o.reduced_price_cents !== null).length).toBeGreaterThan(20);
    expect(offers.filter((o) => o.limit_per_pass !== null).length).toBeGreaterThan(100);
    expect(offers.filter((o) => o.stock_total !== null).length).toBeGreaterThan(10);
    const drafts = offers.filter((o) => o.status === 'draft').length;
    expect(drafts).toBeGreaterThan(0);
    expect(drafts).toBeLessThan(20);
    const validToday = offers.filter(
      (o) => o.status === 'published' && o.valid_from <= ANCHOR && ANCHOR <= o.valid_until,
    );
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
    const rows = await db()
      .selectFrom('wijken')
      .leftJoin('holders', 'holders.wijk_code', 'wijken.code')
      .select(['wijken.code', 'wijken.population', sql<number>`count(holders.id)`.as('holders')])
      .groupBy(['wijken.code', 'wijken.population'])
      .execute();
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
    const rows = await db()
      .selectFrom('passes')
      .innerJoin('holders', 'holders.id', 'passes.holder_id')
      .where('passes.category', '<>', 'child')
      .select([
        'holders.wijk_code',
        sql<number>`avg(case when passes.category = 'low_income' then 1.0 else 0 end)`.as('share'),
      ])
      .groupBy('holders.wijk_code')
      .execute();
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
    const token = await ctx.app.inject({
      url: '/api/v1/sessions/current',
      headers: { authorization: `Bearer ${DEMO.bakeryApiToken}` },
    });
    expect(token.statusCode).toBe(200);
  });

  it('has the demo residents: Fatima with a low-income pass and a child pass, Jan with a regular pass', async () => {
    const passesOf = (email: string) =>
      db()
        .selectFrom('users')
        .innerJoin('passes', 'passes.holder_id', 'users.holder_id')
        .where('users.email', '=', email)
        .where('users.role', '=', 'resident')
        .select(['passes.id', 'passes.category', 'passes.status'])
        .execute();
    const fatima = await passesOf('fatima@voorbeeld.demo');
    expect(fatima).toEqual([expect.objectContaining({ category: 'low_income', status: 'active' })]);
    const children = await db()
      .selectFrom('passes')
      .select('category')
      .where('parent_pass_id', '=', fatima[0]!.id)
      .execute();
    expect(children).toEqual([{ category: 'child' }]);
    expect(await passesOf('jan@voorbeeld.demo')).toEqual([
      expect.objectContaining({ category: 'regular', status: 'active' }),
    ]);
    const residents = await db()
      .selectFrom('users')
      .innerJoin('holders', 'holders.id', 'users.holder_id')
      .where('users.role', '=', 'resident')
      .select(['users.email', 'holders.email as holderEmail'])
      .execute();
    expect(residents.length).toBeGreaterThan(500);
    for (const r of residents) expect(r.email).toBe(r.holderEmail);
    const staff = await db()
      .selectFrom('users')
      .select(['role', sql<number>`count(*)`.as('n')])
      .where('role', 'in', ['till_staff', 'provider_admin'])
      .groupBy('role')
      .execute();
    const providers = await db()
      .selectFrom('providers')
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    for (const row of staff) expect(Number(row.n)).toBe(Number(providers.n));
  });
});

describe('redemptions', () => {
  it('adds a year of redemptions before the anchor, only on published offers and usable passes', async () => {
    const rows = await sql<{
      n: number;
      first: Date;
      last: Date;
      bad_offer: number;
      bad_pass: number;
      cancelled: number;
      other_provider: number;
    }>`
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
    expect(new Date(stats.first).getTime()).toBeGreaterThanOrEqual(
      Date.parse(`${ANCHOR}T00:00:00Z`) - 366 * 86_400_000,
    );
    expect(Number(stats.bad_offer)).toBe(0);
    expect(Number(stats.bad_pass)).toBe(0);
    expect(Number(stats.other_provider)).toBe(0);
    expect(Number(stats.cancelled)).toBeGreaterThan(0);
    expect(Number(stats.cancelled)).toBeLessThan(Number(stats.n) * 0.05);
  });

  it("never exceeds an offer's per-pass limit", async () => {
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
    const limited = await sql<{
      n: number;
    }>`select count(*) as n from redemptions r join offers o on o.id = r.offer_id where o.limit_per_pass is not null`.execute(
      db(),
    );
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
    const rows = await db()
      .selectFrom('redemptions as r')
      .innerJoin('offers as o', 'o.id', 'r.offer_id')
      .innerJoin('passes as p', 'p.id', 'r.pass_id')
      .innerJoin('holders as h', 'h.id', 'p.holder_id')
      .select([
        'r.price_cents',
        'r.regular_price_cents as charged_regular',
        'p.category',
        'h.wijk_code',
        'o.price_type',
        'o.regular_price_cents',
        'o.discount_percent',
        'o.amount_off_cents',
        'o.fixed_price_cents',
        'o.reduced_price_cents',
      ])
      .execute();
    let reduced = 0;
    for (const row of rows) {
      const offer = {
        priceType: row.price_type,
        regularPriceCents: row.regular_price_cents,
        discountPercent: row.discount_percent,
        amountOffCents: row.amount_off_cents,
        fixedPriceCents: row.fixed_price_cents,
        reducedPriceCents: row.reduced_price_cents,
      };
      const expected = priceToChargeCents(offer, row.category, ['low_income']);
      if (row.price_cents !== expected) throw new Error(`price ${row.price_cents} <> ${expected}`);
      if (expected < priceToChargeCents(offer, 'regular', ['low_income'])) reduced++;
      expect(row.charged_regular).toBe(row.regular_price_cents);
    }
    expect(reduced).toBeGreaterThan(500);
    const perHolder = (code: string) => {
      const inWijk = rows.filter((r) => r.wijk_code === code).length;
      return inWijk;
    };
    const holders = new Map(
      (
        await db()
          .selectFrom('holders')
          .select(['wijk_code', sql<number>`count(*)`.as('n')])
          .groupBy('wijk_code')
          .execute()
      ).map((r) => [r.wijk_code, Number(r.n)]),
    );
    expect(perHolder('WK047912') / holders.get('WK047912')!).toBeGreaterThan(
      perHolder('WK047981') / holders.get('WK047981')!,
    );
  });
});

describe('seeding', () => {
  it('runs only on an empty database', async () => {
    expect(summary).not.toBeNull();
    const before = await db()
      .selectFrom('redemptions')
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    expect(await seedDemoIfEmpty(ctx.database, ctx.config, { anchorDate: ANCHOR })).toBeNull();
    const after = await db()
      .selectFrom('redemptions')
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('is deterministic: another run with the same anchor builds exactly the same data', async () => {
    const again = await buildDemo(ANCHOR);
    const passes = await db().selectFrom('passes').select(['id', 'number', 'category']).orderBy('number').execute();
    expect(again.passes.map((p) => ({ id: p.id, number: p.number, category: p.category }))).toEqual(passes);
    const offers = await db().selectFrom('offers').select(['id', 'title']).orderBy('id').execute();
    expect(
      [...again.offers].sort((a, b) => a.id!.localeCompare(b.id!)).map((o) => ({ id: o.id, title: o.title })),
    ).toEqual(offers);
    const redemptions = await db()
      .selectFrom('redemptions')
      .select(['id', 'pass_id', 'offer_id', 'price_cents', 'created_at'])
      .orderBy('id')
      .execute();
    const built = [...again.redemptions].sort((a, b) => a.id!.localeCompare(b.id!));
    expect(built.length).toBe(redemptions.length);
    built.forEach((r, i) => {
      const stored = redemptions[i]!;
      expect({
        id: r.id,
        pass: r.pass_id,
        offer: r.offer_id,
        price: r.price_cents,
        at: (r.created_at as Date).getTime(),
      }).toEqual({
        id: stored.id,
        pass: stored.pass_id,
        offer: stored.offer_id,
        price: stored.price_cents,
        at: new Date(stored.created_at).getTime(),
      });
    });
  });
});

describe('newsletters and the supportgroep', () => {
  it('has confirmed readers with interests, a sent edition with its figures and a draft', async () => {
    const readers = await db().selectFrom('newsletter_subscribers').selectAll().execute();
    expect(readers.length).toBeGreaterThanOrEqual(10);
    for (const r of readers) expect(r.email).toMatch(/@(example\.org|[a-z.-]+\.test)$/);
    expect(readers.filter((r) => r.wijken.length > 0).length).toBeGreaterThan(5);
    expect(readers.filter((r) => r.routes.length > 0).length).toBeGreaterThan(3);
    const editions = await db().selectFrom('newsletter_editions').select(['id', 'status']).execute();
    expect(editions.map((e) => e.status).sort()).toEqual(['draft', 'sent']);
    const sent = editions.find((e) => e.status === 'sent')!;
    const admin = await loginStaff(ctx.app, DEMO.orgAdmin.email, DEMO.orgAdmin.password);
    const edition = await ctx.app.inject({ url: `/api/v1/newsletter-editions/${sent.id}`, headers: { cookie: admin } });
    expect(edition.json().figures).toEqual({
      recipients: readers.length,
      sent: readers.length,
      bounced: 1,
      softBounced: 1,
      unsubscribed: 1,
    });
    const bounced = await ctx.app.inject({ url: '/api/v1/newsletter-bounces', headers: { cookie: admin } });
    expect(bounced.json().items).toEqual([
      expect.objectContaining({ email: 'oud-adres@voorbeeld.test', status: '5.1.1' }),
    ]);
    // Marked as sent: starting with SMTP sends none of the demo's newsletters again.
    const unsent = await db()
      .selectFrom('outbox_messages')
      .select('id')
      .where('subject', 'like', '%Nieuws uit uw wijk')
      .where('sent_at', 'is', null)
      .execute();
    expect(unsent).toEqual([]);
  });

  it('has members of each kind with an opgave, a tip on the board, and meetings with answers, notes and actions', async () => {
    const members = await db().selectFrom('support_group_members').select(['kind', 'policy_goal_id']).execute();
    expect(new Set(members.map((m) => m.kind))).toEqual(new Set(['business', 'volunteer_initiative', 'civil_servant']));
    const tips = await db()
      .selectFrom('support_group_leads as s')
      .innerJoin('recruitment_leads as l', 'l.id', 's.lead_id')
      .select(['l.source', 'l.source_name'])
      .execute();
    expect(tips.length).toBeGreaterThan(0);
    for (const tip of tips)
      expect(tip).toMatchObject({ source: 'support_group', source_name: expect.stringContaining('(supportgroep)') });
    const member = await loginStaff(ctx.app, 'supportgroep@zaansepas.demo', 'Zaanstad-demo-2026');
    const meetings = (
      await ctx.app.inject({ url: '/api/v1/support-group-meetings', headers: { cookie: member } })
    ).json().items as {
      startsAt: string;
      agenda: string;
      notes: string;
      answers: { yes: number };
      myAnswer: string | null;
      actions: { ownerName: string; dueOn: string }[];
    }[];
    const anchor = new Date(`${ANCHOR}T12:00:00Z`).getTime();
    const upcoming = meetings.find((m) => new Date(m.startsAt).getTime() > anchor)!;
    const past = meetings.find((m) => new Date(m.startsAt).getTime() < anchor)!;
    expect(upcoming.agenda).not.toBe('');
    expect(upcoming.answers.yes).toBeGreaterThan(0);
    expect(upcoming.myAnswer).toBe('yes');
    expect(past.notes).not.toBe('');
    expect(past.actions.length).toBeGreaterThan(0);
    for (const action of past.actions)
      expect(action).toMatchObject({
        ownerName: expect.any(String),
        dueOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      });
  });
});

describe('recruitment', () => {
  it('puts each lead of the board in the real CBS wijk it lies in', async () => {
    const leads = await db()
      .selectFrom('recruitment_leads as l')
      .leftJoin('wijken as w', (join) =>
        join.onRef('w.tenant_id', '=', 'l.tenant_id').onRef('w.code', '=', 'l.wijk_code'),
      )
      .select(['l.name', 'w.name as wijk'])
      .where('l.created_by', '=', 'demo')
      .execute();
    expect(leads.length).toBeGreaterThanOrEqual(7);
    const wijkOf = Object.fromEntries(leads.map((l) => [l.name, l.wijk]));
    expect(wijkOf).toMatchObject({
      'Zwemvereniging De Zaan': 'Kogerveldwijk',
      'Molen De Kat (rondleiding)': 'Zaandam Noord',
      'IJssalon Westzijde': 'Nieuw West',
      'Theater De Speeldoos': 'Oud Koog a/d Zaan',
    });
    expect(leads.filter((l) => l.wijk === null)).toEqual([]);
  });
});

describe('money', () => {
  const n = (v: unknown) => Number(v);

  it('books everything through the ledger: ledger:check finds no violation', async () => {
    const report = await checkLedger(db(), DEMO.tenantId);
    expect(report.violations).toEqual([]);
    expect(report.ok).toBe(true);
    expect(summary!.money).not.toBeNull();
  });

  it('loads Meedoen Zaanstad credit on every active child pass of a low-income household, and on child passes only', async () => {
    const scheme = await db()
      .selectFrom('credit_schemes')
      .selectAll()
      .where('name', '=', 'Meedoen Zaanstad')
      .executeTakeFirstOrThrow();
    expect(scheme.amount_per_pass_cents).toBe(15_000);
    expect([...scheme.spendable_offer_categories].sort()).toEqual(['cultuur', 'sport']);
    expect(scheme.valid_until.slice(5)).toBe('07-31');
    const credit = await sql<{ category: string; parent_category: string | null; n: number; loaded: number }>`
      select p.category, pp.category as parent_category, count(*) as n,
        sum((select coalesce(sum(l.amount_cents), 0) from journal_lines l join journal_entries e on e.tenant_id = l.tenant_id and e.id = l.entry_id
             where l.tenant_id = a.tenant_id and l.account_id = a.id and e.kind = 'credit_load')) as loaded
      from ledger_accounts a join passes p on p.tenant_id = a.tenant_id and p.id = a.pass_id
      left join passes pp on pp.tenant_id = p.tenant_id and pp.id = p.parent_pass_id
      where a.type = 'pass_credit' and a.scheme_id = ${scheme.id}
      group by p.category, pp.category`.execute(db());
    expect(credit.rows.map((r) => [r.category, r.parent_category])).toEqual([['child', 'low_income']]);
    const eligible = await sql<{
      n: number;
    }>`select count(*) as n from passes p join passes pp on pp.tenant_id = p.tenant_id and pp.id = p.parent_pass_id
      where p.category = 'child' and p.status = 'active' and pp.category = 'low_income'`.execute(db());
    expect(n(credit.rows[0]!.n)).toBe(n(eligible.rows[0]!.n));
    expect(n(credit.rows[0]!.loaded)).toBe(15_000 * n(credit.rows[0]!.n));
    // Fatima's child ("Mijn pas" shows Tegoed).
    const fatimaChild = await sql<{ balance_cents: number }>`select a.balance_cents from users u
      join passes parent on parent.tenant_id = u.tenant_id and parent.holder_id = u.holder_id
      join passes child on child.tenant_id = parent.tenant_id and child.parent_pass_id = parent.id
      join ledger_accounts a on a.tenant_id = child.tenant_id and a.pass_id = child.id and a.scheme_id = ${scheme.id}
      where u.email = 'fatima@voorbeeld.demo'`.execute(db());
    expect(fatimaChild.rows).toHaveLength(1);
    expect(n(fatimaChild.rows[0]!.balance_cents)).toBeGreaterThan(0);
    // The Cultuurbon goes to carers only.
    const cultuurbon = await sql<{
      category: string;
    }>`select distinct p.category from ledger_accounts a join credit_schemes s on s.tenant_id = a.tenant_id and s.id = a.scheme_id
      join passes p on p.tenant_id = a.tenant_id and p.id = a.pass_id where a.type = 'pass_credit' and s.name = 'Zaanse Cultuurbon'`.execute(
      db(),
    );
    expect(cultuurbon.rows).toEqual([{ category: 'carer' }]);
  });

  it('pays part of the redemptions at offers that take credit from credit, as the till books it', async () => {
    const rows = await sql<{
      paid: number;
      credit: number;
      reimbursed: number;
      reimbursed_n: number;
      bad_offer: number;
    }>`
      select count(*) filter (where r.credit_cents > 0) as paid, coalesce(sum(r.credit_cents), 0) as credit,
        coalesce(sum(r.reimbursed_cents), 0) as reimbursed, count(*) filter (where r.reimbursed_cents > 0) as reimbursed_n,
        count(*) filter (where (r.credit_cents > 0 and not o.payable_from_credit) or (r.reimbursed_cents > 0 and o.discount_borne_by = 'provider')
          or r.credit_cents > r.price_cents or ((r.credit_cents > 0 or r.reimbursed_cents > 0) and r.cancelled_at is not null)) as bad_offer
      from redemptions r join offers o on o.tenant_id = r.tenant_id and o.id = r.offer_id`.execute(db());
    const stats = rows.rows[0]!;
    expect(n(stats.paid)).toBeGreaterThan(10);
    expect(n(stats.reimbursed_n)).toBeGreaterThan(10);
    expect(n(stats.bad_offer)).toBe(0);
    const booked = await sql<{ kind: string; cents: number; entries: number }>`
      select e.kind, sum(l.amount_cents) filter (where a.type = 'provider_payable') as cents, count(distinct e.id) as entries
      from journal_entries e join journal_lines l on l.tenant_id = e.tenant_id and l.entry_id = e.id
      join ledger_accounts a on a.tenant_id = l.tenant_id and a.id = l.account_id
      where e.kind in ('redemption_credit_payment', 'discount_reimbursement') group by e.kind`.execute(db());
    const byKind = new Map(booked.rows.map((r) => [r.kind, r]));
    expect(n(byKind.get('redemption_credit_payment')!.cents)).toBe(n(stats.credit));
    expect(n(byKind.get('redemption_credit_payment')!.entries)).toBe(n(stats.paid));
    expect(n(byKind.get('discount_reimbursement')!.cents)).toBe(n(stats.reimbursed));
    const borne = await db()
      .selectFrom('offers')
      .select(['discount_borne_by'])
      .where('discount_borne_by', '<>', 'provider')
      .execute();
    expect(new Set(borne.map((o) => o.discount_borne_by))).toEqual(new Set(['scheme', 'action_budget']));
  });

  it('fills the actiebudget from pass sales and sponsors, and spends it on grants to buurthuizen', async () => {
    const flows = await sql<{ kind: string; cents: number }>`select e.kind, sum(l.amount_cents) as cents
      from journal_lines l join journal_entries e on e.tenant_id = l.tenant_id and e.id = l.entry_id
      join ledger_accounts a on a.tenant_id = l.tenant_id and a.id = l.account_id
      where a.type = 'action_budget' group by e.kind`.execute(db());
    const flow = new Map(flows.rows.map((r) => [r.kind, n(r.cents)]));
    expect(flow.get('pass_sale')).toBeGreaterThan(0);
    expect(flow.get('sponsor_contribution')).toBeGreaterThan(0);
    expect(flow.get('action_budget_grant')).toBeLessThan(0);
    const budget = await db()
      .selectFrom('ledger_accounts')
      .select('balance_cents')
      .where('type', '=', 'action_budget')
      .executeTakeFirstOrThrow();
    expect(n(budget.balance_cents)).toBe([...flow.values()].reduce((a, b) => a + b, 0));
    // In time order the actiebudget never spends money it does not have yet.
    const lowest = await sql<{ lowest: number }>`select min(running) as lowest from (
      select sum(l.amount_cents) over (order by e.occurred_at, e.id) as running
      from journal_lines l join journal_entries e on e.tenant_id = l.tenant_id and e.id = l.entry_id
      join ledger_accounts a on a.tenant_id = l.tenant_id and a.id = l.account_id where a.type = 'action_budget') t`.execute(
      db(),
    );
    expect(n(lowest.rows[0]!.lowest)).toBeGreaterThanOrEqual(0);

    const orders = await db()
      .selectFrom('pass_orders')
      .select(['id', 'status', 'amount_cents', 'sale_entry_id'])
      .execute();
    expect(orders.length).toBeGreaterThanOrEqual(250);
    expect(orders.length).toBeLessThanOrEqual(350);
    expect(new Set(orders.map((o) => o.status))).toEqual(new Set(['paid']));
    const items = await db()
      .selectFrom('pass_order_items as i')
      .innerJoin('passes as p', (j) => j.onRef('p.tenant_id', '=', 'i.tenant_id').onRef('p.id', '=', 'i.pass_id'))
      .select(['i.pass_kind', 'p.category'])
      .execute();
    expect(items.filter((i) => (i.pass_kind === 'adult' ? i.category !== 'regular' : i.category !== 'child'))).toEqual(
      [],
    );
    expect(items.some((i) => i.pass_kind === 'child')).toBe(true);

    const pledges = await db()
      .selectFrom('sponsor_pledges as p')
      .leftJoin('sponsor_receipts as r', (j) =>
        j.onRef('r.tenant_id', '=', 'p.tenant_id').onRef('r.pledge_id', '=', 'p.id'),
      )
      .select(['p.id', 'p.publicity_agreed', 'r.id as receipt'])
      .execute();
    // Five pledges of the money seed and three of the sponsors demo (one of them paid twice).
    expect(new Set(pledges.map((p) => p.id)).size).toBe(8);
    expect(new Set(pledges.filter((p) => p.receipt !== null).map((p) => p.id)).size).toBe(6);
    expect(pledges.some((p) => p.receipt !== null && !p.publicity_agreed)).toBe(true);

    const grants = await db()
      .selectFrom('action_budget_grants as g')
      .innerJoin('providers as p', (j) =>
        j.onRef('p.tenant_id', '=', 'g.tenant_id').onRef('p.id', '=', 'g.provider_id'),
      )
      .select(['p.kind', 'g.wijk_code', 'g.activity_name'])
      .execute();
    expect(grants.length).toBeGreaterThanOrEqual(10);
    expect(new Set(grants.map((g) => g.kind))).toEqual(new Set(['community_centre']));
    expect(new Set(grants.map((g) => g.wijk_code)).size).toBeGreaterThan(3);
  });

  it('has the sponsors demo: a yearly pledge with two confirmed years, an adopted initiative on the public strip, an employer', async () => {
    const rows = await sql<{
      name: string;
      recurs_yearly: boolean;
      years: number;
      receipts: number;
      adopted: string | null;
    }>`select s.name, p.recurs_yearly,
        (select count(*)::int from sponsor_pledge_years y where y.tenant_id = p.tenant_id and y.pledge_id = p.id) as years,
        (select count(*)::int from sponsor_receipts r where r.tenant_id = p.tenant_id and r.pledge_id = p.id) as receipts,
        a.name as adopted
      from sponsors s join sponsor_pledges p on p.tenant_id = s.tenant_id and p.sponsor_id = s.id
      left join partners a on a.tenant_id = p.tenant_id and a.id = p.adopted_partner_id
      where s.name in ('Houthandel Kaars & Zonen', 'Bakkerij Van der Molen', 'Zaanstreek Logistiek B.V.')
      order by s.name`.execute(db());
    expect(rows.rows).toEqual([
      {
        name: 'Bakkerij Van der Molen',
        recurs_yearly: false,
        years: 0,
        receipts: 1,
        adopted: 'Buurthuis De Poelenburcht',
      },
      { name: 'Houthandel Kaars & Zonen', recurs_yearly: true, years: 2, receipts: 2, adopted: null },
      { name: 'Zaanstreek Logistiek B.V.', recurs_yearly: false, years: 0, receipts: 0, adopted: null },
    ]);
    const strip = await ctx.app.inject({ method: 'GET', url: '/api/v1/sponsor-publicity' });
    expect(strip.statusCode).toBe(200);
    const shown = (strip.json() as { items: { name: string; adoptedInitiative: { name: string } | null }[] }).items;
    expect(shown.find((s) => s.name === 'Bakkerij Van der Molen')?.adoptedInitiative?.name).toBe(
      'Buurthuis De Poelenburcht',
    );
    expect(shown.map((s) => s.name)).not.toContain('Houthandel Kaars & Zonen');
    // Booked as bank statement lines: ledger:check still finds nothing.
    expect((await checkLedger(db(), DEMO.tenantId)).violations).toEqual([]);
  });

  it('has a closed settlement run for each of the last three months: the last one unpaid, the earlier ones paid', async () => {
    const runs = await db()
      .selectFrom('settlement_runs')
      .select(['id', 'period_start', 'period_end'])
      .orderBy('period_start')
      .execute();
    expect(runs.map((r) => r.period_start)).toEqual(['2025-12-01', '2026-01-01', '2026-02-01']);
    expect(runs.map((r) => r.period_end)).toEqual(['2025-12-31', '2026-01-31', '2026-02-28']);
    for (const [i, run] of runs.entries()) {
      const settlements = await db()
        .selectFrom('settlements')
        .select(['status', 'creditor_iban', 'amount_cents'])
        .where('run_id', '=', run.id)
        .execute();
      expect(settlements.length, run.period_start).toBeGreaterThan(0);
      expect(new Set(settlements.map((s) => s.status))).toEqual(new Set([i === runs.length - 1 ? 'pending' : 'paid']));
      for (const s of settlements) expect(isValidIban(s.creditor_iban)).toBe(true);
    }
    const providers = await db().selectFrom('providers').select(['iban']).execute();
    for (const p of providers) expect(isValidIban(p.iban ?? ''), p.iban ?? 'no iban').toBe(true);
    const blocked = await db().selectFrom('settlement_run_blocked').select('provider_id').execute();
    expect(blocked).toEqual([]);
  });

  it('is deterministic: a second seed with the same anchor books the same money', async () => {
    const { database, drop } = await createTestDatabase();
    try {
      await seedDemoIfEmpty(database, ctx.config, { anchorDate: ANCHOR });
      const fingerprint = async (d: Database) => {
        const q = async (query: ReturnType<typeof sql<Record<string, unknown>>>) =>
          (await query.execute(d.db)).rows.map((r) => JSON.stringify(r));
        return {
          accounts:
            await q(sql`select a.type, coalesce(p.number, '') as pass, coalesce(a.provider_id::text, '') as provider, coalesce(s.name, '') as scheme, a.balance_cents
            from ledger_accounts a left join passes p on p.tenant_id = a.tenant_id and p.id = a.pass_id left join credit_schemes s on s.tenant_id = a.tenant_id and s.id = a.scheme_id
            order by 1, 2, 3, 4`),
          entries: await q(
            sql`select kind, count(*) as n, min(occurred_at) as first, max(occurred_at) as last from journal_entries group by kind order by kind`,
          ),
          redemptions: await q(
            sql`select id, credit_cents, reimbursed_cents from redemptions where credit_cents > 0 or reimbursed_cents > 0 order by id`,
          ),
          orders: await q(sql`select id, holder_id, amount_cents, paid_at from pass_orders order by id`),
          settlements: await q(
            sql`select provider_id, period_start, amount_cents, status, creditor_iban from settlements order by period_start, provider_id`,
          ),
        };
      };
      expect(await fingerprint(database)).toEqual(await fingerprint(ctx.database));
    } finally {
      await drop();
    }
  }, 180_000);
});

describe('all or nothing', () => {
  it('leaves the database empty when any insert fails', async () => {
    const { database, drop } = await createTestDatabase();
    try {
      // The last table the seed fills refuses every insert.
      await database.execScript(`create function refuse_insert() returns trigger language plpgsql as $$ begin raise exception 'refused by the test'; end $$;
        create trigger refuse_redemptions before insert on redemptions for each statement execute function refuse_insert();`);
      await expect(seedDemoIfEmpty(database, ctx.config, { anchorDate: ANCHOR })).rejects.toThrow(
        /refused by the test/,
      );
      for (const table of ['tenants', 'wijken', 'offers', 'passes', 'users'] as const) {
        const row = await database.db
          .selectFrom(table)
          .select(sql<number>`count(*)`.as('n'))
          .executeTakeFirstOrThrow();
        expect(Number(row.n), table).toBe(0);
      }
    } finally {
      await drop();
    }
  }, 120_000);
});

// Last: it changes the seeded money, which the tests above compare.
describe('seeded pass orders', () => {
  it('refund through the test payment provider, as a fresh order does', async () => {
    const order = await db()
      .selectFrom('pass_orders')
      .select(['id', 'amount_cents', 'payment_provider', 'payment_id'])
      .where('status', '=', 'paid')
      .orderBy('paid_at', 'desc')
      .executeTakeFirstOrThrow();
    expect(order.payment_provider).toBe('test');
    const cookie = await loginStaff(ctx.app, DEMO.orgAdmin.email, DEMO.orgAdmin.password);
    const refund = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/pass-orders/${order.id}/refunds`,
      headers: { cookie },
      payload: { reason: 'demo' },
    });
    expect(refund.statusCode, refund.body).toBe(201);
    expect(refund.json()).toMatchObject({ status: 'refunded' });
    const payment = await db()
      .selectFrom('test_payments')
      .select(['status', 'amount_cents', 'refunded_cents'])
      .where('id', '=', order.payment_id!)
      .executeTakeFirstOrThrow();
    expect(payment).toEqual({ status: 'paid', amount_cents: order.amount_cents, refunded_cents: order.amount_cents });
    const entries = await db()
      .selectFrom('journal_entries')
      .select('kind')
      .where('reference', '=', order.id)
      .orderBy('kind')
      .execute();
    expect(entries.map((e) => e.kind)).toEqual(['pass_sale', 'pass_sale_refund']);
    expect((await checkLedger(db(), DEMO.tenantId)).violations).toEqual([]);
  });
});
