import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, fromFloating, periodDays, weekday } from '../src/modules/agenda/occurrences.ts';
import { todayInNetherlands } from '../src/modules/offers/catalogue-date.ts';
import { createOffer, createProvider, createTenant, createUser, loginStaff, TENANT } from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * The agenda's API: events once or repeating (rrule), filtered by route, wijk, date and free or
 * paid, "this week" and "this weekend", festival pages, and the iCal feed parsed back.
 */
let ctx: TestContext;
let staff: string;
let poolAdmin: string;
let museumAdmin: string;
let poolOfferId: string;
let museumOfferId: string;
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
  poolOfferId = offer.id;
  const museum = await createProvider(db, { name: 'Zaans Museum' });
  museumOfferId = (await createOffer(db, museum, { title: 'Rondleiding' })).id;
  const password = 'geheim-wachtwoord';
  await createUser(db, { role: 'org_admin', email: 'beheer@test.demo', password });
  await createUser(db, { role: 'provider_admin', email: 'bad@zwembad.test', password, providerId: pool.id });
  await createUser(db, { role: 'provider_admin', email: 'zaal@museum.test', password, providerId: museum.id });
  staff = await loginStaff(ctx.app, 'beheer@test.demo', password);
  poolAdmin = await loginStaff(ctx.app, 'bad@zwembad.test', password);
  museumAdmin = await loginStaff(ctx.app, 'zaal@museum.test', password);
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

