/**
 * Issue 14, households: partner invitations racing. Two accepts of the same invitation, two
 * invitations between the same two holders at once, and two partners accepting invitations of
 * the same holder at once: each ends with exactly one household link. Meant for a PostgreSQL
 * server (DATABASE_URL); on PGlite the transactions run one after another and it still holds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPassNumber } from '../src/modules/passes/pass-number.ts';
import { createPass, createTenant, createUser, loginResident, TENANT, type TestPass } from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
const call = (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: object) =>
  ctx.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });

let serial = 0;
async function resident(name: string): Promise<TestPass & { cookie: string }> {
  const email = `${name.toLowerCase()}${serial++}@race.test`;
  const pass = await createPass(ctx.database.db, { email });
  await ctx.database.db.updateTable('holders').set({ name }).where('id', '=', pass.holderId).execute();
  await createUser(ctx.database.db, { role: 'resident', email, holderId: pass.holderId });
  return { ...pass, cookie: await loginResident(ctx.app, email) };
}

const invite = (from: { cookie: string }, to: TestPass) =>
  call('POST', '/me/household/partner-invitations', from.cookie, { passNumber: formatPassNumber(to.number) });

async function invitationsOf(holder: { cookie: string }) {
  const view = (await call('GET', '/me/household', holder.cookie)).json() as {
    invitations: { linkId: string; fromName: string }[];
  };
  return view.invitations;
}

/** Every link row that touches these holders: [accepted, open]. */
async function links(...holderIds: string[]) {
  const rows = await ctx.database.db
    .selectFrom('household_partners')
    .select(['inviter_holder_id', 'invitee_holder_id', 'accepted_at'])
    .where('tenant_id', '=', TENANT)
    .where((eb) => eb.or([eb('inviter_holder_id', 'in', holderIds), eb('invitee_holder_id', 'in', holderIds)]))
    .execute();
  return { accepted: rows.filter((r) => r.accepted_at !== null), open: rows.filter((r) => r.accepted_at === null) };
}

beforeAll(async () => {
  ctx = await createTestApp();
  await createTenant(ctx.database.db);
});
afterAll(async () => {
  await ctx.close();
});

describe('partner invitations racing', () => {
  it('one invitation accepted twice at once links the pair once', async () => {
    const anna = await resident('Anna');
    const bram = await resident('Bram');
    expect((await invite(anna, bram)).statusCode).toBe(202);
    const [invitation] = await invitationsOf(bram);
    const answers = await Promise.all(
      [1, 2, 3].map(() => call('PUT', `/me/household/partner-links/${invitation!.linkId}/acceptance`, bram.cookie)),
    );
    expect(answers.map((a) => a.statusCode)).toEqual([204, 204, 204]);
    const { accepted, open } = await links(anna.holderId, bram.holderId);
    expect(accepted).toHaveLength(1);
    expect(open).toEqual([]);
  });

  it('two holders inviting each other at once make one invitation', async () => {
    const carla = await resident('Carla');
    const dirk = await resident('Dirk');
    const answers = await Promise.all([invite(carla, dirk), invite(dirk, carla), invite(carla, dirk)]);
    expect(answers.map((a) => a.statusCode)).toEqual([202, 202, 202]);
    const { accepted, open } = await links(carla.holderId, dirk.holderId);
    expect(accepted).toEqual([]);
    expect(open).toHaveLength(1);
  });

  it('two invitations of one holder accepted at once give that holder one partner', async () => {
    const eva = await resident('Eva');
    const finn = await resident('Finn');
    const gijs = await resident('Gijs');
    expect((await invite(eva, finn)).statusCode).toBe(202);
    expect((await invite(eva, gijs)).statusCode).toBe(202);
    const [toFinn] = await invitationsOf(finn);
    const [toGijs] = await invitationsOf(gijs);
    const answers = await Promise.all([
      call('PUT', `/me/household/partner-links/${toFinn!.linkId}/acceptance`, finn.cookie),
      call('PUT', `/me/household/partner-links/${toGijs!.linkId}/acceptance`, gijs.cookie),
    ]);
    // One accept wins; the other finds its invitation gone (404) or Eva taken (409).
    expect(answers.filter((a) => a.statusCode === 204)).toHaveLength(1);
    expect(answers.every((a) => [204, 404, 409].includes(a.statusCode))).toBe(true);
    const { accepted, open } = await links(eva.holderId, finn.holderId, gijs.holderId);
    expect(accepted).toHaveLength(1);
    expect(open).toEqual([]);
  });

  it('a holder accepting one invitation while inviting someone else ends with one link', async () => {
    const hanna = await resident('Hanna');
    const ivo = await resident('Ivo');
    const jan = await resident('Jan');
    expect((await invite(hanna, ivo)).statusCode).toBe(202);
    const [toIvo] = await invitationsOf(ivo);
    const answers = await Promise.all([
      call('PUT', `/me/household/partner-links/${toIvo!.linkId}/acceptance`, ivo.cookie),
      invite(ivo, jan),
    ]);
    expect(answers[0]!.statusCode).toBe(204);
    expect([202, 409]).toContain(answers[1]!.statusCode);
    const { accepted, open } = await links(hanna.holderId, ivo.holderId, jan.holderId);
    expect(accepted).toHaveLength(1);
    expect(open).toEqual([]);
  });
});
