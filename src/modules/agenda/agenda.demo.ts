import type { Insertable } from 'kysely';
import type { DemoContext } from '../../http/module-manifest.ts';
import type { EventsTable } from './agenda.tables.ts';
import { addDays, fromFloating, weekday } from './occurrences.ts';

/**
 * A year of the Zaanstad agenda around the demo's anchor date: weekly and monthly activities in
 * every buurthuis, Zaanse festivals with their programme, sport events, and culture. Names of the
 * festivals are realistic demo inventions (Koningsdag and Open Monumentendag are national days).
 */
const at = (date: string, time: string) => fromFloating(new Date(`${date}T${time}:00Z`));
const untilOf = (date: string) => `${date.replace(/-/g, '')}T235959Z`;

interface FestivalDef {
  slug: string;
  name: string;
  description: string;
  /** Month and day of the first day, and the number of days. */
  month: number;
  day: number;
  days: number;
  events: { title: string; day: number; from: string; to: string; place: string; free: boolean; price?: number }[];
}

const FESTIVALS: FestivalDef[] = [
  {
    slug: 'koningsdag-zaanstad',
    name: 'Koningsdag in Zaanstad',
    description: 'Vrijmarkt, muziek en spelletjes in alle wijken. Veel is gratis.',
    month: 4,
    day: 27,
    days: 1,
    events: [
      {
        title: 'Vrijmarkt op de Gedempte Gracht',
        day: 0,
        from: '08:00',
        to: '16:00',
        place: 'Gedempte Gracht, Zaandam',
        free: true,
      },
      {
        title: "Kinderspelen in het Burgemeester in 't Veldpark",
        day: 0,
        from: '10:00',
        to: '14:00',
        place: "Burgemeester in 't Veldpark, Zaandam",
        free: true,
      },
      {
        title: 'Oranjeconcert bij de Zaan',
        day: 0,
        from: '15:00',
        to: '18:00',
        place: 'Zaanoever, Wormerveer',
        free: true,
      },
    ],
  },
  {
    slug: 'zaans-zomerfestival',
    name: 'Zaans Zomerfestival',
    description: 'Drie dagen muziek, theater en eten aan de Zaan. Met je pas krijg je korting op de kaartjes.',
    month: 7,
    day: 3,
    days: 3,
    events: [
      {
        title: 'Openingsconcert Zaans Zomerfestival',
        day: 0,
        from: '19:30',
        to: '22:30',
        place: 'Zaanpark, Zaandam',
        free: false,
        price: 750,
      },
      {
        title: 'Straattheater voor kinderen',
        day: 1,
        from: '13:00',
        to: '17:00',
        place: 'Zaanpark, Zaandam',
        free: true,
      },
      {
        title: 'Wereldkeuken aan de Zaan',
        day: 1,
        from: '12:00',
        to: '21:00',
        place: 'Zaanpark, Zaandam',
        free: false,
        price: 500,
      },
      {
        title: 'Slotavond met Zaanse bands',
        day: 2,
        from: '19:00',
        to: '23:00',
        place: 'Zaanpark, Zaandam',
        free: false,
        price: 750,
      },
    ],
  },
  {
    slug: 'zaanse-uitmarkt',
    name: 'Zaanse Uitmarkt',
    description: 'Het nieuwe cultuurseizoen begint. Proef van theater, dans, muziek en cursussen.',
    month: 8,
    day: 29,
    days: 2,
    events: [
      {
        title: 'Uitmarkt: proeflessen dans en muziek',
        day: 0,
        from: '11:00',
        to: '17:00',
        place: 'Stadhuisplein, Zaandam',
        free: true,
      },
      {
        title: 'Uitmarkt: theater op het plein',
        day: 1,
        from: '12:00',
        to: '17:00',
        place: 'Stadhuisplein, Zaandam',
        free: true,
      },
    ],
  },
  {
    slug: 'open-monumentendag-zaanstad',
    name: 'Open Monumentendag Zaanstad',
    description: 'Molens, pakhuizen en oude fabrieken zijn gratis open.',
    month: 9,
    day: 12,
    days: 2,
    events: [
      {
        title: 'Molens open aan de Zaanse Schans',
        day: 0,
        from: '10:00',
        to: '17:00',
        place: 'Zaanse Schans, Zaandam',
        free: true,
      },
      {
        title: 'Rondleiding Verkade-fabriek',
        day: 1,
        from: '11:00',
        to: '16:00',
        place: 'Westzijde, Zaandam',
        free: true,
      },
    ],
  },
  {
    slug: 'sinterklaasintocht-zaandam',
    name: 'Sinterklaasintocht Zaandam',
    description: 'Sinterklaas komt met de boot aan in de Zaan. Voor alle kinderen.',
    month: 11,
    day: 14,
    days: 1,
    events: [
      { title: 'Intocht van Sinterklaas', day: 0, from: '12:00', to: '15:00', place: 'Dam, Zaandam', free: true },
      {
        title: 'Pietendisco in het buurthuis',
        day: 0,
        from: '15:30',
        to: '17:00',
        place: 'Buurthuis, Poelenburg',
        free: true,
      },
    ],
  },
];

