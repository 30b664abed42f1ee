import { sql, type Insertable, type Transaction } from 'kysely';
import type { Config } from '../config.ts';
import type { DemoContext, ModuleManifest } from '../http/module-manifest.ts';
import { MODULES } from '../modules.ts';
import type { Database } from '../db/database.ts';
import { vacuumAnalyzeLoadedTables } from '../db/analyze.ts';
import type { DB } from '../db/schema.ts';
import type { PassCategory } from '../modules/passes/passes.tables.ts';
import { hashPassword } from '../modules/identity/identity.service.ts';
import { makePassNumber } from '../modules/passes/pass-number.ts';
import { hashSecret } from '../shared/tokens.ts';
import { loadAreas } from './areas.ts';
import { CATEGORIES, ROUTES, conditionsText } from './catalogue.ts';
import { dayNumber, todayInAmsterdam } from './dates.ts';
import { planPeople } from './people.ts';
import { planCatalogue } from './plan-catalogue.ts';
import { Random } from '../shared/random.ts';
import { seedMoney, type MoneySummary } from './money.ts';
import { simulateRedemptions, type SimOffer, type SimPass } from './redemptions.ts';

/**
 * The Zaanstad demo: real wijken and buurten (CBS 2017), about 60 fictitious providers with
 * about 250 offers on eight routes, about 3,000 fictitious holders and a year of redemptions.
 *
 * Deterministic: every random choice and every id comes from fixed-seed generators, and every
 * date is relative to one anchor date: the calendar date in Amsterdam when the seed runs (or
 * `options.anchorDate`). Offers and passes are valid "around today"; redemptions fill the 365
 * days before the anchor. The same anchor gives exactly the same database.
 *
 * All or nothing: one transaction, and only when there is no tenant yet.
 */
export const DEMO = {
  tenantId: 'zaanstad',
  municipalityCode: '0479',
  orgAdmin: { email: 'beheer@zaansepas.demo', password: 'Zaanstad-demo-2026' },
  /** Every provider gets kassa@<domain>.demo (till) and eigenaar@<domain>.demo (admin) with these. */
  tillPassword: 'Kassa-demo-2026',
  providerAdminPassword: 'Aanbieder-demo-2026',
  bakeryApiToken: 'sp_demo_bakkerij_van_der_zaan_kassa',
  residents: ['fatima@voorbeeld.demo', 'jan@voorbeeld.demo'],
} as const;

const HOLDERS = 3000;
const REDEMPTIONS_TARGET = 22_000;
const REDUCED: PassCategory[] = ['low_income'];
const CHUNK = 800;
const SEED_LOCK_ID = 4790002;

export interface SeedOptions {
  /** 'YYYY-MM-DD'; default: today in Amsterdam. */
  anchorDate?: string;
  log?: (message: string) => void;
}

export interface SeedSummary {
  anchorDate: string;
  providers: number;
  offers: number;
  holders: number;
  passes: number;
  redemptions: number;
  money: MoneySummary | null;
  milliseconds: number;
}

/** Seeds the Zaanstad demo when no tenant exists yet. Returns the summary, or null when it did nothing. */
export async function seedDemoIfEmpty(
  database: Database,
  config: Config,
  options: SeedOptions = {},
  modules: readonly ModuleManifest[] = MODULES,
): Promise<SeedSummary | null> {
  // The demo tenant id is fixed by the team contract ('zaanstad'); config only decides the logging.
  const log = options.log ?? (config.environment === 'test' ? undefined : (message: string) => console.log(message));
  const started = performance.now();
  const existing = await database.db
    .selectFrom('tenants')
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) return null;

  const anchorDate = options.anchorDate ?? todayInAmsterdam();
  const rows = await buildDemo(anchorDate);
  let money: MoneySummary | null = null;
  const inserted = await database.db.transaction().execute(async (trx) => {
    // Two processes starting on one empty server: the second waits here and then sees a tenant.
    await sql`select pg_advisory_xact_lock(${SEED_LOCK_ID})`.execute(trx);
    const again = await trx
      .selectFrom('tenants')
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    if (Number(again.n) > 0) return false;
    await insertAll(trx, rows);
    // The money side (credit, sales, sponsors, grants, payouts), booked through the ledger.
    money = await seedMoney(trx, rows, anchorDate);
    // Then each module's own part of the demo, in the order of the module list.
    const context: DemoContext = {
      tx: trx,
      tenantId: DEMO.tenantId,
      anchorDate,
      random: (salt) => new Random(hashSalt(salt)),
    };
    for (const module of demoOrder(modules)) await module.demo!(context);
    return true;
  });
  if (!inserted) return null;
  // Fresh statistics after the bulk load: the first plans see tens of thousands of rows, not
  // empty tables. Autovacuum would get there later.
  await vacuumAnalyzeLoadedTables(database.db);
  const summary: SeedSummary = {
    anchorDate,
    providers: rows.providers.length,
    offers: rows.offers.length,
    holders: rows.holders.length,
    passes: rows.passes.length,
    redemptions: rows.redemptions.length,
    money,
    milliseconds: Math.round(performance.now() - started),
  };
  log?.(
    `Seeded the Zaanstad demo (anchor ${anchorDate}): ${summary.providers} providers, ${summary.offers} offers, ${summary.holders} holders, ${summary.redemptions} redemptions` +
      (money
        ? `, ${(money as MoneySummary).creditPasses} passes with credit, ${(money as MoneySummary).passOrders} pass orders, ${(money as MoneySummary).settlementRuns} settlement runs`
        : '') +
      ` in ${summary.milliseconds} ms`,
  );
  return summary;
}

