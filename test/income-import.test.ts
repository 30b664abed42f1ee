import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../src/modules/access/principal.ts';
import { INCOME_IMPORT_QUEUE, IncomeImportService } from '../src/modules/income-import/income-import.service.ts';
import { JobRunner } from '../src/shared/jobs.ts';
import { createProvider, createTenant, createUser, loginStaff, TENANT } from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * Import from the income administration through the API: a Dutch Excel export (semicolons,
 * Windows-1252, dd-mm-jjjj) is checked row by row in a dry run, then imported; the same file again
 * changes nothing, a changed file updates what changed; households without e-mail get a letter.
 */
let ctx: TestContext;
let admin: string;
let provider: string;
const API = '/api/v1';
const year = new Date().getFullYear();
const HEADER = 'Klantnummer;Naam;Adres;Postcode;Woonplaats;Geboortedatum;E-mail;Categorie;Huishouden';
const GOOD = [
  `K1001;Zoë Göçmen;Peperstraat 12;1502 AB;Zaandam;14-03-1979;;minimum;`,
  `K1002;Emre Göçmen;Peperstraat 12;1502 AB;Zaandam;02-11-1976;;minimum;K1001`,
  `K1003;Elif Göçmen;Peperstraat 12;1502 AB;Zaandam;05-06-${year - 9};;minimum;K1001`,
  `K1004;Henk Bakker;Vinkenstraat 3;1506 CD;Zaandam;21-01-1958;henk@test.demo;mantelzorger;`,
];
const BAD = [
  `K2001;Piet Jansen;Dorpsstraat 1;1511 AA;Oostzaan;31-02-1980;;minimum;`,
  `K2002;Kees de Wit;Dorpsstraat 2;1511 AA;Oostzaan;01-01-1970;;rijk;`,
  `K1001;Dubbel Nummer;Dorpsstraat 3;1511 AA;Oostzaan;01-01-1971;;minimum;`,
  `K2004;Kind Alleen;Dorpsstraat 4;1511 AA;Oostzaan;01-01-${year - 5};;minimum;`,
];
/** Windows-1252 (Latin-1 covers every character used here), as Excel writes "CSV (puntkomma)". */
const ansi = (lines: string[]) => Buffer.from(`${[HEADER, ...lines].join('\r\n')}\r\n`, 'latin1');

type Run = {
  id: string;
  status: string;
  totalRows: number;
  processedRows: number;
  report: Record<string, number>;
  problems: { line: number; field: string; code: string }[];
  lettersCount: number;
  lettersUrl: string | null;
};

beforeAll(async () => {
  ctx = await createTestApp();
  await createTenant(ctx.database.db);
  const bakery = await createProvider(ctx.database.db, { name: 'Bakkerij' });
  await createUser(ctx.database.db, { role: 'org_admin', email: 'beheer@test.demo', password: 'geheim-wachtwoord' });
  await createUser(ctx.database.db, {
    role: 'provider_admin',
    email: 'eigenaar@test.demo',
    password: 'geheim-wachtwoord',
    providerId: bakery.id,
  });
  admin = await loginStaff(ctx.app, 'beheer@test.demo', 'geheim-wachtwoord');
  provider = await loginStaff(ctx.app, 'eigenaar@test.demo', 'geheim-wachtwoord');
});
afterAll(async () => {
  await ctx.close();
});

const upload = (body: Buffer, dryRun: boolean, cookie = admin) =>
  ctx.app.inject({
    method: 'POST',
    url: `${API}/income-imports?fileName=export.csv&dryRun=${dryRun}`,
    headers: { 'cookie': cookie, 'content-type': 'text/csv' },
    payload: body,
  });

