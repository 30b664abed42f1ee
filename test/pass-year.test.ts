/**
 * Issue 14: the pass year (validity per pass type, grace period, reminder 30 days before the end,
 * paid renewal online) and households (partners, children, a child's pass at 18).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLedger } from '../src/modules/ledger/ledger-check.ts';
import { todayInNetherlands } from '../src/modules/offers/catalogue-date.ts';
import { makeAdultChildPassesOwn, childPassesComingOfAgeJob } from '../src/modules/passes/households.service.ts';
import { formatPassNumber } from '../src/modules/passes/pass-number.ts';
import { addDays, addYears, passYearEnd } from '../src/modules/passes/pass-year.ts';
import {
  passValidityFor,
  passYearRemindersJob,
  sendPassYearReminders,
} from '../src/modules/passes/pass-year.service.ts';
import passesModule from '../src/modules/passes/passes.module.ts';
import {
  addQrKey,
  createApiToken,
  createOffer,
  createPass,
  createProvider,
  createTenant,
  createUser,
  loadPassCredit,
  loginResident,
  loginStaff,
  TENANT,
  type TestPass,
} from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let adminCookie: string;
let tillToken: string;
let offerId: string;
const today = todayInNetherlands();

const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, cookie?: string, payload?: object) =>
  ctx.app.inject({ method, url: `/api/v1${url}`, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });
const typeOf = (body: string) => (JSON.parse(body) as { type?: string }).type?.split('/').pop();

/** A resident with a pass ending on `validUntil`, logged in. */
async function resident(
  email: string,
  name: string,
  options: { validUntil: string; category?: 'regular' | 'low_income' },
): Promise<TestPass & { cookie: string }> {
  const pass = await createPass(ctx.database.db, { email, validUntil: options.validUntil, category: options.category });
  await ctx.database.db.updateTable('holders').set({ name }).where('id', '=', pass.holderId).execute();
  await createUser(ctx.database.db, { role: 'resident', email, holderId: pass.holderId });
  return { ...pass, cookie: await loginResident(ctx.app, email) };
}

/** A child's pass under `parent`, born on `birthDate`. */
async function childOf(parent: TestPass, name: string, birthDate: string, email: string | null = null) {
  const db = ctx.database.db;
  const holder = await db
    .insertInto('holders')
    .values({ tenant_id: TENANT, name, birth_date: birthDate, email, wijk_code: 'WK047912' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const parentRow = await db
    .selectFrom('passes')
    .select('valid_until')
    .where('id', '=', parent.id)
    .executeTakeFirstOrThrow();
  const number = `0479${String(900000 + Math.floor(Math.random() * 99999)).padStart(8, '0')}`;
  const { makePassNumber } = await import('../src/modules/passes/pass-number.ts');
  const pass = await db
    .insertInto('passes')
    .values({
      tenant_id: TENANT,
      number: makePassNumber('0479', Number(number.slice(4))),
      holder_id: holder.id,
      category: 'child',
      parent_pass_id: parent.id,
      valid_from: '2020-01-01',
      valid_until: parentRow.valid_until,
    })
    .returning(['id', 'number'])
    .executeTakeFirstOrThrow();
  return { id: pass.id, number: pass.number, holderId: holder.id };
}

const outbox = (to: string) =>
  ctx.database.db
    .selectFrom('outbox_messages')
    .select(['subject', 'body_text'])
    .where('to_address', '=', to)
    .orderBy('created_at')
    .execute();

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  await createTenant(db);
  const provider = await createProvider(db, { name: 'Zwembad De Crommenije' });
  tillToken = await createApiToken(db, provider.id);
  offerId = (await createOffer(db, provider, { title: 'Baantjes zwemmen' })).id;
  await createUser(db, { role: 'org_admin', email: 'beheer@passyear.test', password: 'beheer-wachtwoord' });
  adminCookie = await loginStaff(ctx.app, 'beheer@passyear.test', 'beheer-wachtwoord');
});
afterAll(() => ctx.close());

