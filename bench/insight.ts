/**
 * npm run bench:insight [-- --scale 1] — generates 500,000 passes and 10 million redemptions over
 * three years (times the scale), with ratings, survey answers and view counters, on PostgreSQL
 * with generate_series; rolls the dashboards' roll-ups forward once, then times every dashboard
 * call and prints p50/p95 (target p95 < 150 ms). The default scale is 0.02 (10,000 passes,
 * 200,000 redemptions), which finishes in about two minutes on a shared 2-core machine; the issue's
 * full size is --scale 1. Set DATABASE_URL to use a running server, else a temporary one starts;
 * with DATABASE_URL, --reuse times the data a previous run left there.
 */
import { sql } from 'kysely';
import { openDatabase, type Db } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { DashboardsService } from '../src/modules/dashboards/dashboards.service.ts';
import { CONDITIONS } from '../src/modules/dashboards/dashboards.schemas.ts';
import { refreshPassHolders, rollForward } from '../src/modules/dashboards/rollup.ts';
import { databaseUrlNamed, recreateDatabase, startPostgres, summarize } from './lib.ts';

const TENANT = 'zaanstad';
const scaleArg = process.argv.indexOf('--scale');
const scale = scaleArg > 0 ? Number(process.argv[scaleArg + 1]) : 0.02;
const PASSES = Math.round(500_000 * scale);
const REDEMPTIONS = Math.round(10_000_000 * scale);
const ROUNDS = 30;
const DATABASE = 'stadspas_bench_insight';

// --reuse (with DATABASE_URL): time the dashboards again on the data a previous run left in that
// server, after applying any new migrations, instead of generating it again (at --scale 1 that
// takes longer than the timing).
const reuse = process.argv.includes('--reuse') && !!process.env.DATABASE_URL;

const postgres = startPostgres();
try {
  const url = reuse ? databaseUrlNamed(postgres.url, DATABASE) : await recreateDatabase(postgres.url, DATABASE);
  const database = await openDatabase({ databaseUrl: url });
  await migrate(database);
  const db = database.db;
  if (!reuse) await generate(db);
  await sql`analyze`.execute(db);
  // What the roll-forward job does every minute besides rolling: keep the count of pass holders.
  await refreshPassHolders(db, TENANT);
  const service = new DashboardsService(db);
  const year = new Date().getUTCFullYear();
  for (const condition of CONDITIONS) {
    const samples: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const t = performance.now();
      await rollForward(db, TENANT); // what a read does first
      await service.build(TENANT, condition, year - (i % 3), new Date());
      samples.push(performance.now() - t);
    }
    console.log(summarize(`dashboard ${condition}`, samples));
  }
  await database.close();
} finally {
  postgres.stop();
}