async function importAndWait(body: Buffer): Promise<Run> {
  const started = await upload(body, false);
  expect(started.statusCode, started.body).toBe(202);
  const id = (started.json() as Run).id;
  for (let i = 0; i < 600; i++) {
    const run = (
      await ctx.app.inject({ url: `${API}/income-imports/${id}`, headers: { cookie: admin } })
    ).json() as Run;
    if (run.status !== 'running') return run;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the import did not finish');
}
const passCount = async () =>
  (await ctx.database.db.selectFrom('passes').select('id').where('tenant_id', '=', TENANT).execute()).length;

describe('income import', () => {
  it('a dry run lists every row problem with its line number and changes nothing', async () => {
    const response = await upload(ansi([...GOOD, ...BAD]), true);
    expect(response.statusCode, response.body).toBe(201);
    const run = response.json() as Run;
    expect(run.status).toBe('checked');
    expect(run.totalRows).toBe(8);
    expect(run.problems.map((p) => [p.line, p.field, p.code])).toEqual([
      [2, 'klantnummer', 'duplicate'],
      [3, 'huishouden', 'unknown-household'],
      [4, 'huishouden', 'unknown-household'],
      [6, 'geboortedatum', 'invalid-date'],
      [7, 'categorie', 'unknown'],
      [8, 'klantnummer', 'duplicate'],
      [9, 'huishouden', 'child-without-parent'],
    ]);
    // K1001 is refused as a duplicate, so its household members are refused with it.
    expect(run.problems.filter((p) => p.line === 3 || p.line === 4).map((p) => p.code)).toEqual([
      'unknown-household',
      'unknown-household',
    ]);
    expect(run.report).toMatchObject({ created: 1, refused: 7 });
    expect(await passCount()).toBe(0);
  });

  it('refuses a file with a BSN column, and a file that is not CSV, naming the body', async () => {
    const bsn = await upload(Buffer.from('klantnummer;naam;bsn\nK1;Jan;123456782\n'), true);
    expect(bsn.statusCode).toBe(400);
    expect(bsn.json().invalidParams[0]).toMatchObject({ name: 'body', code: 'invalid-csv' });
    const broken = await upload(Buffer.from(`${HEADER}\nK1;"Jan;x\n`), true);
    expect(broken.statusCode).toBe(400);
    expect((await upload(ansi(GOOD), true, provider)).statusCode).toBe(403);
    expect((await ctx.app.inject({ url: `${API}/income-imports`, headers: { cookie: provider } })).statusCode).toBe(
      403,
    );
  });

  it('imports: passes for each household, e-mail for those with an address, letters for the others', async () => {
    const run = await importAndWait(ansi(GOOD));
    expect(run.status).toBe('done');
    expect(run.processedRows).toBe(4);
    expect(run.report).toEqual({ created: 4, renewed: 0, updated: 0, unchanged: 0, refused: 0 });
    const passes = await ctx.database.db
      .selectFrom('passes')
      .innerJoin('holders', 'holders.id', 'passes.holder_id')
      .select(['holders.name', 'passes.category', 'passes.parent_pass_id'])
      .orderBy('holders.name')
      .execute();
    expect(passes.map((p) => [p.name, p.category])).toEqual([
      ['Elif Göçmen', 'child'],
      ['Emre Göçmen', 'low_income'],
      ['Henk Bakker', 'carer'],
      ['Zoë Göçmen', 'low_income'],
    ]);
    expect(run.lettersCount).toBe(1);
    const pdf = await ctx.app.inject({ url: run.lettersUrl!, headers: { cookie: admin } });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const users = await ctx.database.db.selectFrom('users').select('email').where('role', '=', 'resident').execute();
    expect(users.map((u) => u.email)).toEqual(['henk@test.demo']);
  });

  it('changes nothing when the same file comes again, and only what changed in a changed file', async () => {
    const before = await passCount();
    const again = await importAndWait(ansi(GOOD));
    expect(again.report).toEqual({ created: 0, renewed: 0, updated: 0, unchanged: 4, refused: 0 });
    expect(await passCount()).toBe(before);

    const changed = [...GOOD];
    changed[1] = changed[1]!.replace('Emre Göçmen', 'Emre Göçmen-Yilmaz');
    changed[3] = changed[3]!.replace('mantelzorger', 'minimum');
    const third = await importAndWait(ansi(changed));
    expect(third.report).toEqual({ created: 0, renewed: 1, updated: 1, unchanged: 2, refused: 0 });
    const henk = await ctx.database.db
      .selectFrom('passes')
      .innerJoin('holders', 'holders.id', 'passes.holder_id')
      .select(['passes.category', 'passes.status'])
      .where('holders.name', '=', 'Henk Bakker')
      .orderBy('passes.created_at')
      .execute();
    expect(henk).toEqual([
      { category: 'carer', status: 'blocked' },
      { category: 'low_income', status: 'active' },
    ]);
    const renamed = await ctx.database.db.selectFrom('holders').select('name').where('name', 'like', 'Emre%').execute();
    expect(renamed.map((h) => h.name)).toEqual(['Emre Göçmen-Yilmaz']);
  });

  it('reads UTF-8 with a BOM and comma separators too', async () => {
    const text = `\ufeff${HEADER.replaceAll(';', ',')}\nK3001,Zoë de Vries,Kerkstraat 1,1521 AA,Wormerveer,01-01-1990,,minimum,\n`;
    const response = await upload(Buffer.from(text, 'utf8'), true);
    expect(response.statusCode, response.body).toBe(201);
    expect((response.json() as Run).report).toMatchObject({ created: 1, refused: 0 });
  });
});

describe('a run as a background job', () => {
  it('resumes a run whose job runner stopped halfway, at the next chunk, and imports every row once', async () => {
    const { database, config } = ctx.app.deps;
    const lines = Array.from(
      { length: 30 },
      (_, i) => `K5${String(i).padStart(3, '0')};Bewoner ${i};Zuiddijk ${i};1501 AA;Zaandam;01-01-1970;;minimum;`,
    );
    const user = await database.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'beheer@test.demo')
      .executeTakeFirstOrThrow();
    const principal: Principal = {
      kind: 'staff',
      tenantId: TENANT,
      userId: user.id,
      role: 'org_admin',
      providerId: null,
      name: 'beheer',
    };
    const passesBefore = await passCount();
    // The app's runner is stopped first, so only the runner made here takes the job until it stops.
    await ctx.app.deps.jobs.stop();
    // The first process: chunks of 10 rows; its runner is stopped as soon as the first chunk is in.
    const first = new JobRunner(database);
    const service = new IncomeImportService(database.db, config.publicUrl, undefined, {
      chunkRows: 10,
      afterChunk: async (n) => {
        if (n === 0) void first.stop();
        await new Promise((resolve) => setTimeout(resolve, 20));
      },
    });
    first.register({ name: INCOME_IMPORT_QUEUE, run: (data, signal) => service.work(data as never, signal) });
    const { run, job } = await service.start(principal, 'export.csv', ansi(lines));
    const jobId = await first.send(INCOME_IMPORT_QUEUE, job);
    await expect.poll(() => first.started, { timeout: 30_000, interval: 50 }).toBe(false);
    const halfway = await database.db
      .selectFrom('income_import_runs')
      .select(['status', 'next_chunk', 'processed_rows'])
      .where('id', '=', run.id)
      .executeTakeFirstOrThrow();
    expect(halfway).toEqual({ status: 'running', next_chunk: 1, processed_rows: 10 });
    expect(await passCount()).toBe(passesBefore + 10);

    // The app's runner (another process after the restart) takes the job again and finishes it.
    await ctx.app.deps.jobs.start();
    let done: Run | undefined;
    for (let i = 0; i < 600 && done?.status !== 'done'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      done = (await ctx.app.inject({ url: `${API}/income-imports/${run.id}`, headers: { cookie: admin } })).json();
    }
    expect(done).toMatchObject({ status: 'done', processedRows: 30, totalRows: 30 });
    expect(done!.report).toMatchObject({ created: 30, unchanged: 0, refused: 0 });
    expect(await passCount()).toBe(passesBefore + 30);
    // The run row says 'done' a moment before the job runner marks the job itself completed.
    await expect
      .poll(() => ctx.app.deps.jobs.state(INCOME_IMPORT_QUEUE, jobId), { timeout: 10_000, interval: 50 })
      .toMatchObject({ state: 'completed', retryCount: 1 });
    // Still idempotent: the same file again changes nothing.
    const again = await importAndWait(ansi(lines));
    expect(again.report).toMatchObject({ created: 0, unchanged: 30 });
    expect(await passCount()).toBe(passesBefore + 30);
  });
});