type Rows = { [K in keyof DB]: Insertable<DB[K]>[] };

/** Builds every row in memory (pure apart from three password hashes). */
export async function buildDemo(
  anchorDate: string,
): Promise<
  Pick<
    Rows,
    | 'tenants'
    | 'wijken'
    | 'buurten'
    | 'routes'
    | 'categories'
    | 'providers'
    | 'locations'
    | 'offers'
    | 'offer_locations'
    | 'offer_routes'
    | 'holders'
    | 'passes'
    | 'users'
    | 'api_tokens'
    | 'redemptions'
  >
> {
  const tenant_id = DEMO.tenantId;
  const random = new Random(0x2a_04_79);
  const ids = new Random(0x1d_04_79);
  const { wijken, buurten } = loadAreas();
  const wijkByCode = new Map(wijken.map((w) => [w.code, w]));

  const routes = ROUTES.map((r, i) => ({
    tenant_id,
    id: ids.uuid(),
    slug: r.slug,
    name: r.name,
    description: r.description,
    is_demo: r.isDemo,
    sort_order: i + 1,
  }));
  const routeId = new Map(routes.map((r) => [r.slug, r.id]));
  const { providers, offers } = planCatalogue({ wijken, buurten, anchor: anchorDate, random, ids });
  const people = planPeople({ wijken, buurten, anchor: anchorDate, totalHolders: HOLDERS, random });

  const [orgHash, tillHash, adminHash] = await Promise.all([
    hashPassword(DEMO.orgAdmin.password),
    hashPassword(DEMO.tillPassword),
    hashPassword(DEMO.providerAdminPassword),
  ]);

  const holderIds = people.map(() => ids.uuid());
  const passIds = people.map(() => ids.uuid());
  const bakery = providers.find((p) => p.def.name === 'Bakkerij Van der Zaan')!;

  const simPasses: SimPass[] = people.map((p, i) => ({
    id: passIds[i]!,
    category: p.category,
    wijkCode: p.wijkCode,
    city: wijkByCode.get(p.wijkCode)!.city,
    age: Math.floor((dayNumber(anchorDate) - dayNumber(p.birthDate)) / 365.25),
    validFrom: dayNumber(p.validFrom),
    usableUntil: Math.min(dayNumber(p.validUntil), dayNumber(p.usableUntil)),
    activity: p.activity,
    ...(p.demoResident ? { avoidProviderId: bakery.id } : {}),
  }));
  const simOffers: SimOffer[] = offers
    .filter((o) => o.status === 'published')
    .map((o) => ({
      id: o.id,
      providerId: o.provider.id,
      priced: priced(o.def),
      regularPriceCents: o.def.price.regular,
      validFrom: dayNumber(o.validFrom),
      validUntil: dayNumber(o.validUntil),
      limit: o.def.limit ? { perPass: o.def.limit[0], period: o.def.limit[1] } : null,
      stockTotal: o.def.stock ?? null,
      categories: o.def.categories,
      targets: o.def.target ?? ['iedereen'],
      wijkCodes: o.provider.locations.map((l) => l.wijkCode),
      cities: o.provider.locations.map((l) => l.city),
      hours: o.provider.hours,
      popularity: o.def.popularity ?? 1,
      onlyOn: o.def.onlyOn,
      months: o.def.months,
      season: o.def.season,
    }));
  const { redemptions, stockUsed } = simulateRedemptions({
    passes: simPasses,
    offers: simOffers,
    anchor: anchorDate,
    target: REDEMPTIONS_TARGET,
    reducedTariffCategories: REDUCED,
    random,
    ids,
  });

  const residentUsers = people.flatMap((p, i) =>
    p.email
      ? [
          {
            tenant_id,
            id: ids.uuid(),
            email: p.email,
            name: p.name,
            role: 'resident' as const,
            password_hash: null,
            provider_id: null,
            holder_id: holderIds[i]!,
          },
        ]
      : [],
  );
  const staffUsers = providers.flatMap((p) => [
    {
      tenant_id,
      id: ids.uuid(),
      email: `kassa@${p.domain}.demo`,
      name: `Kassa ${p.def.name}`,
      role: 'till_staff' as const,
      password_hash: tillHash,
      provider_id: p.id,
      holder_id: null,
    },
    {
      tenant_id,
      id: ids.uuid(),
      email: `eigenaar@${p.domain}.demo`,
      name: `Beheer ${p.def.name}`,
      role: 'provider_admin' as const,
      password_hash: adminHash,
      provider_id: p.id,
      holder_id: null,
    },
  ]);

  return {
    tenants: [
      {
        id: tenant_id,
        name: 'Gemeente Zaanstad',
        pass_name: 'Zaanse Pas',
        municipality_code: DEMO.municipalityCode,
        reduced_tariff_categories: REDUCED,
        // Debtor of the payout files: a made-up account with valid check digits (also set by migration 0007).
        payout_iban: 'NL73BNGH0285170019',
        payout_bic: 'BNGHNL2G',
        payout_account_name: 'Gemeente Zaanstad',
      },
    ],
    wijken: wijken.map((w) => ({
      tenant_id,
      code: w.code,
      name: w.name,
      population: w.population,
      households: w.households,
      geometry: JSON.stringify(w.geometry),
    })),
    buurten: buurten.map((b) => ({
      tenant_id,
      code: b.code,
      wijk_code: b.wijkCode,
      name: b.name,
      population: b.population,
      geometry: JSON.stringify(b.geometry),
    })),
    routes,
    categories: CATEGORIES.map((c) => ({ tenant_id, slug: c.slug, name_nl: c.nameNl, name_en: c.nameEn })),
    providers: providers.map((p) => ({
      tenant_id,
      id: p.id,
      name: p.def.name,
      kind: p.def.kind,
      description: p.def.description,
      website: `https://www.${p.domain}.demo`,
      email: `info@${p.domain}.demo`,
      phone: p.phone,
      created_at: `${anchorDate}T00:00:00Z`,
    })),
    locations: providers.flatMap((p) =>
      p.locations.map((l) => ({
        tenant_id,
        id: l.id,
        provider_id: p.id,
        name: l.name,
        street: l.street,
        postcode: l.postcode,
        city: l.city,
        wijk_code: l.wijkCode,
        buurt_code: l.buurtCode,
        x_rd: l.x,
        y_rd: l.y,
      })),
    ),
    offers: offers.map((o) => {
      const price = o.def.price;
      const stock = o.def.stock ?? null;
      return {
        tenant_id,
        id: o.id,
        provider_id: o.provider.id,
        title: o.def.title,
        summary: o.def.summary,
        description: o.def.description,
        conditions: conditionsText(o.def),
        price_type: price.type,
        regular_price_cents: price.regular,
        discount_percent: price.percent ?? null,
        amount_off_cents: price.amountOff ?? null,
        fixed_price_cents: price.fixed ?? null,
        reduced_price_cents: o.def.reduced ?? null,
        limit_per_pass: o.def.limit?.[0] ?? null,
        limit_period: o.def.limit?.[1] ?? null,
        stock_total: stock,
        stock_remaining: stock === null ? null : stock - (stockUsed.get(o.id) ?? 0),
        valid_from: o.validFrom,
        valid_until: o.validUntil,
        status: o.status,
        categories: [...o.def.categories],
        target_groups: [...(o.def.target ?? ['iedereen'])],
        translations: JSON.stringify(o.def.translations ?? {}),
        created_at: `${o.validFrom}T08:00:00Z`,
        updated_at: `${o.validFrom}T08:00:00Z`,
      };
    }),
    offer_locations: offers.flatMap((o) =>
      o.provider.locations.map((l) => ({ tenant_id, offer_id: o.id, location_id: l.id })),
    ),
    offer_routes: offers.flatMap((o) =>
      o.def.routes.map((slug) => ({ tenant_id, offer_id: o.id, route_id: routeId.get(slug)! })),
    ),
    holders: people.map((p, i) => ({
      tenant_id,
      id: holderIds[i]!,
      name: p.name,
      email: p.email,
      birth_date: p.birthDate,
      wijk_code: p.wijkCode,
      buurt_code: p.buurtCode,
      created_at: `${p.validFrom}T09:00:00Z`,
    })),
    passes: people.map((p, i) => ({
      tenant_id,
      id: passIds[i]!,
      number: makePassNumber(DEMO.municipalityCode, i + 1),
      holder_id: holderIds[i]!,
      category: p.category,
      parent_pass_id: p.parent === null ? null : passIds[p.parent]!,
      status: p.status,
      valid_from: p.validFrom,
      valid_until: p.validUntil,
      created_at: `${p.validFrom}T09:00:00Z`,
    })),
    users: [
      {
        tenant_id,
        id: ids.uuid(),
        email: DEMO.orgAdmin.email,
        name: 'Beheer Zaanse Pas',
        role: 'org_admin',
        password_hash: orgHash,
        provider_id: null,
        holder_id: null,
      },
      ...staffUsers,
      ...residentUsers,
    ],
    api_tokens: [
      {
        tenant_id,
        id: ids.uuid(),
        provider_id: bakery.id,
        name: 'Kassasysteem winkel (demo)',
        token_hash: hashSecret(DEMO.bakeryApiToken),
        created_at: `${anchorDate}T00:00:00Z`,
      },
    ],
    redemptions: redemptions.map((r) => ({
      tenant_id,
      id: r.id,
      offer_id: r.offerId,
      pass_id: r.passId,
      provider_id: r.providerId,
      price_cents: r.priceCents,
      regular_price_cents: r.regularPriceCents,
      channel: 'seed' as const,
      redeemed_by: null,
      created_at: r.createdAt,
      cancelled_at: r.cancelledAt,
      cancelled_by: null,
    })),
  };
}