const send = (method: 'POST' | 'PUT' | 'DELETE' | 'GET', url: string, cookie: string, payload?: object) =>
  ctx.app.inject({ method, url: `${API}${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });
const invalidNames = (body: string) =>
  ((JSON.parse(body) as { invalidParams?: { name: string }[] }).invalidParams ?? []).map((p) => p.name).sort();

/** A valid event; each test changes what it is about. */
const eventInput = (changes: object = {}) => ({
  title: 'Voorleesmiddag',
  description: 'Verhalen voor kinderen van 4 tot 8 jaar.',
  kind: 'culture',
  startsAt: '2030-02-05T15:00',
  endsAt: '2030-02-05T16:00',
  rrule: null,
  locationName: 'Bibliotheek Zaandam',
  address: 'Westzijde 101, Zaandam',
  wijkCode: 'WK047912',
  offerId: null,
  routeSlug: null,
  festivalSlug: null,
  isFree: true,
  priceCents: null,
  ...changes,
});

describe('editing the agenda', () => {
  it('lets the pass organisation add, change and delete an event; it shows in the agenda and the iCal feed', async () => {
    const created = await send(
      'POST',
      '/events',
      staff,
      eventInput({ rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20300219T235959Z' }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const event = created.json();
    expect(event).toMatchObject({ startsAt: '2030-02-05T15:00', lastOn: '2030-02-19', providerId: null });
    expect(created.headers.location).toBe(`${API}/events/${event.id}`);

    const list = (await get('/events?from=2030-02-01&to=2030-02-28&wijk=WK047912')).json();
    const readings = list.items.filter((i: { title: string }) => i.title === 'Voorleesmiddag');
    expect(readings.map((i: { start: string }) => i.start)).toEqual([
      '2030-02-05T14:00:00.000Z',
      '2030-02-12T14:00:00.000Z',
      '2030-02-19T14:00:00.000Z',
    ]);
    const ics = (await get('/events/calendar.ics?from=2030-02-01&to=2030-02-28&wijk=WK047912')).body;
    const vevents = new ICAL.Component(ICAL.parse(ics) as unknown[])
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v))
      .filter((e) => e.summary === 'Voorleesmiddag');
    expect(vevents.map((e) => e.startDate.toJSDate().toISOString())).toContain('2030-02-12T14:00:00.000Z');
    expect(vevents[0]!.location).toBe('Bibliotheek Zaandam, Westzijde 101, Zaandam');

    const changed = await send(
      'PUT',
      `/events/${event.id}`,
      staff,
      eventInput({ title: 'Voorlezen', isFree: false, priceCents: 150, offerId: poolOfferId }),
    );
    expect(changed.statusCode, changed.body).toBe(200);
    // Tied to the pool's offer, the event is now the pool's to keep as well.
    expect(changed.json()).toMatchObject({ title: 'Voorlezen', rrule: null, lastOn: '2030-02-05', priceCents: 150 });
    expect(changed.json().providerId).toBeTruthy();
    expect((await send('GET', `/events/${event.id}`, poolAdmin)).statusCode).toBe(200);

    expect((await send('DELETE', `/events/${event.id}`, staff)).statusCode).toBe(204);
    expect((await send('GET', `/events/${event.id}`, staff)).statusCode).toBe(404);
    expect(titles((await get('/events?from=2030-02-01&to=2030-02-28')).json())).not.toContain('Voorlezen');
  });

  it('lets a provider keep the events of its own offers only', async () => {
    // Not tied to an offer, or tied to another provider's: refused, naming the field.
    const loose = await send('POST', '/events', poolAdmin, eventInput());
    expect(loose.statusCode).toBe(400);
    expect(invalidNames(loose.body)).toEqual(['body.offerId']);
    const foreign = await send('POST', '/events', poolAdmin, eventInput({ offerId: museumOfferId }));
    expect(invalidNames(foreign.body)).toEqual(['body.offerId']);

    const created = await send('POST', '/events', poolAdmin, eventInput({ title: 'Zwemles', offerId: poolOfferId }));
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const providerId = created.json().providerId as string;
    const own = (await send('GET', `/providers/${providerId}/events`, poolAdmin)).json();
    expect(own.items.map((e: { title: string }) => e.title)).toContain('Zwemles');

    // Another provider neither sees nor changes nor deletes it, nor lists the pool's events.
    expect((await send('GET', `/events/${id}`, museumAdmin)).statusCode).toBe(404);
    expect((await send('PUT', `/events/${id}`, museumAdmin, eventInput({ offerId: museumOfferId }))).statusCode).toBe(
      404,
    );
    expect((await send('DELETE', `/events/${id}`, museumAdmin)).statusCode).toBe(404);
    expect((await send('GET', `/providers/${providerId}/events`, museumAdmin)).statusCode).toBe(403);
    // Nor may a provider touch the pass organisation's own events or the whole list.
    expect((await send('GET', '/admin/events', poolAdmin)).statusCode).toBe(403);
    const festival = {
      slug: 'bad-feest',
      name: 'Badfeest',
      description: '',
      startsOn: '2030-06-01',
      endsOn: '2030-06-01',
    };
    expect((await send('POST', '/festivals', poolAdmin, festival)).statusCode).toBe(403);
    expect((await ctx.app.inject({ method: 'POST', url: `${API}/events`, payload: eventInput() })).statusCode).toBe(
      401,
    );

    const renamed = await send(
      'PUT',
      `/events/${id}`,
      poolAdmin,
      eventInput({ title: 'Zwemles B', offerId: poolOfferId }),
    );
    expect(renamed.json()).toMatchObject({ title: 'Zwemles B' });
    expect((await send('DELETE', `/events/${id}`, poolAdmin)).statusCode).toBe(204);
  });

  it('names every invalid field and changes nothing', async () => {
    const before = (await send('GET', '/admin/events', staff)).json().items.length;
    const response = await send(
      'POST',
      '/events',
      staff,
      eventInput({
        startsAt: '2030-02-05T15:00',
        endsAt: '2030-02-05T14:00',
        rrule: 'ELKE WEEK',
        wijkCode: 'WK000000',
        offerId: '00000000-0000-4000-8000-000000000000',
        routeSlug: 'geen-route',
        festivalSlug: 'geen-festival',
        priceCents: 300,
      }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(invalidNames(response.body)).toEqual(
      [
        'body.endsAt',
        'body.rrule',
        'body.wijkCode',
        'body.offerId',
        'body.routeSlug',
        'body.festivalSlug',
        'body.priceCents',
      ].sort(),
    );
    const impossible = await send('POST', '/events', staff, eventInput({ startsAt: '2030-02-30T15:00', kind: 'x' }));
    expect(impossible.statusCode).toBe(400);
    const endless = await send('POST', '/events', staff, eventInput({ rrule: 'FREQ=DAILY;UNTIL=20290101T000000Z' }));
    expect(invalidNames(endless.body)).toEqual(['body.rrule']);
    expect((await send('GET', '/admin/events', staff)).json().items.length).toBe(before);
  });

  it('lets the pass organisation add and change a festival', async () => {
    const festival = {
      slug: 'zaanse-wintermarkt',
      name: 'Zaanse Wintermarkt',
      description: 'Markt.',
      startsOn: '2030-12-12',
      endsOn: '2030-12-14',
    };
    const created = await send('POST', '/festivals', staff, festival);
    expect(created.statusCode, created.body).toBe(201);
    expect(invalidNames((await send('POST', '/festivals', staff, festival)).body)).toEqual(['body.slug']);
    const wrong = await send('PUT', '/festivals/zaanse-wintermarkt', staff, { ...festival, endsOn: '2030-12-01' });
    expect(invalidNames(wrong.body)).toEqual(['body.endsOn']);
    const moved = await send('PUT', '/festivals/zaanse-wintermarkt', staff, {
      ...festival,
      name: 'Wintermarkt Zaandam',
      slug: 'wintermarkt',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((await get('/festivals/wintermarkt')).json()).toMatchObject({
      name: 'Wintermarkt Zaandam',
      endsOn: '2030-12-14',
    });
    const event = await send(
      'POST',
      '/events',
      staff,
      eventInput({
        kind: 'festival',
        festivalSlug: 'wintermarkt',
        startsAt: '2030-12-13T11:00',
        endsAt: '2030-12-13T17:00',
      }),
    );
    expect(event.statusCode, event.body).toBe(201);
    expect(titles({ items: (await get('/festivals/wintermarkt')).json().events })).toEqual(['Voorleesmiddag']);
  });
});
