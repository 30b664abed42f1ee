/**
 * Warnings that credit will expire: one e-mail per holder per scheme in the outbox, for credit of
 * schemes whose last day is within 30 days; nothing for later schemes, ended schemes or passes
 * without credit; nothing twice, however often (or however concurrently) the job runs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/database.ts';
import { loadCreditTx, spendCredit, type Scheme } from '../src/modules/credit/credit.service.ts';
import { creditExpiryWarningsJob, sendCreditExpiryWarnings } from '../src/modules/credit/credit-expiry-warnings.ts';
import creditModule from '../src/modules/credit/credit.module.ts';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { checkLedger } from '../src/modules/ledger/ledger-check.ts';
import { makePassNumber } from '../src/modules/passes/pass-number.ts';
import {
  createFundedScheme,
  createPass,
  createProvider,
  createTenant,
  TENANT,
  type TestPass,
} from './support/fixtures.ts';
import { createTestDatabase } from './support/test-app.ts';

/** "Now" for these tests: 1 March 2030, midday in the Netherlands. */
const NOW = new Date('2030-03-01T11:00:00Z');
const PUBLIC_URL = 'https://pas.zaanstad.example';

let db: Db;
let drop: () => Promise<void>;
let providerId: string;
let childSerial = 900_000;

beforeAll(async () => {
  const test = await createTestDatabase();
  db = test.database.db;
  drop = test.drop;
  await createTenant(db);
  providerId = (await createProvider(db)).id;
});
afterAll(async () => {
  await drop();
});

const scheme = (name: string, validUntil: string, spendable: string[] = ['sport']): Promise<Scheme> =>
  createFundedScheme(db, { name, budgetCents: 1_000_000, validUntil, spendable, amountPerPassCents: 20_000 });

const load = (s: Scheme, pass: { id: string; number: string }, amountCents: number) =>
  db
    .transaction()
    .execute((tx) =>
      loadCreditTx(tx, { tenantId: TENANT, scheme: s, pass, amountCents, loadReference: `load-${amountCents}` }),
    );

