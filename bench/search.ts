/**
 * npm run bench:search — the catalogue search at 100,000 offers over 5,000 providers.
 *
 * Loads the Zaanstad demo into a fresh PostgreSQL database (a throwaway server, or DATABASE_URL),
 * adds synthetic providers and offers up to BENCH_PROVIDERS (5,000) and BENCH_OFFERS (100,000)
 * spread over the real wijken, routes and categories, starts the server as its own process and
 * sends a realistic mix of catalogue requests (GET /api/v1/offers), one at a time over a
 * keep-alive connection, as a visitor's phone does. Prints p50/p95/p99 per kind and overall.
 * Target (issue 15): p95 under 15 ms. Prints figures; asserts nothing.
 * With DATABASE_URL, --reuse times the requests again on the offers a previous run left there.
 */
import http from 'node:http';
import pg from 'pg';
import { openDatabase } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { loadConfig } from '../src/config.ts';
import { seedDemoIfEmpty } from '../src/seed/seed-demo.ts';
import { databaseUrlNamed, recreateDatabase, startPostgres, startServer, summarize } from './lib.ts';

const PROVIDERS = Number(process.env.BENCH_PROVIDERS ?? 5_000);
const OFFERS = Number(process.env.BENCH_OFFERS ?? 100_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 3_000);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 300);
const PORT = Number(process.env.BENCH_PORT ?? 3998);
const DATABASE = 'stadspas_bench_search';
const reuse = process.argv.includes('--reuse') && !!process.env.DATABASE_URL;

/** What residents look for (Dutch), the words synthetic titles are made of. */
const ACTIVITIES = [
  'zwemmen',
  'banenzwemmen',
  'fietsen',
  'fietsreparatie',
  'bioscoop',
  'museum',
  'theater',
  'appeltaart',
  'koffie',
  'knippen',
  'kapper',
  'voetbal',
  'yoga',
  'dansen',
  'schilderen',
  'muziekles',
  'gitaarles',
  'bibliotheek',
  'boeken',
  'taalcafé',
  'naaiatelier',
  'kinderkleding',
  'speelgoed',
  'schaatsen',
  'klimmen',
  'tennis',
  'judo',
  'boksen',
  'fitness',
  'wandelen',
  'rondvaart',
  'molen',
  'kaas',
  'chocolade',
  'brood',
  'pizza',
  'lunch',
  'diner',
  'ijs',
  'bloemen',
  'massage',
  'pedicure',
  'fotografie',
  'computercursus',
  'huiswerkbegeleiding',
  'kinderfeest',
  'concert',
  'festival',
  'rommelmarkt',
  'moestuin',
  'crème brûlée',
  'hockey',
  'korfbal',
  'basketbal',
  'volleybal',
  'badminton',
  'tafeltennis',
  'atletiek',
  'hardlopen',
  'roeien',
  'zeilen',
  'kanoën',
  'paardrijden',
  'turnen',
  'karate',
  'taekwondo',
  'schaken',
  'dammen',
  'bridge',
  'breien',
  'haken',
  'pottenbakken',
  'beeldhouwen',
  'tekenen',
  'zingen',
  'koor',
  'pianoles',
  'drumles',
  'toneel',
  'cabaret',
  'poppenkast',
  'circus',
  'dierentuin',
  'kinderboerderij',
  'speeltuin',
  'zwembad',
  'sauna',
  'kapsalon',
  'barbier',
  'schoenmaker',
  'fietsenmaker',
  'kringloop',
  'tweedehands',
  'boodschappen',
  'groente',
  'fruit',
  'vis',
  'bakker',
  'slager',
  'poffertjes',
  'pannenkoeken',
  'friet',
  'soep',
  'thee',
  'gebak',
  'taart',
  'cupcakes',
  'stroopwafels',
  'workshop',
  'lezing',
  'rondleiding',
  'excursie',
  'stadswandeling',
  'natuurwandeling',
  'vogels',
  'tuinieren',
  'koken',
  'bakken',
  'taalles',
  'inburgering',
  'sollicitatie',
  'budgetcoach',
  'spreekuur',
  'buurtmaaltijd',
  'inloop',
  'spelletjes',
  'bingo',
  'klaverjassen',
  'sjoelen',
];
const QUALIFIERS = [
  'voor kinderen',
  'voor senioren',
  'voor het hele gezin',
  'op zaterdag',
  'op woensdagmiddag',
  'in de zomer',
  'in de herfstvakantie',
  'met korting',
  'voor beginners',
  'voor gevorderden',
  'in de buurt',
  'aan de Zaan',
  'bij het buurthuis',
  'in Krommenie',
  'in Wormerveer',
  'in Assendelft',
  'in Zaandam',
  'in Westzaan',
  '',
  '',
];
const FORMS = ['Korting op', 'Gratis', 'Proefles', 'Samen', 'Workshop', 'Middag', 'Avond', 'Kennismaken met'];
const KINDS = ['Bakkerij', 'Sportschool', 'Café', 'Stichting', 'Buurthuis', 'Atelier', 'Winkel', 'Vereniging'];
const NAMES = ['De Zaan', 'Het Anker', 'De Molen', 'Zaanstreek', 'De Kuil', 'Het Hout', 'De Vlinder', 'Zonnebloem'];
const TYPOS = ['zwemen', 'bioscop', 'fietssen', 'muzeum', 'theatre', 'apeltaart', 'schilderren', 'conzert'];
const TARGETS = ['iedereen', 'kinderen', 'jongeren', 'volwassenen', 'ouderen', 'gezinnen'];

