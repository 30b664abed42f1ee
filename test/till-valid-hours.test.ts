import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../src/modules/access/principal.ts';
import { RedemptionsRepository, type RedemptionFacts } from '../src/modules/redemptions/redemptions.repository.ts';
import { RedemptionsService } from '../src/modules/redemptions/redemptions.service.ts';
import { dutchClock } from '../src/modules/offers/valid-hours.ts';
import {
  createApiToken,
  createOffer,
  createPass,
  createProvider,
  createTenant,
  createUser,
  loginStaff,
  refusalOf,
  tillPrincipal,
} from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * Offers valid on some weekdays or hours only ("luwe periodes", seed 000 §8A): the till refuses
 * them outside their windows with its own problem type, on the list, on a redemption that reads,
 * and on a redemption that carries a quote made before the window closed.
 */
let ctx: TestContext;
let provider: Awaited<ReturnType<typeof createProvider>>;
let principal: Principal;

class CountingRepository extends RedemptionsRepository {
  reads = 0;
  constructor() {
    super(ctx.database.db);
  }
  override async readForRedemption(
    params: Parameters<RedemptionsRepository['readForRedemption']>[0],
  ): Promise<RedemptionFacts> {
    this.reads++;
    return super.readForRedemption(params);
  }
}

let clock = new Date();
const till = () => {
  const repo = new CountingRepository();
  return { repo, service: new RedemptionsService(repo, { qrSecret: ctx.config.qrSecret, now: () => clock }) };
};
/** Tuesday 10 March 2026 at `time`, Dutch winter time (UTC+1). */
const tuesdayAt = (time: string) => new Date(`2026-03-10T${time}:00+01:00`);
/** Weekday mornings, and Saturday afternoon. */
const QUIET_HOURS = [
  { days: [1, 2, 3, 4, 5], from: '09:00', until: '12:00' },
  { days: [6], from: '13:00', until: '17:00' },
];

beforeAll(async () => {
  ctx = await createTestApp();
  await createTenant(ctx.database.db);
  provider = await createProvider(ctx.database.db, { name: 'Zwembad De Crommenije' });
  principal = tillPrincipal(provider.id, 'hours-test');
});
afterAll(() => ctx.close());

describe('an offer valid on some weekdays and hours', () => {
  it('is available at the till inside its window and refused outside it, with its own problem', async () => {
    const offer = await createOffer(ctx.database.db, provider, {
      title: 'Banenzwemmen in de ochtend',
      valid_hours: JSON.stringify(QUIET_HOURS),
    });
    const always = await createOffer(ctx.database.db, provider, { title: 'Aquarobics' });
    const pass = await createPass(ctx.database.db);
    const { service } = till();

    clock = tuesdayAt('11:59');
    const inside = await service.tillOffers(principal, pass.number);
    expect(inside.items.find((i) => i.offerId === offer.id)).toMatchObject({ available: true });

    clock = tuesdayAt('12:00');
    const outside = await service.tillOffers(principal, pass.number);
    expect(outside.items.find((i) => i.offerId === offer.id)).toMatchObject({
      available: false,
      unavailableReason: 'not-valid-now',
    });
    // An offer without hours is not touched by the clock.
    expect(outside.items.find((i) => i.offerId === always.id)).toMatchObject({ available: true });
    expect(await refusalOf(service.redeem(principal, { passIdentifier: pass.number, offerId: offer.id }))).toBe(
      'offer-outside-valid-hours',
    );

    clock = new Date('2026-03-14T14:30:00+01:00'); // Saturday afternoon
    expect(await refusalOf(service.redeem(principal, { passIdentifier: pass.number, offerId: offer.id }))).toBe('ok');
  });

  it('refuses a redemption on a quote from before the window closed, after reading again', async () => {
    const offer = await createOffer(ctx.database.db, provider, { valid_hours: JSON.stringify(QUIET_HOURS) });
    const pass = await createPass(ctx.database.db);
    const { repo, service } = till();
    clock = tuesdayAt('11:59');
    const { quote } = await service.tillOffers(principal, pass.number);
    expect(quote).toBeDefined();
    clock = tuesdayAt('12:00');
    expect(
      await refusalOf(service.redeem(principal, { passIdentifier: pass.number, offerId: offer.id, quote }, 'hours-1')),
    ).toBe('offer-outside-valid-hours');
    expect(repo.reads).toBe(1);
    // Inside the window the same quote books without reading.
    clock = tuesdayAt('11:59');
    const { repo: repo2, service: service2 } = till();
    const booked = await service2.redeem(
      principal,
      { passIdentifier: pass.number, offerId: offer.id, quote },
      'hours-2',
    );
    expect([booked.offerId, repo2.reads]).toEqual([offer.id, 0]);
  });

  it('answers a till over HTTP with problem+json of type offer-outside-valid-hours', async () => {
    // Windows on every weekday but today's (Dutch time): outside them now, whatever the hour.
    const today = dutchClock(new Date()).weekday;
    const days = [1, 2, 3, 4, 5, 6, 7].filter((d) => d !== today);
    const offer = await createOffer(ctx.database.db, provider, {
      valid_hours: JSON.stringify([{ days, from: '00:00', until: '24:00' }]),
    });
    const pass = await createPass(ctx.database.db);
    const token = await createApiToken(ctx.database.db, provider.id);
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/redemptions',
      payload: { passIdentifier: pass.number, offerId: offer.id },
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.statusCode).toBe(409);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect((JSON.parse(response.body) as { type: string }).type).toContain('offer-outside-valid-hours');
  });
});

