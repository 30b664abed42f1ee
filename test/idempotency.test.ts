import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPassNumber } from '../src/modules/passes/pass-number.ts';
import { createApiToken, createOffer, createPasses, createProvider, createTenant } from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * Property: whatever a till does with retries, reused keys and cancellations, the database holds
 * exactly one active redemption per key that got a 201 and was not cancelled, and every answer
 * is the one a simple model of the rules predicts.
 */
let ctx: TestContext;
let provider: Awaited<ReturnType<typeof createProvider>>;
let token: string;
let run = 0;

beforeAll(async () => {
  ctx = await createTestApp();
  await createTenant(ctx.database.db);
  provider = await createProvider(ctx.database.db, { name: 'Theater Idempotent' });
  token = await createApiToken(ctx.database.db, provider.id);
});
afterAll(() => ctx.close());

const LIMITED_STOCK = 3;
const LIMIT_PER_PASS = 2;

type Command = { kind: 'redeem'; key: number; body: number; spaced: boolean } | { kind: 'cancel'; pick: number };

const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('redeem' as const),
      key: fc.integer({ min: 0, max: 5 }),
      body: fc.integer({ min: 0, max: 3 }),
      spaced: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat() }) },
);

interface Stored {
  body: number;
  status: number;
  raw: string;
  redemptionId?: string;
}

describe('Idempotency-Key (property-based)', () => {
  it('books once per successful key, replays answers and refuses reused keys', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 20 }), async (commands) => {
        run++;
        const db = ctx.database.db;
        // Offer 0 is limited (per pass and in stock); offer 1 is not. Bodies: pass x offer.
        const limited = (
          await createOffer(db, provider, {
            title: `Beperkt ${run}`,
            limit_per_pass: LIMIT_PER_PASS,
            limit_period: 'ever',
            stock_total: LIMITED_STOCK,
            stock_remaining: LIMITED_STOCK,
          })
        ).id;
        const open = (await createOffer(db, provider, { title: `Vrij ${run}` })).id;
        const passes = await createPasses(db, 2, { category: run % 2 ? 'low_income' : 'carer' });
        const bodies = passes.flatMap((pass) => [limited, open].map((offerId) => ({ pass, offerId })));

        const keys = new Map<number, Stored>();
        const cancelled = new Set<string>();
        const activePerPass = new Map<string, number>();
        let stock = LIMITED_STOCK;

        for (const cmd of commands) {
          if (cmd.kind === 'redeem') {
            const { pass, offerId } = bodies[cmd.body]!;
            const response = await ctx.app.inject({
              method: 'POST',
              url: '/api/v1/redemptions',
              payload: { passIdentifier: cmd.spaced ? formatPassNumber(pass.number) : pass.number, offerId },
              headers: { 'authorization': `Bearer ${token}`, 'idempotency-key': `run-${run}-key-${cmd.key}` },
            });
            const stored = keys.get(cmd.key);
            if (stored && stored.body === cmd.body) {
              expect(response.statusCode).toBe(stored.status);
              expect(response.body).toBe(stored.raw);
            } else if (stored) {
              expect(response.statusCode).toBe(422);
              expect(response.json().type).toMatch(/idempotency-key-reused$/);
            } else {
              const used = activePerPass.get(pass.id) ?? 0;
              const expected =
                offerId !== limited
                  ? 201
                  : used >= LIMIT_PER_PASS
                    ? 'limit-reached'
                    : stock === 0
                      ? 'offer-sold-out'
                      : 201;
              if (expected === 201) {
                expect(response.statusCode).toBe(201);
                if (offerId === limited) {
                  stock--;
                  activePerPass.set(pass.id, used + 1);
                }
              } else {
                expect(response.statusCode).toBe(409);
                expect(response.json().type).toMatch(new RegExp(`${expected}$`));
              }
              keys.set(cmd.key, {
                body: cmd.body,
                status: response.statusCode,
                raw: response.body,
                ...(response.statusCode === 201 ? { redemptionId: response.json().id as string } : {}),
              });
            }
          } else {
            const booked = [...keys.values()].filter((s) => s.redemptionId);
            if (booked.length === 0) continue;
            const target = booked[cmd.pick % booked.length]!;
            const response = await ctx.app.inject({
              method: 'POST',
              url: `/api/v1/redemptions/${target.redemptionId}/cancellation`,
              headers: { authorization: `Bearer ${token}` },
            });
            expect(response.statusCode).toBe(200);
            expect(response.json().status).toBe('cancelled');
            if (!cancelled.has(target.redemptionId!)) {
              cancelled.add(target.redemptionId!);
              const { body } = target;
              if (bodies[body]!.offerId === limited) {
                stock++;
                const passId = bodies[body]!.pass.id;
                activePerPass.set(passId, activePerPass.get(passId)! - 1);
              }
            }
          }
        }

        const successfulKeys = [...keys.values()].filter(
          (s) => s.status === 201 && !cancelled.has(s.redemptionId!),
        ).length;
        const active = await db
          .selectFrom('redemptions')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where(
            'pass_id',
            'in',
            passes.map((p) => p.id),
          )
          .where('cancelled_at', 'is', null)
          .executeTakeFirstOrThrow();
        expect(Number(active.n)).toBe(successfulKeys);
        const all = await db
          .selectFrom('redemptions')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where(
            'pass_id',
            'in',
            passes.map((p) => p.id),
          )
          .executeTakeFirstOrThrow();
        expect(Number(all.n)).toBe([...keys.values()].filter((s) => s.status === 201).length);
        const offer = await db
          .selectFrom('offers')
          .select('stock_remaining')
          .where('id', '=', limited)
          .executeTakeFirstOrThrow();
        expect(offer.stock_remaining).toBe(stock);
      }),
      { numRuns: 30 },
    );
  });

  it('replays parallel retries with one key identically', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 12 }), fc.boolean(), async (copies, limitedFirst) => {
        run++;
        const db = ctx.database.db;
        const offer = (
          await createOffer(db, provider, {
            title: `Eén ${run}`,
            limit_per_pass: 1,
            limit_period: 'ever',
            stock_total: limitedFirst ? 1 : 0,
            stock_remaining: limitedFirst ? 1 : 0,
          })
        ).id;
        const [pass] = await createPasses(db, 1);
        const responses = await Promise.all(
          Array.from({ length: copies }, () =>
            ctx.app.inject({
              method: 'POST',
              url: '/api/v1/redemptions',
              payload: { passIdentifier: pass!.number, offerId: offer },
              headers: { 'authorization': `Bearer ${token}`, 'idempotency-key': `run-${run}-parallel` },
            }),
          ),
        );
        expect(new Set(responses.map((r) => `${r.statusCode} ${r.body}`)).size).toBe(1);
        expect(responses[0]!.statusCode).toBe(limitedFirst ? 201 : 409);
        const count = await db
          .selectFrom('redemptions')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('offer_id', '=', offer)
          .executeTakeFirstOrThrow();
        expect(Number(count.n)).toBe(limitedFirst ? 1 : 0);
      }),
      { numRuns: 15 },
    );
  });
});