/** The date of month/day in the demo year: between 90 days before the anchor and 275 days after. */
function inDemoYear(anchor: string, month: number, day: number): string {
  const first = addDays(anchor, -90);
  const year = Number(first.slice(0, 4));
  const candidate = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return candidate >= first ? candidate : `${year + 1}${candidate.slice(4)}`;
}

/** The first date on or after `date` that falls on `day` (0 = Sunday). */
const nextWeekday = (date: string, day: number) => addDays(date, (day - weekday(date) + 7) % 7);

const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

export async function seedAgenda({ tx, tenantId, anchorDate }: DemoContext) {
  const first = addDays(anchorDate, -90);
  const last = addDays(anchorDate, 275);
  const routes = new Map(
    (await tx.selectFrom('routes').select(['slug', 'id']).where('tenant_id', '=', tenantId).execute()).map((r) => [
      r.slug,
      r.id,
    ]),
  );
  const events: Insertable<EventsTable>[] = [];
  const base = (e: Omit<Insertable<EventsTable>, 'tenant_id'>) => events.push({ tenant_id: tenantId, ...e });

  // Every buurthuis: a weekly coffee morning and a monthly shared meal.
  const centres = await tx
    .selectFrom('locations as l')
    .innerJoin('providers as p', (join) =>
      join.onRef('p.tenant_id', '=', 'l.tenant_id').onRef('p.id', '=', 'l.provider_id'),
    )
    .select(['l.name', 'l.street', 'l.postcode', 'l.city', 'l.wijk_code'])
    .where('l.tenant_id', '=', tenantId)
    .where('p.kind', '=', 'community_centre')
    .orderBy('l.name')
    .execute();
  centres.forEach((c, i) => {
    const address = `${c.street}, ${c.postcode} ${c.city}`;
    const coffeeDay = 1 + (i % 5);
    const coffee = nextWeekday(first, coffeeDay);
    base({
      title: `Koffieochtend in ${c.name}`,
      description: 'Kom langs voor koffie, thee en een praatje. Iedereen is welkom.',
      kind: 'wijk',
      starts_at: at(coffee, '10:00'),
      ends_at: at(coffee, '11:30'),
      rrule: `FREQ=WEEKLY;BYDAY=${BYDAY[coffeeDay]};UNTIL=${untilOf(last)}`,
      last_on: last,
      location_name: c.name,
      address,
      wijk_code: c.wijk_code,
      route_id: routes.get('buurthuizenroute') ?? null,
      is_free: true,
      price_cents: null,
    });
    const mealDay = 1 + ((i + 2) % 5);
    const meal = nextWeekday(first, mealDay);
    base({
      title: `Samen eten in ${c.name}`,
      description: 'Een warme maaltijd met buren. Met je pas betaal je minder.',
      kind: 'wijk',
      starts_at: at(meal, '17:30'),
      ends_at: at(meal, '19:30'),
      rrule: `FREQ=MONTHLY;BYDAY=2${BYDAY[mealDay]};UNTIL=${untilOf(last)}`,
      last_on: last,
      location_name: c.name,
      address,
      wijk_code: c.wijk_code,
      route_id: routes.get('buurthuizenroute') ?? null,
      is_free: false,
      price_cents: 350,
    });
  });

  // Sport: a weekly walk, a monthly family swim tied to the pool's offer, the Dam tot Damloop.
  const walk = nextWeekday(first, 6);
  base({
    title: 'Samen wandelen in het Darwinpark',
    description: 'Elke zaterdag een uur wandelen in een rustig tempo. Verzamelen bij de ingang.',
    kind: 'sport',
    starts_at: at(walk, '09:30'),
    ends_at: at(walk, '10:30'),
    rrule: `FREQ=WEEKLY;BYDAY=SA;UNTIL=${untilOf(last)}`,
    last_on: last,
    location_name: 'Darwinpark',
    address: 'Darwinpark, Zaandam',
    wijk_code: null,
    route_id: routes.get('route-sport-en-bewegen') ?? null,
    is_free: true,
    price_cents: null,
  });
  const swimOffer = await tx
    .selectFrom('offers as o')
    .innerJoin('providers as p', (join) =>
      join.onRef('p.tenant_id', '=', 'o.tenant_id').onRef('p.id', '=', 'o.provider_id'),
    )
    .select(['o.id', 'o.provider_id'])
    .where('o.tenant_id', '=', tenantId)
    .where('p.name', '=', 'Zwembad De Zaanstroom')
    .where('o.status', '=', 'published')
    .orderBy('o.title')
    .executeTakeFirst();
  const swim = nextWeekday(first, 0);
  base({
    title: 'Gezinszwemmen met muziek',
    description: 'De eerste zondag van de maand: zwemmen met het hele gezin, met muziek en spelletjes.',
    kind: 'sport',
    starts_at: at(swim, '14:00'),
    ends_at: at(swim, '16:00'),
    rrule: `FREQ=MONTHLY;BYDAY=1SU;UNTIL=${untilOf(last)}`,
    last_on: last,
    location_name: 'Zwembad De Zaanstroom',
    address: 'Zaandam',
    wijk_code: 'WK047914',
    offer_id: swimOffer?.id ?? null,
    provider_id: swimOffer?.provider_id ?? null,
    route_id: routes.get('gezinsroute') ?? null,
    is_free: false,
    price_cents: 250,
  });
  const damloop = inDemoYear(anchorDate, 9, 20);
  base({
    title: 'Dam tot Damloop: aanmoedigen in Zaandam',
    description: 'De lopers komen door Zaandam. Kom kijken en aanmoedigen langs de route.',
    kind: 'sport',
    starts_at: at(damloop, '10:00'),
    ends_at: at(damloop, '16:00'),
    rrule: null,
    last_on: damloop,
    location_name: 'Provincialeweg',
    address: 'Provincialeweg, Zaandam',
    wijk_code: 'WK047911',
    route_id: routes.get('route-sport-en-bewegen') ?? null,
    is_free: true,
    price_cents: null,
  });

  // Culture: a monthly film afternoon.
  const film = nextWeekday(first, 3);
  base({
    title: 'Filmmiddag voor 55-plussers',
    description: 'Elke derde woensdag een film met koffie en iets lekkers.',
    kind: 'culture',
    starts_at: at(film, '14:00'),
    ends_at: at(film, '16:30'),
    rrule: `FREQ=MONTHLY;BYDAY=3WE;UNTIL=${untilOf(last)}`,
    last_on: last,
    location_name: 'Filmhuis De Fabriek',
    address: 'Lagedijk, Zaandijk',
    wijk_code: 'WK047941',
    route_id: routes.get('zaans-erfgoed-route') ?? null,
    is_free: false,
    price_cents: 400,
  });

  for (const festival of FESTIVALS) {
    const startsOn = inDemoYear(anchorDate, festival.month, festival.day);
    const row = await tx
      .insertInto('festivals')
      .values({
        tenant_id: tenantId,
        slug: festival.slug,
        name: festival.name,
        description: festival.description,
        starts_on: startsOn,
        ends_on: addDays(startsOn, festival.days - 1),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const e of festival.events) {
      const date = addDays(startsOn, e.day);
      base({
        title: e.title,
        description: festival.description,
        kind: 'festival',
        starts_at: at(date, e.from),
        ends_at: at(date, e.to),
        rrule: null,
        last_on: date,
        location_name: e.place.split(',')[0]!,
        address: e.place,
        wijk_code: null,
        festival_id: row.id,
        is_free: e.free,
        price_cents: e.price ?? null,
      });
    }
  }
  if (events.length > 0) await tx.insertInto('events').values(events).execute();
}