describe('the provider portal and the catalogue', () => {
  const offer = (validHours: unknown) => ({
    title: 'Koffie met korting in de middag',
    priceType: 'percentage_discount',
    regularPriceCents: 300,
    discountPercent: 50,
    validFrom: '2020-01-01',
    validUntil: '2099-12-31',
    categories: [],
    targetGroups: [],
    routes: [],
    locationIds: [provider.locationId],
    eventDays: [],
    validHours,
  });

  it('takes valid hours on an offer, and refuses broken ones naming each field', async () => {
    await createUser(ctx.database.db, {
      role: 'provider_admin',
      email: 'eigenaar@crommenije.test',
      password: 'geheim-wachtwoord',
      providerId: provider.id,
    });
    const owner = await loginStaff(ctx.app, 'eigenaar@crommenije.test', 'geheim-wachtwoord');
    const post = (payload: object) =>
      ctx.app.inject({
        method: 'POST',
        url: `/api/v1/providers/${provider.id}/offers`,
        payload,
        headers: { cookie: owner },
      });
    const bad = await post(
      offer([
        { days: [2, 4], from: '14:00', until: '10:00' },
        { days: [9], from: '10:00', until: '11:00' },
      ]),
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    const names = (JSON.parse(bad.body) as { invalidParams: { name: string }[] }).invalidParams.map((p) => p.name);
    expect(names.some((n) => n.includes('validHours') && n.includes('1'))).toBe(true);

    const broken = await post(offer([{ days: [2, 4], from: '14:00', until: '10:00' }]));
    expect(broken.statusCode).toBe(400);
    expect((JSON.parse(broken.body) as { invalidParams: { name: string }[] }).invalidParams).toEqual([
      expect.objectContaining({ name: 'body.validHours.0.until' }),
    ]);

    const saved = await post(offer([{ days: [4, 2, 2], from: '14:00', until: '17:00' }]));
    expect(saved.statusCode, saved.body).toBe(201);
    expect(JSON.parse(saved.body)).toMatchObject({ validHours: [{ days: [2, 4], from: '14:00', until: '17:00' }] });
  });

  it('shows whether an offer is valid now, and filters on it', async () => {
    const today = dutchClock(new Date()).weekday;
    const notToday = await createOffer(ctx.database.db, provider, {
      title: 'Nooit vandaag',
      valid_hours: JSON.stringify([
        { days: [1, 2, 3, 4, 5, 6, 7].filter((d) => d !== today), from: '00:00', until: '24:00' },
      ]),
    });
    const allDay = await createOffer(ctx.database.db, provider, {
      title: 'Vandaag de hele dag',
      valid_hours: JSON.stringify([{ days: [today], from: '00:00', until: '24:00' }]),
    });
    const list = async (query: string) =>
      (
        JSON.parse((await ctx.app.inject({ url: `/api/v1/offers?pageSize=100${query}` })).body) as {
          items: { id: string; validNow: boolean; validHours: unknown[] }[];
        }
      ).items;
    const all = await list('');
    expect(all.find((o) => o.id === notToday.id)).toMatchObject({ validNow: false });
    expect(all.find((o) => o.id === allDay.id)).toMatchObject({ validNow: true, validHours: [expect.anything()] });
    const now = (await list('&validNow=true')).map((o) => o.id);
    expect(now).toContain(allDay.id);
    expect(now).not.toContain(notToday.id);
  });
});