async function generate(db: Db) {
  const started = Date.now();
  await sql`insert into tenants (id, name, pass_name, municipality_code) values (${TENANT}, 'Gemeente Zaanstad', 'Zaanse Pas', '0479')`.execute(
    db,
  );
  await sql`insert into wijken (tenant_id, code, name, population, households, geometry)
            select ${TENANT}, 'WK0479' || lpad(g::text, 2, '0'), 'Wijk ' || g, 8000 + g * 500, 3500, '{"type":"Polygon","coordinates":[]}'
              from generate_series(11, 29) g`.execute(db);
  await sql`insert into routes (tenant_id, slug, name, sort_order) select ${TENANT}, 'route-' || g, 'Route ' || g, g from generate_series(1, 8) g`.execute(
    db,
  );
  await sql`insert into providers (tenant_id, name, kind) select ${TENANT}, 'Aanbieder ' || g, 'business' from generate_series(1, 400) g`.execute(
    db,
  );
  await sql`insert into offers (tenant_id, provider_id, title, price_type, discount_percent, regular_price_cents, valid_from, valid_until, status)
            select ${TENANT}, p.id, 'Aanbod ' || p.name || ' ' || g, 'percentage_discount', 25, 1000, '2020-01-01', '2099-12-31', 'published'
              from providers p, generate_series(1, 3) g`.execute(db);
  await sql`insert into offer_routes (tenant_id, offer_id, route_id)
            select ${TENANT}, o.id, (select id from routes r where r.sort_order = 1 + abs(hashtext(o.id::text)) % 8 limit 1) from offers o`.execute(
    db,
  );
  await sql`insert into holders (tenant_id, name, wijk_code)
            select ${TENANT}, 'Houder ' || g, 'WK0479' || lpad((11 + g % 19)::text, 2, '0') from generate_series(1, ${PASSES}) g`.execute(
    db,
  );
  await sql`insert into passes (tenant_id, number, holder_id, category, valid_from, valid_until)
            select ${TENANT}, lpad(row_number() over ()::text, 12, '0'), h.id,
                   (array['regular','low_income','low_income','carer','regular'])[1 + (row_number() over ()) % 5], '2020-01-01', '2099-12-31'
              from holders h`.execute(db);
  await sql`create temporary table bench_passes as select row_number() over () as n, id from passes`.execute(db);
  await sql`create temporary table bench_offers as select row_number() over () as n, id, provider_id from offers`.execute(
    db,
  );
  const offers = Number((await sql<{ n: number }>`select count(*)::int as n from bench_offers`.execute(db)).rows[0]!.n);
  // Loaded as a bulk load is: the redemptions' secondary indexes are built after the insert, and
  // the foreign-key triggers are off for it (every generated row points at a pass and an offer made
  // above). Maintaining three B-trees and three key checks row by row made 10 million rows take
  // longer than the session that ran it. The indexes are the migration's own, rebuilt from pg_indexes.
  const indexes = (
    await sql<{ name: string; definition: string }>`select indexname as name, indexdef as definition
      from pg_indexes where tablename = 'redemptions' and indexname <> 'redemptions_pkey'`.execute(db)
  ).rows;
  await db.transaction().execute(async (trx) => {
    for (const index of indexes) await sql`drop index ${sql.id(index.name)}`.execute(trx);
    await sql`set local session_replication_role = replica`.execute(trx);
    await sql`insert into redemptions (tenant_id, offer_id, pass_id, provider_id, price_cents, regular_price_cents, channel, created_at)
              select ${TENANT}, o.id, p.id, o.provider_id, 750, 1000, 'seed', now() - interval '3 years' * random()
                from generate_series(1, ${REDEMPTIONS}) g
                join bench_passes p on p.n = 1 + (g::bigint * 7919) % ${PASSES}
                join bench_offers o on o.n = 1 + (g::bigint * 104729) % ${offers}`.execute(trx);
    await sql`set local maintenance_work_mem = '1GB'`.execute(trx);
    for (const index of indexes) await sql.raw(index.definition).execute(trx);
  });
  console.log(`redemptions loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // Ratings on one redemption in 50, a needs scan with an ease-of-use question answered by one
  // holder in 10, and view counters per offer and month.
  await sql`insert into offer_ratings (tenant_id, redemption_id, offer_id, provider_id, holder_id, stars, text_status, created_at)
            select r.tenant_id, r.id, r.offer_id, r.provider_id, p.holder_id, 1 + abs(hashtext(r.id::text)) % 5, 'none', r.created_at
              from redemptions r join passes p on p.id = r.pass_id
             where abs(hashtext(r.id::text)) % 50 = 0`.execute(db);
  await sql`insert into surveys (tenant_id, series_id, title, audience, status, questions, created_by)
            values (${TENANT}, gen_random_uuid(), 'Behoeftescan', 'residents', 'open',
                    '[{"id":"gemak","kind":"scale","text":"Hoe makkelijk is de pas?","options":[],"required":true,"indicator":"ease_of_use"}]',
                    'bench')`.execute(db);
  await sql`insert into survey_responses (tenant_id, survey_id, answered_on, source, wijk_code, answers, guard_hash)
            select ${TENANT}, s.id, (now() - interval '3 years' * random())::date, 'link', 'WK0479' || lpad((11 + g % 19)::text, 2, '0'),
                   jsonb_build_object('gemak', 1 + g % 5), md5(g::text)
              from surveys s, generate_series(1, ${Math.round(PASSES / 10)}) g`.execute(db);
  await sql`insert into dashboard_view_months (tenant_id, month, subject_type, subject_id, views)
            select ${TENANT}, (date_trunc('month', now()) - interval '1 month' * m)::date, 'offer', o.id, 1 + m
              from offers o, generate_series(0, 35) m`.execute(db);
  console.log(
    `generated ${PASSES} passes, ${REDEMPTIONS} redemptions in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  // Fresh tables have no statistics yet (autovacuum analyzes a live database): without them the
  // planner joins the first roll-forward's 200,000 rows by nested loops.
  await sql`analyze`.execute(db);
  const rollStart = Date.now();
  await rollForward(db, TENANT);
  console.log(`first roll-forward: ${((Date.now() - rollStart) / 1000).toFixed(1)} s`);
}
