import { randomBytes } from 'node:crypto';
import { CreditRepository } from '../../src/modules/credit/credit.repository.ts';
import { fundSchemeTx, loadCreditTx, type Scheme } from '../../src/modules/credit/credit.service.ts';
import { hashPassword } from '../../src/modules/identity/identity.service.ts';
import { makePassNumber } from '../../src/modules/passes/pass-number.ts';
import type { Insertable } from 'kysely';
import type { Db } from '../../src/db/database.ts';
import type { OffersTable } from '../../src/modules/offers/offers.tables.ts';
import type { PassCategory, PassStatus } from '../../src/modules/passes/passes.tables.ts';
import type { UserRole } from '../../src/modules/identity/identity.tables.ts';
import type { App } from '../../src/http/app-types.ts';
import type { Principal } from '../../src/modules/access/principal.ts';
import { hashSecret, newSecret } from '../../src/shared/tokens.ts';
import { DomainError } from '../../src/shared/errors.ts';

/**
 * Small, explicit test data. Tests build exactly what they need; the big demo seed is for
 * people, not for assertions.
 */
export const TENANT = 'zaanstad';
const SQUARE = {
  type: 'MultiPolygon',
  coordinates: [
    [
      [
        [0, 0],
        [0, 1],
        [1, 1],
        [1, 0],
        [0, 0],
      ],
    ],
  ],
};
let serial = 1;

export async function createTenant(db: Db, id = TENANT) {
  await db
    .insertInto('tenants')
    .values({ id, name: 'Gemeente Zaanstad', pass_name: 'Zaanse Pas', municipality_code: '0479' })
    .execute();
  await db
    .insertInto('wijken')
    .values([
      {
        tenant_id: id,
        code: 'WK047912',
        name: 'Poelenburg',
        population: 8505,
        households: 3565,
        geometry: JSON.stringify(SQUARE),
      },
      {
        tenant_id: id,
        code: 'WK047901',
        name: 'Zaandam-Zuid',
        population: 10000,
        households: 4000,
        geometry: JSON.stringify(SQUARE),
      },
    ])
    .execute();
  await db
    .insertInto('routes')
    .values([
      { tenant_id: id, slug: 'route-sport-en-bewegen', name: 'Route voor Sport en Bewegen', sort_order: 1 },
      { tenant_id: id, slug: 'verwen-route', name: 'Verwen Route', sort_order: 2 },
    ])
    .execute();
  await db
    .insertInto('categories')
    .values([
      { tenant_id: id, slug: 'sport', name_nl: 'Sport', name_en: 'Sport' },
      { tenant_id: id, slug: 'eten-en-drinken', name_nl: 'Eten en drinken', name_en: 'Food and drink' },
    ])
    .execute();
  return id;
}

export async function createProvider(db: Db, options: { name?: string; tenantId?: string; wijkCode?: string } = {}) {
  const tenantId = options.tenantId ?? TENANT;
  const provider = await db
    .insertInto('providers')
    .values({ tenant_id: tenantId, name: options.name ?? `Aanbieder ${serial++}`, kind: 'business' })
    .returning(['id', 'name'])
    .executeTakeFirstOrThrow();
  const location = await db
    .insertInto('locations')
    .values({
      tenant_id: tenantId,
      provider_id: provider.id,
      name: provider.name,
      street: 'Gedempte Gracht 1',
      postcode: '1506 CA',
      city: 'Zaandam',
      wijk_code: options.wijkCode ?? 'WK047912',
    })
    .returning(['id'])
    .executeTakeFirstOrThrow();
  return { id: provider.id, name: provider.name, locationId: location.id };
}

export type OfferInput = Partial<Omit<Insertable<OffersTable>, 'tenant_id' | 'provider_id' | 'id'>>;

export async function createOffer(
  db: Db,
  provider: { id: string; locationId: string },
  input: OfferInput = {},
  tenantId = TENANT,
) {
  const offer = await db
    .insertInto('offers')
    .values({
      tenant_id: tenantId,
      provider_id: provider.id,
      title: `Aanbieding ${serial++}`,
      price_type: 'percentage_discount',
      regular_price_cents: 1000,
      discount_percent: 20,
      amount_off_cents: null,
      fixed_price_cents: null,
      reduced_price_cents: null,
      limit_per_pass: null,
      limit_period: null,
      stock_total: null,
      stock_remaining: null,
      valid_from: '2020-01-01',
      valid_until: '2099-12-31',
      status: 'published',
      ...input,
    })
    .returning(['id', 'title'])
    .executeTakeFirstOrThrow();
  await db
    .insertInto('offer_locations')
    .values({ tenant_id: tenantId, offer_id: offer.id, location_id: provider.locationId })
    .execute();
  return offer;
}