describe('the pass year', () => {
  it('is a calendar year by default; one starting in its last 30 days runs to the end of the next', () => {
    expect(passYearEnd('calendar_year', '2027-03-15')).toBe('2027-12-31');
    expect(passYearEnd('calendar_year', '2027-12-01')).toBe('2027-12-31');
    expect(passYearEnd('calendar_year', '2027-12-02')).toBe('2028-12-31');
    expect(passYearEnd('twelve_months', '2027-03-15')).toBe('2028-03-14');
    expect(passYearEnd('twelve_months', '2028-02-29')).toBe('2029-02-27');
  });

  it('is set per pass type by the pass organisation only, naming every invalid field', async () => {
    const defaults = await call('GET', '/pass-year-settings', adminCookie);
    expect(defaults.statusCode, defaults.body).toBe(200);
    expect(defaults.json()).toMatchObject({
      graceMonths: 1,
      validity: {
        regular: 'calendar_year',
        low_income: 'calendar_year',
        carer: 'calendar_year',
        child: 'calendar_year',
      },
    });
    const bad = await call('PUT', '/pass-year-settings', adminCookie, {
      graceMonths: 9,
      validity: { regular: 'forever', low_income: 'calendar_year', carer: 'calendar_year', child: 'calendar_year' },
    });
    expect(bad.statusCode).toBe(400);
    const names = (bad.json() as { invalidParams: { name: string }[] }).invalidParams.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['body.graceMonths', 'body.validity.regular']));

    const someone = await resident('iemand@passyear.test', 'Iemand', { validUntil: '2099-12-31' });
    expect((await call('GET', '/pass-year-settings', someone.cookie)).statusCode).toBe(403);

    const put = await call('PUT', '/pass-year-settings', adminCookie, {
      graceMonths: 1,
      validity: {
        regular: 'twelve_months',
        low_income: 'calendar_year',
        carer: 'calendar_year',
        child: 'calendar_year',
      },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(await passValidityFor(ctx.database.db, TENANT, 'regular', '2027-03-15')).toEqual({
      validFrom: '2027-03-15',
      validUntil: '2028-03-14',
    });
    expect((await passValidityFor(ctx.database.db, TENANT, 'low_income', '2027-03-15')).validUntil).toBe('2027-12-31');
    // Back to the default for the other tests.
    await call('PUT', '/pass-year-settings', adminCookie, {
      graceMonths: 1,
      validity: {
        regular: 'calendar_year',
        low_income: 'calendar_year',
        carer: 'calendar_year',
        child: 'calendar_year',
      },
    });
  });

  it('lets the till accept a pass for the grace period the pass organisation sets, then refuses it as lapsed', async () => {
    const ended = await createPass(ctx.database.db, { validUntil: addDays(today, -3) });
    const redeem = () =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/redemptions',
        headers: { authorization: `Bearer ${tillToken}` },
        payload: { passIdentifier: ended.number, offerId },
      });
    const setGrace = (graceMonths: number) =>
      call('PUT', '/pass-year-settings', adminCookie, {
        graceMonths,
        validity: {
          regular: 'calendar_year',
          low_income: 'calendar_year',
          carer: 'calendar_year',
          child: 'calendar_year',
        },
      });
    expect((await setGrace(0)).statusCode).toBe(200);
    const refused = await redeem();
    expect([refused.statusCode, typeOf(refused.body)]).toEqual([409, 'pass-lapsed']);
    expect((await setGrace(1)).statusCode).toBe(200);
    const accepted = await redeem();
    expect(accepted.statusCode, accepted.body).toBe(201);
  });

  it('sends the reminder 30 days before the end once per pass and year, to a child’s parent, and says how to renew', async () => {
    const db = ctx.database.db;
    const paid = await createPass(db, { email: 'betaald@reminder.test', validUntil: addDays(today, 20) });
    const free = await createPass(db, {
      email: 'gratis@reminder.test',
      category: 'low_income',
      validUntil: addDays(today, 25),
    });
    const later = await createPass(db, { email: 'later@reminder.test', validUntil: addDays(today, 45) });
    const parent = await createPass(db, { email: 'ouder@reminder.test', validUntil: addDays(today, 10) });
    await childOf(parent, 'Noor de Vries', '2015-04-01');
    const now = new Date();

    const first = await sendPassYearReminders(db, now, 'https://zaansepas.test');
    expect(first.sent).toBeGreaterThanOrEqual(4);
    const second = await sendPassYearReminders(db, now, 'https://zaansepas.test');
    expect(second.sent).toBe(0);

    const [paidMail, ...paidMore] = await outbox('betaald@reminder.test');
    expect(paidMore).toHaveLength(0);
    expect(paidMail!.body_text).toContain('https://zaansepas.test/mijn-pas');
    expect(paidMail!.body_text).toContain(formatPassNumber(paid.number));
    const [freeMail] = await outbox('gratis@reminder.test');
    expect(freeMail!.body_text).toContain('https://zaansepas.test/gratis-pas/aanvragen');
    expect(freeMail!.body_text).not.toContain('/mijn-pas');
    expect(await outbox('later@reminder.test')).toHaveLength(0);
    const parentMails = await outbox('ouder@reminder.test');
    expect(parentMails).toHaveLength(2);
    expect(parentMails.some((m) => m.body_text.includes('De pas van Noor de Vries'))).toBe(true);
    expect(free.number).not.toBe(later.number);

    // Renewed: the new year gets its own reminder when it comes; the old one is not sent again.
    expect(passesModule.jobs).toContain(passYearRemindersJob);
    expect(passesModule.jobs).toContain(childPassesComingOfAgeJob);
  });
});

