import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, fromFloating, periodDays, weekday } from '../src/modules/agenda/occurrences.ts';
import { todayInNetherlands } from '../src/modules/offers/catalogue-date.ts';
import { createOffer, createProvider, createTenant, TENANT } from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * The agenda's API: events once or repeating (rrule), filtered by route, wijk, date and free or
 * paid, "this week" and "this weekend", festival pages, and the iCal feed parsed back.
 */
let ctx: TestContext;
const API = '/api/v1';
const at = (date: string, time: string) => fromFloating(new Date(`${date}T${time}:00Z`));
/** A fixed Tuesday in the future, so the tests do not depend on today. */
const TUESDAY = '2030-01-08';

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  await createTenant(db);
  const pool = await createProvider(db, { name: 'Zwembad De Zaanstroom' });
  const offer = await createOffer(db, pool, { title: 'Banenzwemmen' });
  const route = await db
    .selectFrom('routes')
    .select('id')
    .where('slug', '=', 'route-sport-en-bewegen')
    .executeTakeFirstOrThrow();
  const festival = await db
    .insertInto('festivals')
    .values({
      tenant_id: TENANT,
      slug: 'zaans-zomerfestival',
      name: 'Zaans Zomerfestival',
      starts_on: '2030-07-05',
      ends_on: '2030-07-07',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const today = todayInNetherlands();
  await db
    .insertInto('events')
    .values([
      {
        tenant_id: TENANT,
        title: 'Koffieochtend',
        kind: 'wijk',
        starts_at: at(TUESDAY, '10:00'),
        ends_at: at(TUESDAY, '11:30'),
        rrule: 'FREQ=WEEKLY;BYDAY=TU',
        wijk_code: 'WK047912',
        location_name: 'Buurthuis De Poel',
        is_free: true,
      },
      {
        tenant_id: TENANT,
        title: 'Zwemmen met muziek',
        kind: 'sport',
        starts_at: at('2030-01-12', '14:00'),
        ends_at: at('2030-01-12', '16:00'),
        rrule: null,
        last_on: '2030-01-12',
        offer_id: offer.id,
        route_id: route.id,
        wijk_code: 'WK047901',
        is_free: false,
        price_cents: 250,
      },
      {
        tenant_id: TENANT,
        title: 'Openingsconcert',
        kind: 'festival',
        starts_at: at('2030-07-05', '19:30'),
        ends_at: at('2030-07-05', '22:30'),
        last_on: '2030-07-05',
        festival_id: festival.id,
        is_free: false,
        price_cents: 750,
      },
      {
        // Every Saturday and Sunday from long ago: always in "this weekend".
        tenant_id: TENANT,
        title: 'Weekendwandeling',
        kind: 'sport',
        starts_at: at('2020-01-04', '09:30'),
        ends_at: at('2020-01-04', '10:30'),
        rrule: 'FREQ=WEEKLY;BYDAY=SA,SU',
        is_free: true,
      },
      {
        tenant_id: TENANT,
        title: 'Afgelopen markt',
        kind: 'wijk',
        starts_at: at(addDays(today, -10), '10:00'),
        ends_at: at(addDays(today, -10), '12:00'),
        last_on: addDays(today, -10),
        is_free: true,
      },
    ])
    .execute();
});
afterAll(async () => {
  await ctx.close();
});

const get = (url: string) => ctx.app.inject({ method: 'GET', url: `${API}${url}` });
const titles = (body: { items: { title: string }[] }) => body.items.map((i) => i.title);

describe('agenda', () => {
  it('repeats weekly events and lists everything in a period in time order', async () => {
    const response = await get(`/events?from=${TUESDAY}&to=2030-01-21`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ from: TUESDAY, to: '2030-01-21' });
    const coffee = body.items.filter((i: { title: string }) => i.title === 'Koffieochtend');
    expect(coffee.map((i: { start: string }) => i.start)).toEqual([
      '2030-01-08T09:00:00.000Z',
      '2030-01-15T09:00:00.000Z',
    ]);
    expect(coffee[0]).toMatchObject({ repeats: true, isFree: true, wijk: { code: 'WK047912', name: 'Poelenburg' } });
    const starts = body.items.map((i: { start: string }) => i.start);
    expect(starts).toEqual([...starts].sort());
    const swim = body.items.find((i: { title: string }) => i.title === 'Zwemmen met muziek');
    expect(swim).toMatchObject({ isFree: false, priceCents: 250, route: { slug: 'route-sport-en-bewegen' } });
    expect(swim.offerId).toBeTruthy();
  });

  it('filters by route, wijk and free or paid', async () => {
    const range = `from=${TUESDAY}&to=2030-01-14`;
    expect(titles((await get(`/events?${range}&route=route-sport-en-bewegen`)).json())).toEqual(['Zwemmen met muziek']);
    expect(titles((await get(`/events?${range}&wijk=WK047912`)).json())).toEqual(['Koffieochtend']);
    expect(titles((await get(`/events?${range}&free=false`)).json())).toEqual(['Zwemmen met muziek']);
    expect(titles((await get(`/events?${range}&free=true`)).json())).not.toContain('Zwemmen met muziek');
  });

  it('shows this weekend and this week', async () => {
    const weekend = (await get('/events?period=weekend')).json();
    expect(weekend.from).toBe(periodDays('weekend', todayInNetherlands()).from);
    expect(weekend.items.length).toBeGreaterThan(0);
    for (const item of weekend.items) {
      const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(item.start));
      expect([0, 6]).toContain(weekday(day));
    }
    const week = (await get('/events?period=week')).json();
    expect(weekday(week.to)).toBe(0);
    expect(titles(week)).not.toContain('Afgelopen markt');
  });

  it('names every invalid filter', async () => {
    const response = await get('/events?from=2030-02-01&to=2030-01-01&period=week');
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const names = response.json().invalidParams.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['querystring.to', 'querystring.period']));
    expect((await get('/events?from=2030-01-01&to=2032-01-01')).statusCode).toBe(400);
    expect((await get('/events?from=gisteren')).statusCode).toBe(400);
  });

  it('gathers a festival with its events', async () => {
    const festivals = (await get('/festivals')).json();
    expect(festivals.items.map((f: { slug: string }) => f.slug)).toContain('zaans-zomerfestival');
    const festival = (await get('/festivals/zaans-zomerfestival')).json();
    expect(festival).toMatchObject({ name: 'Zaans Zomerfestival', startsOn: '2030-07-05', endsOn: '2030-07-07' });
    expect(titles({ items: festival.events })).toEqual(['Openingsconcert']);
    expect((await get('/festivals/bestaat-niet')).statusCode).toBe(404);
  });

  it('gives the same agenda as an iCal feed that parses back', async () => {
    const response = await get(`/events/calendar.ics?from=${TUESDAY}&to=2030-01-14&wijk=WK047912`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/calendar');
    const calendar = new ICAL.Component(ICAL.parse(response.body) as unknown[]);
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual(['Koffieochtend']);
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe('2030-01-08T09:00:00.000Z');
    expect(events[0]!.endDate.toJSDate().toISOString()).toBe('2030-01-08T10:30:00.000Z');
    expect(events[0]!.location).toContain('Buurthuis De Poel');
    // A stable UID per occurrence: a subscribed calendar updates instead of duplicating.
    const again = (await get(`/events/calendar.ics?from=${TUESDAY}&to=2030-01-14&wijk=WK047912`)).body;
    expect(again).toContain(`UID:${events[0]!.uid}`);
  });
});