export interface TestPass {
  id: string;
  number: string;
  holderId: string;
}

/** A credit scheme for tests, funded with `budgetCents` from the municipality's bank (none: not funded). */
export async function createFundedScheme(
  db: Db,
  options: {
    name?: string;
    budgetCents: number;
    validUntil: string;
    spendable?: string[];
    amountPerPassCents?: number;
    tenantId?: string;
  },
): Promise<Scheme> {
  const tenantId = options.tenantId ?? TENANT;
  const credit = new CreditRepository(db);
  const { id } = await credit.insertScheme(tenantId, {
    name: options.name ?? `Tegoed ${serial++}`,
    description: '',
    amountPerPassCents: options.amountPerPassCents ?? 15_000,
    eligiblePassCategories: [],
    spendableOfferCategories: options.spendable ?? [],
    validUntil: options.validUntil,
  });
  const scheme = (await credit.findScheme(tenantId, id))!;
  if (options.budgetCents > 0) {
    await db
      .transaction()
      .execute((tx) => fundSchemeTx(tx, { tenantId, scheme, amountCents: options.budgetCents, reference: 'budget' }));
  }
  return scheme;
}

/**
 * Credit on a pass: a scheme of its own (spendable at any offer until `validUntil`), funded with
 * `amountCents` and loaded onto the pass. Returns the pass's credit account of that scheme.
 */
export async function loadPassCredit(
  db: Db,
  pass: TestPass,
  amountCents: number,
  validUntil: string,
  tenantId = TENANT,
): Promise<string> {
  const scheme = await createFundedScheme(db, {
    budgetCents: amountCents,
    validUntil,
    amountPerPassCents: amountCents,
    tenantId,
  });
  return db
    .transaction()
    .execute(
      async (tx) =>
        (await loadCreditTx(tx, { tenantId, scheme, pass, amountCents, loadReference: `load-${scheme.id}` }))
          .creditAccountId,
    );
}

/** The balance of a ledger account, in cents. */
export async function accountBalance(db: Db, accountId: string): Promise<number> {
  const account = await db
    .selectFrom('ledger_accounts')
    .select('balance_cents')
    .where('id', '=', accountId)
    .executeTakeFirstOrThrow();
  return Number(account.balance_cents);
}

export async function createPass(
  db: Db,
  options: {
    category?: PassCategory;
    status?: PassStatus;
    email?: string;
    validUntil?: string;
    tenantId?: string;
  } = {},
): Promise<TestPass> {
  const tenantId = options.tenantId ?? TENANT;
  const holder = await db
    .insertInto('holders')
    .values({ tenant_id: tenantId, name: `Pashouder ${serial}`, email: options.email ?? null, wijk_code: 'WK047912' })
    .returning(['id', 'name'])
    .executeTakeFirstOrThrow();
  const category = options.category ?? 'regular';
  let parentPassId: string | null = null;
  if (category === 'child') parentPassId = (await createPass(db, { tenantId })).id;
  const pass = await db
    .insertInto('passes')
    .values({
      tenant_id: tenantId,
      number: makePassNumber('0479', serial++),
      holder_id: holder.id,
      category,
      parent_pass_id: parentPassId,
      status: options.status ?? 'active',
      valid_from: '2020-01-01',
      valid_until: options.validUntil ?? '2099-12-31',
    })
    .returning(['id', 'number'])
    .executeTakeFirstOrThrow();
  return { id: pass.id, number: pass.number, holderId: holder.id };
}

export async function createUser(
  db: Db,
  options: {
    role: UserRole;
    email: string;
    password?: string;
    providerId?: string;
    holderId?: string;
    tenantId?: string;
  },
) {
  return db
    .insertInto('users')
    .values({
      tenant_id: options.tenantId ?? TENANT,
      email: options.email,
      name: options.email.split('@')[0]!,
      role: options.role,
      password_hash: options.password ? await hashPassword(options.password) : null,
      provider_id: options.providerId ?? null,
      holder_id: options.holderId ?? null,
    })
    .returning(['id'])
    .executeTakeFirstOrThrow();
}