describe('renewing a paid pass online', () => {
  it('pays through the payment provider, moves the year on, keeps the number, and books the sale once', async () => {
    const db = ctx.database.db;
    const soon = addDays(today, 12);
    const fatima = await resident('fatima@renew.test', 'Fatima Yilmaz', { validUntil: soon });
    const child = await childOf(fatima, 'Yusuf Yilmaz', '2016-05-05');

    const options = await call('GET', '/me/pass/renewal-options', fatima.cookie);
    expect(options.statusCode, options.body).toBe(200);
    const items = (
      options.json() as {
        items: { passNumber: string; own: boolean; renewableNow: boolean; paid: boolean; nextValidUntil: string }[];
      }
    ).items;
    expect(items.map((i) => [i.passNumber, i.own, i.paid, i.renewableNow])).toEqual([
      [formatPassNumber(fatima.number), true, true, true],
      [formatPassNumber(child.number), false, true, true],
    ]);
    const expected = passYearEnd('calendar_year', addDays(soon, 1));
    expect(items[0]!.nextValidUntil).toBe(expected);

    const started = await call('POST', '/me/pass/renewals', fatima.cookie, {});
    expect(started.statusCode, started.body).toBe(201);
    const { renewalId, checkoutUrl, amountCents } = started.json() as {
      renewalId: string;
      checkoutUrl: string;
      amountCents: number;
    };
    expect(amountCents).toBeGreaterThan(0);
    const paymentId = decodeURIComponent(checkoutUrl.split('/').pop()!);
    const before = await call('GET', `/me/pass/renewals/${renewalId}`, fatima.cookie);
    expect(before.json()).toMatchObject({ status: 'open', validUntilBefore: soon, validUntilAfter: null });

    const paid = await call('POST', `/test-payments/${paymentId}/outcomes`, undefined, { status: 'paid' });
    expect(paid.statusCode, paid.body).toBe(200);
    // The webhook again: nothing is booked twice.
    expect((await call('POST', '/payment-webhooks/test', undefined, { id: paymentId })).statusCode).toBeLessThan(300);

    const after = await call('GET', `/me/pass/renewals/${renewalId}`, fatima.cookie);
    expect(after.json()).toMatchObject({ status: 'paid', validUntilAfter: expected });
    const pass = await db
      .selectFrom('passes')
      .select(['number', 'valid_until', 'status'])
      .where('id', '=', fatima.id)
      .executeTakeFirstOrThrow();
    expect(pass).toEqual({ number: fatima.number, valid_until: expected, status: 'active' });
    const entries = await db.selectFrom('journal_entries').select('kind').where('reference', '=', renewalId).execute();
    expect(entries).toEqual([{ kind: 'pass_sale' }]);
    expect((await checkLedger(db)).violations).toEqual([]);
    expect((await outbox('fatima@renew.test')).some((m) => m.subject === 'Uw pas is verlengd')).toBe(true);

    // Now most of the year is left: too early.
    const again = await call('POST', '/me/pass/renewals', fatima.cookie, {});
    expect([again.statusCode, typeOf(again.body)]).toEqual([409, 'pass-renewal-too-early']);
  });

  it('refuses to sell a free pass again: it is renewed by an application or import', async () => {
    const free = await resident('minima@renew.test', 'Karin Bakker', {
      validUntil: addDays(today, 5),
      category: 'low_income',
    });
    const options = await call('GET', '/me/pass/renewal-options', free.cookie);
    expect((options.json() as { items: { paid: boolean; priceCents: number | null }[] }).items[0]).toMatchObject({
      paid: false,
      priceCents: null,
    });
    const refused = await call('POST', '/me/pass/renewals', free.cookie, {});
    expect([refused.statusCode, typeOf(refused.body)]).toEqual([409, 'pass-renewal-free-pass']);
    const bad = await call('POST', '/me/pass/renewals', free.cookie, { passNumber: 12 });
    expect(bad.statusCode).toBe(400);
  });
});