function priced(def: {
  price: {
    type: SimOffer['priced']['priceType'];
    regular: number | null;
    percent?: number;
    amountOff?: number;
    fixed?: number;
  };
  reduced?: number;
}): SimOffer['priced'] {
  return {
    priceType: def.price.type,
    regularPriceCents: def.price.regular,
    discountPercent: def.price.percent ?? null,
    amountOffCents: def.price.amountOff ?? null,
    fixedPriceCents: def.price.fixed ?? null,
    reducedPriceCents: def.reduced ?? null,
  };
}

const ORDER = [
  'tenants',
  'wijken',
  'buurten',
  'routes',
  'categories',
  'providers',
  'locations',
  'offers',
  'offer_locations',
  'offer_routes',
  'holders',
  'passes',
  'users',
  'api_tokens',
  'redemptions',
] as const;

async function insertAll(trx: Transaction<DB>, rows: Awaited<ReturnType<typeof buildDemo>>): Promise<void> {
  for (const table of ORDER) {
    const list = rows[table] as Insertable<DB[typeof table]>[];
    // Geometry rows are large; everything else goes in chunks of CHUNK rows.
    const size = table === 'wijken' || table === 'buurten' ? 10 : CHUNK;
    for (let i = 0; i < list.length; i += size) {
      await trx
        .insertInto(table)
        .values(list.slice(i, i + size))
        .execute();
    }
  }
}

/** A stable number from a module's salt, so each module's demo has a generator of its own. */
function hashSalt(salt: string): number {
  let hash = 2166136261;
  for (let i = 0; i < salt.length; i++) hash = Math.imul(hash ^ salt.charCodeAt(i), 16777619);
  return hash >>> 0;
}

/**
 * The modules with a demo, in list order, except that a module waits until the modules named in
 * its `demoAfter` have had their turn (so the others keep their place).
 */
export function demoOrder(modules: readonly ModuleManifest[]): ModuleManifest[] {
  const pending = modules.filter((m) => m.demo);
  const names = new Set(pending.map((m) => m.name));
  const ordered: ModuleManifest[] = [];
  while (pending.length > 0) {
    const next = pending.findIndex((m) =>
      (m.demoAfter ?? []).every((name) => !names.has(name) || ordered.some((done) => done.name === name)),
    );
    if (next < 0) throw new Error(`demoAfter goes round in a circle: ${pending.map((m) => m.name).join(', ')}`);
    ordered.push(...pending.splice(next, 1));
  }
  return ordered;
}