const postgres = startPostgres();
let server: Awaited<ReturnType<typeof startServer>> | undefined;
try {
  const url = reuse ? databaseUrlNamed(postgres.url, DATABASE) : await recreateDatabase(postgres.url, DATABASE);
  if (reuse) await migrateOnly(url);
  else await loadCatalogue(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const meta = await lookups(client);
  await client.end();

  server = await startServer({ PORT: String(PORT), DATABASE_URL: url });
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const mix = queryMix(meta);
  for (let i = 0; i < WARMUP; i++) await timedGet(agent, mix.next().url);
  // A yardstick for how busy the machine is: a request that reads one small table.
  const baseline: number[] = [];
  for (let i = 0; i < 200; i++) baseline.push((await timedGet(agent, '/api/v1/categories')).ms);
  const perKind = new Map<string, number[]>();
  const all: number[] = [];
  let statusErrors = 0;
  for (let i = 0; i < REQUESTS; i++) {
    const { kind, url: path } = mix.next();
    const { ms, status } = await timedGet(agent, path);
    if (status !== 200) statusErrors++;
    all.push(ms);
    perKind.set(kind, [...(perKind.get(kind) ?? []), ms]);
  }
  console.log(
    `\nGET /api/v1/offers, ${REQUESTS} requests one at a time after ${WARMUP} not counted (${statusErrors} not 200):`,
  );
  for (const [kind, samples] of perKind) console.log(summarize(kind, samples));
  console.log(summarize('all', all));
  console.log(summarize('yardstick: GET /categories', baseline));
  agent.destroy();
} finally {
  server?.kill();
  postgres.stop();
}

/** A reused database gets the migrations written since it was loaded. */
async function migrateOnly(url: string) {
  const database = await openDatabase({ databaseUrl: url });
  await migrate(database);
  await database.close();
}

/** The demo, then synthetic providers and offers up to PROVIDERS and OFFERS. */
async function loadCatalogue(url: string) {
  console.log('Loading the demo ...');
  const database = await openDatabase({ databaseUrl: url });
  await migrate(database);
  await seedDemoIfEmpty(database, loadConfig({ NODE_ENV: 'production' }));
  await database.close();

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  console.log(`Adding providers and offers up to ${PROVIDERS} and ${OFFERS} ...`);
  const loadStarted = Date.now();
  await load(client);
  const counts = (
    await client.query<{ providers: number; offers: number }>(
      `select (select count(*) from providers)::int as providers, (select count(*) from offers)::int as offers`,
    )
  ).rows[0]!;
  console.log(
    `  ${counts.providers} providers, ${counts.offers} offers (${((Date.now() - loadStarted) / 1000).toFixed(0)} s)`,
  );
  await client.end();
}

/** Synthetic providers with a location in a real buurt, and offers with realistic words and filters. */
async function load(client: pg.Client) {
  await client.query('alter table offer_routes disable trigger offer_routes_facets');
  await client.query('alter table offer_locations disable trigger offer_locations_facets');
  await client.query(
    `insert into providers (tenant_id, name, kind)
     select 'zaanstad', ($2::text[])[1 + i % 8] || ' ' || ($3::text[])[1 + (i / 8) % 8] || ' ' || i, 'business'
     from generate_series(1, greatest(0, $1 - (select count(*) from providers))::int) i`,
    [PROVIDERS, KINDS, NAMES],
  );
  // Each provider without a location gets one, somewhere in a buurt of a real wijk (its box).
  await client.query(
    `with b as (select code, wijk_code, row_number() over (order by code) - 1 as n, count(*) over () as total from buurten),
     p as (select id, row_number() over (order by id) - 1 as n from providers pr
           where not exists (select 1 from locations l where l.provider_id = pr.id))
     insert into locations (tenant_id, provider_id, name, street, postcode, city, wijk_code, buurt_code, x_rd, y_rd)
     select 'zaanstad', p.id, 'Vestiging', 'Straat ' || p.n, '1500 AA', 'Zaandam', b.wijk_code, b.code,
       coalesce((select avg(x_rd) from locations l where l.wijk_code = b.wijk_code), 115000) + (random() - 0.5) * 1500,
       coalesce((select avg(y_rd) from locations l where l.wijk_code = b.wijk_code), 497000) + (random() - 0.5) * 1500
     from p join b on b.n = p.n % b.total`,
  );
  await client.query(
    `with p as (select p.id, l.id as location_id, row_number() over (order by p.id) - 1 as n, count(*) over () as total
                from providers p join lateral (select id from locations l where l.provider_id = p.id limit 1) l on true),
     c as (select array_agg(slug order by slug) as slugs from categories)
     insert into offers (tenant_id, provider_id, title, summary, description, price_type, regular_price_cents,
       discount_percent, valid_from, valid_until, status, categories, target_groups)
     select 'zaanstad', p.id,
       trim(($2::text[])[1 + i % 8] || ' ' || ($3::text[])[1 + abs(hashtext(i || 't')) % array_length($3::text[], 1)]
         || ' ' || ($5::text[])[1 + abs(hashtext(i || 'q')) % array_length($5::text[], 1)]),
       'Met de Zaanse Pas: ' || ($3::text[])[1 + abs(hashtext(i || 's')) % array_length($3::text[], 1)] || ' '
         || ($5::text[])[1 + abs(hashtext(i || 'r')) % array_length($5::text[], 1)],
       'Kom langs en probeer het. ' || ($3::text[])[1 + abs(hashtext(i || 'd')) % array_length($3::text[], 1)]
         || ' en ' || ($3::text[])[1 + abs(hashtext(i || 'e')) % array_length($3::text[], 1)] || ' voor iedereen met de pas.',
       case when i % 10 = 0 then 'free' else 'percentage_discount' end,
       case when i % 10 = 0 then null else 500 + (i % 40) * 100 end,
       case when i % 10 = 0 then null else 10 + (i % 5) * 10 end,
       current_date - 30 - (i % 300), current_date + 30 + (i % 400),
       case when i % 20 = 0 then 'draft' else 'published' end,
       array[c.slugs[1 + abs(hashtext(i || 'c')) % array_length(c.slugs, 1)]],
       array[($4::text[])[1 + i % 6]]
     from generate_series(1, greatest(0, $1 - (select count(*) from offers))::int) i
     join p on p.n = i % p.total cross join c`,
    [OFFERS, FORMS, ACTIVITIES, TARGETS, QUALIFIERS],
  );
  await client.query(
    `insert into offer_locations (tenant_id, offer_id, location_id)
     select o.tenant_id, o.id, (select l.id from locations l where l.provider_id = o.provider_id limit 1)
     from offers o where not exists (select 1 from offer_locations ol where ol.offer_id = o.id)`,
  );
  await client.query(
    `with r as (select id, row_number() over (order by sort_order, slug) - 1 as n, count(*) over () as total from routes)
     insert into offer_routes (tenant_id, offer_id, route_id)
     select o.tenant_id, o.id, r.id from offers o join r on r.n = abs(hashtext(o.id::text)) % r.total
     where not exists (select 1 from offer_routes orr where orr.offer_id = o.id) and abs(hashtext(o.id::text)) % 3 = 0`,
  );
  await client.query('alter table offer_routes enable trigger offer_routes_facets');
  await client.query('alter table offer_locations enable trigger offer_locations_facets');
  // What the disabled triggers would have done, in one statement.
  await client.query(
    `update offers o set facet_keys = offers_facet_keys(o.tenant_id, o.id, o.categories, o.target_groups, o.price_type),
       x_rd = l.x_rd, y_rd = l.y_rd
     from offer_locations ol join locations l on l.tenant_id = ol.tenant_id and l.id = ol.location_id
     where ol.tenant_id = o.tenant_id and ol.offer_id = o.id`,
  );
  await client.query('vacuum analyze offers');
  await client.query('vacuum analyze offer_routes');
  await client.query('vacuum analyze offer_locations');
  // The rest (the vocabulary the triggers filled, among others) gets statistics too, and the load's
  // dirty pages are written now: otherwise autovacuum and the checkpoint run during the timing.
  await client.query('analyze');
  await client.query('checkpoint').catch((error: Error) => console.log(`  (no checkpoint: ${error.message})`));
}

interface Lookups {
  routes: string[];
  wijken: string[];
  categories: string[];
}

async function lookups(client: pg.Client): Promise<Lookups> {
  const column = async (sql: string) => (await client.query<{ v: string }>(sql)).rows.map((r) => r.v);
  return {
    routes: await column('select slug as v from routes'),
    wijken: await column('select code as v from wijken'),
    categories: await column('select slug as v from categories'),
  };
}

/**
 * The mix, from a fixed seed so runs compare: a third browse with filters and no words, the rest
 * searches of one or two words (some misspelt, some near a wijk, some on a later page).
 */
function queryMix(meta: Lookups) {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const word = () => pick(ACTIVITIES).split(' ')[0]!;
  return {
    next(): { kind: string; url: string } {
      const roll = random();
      const params = new URLSearchParams();
      let kind: string;
      if (roll < 0.1) kind = 'browse, no filter';
      else if (roll < 0.3) {
        kind = 'browse, one or two filters';
        params.set(pick(['route', 'wijk', 'category'] as const), '');
        if (random() < 0.5) params.set('free', 'true');
      } else if (roll < 0.6) {
        kind = 'one word';
        params.set('q', word());
      } else if (roll < 0.72) {
        kind = 'two words';
        params.set('q', `${word()} ${pick(['gratis', 'kinderen', 'zaan', 'molen', 'avond'])}`);
      } else if (roll < 0.82) {
        kind = 'misspelt word';
        params.set('q', pick(TYPOS));
      } else if (roll < 0.92) {
        kind = 'word near a wijk';
        params.set('q', word());
        params.set('near', pick(meta.wijken));
      } else {
        kind = 'word, filter, page 2-5';
        params.set('q', word());
        params.set('category', pick(meta.categories));
        params.set('page', String(2 + Math.floor(random() * 4)));
      }
      for (const key of ['route', 'wijk', 'category'] as const) {
        if (params.get(key) !== '') continue;
        params.set(key, pick(key === 'route' ? meta.routes : key === 'wijk' ? meta.wijken : meta.categories));
      }
      params.set('pageSize', '12');
      return { kind, url: `/api/v1/offers?${params}` };
    },
  };
}

function timedGet(agent: http.Agent, path: string): Promise<{ ms: number; status: number }> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port: PORT, path, agent }, (res) => {
        res.resume();
        res.on('end', () =>
          resolve({ ms: Number(process.hrtime.bigint() - started) / 1e6, status: res.statusCode ?? 0 }),
        );
      })
      .on('error', reject);
  });
}