describe('households', () => {
  it('links partners only when the invited partner accepts, and never says whether a number exists', async () => {
    const anna = await resident('anna@household.test', 'Anna Jansen', { validUntil: '2099-12-31' });
    const bram = await resident('bram@household.test', 'Bram Jansen', { validUntil: '2099-12-31' });
    const kid = await childOf(anna, 'Sem Jansen', '2014-02-02');

    const invite = await call('POST', '/me/household/partner-invitations', anna.cookie, {
      passNumber: formatPassNumber(bram.number),
    });
    expect(invite.statusCode, invite.body).toBe(202);
    const { makePassNumber } = await import('../src/modules/passes/pass-number.ts');
    const unknown = await call('POST', '/me/household/partner-invitations', anna.cookie, {
      passNumber: makePassNumber('0479', 99_999_990),
    });
    expect([unknown.statusCode, unknown.body]).toEqual([invite.statusCode, invite.body]);
    const typo = await call('POST', '/me/household/partner-invitations', anna.cookie, {
      passNumber: '0479 0000 0000 0',
    });
    expect(typo.statusCode).toBe(400);

    // Not accepted yet: nothing shared.
    expect((await call('GET', '/me/household', anna.cookie)).json()).toMatchObject({ partner: null });
    const bramView = (await call('GET', '/me/household', bram.cookie)).json() as {
      invitations: { linkId: string; fromName: string }[];
      partner: null;
      children: unknown[];
    };
    expect(bramView.invitations).toEqual([{ linkId: expect.any(String), fromName: 'Anna Jansen' }]);
    expect(bramView.children).toEqual([]);

    const linkId = bramView.invitations[0]!.linkId;
    expect((await call('PUT', `/me/household/partner-links/${linkId}/acceptance`, anna.cookie)).statusCode).toBe(404);
    expect((await call('PUT', `/me/household/partner-links/${linkId}/acceptance`, bram.cookie)).statusCode).toBe(204);

    const annaView = (await call('GET', '/me/household', anna.cookie)).json() as {
      partner: { holderName: string; passNumber: string };
      children: { holderName: string; ofPartner: boolean; ownFrom: string }[];
    };
    expect(annaView.partner).toMatchObject({ holderName: 'Bram Jansen', passNumber: formatPassNumber(bram.number) });
    expect(annaView.children).toEqual([
      expect.objectContaining({ holderName: 'Sem Jansen', ofPartner: false, ownFrom: '2032-02-02' }),
    ]);
    const bramNow = (await call('GET', '/me/household', bram.cookie)).json() as {
      children: { holderName: string; ofPartner: boolean; passNumber: string }[];
    };
    expect(bramNow.children).toEqual([
      expect.objectContaining({ holderName: 'Sem Jansen', ofPartner: true, passNumber: formatPassNumber(kid.number) }),
    ]);

    // A third holder cannot join a pair.
    const carla = await resident('carla@household.test', 'Carla Smit', { validUntil: '2099-12-31' });
    const third = await call('POST', '/me/household/partner-invitations', carla.cookie, {
      passNumber: formatPassNumber(anna.number),
    });
    expect(third.statusCode).toBe(202);
    expect(
      ((await call('GET', '/me/household', anna.cookie)).json() as { invitations: unknown[] }).invitations,
    ).toEqual([]);

    // Ending it: either partner.
    expect((await call('DELETE', `/me/household/partner-links/${linkId}`, anna.cookie)).statusCode).toBe(204);
    expect((await call('GET', '/me/household', bram.cookie)).json()).toMatchObject({ partner: null, children: [] });
  });

  it("makes a child's pass the child's own at 18: same pass, credit and history, own login, off the parent's devices", async () => {
    const db = ctx.database.db;
    const mother = await resident('moeder@18.test', 'Samira El Amrani', {
      validUntil: '2099-12-31',
      category: 'low_income',
    });
    const adult = await childOf(mother, 'Ilias El Amrani', addYears(today, -18), 'ilias@18.test');
    const young = await childOf(mother, 'Lina El Amrani', addDays(addYears(today, -18), 1));
    await loadPassCredit(db, adult, 2500, '2099-12-31');
    const keyId = await addQrKey(db, { id: adult.id, holderId: mother.holderId });

    const first = await makeAdultChildPassesOwn(db, new Date(), 'https://zaansepas.test');
    expect(first.madeOwn).toBeGreaterThanOrEqual(1);
    const again = await makeAdultChildPassesOwn(db, new Date(), 'https://zaansepas.test');
    expect(again.madeOwn).toBe(0);

    const own = await db.selectFrom('passes').selectAll().where('id', '=', adult.id).executeTakeFirstOrThrow();
    expect([own.number, own.parent_pass_id, own.category, own.own_since, own.status]).toEqual([
      adult.number,
      null,
      'low_income',
      today,
      'active',
    ]);
    const stillChild = await db
      .selectFrom('passes')
      .select(['parent_pass_id'])
      .where('id', '=', young.id)
      .executeTakeFirstOrThrow();
    expect(stillChild.parent_pass_id).toBe(mother.id);
    const credit = await db
      .selectFrom('ledger_accounts')
      .select('balance_cents')
      .where('pass_id', '=', adult.id)
      .where('type', '=', 'pass_credit')
      .execute();
    expect(credit.map((c) => Number(c.balance_cents))).toEqual([2500]);
    expect(await db.selectFrom('pass_device_keys').select('key_id').where('key_id', '=', keyId).execute()).toEqual([]);

    // The child logs in with their own e-mail and sees the pass; the mother no longer does.
    const iliasMail = await outbox('ilias@18.test');
    expect(iliasMail[0]!.body_text).toContain('https://zaansepas.test/inloggen');
    const iliasCookie = await loginResident(ctx.app, 'ilias@18.test');
    const iliasPass = await call('GET', '/me/pass', iliasCookie);
    expect(iliasPass.json()).toMatchObject({ number: formatPassNumber(adult.number), holderName: 'Ilias El Amrani' });
    const motherPass = (await call('GET', '/me/pass', mother.cookie)).json() as { children: { holderName: string }[] };
    expect(motherPass.children.map((c) => c.holderName)).toEqual(['Lina El Amrani']);
    expect((await outbox('moeder@18.test')).some((m) => m.subject.includes('Ilias El Amrani'))).toBe(true);
    expect((await checkLedger(db)).violations).toEqual([]);
  });
});