export async function createApiToken(db: Db, providerId: string, tenantId = TENANT) {
  const secret = newSecret('sp_');
  await db
    .insertInto('api_tokens')
    .values({ tenant_id: tenantId, provider_id: providerId, name: 'Kassa test', token_hash: hashSecret(secret) })
    .execute();
  return secret;
}

/** Logs staff in through the API and returns the cookie header to send along. */
export async function loginStaff(app: App, email: string, password: string): Promise<string> {
  const response = await app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { email, password } });
  if (response.statusCode !== 201) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'stadspas_session');
  return `stadspas_session=${cookie!.value}`;
}

/** Puts an offer on a route (by the route's slug). */
export async function linkOfferToRoute(db: Db, offerId: string, routeSlug: string, tenantId = TENANT) {
  const route = await db
    .selectFrom('routes')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('slug', '=', routeSlug)
    .executeTakeFirstOrThrow();
  await db.insertInto('offer_routes').values({ tenant_id: tenantId, offer_id: offerId, route_id: route.id }).execute();
}

/** Logs a resident in the way they do it: e-mail link from the outbox, posted to /sessions. Returns the cookie header. */
export async function loginResident(app: App, email: string): Promise<string> {
  const request = await app.inject({ method: 'POST', url: '/api/v1/login-links', payload: { email } });
  if (request.statusCode !== 202) throw new Error(`login link failed: ${request.statusCode} ${request.body}`);
  const outbox = (await app.inject({ url: '/api/v1/outbox-messages' })).json() as {
    items: { to: string; body: string }[];
  };
  const message = outbox.items.find((m) => m.to.toLowerCase() === email.toLowerCase());
  const token = decodeURIComponent(/token=(\S+)/.exec(message?.body ?? '')?.[1] ?? '');
  const response = await app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { loginToken: token } });
  if (response.statusCode !== 201) throw new Error(`resident login failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'stadspas_session');
  return `stadspas_session=${cookie!.value}`;
}

/** Many passes at once (concurrency tests), in one insert per table. */
export async function createPasses(
  db: Db,
  count: number,
  options: { category?: PassCategory; tenantId?: string } = {},
): Promise<TestPass[]> {
  const tenantId = options.tenantId ?? TENANT;
  const first = serial;
  serial += count;
  const holders = await db
    .insertInto('holders')
    .values(
      Array.from({ length: count }, (_, i) => ({
        tenant_id: tenantId,
        name: `Pashouder ${first + i}`,
        wijk_code: 'WK047912',
      })),
    )
    .returning(['id'])
    .execute();
  const passes = await db
    .insertInto('passes')
    .values(
      holders.map((holder, i) => ({
        tenant_id: tenantId,
        number: makePassNumber('0479', first + i),
        holder_id: holder.id,
        category: options.category ?? 'regular',
        valid_from: '2020-01-01',
        valid_until: '2099-12-31',
      })),
    )
    .returning(['id', 'number', 'holder_id'])
    .execute();
  return passes.map((p) => ({ id: p.id, number: p.number, holderId: p.holder_id }));
}

/** What a service call ended in: `success` when it worked, else the refusal's problem code (or the error). */
export async function refusalOf(promise: Promise<unknown>, success = 'ok'): Promise<string> {
  try {
    await promise;
    return success;
  } catch (error) {
    return error instanceof DomainError ? error.code : String(error);
  }
}

/** Who a till system is to the services (what its API token resolves to), for calling them directly. */
export function tillPrincipal(providerId: string, tokenId = 'test-till', tenantId = TENANT): Principal {
  return { kind: 'till_system', tenantId, tokenId, providerId, name: 'Kassa' };
}

/**
 * A device of the pass's holder with a QR key for the pass, as `POST /me/pass/devices` makes it:
 * returns the key id, from which `makeQrToken(config.qrSecret, keyId)` makes the codes the device shows.
 */
export async function addQrKey(db: Db, pass: { id: string; holderId: string }, tenantId = TENANT): Promise<string> {
  const device = await db
    .insertInto('pass_devices')
    .values({ tenant_id: tenantId, holder_id: pass.holderId, label: 'Testtelefoon' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const keyId = randomBytes(12).toString('base64url');
  await db
    .insertInto('pass_device_keys')
    .values({ tenant_id: tenantId, key_id: keyId, device_id: device.id, pass_id: pass.id })
    .execute();
  return keyId;
}