async function childPassOf(parent: TestPass, name: string) {
  const holder = await db
    .insertInto('holders')
    .values({ tenant_id: TENANT, name, wijk_code: 'WK047912' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return db
    .insertInto('passes')
    .values({
      tenant_id: TENANT,
      number: makePassNumber('0479', childSerial++),
      holder_id: holder.id,
      category: 'child',
      parent_pass_id: parent.id,
      valid_from: '2020-01-01',
      valid_until: '2099-12-31',
    })
    .returning(['id', 'number'])
    .executeTakeFirstOrThrow();
}

async function holderName(pass: TestPass) {
  return (await db.selectFrom('holders').select('name').where('id', '=', pass.holderId).executeTakeFirstOrThrow()).name;
}

const outbox = () =>
  db.selectFrom('outbox_messages').select(['to_address', 'subject', 'body_text']).orderBy('created_at').execute();

describe('credit expiry warnings', () => {
  let soon: Scheme;
  let fatima: TestPass;
  let jan: TestPass;

  it('put one e-mail per holder per scheme in the outbox, for credit ending within 30 days', async () => {
    soon = await scheme('Meedoen Zaanstad', '2030-03-31'); // 30 days after 1 March: warned
    const later = await scheme('Zomerpas', '2030-04-01'); // 31 days: not yet
    const ended = await scheme('Winterpas', '2030-02-28'); // ended yesterday: nothing to warn about
    const today = await scheme('Laatste dag', '2030-03-01', []); // last day today: still warned

    fatima = await createPass(db, { category: 'low_income', email: 'fatima@test.demo' });
    const child = await childPassOf(fatima, 'Yusuf');
    jan = await createPass(db, { email: 'jan@test.demo' });
    const spent = await createPass(db, { email: 'leeg@test.demo' });
    const noEmail = await createPass(db);

    await load(soon, fatima, 2500);
    await load(soon, child, 15_000);
    await load(soon, jan, 1000);
    await load(soon, noEmail, 1000);
    await load(soon, spent, 700);
    await db.transaction().execute((tx) =>
      spendCredit(tx, {
        tenantId: TENANT,
        schemeId: soon.id,
        passId: spent.id,
        providerId,
        amountCents: 700,
        reference: 'spent-all',
        today: '2030-03-01',
      }),
    );
    await load(later, jan, 5000);
    await load(ended, jan, 5000);
    await load(today, jan, 300);

    const result = await sendCreditExpiryWarnings(db, NOW, { publicUrl: PUBLIC_URL });
    expect(result).toEqual({ sent: 3, alreadySent: 0, noEmail: 1 });

    const messages = await outbox();
    expect(messages.map((m) => m.to_address).sort()).toEqual(['fatima@test.demo', 'jan@test.demo', 'jan@test.demo']);
    // Fatima: one e-mail for her own pass and her child's, with the total, the date and where to spend it.
    const toFatima = messages.find((m) => m.to_address === 'fatima@test.demo')!;
    expect(toFatima.subject).toBe('Uw tegoed van Meedoen Zaanstad stopt op 31 maart 2030');
    expect(toFatima.body_text).toContain(`Beste ${await holderName(fatima)},`);
    expect(toFatima.body_text).toContain('U heeft nog € 175,00 tegoed van Meedoen Zaanstad.');
    expect(toFatima.body_text).toContain('€ 25,00 op de pas van');
    expect(toFatima.body_text).toContain('€ 150,00 op de pas van Yusuf');
    expect(toFatima.body_text).toContain('tot en met 31 maart 2030');
    expect(toFatima.body_text).toContain('bij aanbod in: Sport.');
    expect(toFatima.body_text).toContain(`${PUBLIC_URL}/?category=sport`);
    // Jan: one per scheme, never about the scheme that ends in 31 days or the one that ended.
    const toJan = messages
      .filter((m) => m.to_address === 'jan@test.demo')
      .map((m) => m.subject)
      .sort();
    expect(toJan).toEqual([
      'Uw tegoed van Laatste dag stopt op 1 maart 2030',
      'Uw tegoed van Meedoen Zaanstad stopt op 31 maart 2030',
    ]);
    const janSoon = messages.find((m) => m.subject.includes('Meedoen') && m.to_address === 'jan@test.demo')!;
    expect(janSoon.body_text).toContain('U heeft nog € 10,00 tegoed van Meedoen Zaanstad.');
    expect(messages.some((m) => /Zomerpas|Winterpas/.test(m.subject + m.body_text))).toBe(false);
    // A pass whose credit is all spent gets nothing.
    expect(messages.some((m) => m.to_address === 'leeg@test.demo')).toBe(false);
    expect((await db.selectFrom('credit_expiry_warnings').selectAll().execute()).length).toBe(3);
  });

  it('send nothing twice, also when runs overlap, and only the new ones later', async () => {
    const before = (await outbox()).length;
    const again = await sendCreditExpiryWarnings(db, NOW, { publicUrl: PUBLIC_URL });
    expect(again.sent).toBe(0);
    expect(again.alreadySent).toBe(3);
    const overlapping = await Promise.all([sendCreditExpiryWarnings(db, NOW), sendCreditExpiryWarnings(db, NOW)]);
    expect(overlapping.map((r) => r.sent)).toEqual([0, 0]);
    // More credit for a warned holder is no reason to warn again.
    await load(soon, jan, 400);
    // A week later: still nothing new for those already warned; a new holder with credit is warned.
    const newcomer = await createPass(db, { email: 'nieuw@test.demo' });
    await load(soon, newcomer, 1200);
    const weekLater = new Date('2030-03-08T11:00:00Z');
    const [first, second] = await Promise.all([
      sendCreditExpiryWarnings(db, weekLater),
      sendCreditExpiryWarnings(db, weekLater),
    ]);
    // New: the newcomer, and Jan's Zomerpas, which now ends within 30 days (on 1 April).
    expect(first.sent + second.sent).toBe(2);
    const messages = await outbox();
    expect(messages.length).toBe(before + 2);
    expect(messages.filter((m) => m.to_address === 'nieuw@test.demo').length).toBe(1);
    expect(
      messages
        .filter((m) => m.to_address === 'jan@test.demo')
        .map((m) => m.subject)
        .sort(),
    ).toEqual([
      'Uw tegoed van Laatste dag stopt op 1 maart 2030',
      'Uw tegoed van Meedoen Zaanstad stopt op 31 maart 2030',
      'Uw tegoed van Zomerpas stopt op 1 april 2030',
    ]);
    // Without a public address the e-mail still says where to look, without a broken link.
    expect(messages.find((m) => m.to_address === 'nieuw@test.demo')!.body_text).toContain(
      'Kijk op de website van de pas',
    );
    // Warnings book nothing.
    expect((await checkLedger(db)).ok).toBe(true);
  });

  it('do nothing after the last day', async () => {
    const afterEnd = await sendCreditExpiryWarnings(db, new Date('2030-04-02T11:00:00Z'));
    expect(afterEnd.sent).toBe(0);
  });
});

describe('the warning job in the server', () => {
  it('runs when the server is ready (not a test server), and closing waits for it', async () => {
    const { database, drop: dropServerDb } = await createTestDatabase();
    const serverDb = database.db;
    try {
      await createTenant(serverDb);
      const today = new Date().toISOString().slice(0, 10);
      const validUntil = new Date(Date.parse(`${today}T00:00:00Z`) + 10 * 86_400_000).toISOString().slice(0, 10);
      const pass = await createPass(serverDb, { email: 'server@test.demo' });
      const soon = await createFundedScheme(serverDb, {
        name: 'Binnenkort',
        budgetCents: 1000,
        validUntil,
        amountPerPassCents: 1000,
      });
      await serverDb
        .transaction()
        .execute((tx) =>
          loadCreditTx(tx, { tenantId: TENANT, scheme: soon, pass, amountCents: 1000, loadReference: 'l' }),
        );
      const config = {
        ...loadConfig({ NODE_ENV: 'test' }),
        environment: 'development' as const,
        publicUrl: PUBLIC_URL,
      };
      // Outside tests, the app starts its modules' periodic jobs itself when it is ready.
      const server = await buildApp(database, config);
      await server.ready();
      await server.close(); // waits for the run under way
      const messages = await serverDb.selectFrom('outbox_messages').select(['to_address', 'subject']).execute();
      expect(messages).toEqual([
        { to_address: 'server@test.demo', subject: expect.stringContaining('Uw tegoed van Binnenkort stopt op') },
      ]);
    } finally {
      await dropServerDb();
    }
  });

  it('is a periodic job of the credit module, every 6 hours', () => {
    expect(creditModule.jobs).toContain(creditExpiryWarningsJob);
    expect(creditExpiryWarningsJob.intervalMs).toBe(6 * 60 * 60 * 1000);
  });
});
