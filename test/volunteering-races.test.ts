import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInNetherlands } from '../src/modules/offers/catalogue-date.ts';
import { addDays } from '../src/seed/dates.ts';
import { createTenant, createUser, loginStaff } from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * Two partners reserve the same party tent for overlapping days at the same moment. On a
 * PostgreSQL server the two reservations really run in parallel; each locks the item row before it
 * looks for overlaps, so exactly one gets the tent and the other is refused.
 */
let ctx: TestContext;
const API = '/api/v1';
const PASSWORD = 'een-lang-wachtwoord';
const send = (url: string, cookie: string, payload: object) =>
  ctx.app.inject({ method: 'POST', url: `${API}${url}`, headers: { cookie }, payload });

describe.skipIf(!process.env.DATABASE_URL)('two reservations of one item at the same moment', () => {
  let admin: string;
  const staff: string[] = [];
  beforeAll(async () => {
    ctx = await createTestApp();
    await createTenant(ctx.database.db);
    await createUser(ctx.database.db, { role: 'org_admin', email: 'beheer@test.demo', password: PASSWORD });
    admin = await loginStaff(ctx.app, 'beheer@test.demo', PASSWORD);
    for (const name of ['De Kolk', 'De Vonk']) {
      const email = `${name.replace(' ', '').toLowerCase()}@test.demo`;
      const signUp = await ctx.app.inject({
        method: 'POST',
        url: `${API}/partners`,
        payload: {
          organisation: { name, kind: 'community_centre', wijkCode: 'WK047912', email: `info-${email}` },
          contact: { name: 'Contact', email, password: PASSWORD },
        },
      });
      await send(`/partners/${signUp.json().id}/decision`, admin, { approve: true });
      staff.push(await loginStaff(ctx.app, email, PASSWORD));
    }
  });
  afterAll(() => ctx.close());

  it('books the item once; the other partner is refused', async () => {
    const today = todayInNetherlands();
    for (let round = 0; round < 5; round++) {
      const tent = (await send('/depot-items', admin, { name: `Partytent ${round}` })).json();
      const [a, b] = await Promise.all([
        send('/depot-reservations', staff[0]!, {
          itemId: tent.id,
          startsOn: addDays(today, 5),
          endsOn: addDays(today, 7),
        }),
        send('/depot-reservations', staff[1]!, {
          itemId: tent.id,
          startsOn: addDays(today, 6),
          endsOn: addDays(today, 8),
        }),
      ]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
      const rows = await ctx.database.db
        .selectFrom('depot_reservations')
        .select('id')
        .where('item_id', '=', tent.id)
        .execute();
      expect(rows).toHaveLength(1);
    }
  });
});
