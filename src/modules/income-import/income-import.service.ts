import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { DomainError } from '../../shared/errors.ts';
import { actorId, type Principal } from '../access/principal.ts';
import { createResidentAccounts } from '../identity/identity.service.ts';
import { enqueueMessages, type OutgoingMessage } from '../notifications/notifications.service.ts';
import { todayInNetherlands } from '../offers/catalogue-date.ts';
import { blockPasses, createHolders, issuePassesInBulk, updateHolders, type NewPass } from '../passes/pass-issuing.ts';
import { formatPassNumber } from '../passes/pass-number.ts';
import { passValidityFor } from '../passes/pass-year.service.ts';
import { readIncomeExport, type ImportRow } from './income-csv.ts';
import { incomeImportPolicy } from './income-import.policy.ts';
import { IncomeImportRepository, type RunCounts } from './income-import.repository.ts';
import type { ImportProblem, LetterEntry } from './income-import.tables.ts';
import { JobInterrupted } from '../../shared/jobs.ts';
import { welcomeLettersPdf, type WelcomeLetter } from './welcome-letters.ts';

/** Rows per transaction: progress moves per chunk, and a chunk's statements stay small. */
export const CHUNK_ROWS = 1000;

/** The background job queue of real runs. */
export const INCOME_IMPORT_QUEUE = 'income-import.run';

type Action = 'create' | 'renew' | 'update' | 'unchanged';
interface Planned {
  row: ImportRow;
  action: Action;
  /** The holder it is about: existing, or one with this e-mail address found before. */
  holderId: string | null;
  passId: string | null;
}

const adultOn = (today: string, birthDate: string) => birthDate <= `${Number(today.slice(0, 4)) - 18}${today.slice(4)}`;

/**
 * Import from the income administration. A dry run lists every row's problems and what would
 * happen. A real run is stored as a run whose progress the page polls; it works through the rows
 * in chunks (heads of households first), each chunk in one transaction: holders and passes through
 * the passes module, accounts through identity, e-mails through notifications. The same file again
 * finds every row unchanged; a changed row updates what changed.
 */
export class IncomeImportService {
  constructor(
    private readonly db: Db,
    private readonly publicUrl: string,
    private readonly now: () => Date = () => new Date(),
    private readonly options: {
      /** Rows per chunk of a new run (tests make it small to stop a run between chunks). */
      chunkRows?: number;
      /** Called after each chunk is committed (tests stop the job runner there). */
      afterChunk?: (chunk: number) => Promise<void>;
    } = {},
  ) {}

  private today() {
    return todayInNetherlands(this.now());
  }

  /** Reads the file and decides, row by row, what the import does; nothing is written. */
  private async plan(tenantId: string, bytes: Uint8Array) {
    const today = this.today();
    const { rows, problems, totalRows } = readIncomeExport(bytes, today);
    const repo = new IncomeImportRepository(this.db);
    const planned: Planned[] = [];
    for (let i = 0; i < rows.length; i += CHUNK_ROWS) {
      const chunk = rows.slice(i, i + CHUNK_ROWS);
      const clients = new Map(
        (
          await repo.clients(
            tenantId,
            chunk.map((r) => r.clientNumber),
            today,
          )
        ).map((c) => [c.client_number, c]),
      );
      const emails = [...new Set(chunk.flatMap((r) => (r.email ? [r.email] : [])))];
      const holders = new Map((await repo.holdersByEmail(tenantId, emails)).map((h) => [h.email, h]));
      for (const row of chunk) {
        const client = clients.get(row.clientNumber);
        const owner = row.email ? holders.get(row.email) : undefined;
        if (owner && owner.client_number !== null && owner.client_number !== row.clientNumber) {
          problems.push({
            line: row.line,
            field: 'e-mail',
            code: 'email-taken',
            message: `this e-mail address belongs to client ${owner.client_number}`,
          });
          continue;
        }
        if (owner && client && owner.id !== client.holder_id) {
          problems.push({
            line: row.line,
            field: 'e-mail',
            code: 'email-taken',
            message: 'this e-mail address belongs to another resident',
          });
          continue;
        }
        if (!client) {
          planned.push({ row, action: 'create', holderId: owner?.id ?? null, passId: null });
          continue;
        }
        const changed = client.row_hash !== row.hash;
        const action: Action =
          !client.pass_valid || client.category !== row.category ? 'renew' : changed ? 'update' : 'unchanged';
        planned.push({ row, action, holderId: client.holder_id, passId: client.pass_id });
      }
    }
    // A member whose head was refused just now is refused too.
    const refusedLines = new Set(problems.map((p) => p.line));
    const headOk = new Set(planned.filter((p) => p.row.householdHead === null).map((p) => p.row.clientNumber));
    const kept = planned.filter((p) => {
      if (p.row.householdHead === null || headOk.has(p.row.householdHead)) return true;
      problems.push({
        line: p.row.line,
        field: 'huishouden',
        code: 'unknown-household',
        message: `the row of client ${p.row.householdHead} was refused`,
      });
      refusedLines.add(p.row.line);
      return false;
    });
    problems.sort((a, b) => a.line - b.line);
    const count = (action: Action) => kept.filter((p) => p.action === action).length;
    const counts: RunCounts = {
      created: count('create'),
      renewed: count('renew'),
      updated: count('update'),
      unchanged: count('unchanged'),
      refused: totalRows - kept.length,
    };
    // Heads first: their passes exist before their children's passes point at them.
    kept.sort((a, b) => Number(a.row.householdHead !== null) - Number(b.row.householdHead !== null));
    return { planned: kept, problems, totalRows, counts };
  }

  async dryRun(principal: Principal, fileName: string, bytes: Uint8Array) {
    incomeImportPolicy.authorize(principal, 'incomeImport.manage');
    const { problems, totalRows, counts } = await this.plan(principal.tenantId, bytes);
    const repo = new IncomeImportRepository(this.db);
    const { id } = await repo.insertRun({
      tenantId: principal.tenantId,
      fileName,
      dryRun: true,
      status: 'checked',
      totalRows,
      problems,
      counts,
      createdBy: actorId(principal),
    });
    return this.get(principal, id);
  }

  /**
   * Starts a real run: stores it with the file and returns it at once. `work` does it (the route
   * sends the run to the background job queue instead, which calls `work` in whichever process
   * takes the job, and again after a restart).
   */
  async start(principal: Principal, fileName: string, bytes: Uint8Array) {
    incomeImportPolicy.authorize(principal, 'incomeImport.manage');
    const tenantId = principal.tenantId;
    const repo = new IncomeImportRepository(this.db);
    if (await repo.runningRun(tenantId))
      throw new DomainError('import-already-running', 'Another import is running; wait until it is done.');
    // A file that cannot be read at all is refused now, not in the background.
    readIncomeExport(bytes, this.today(), { headerOnly: true });
    const { id } = await repo.insertRun({
      tenantId,
      fileName,
      dryRun: false,
      status: 'running',
      totalRows: 0,
      problems: [],
      counts: { created: 0, renewed: 0, updated: 0, unchanged: 0, refused: 0 },
      createdBy: actorId(principal),
      fileContent: bytes,
      chunkRows: this.options.chunkRows ?? CHUNK_ROWS,
    });
    const job = { tenantId, runId: id };
    return { run: await this.get(principal, id), job, work: () => this.work(job) };
  }

  async attachJob(tenantId: string, runId: string, jobId: string) {
    await new IncomeImportRepository(this.db).setJob(tenantId, runId, jobId);
  }

  /**
   * Does a run, or what is left of it: reads the file, plans every row, and works through the
   * chunks from the run's `next_chunk` on, each in one transaction that also moves `next_chunk`
   * on. Rows of chunks done before are found unchanged by the plan, so the households' passes are
   * known again. Throws `JobInterrupted` when `signal` aborts between chunks (the job is tried
   * again); any other error marks the run failed.
   */
  async work(job: { tenantId: string; runId: string }, signal?: AbortSignal) {
    const { tenantId, runId } = job;
    const repo = new IncomeImportRepository(this.db);
    const run = await repo.runForWork(tenantId, runId);
    if (!run || run.status !== 'running' || !run.file_content) return;
    try {
      const { planned, problems, totalRows, counts } = await this.plan(tenantId, run.file_content);
      if (run.next_chunk === 0) await repo.setPlan(tenantId, runId, { totalRows, refused: counts.refused, problems });
      // Minima's passes, with the validity the pass organisation set for them; children's end together with them.
      const { validFrom, validUntil } = await passValidityFor(this.db, tenantId, 'low_income', this.today());
      const heads = planned.filter((p) => p.row.householdHead === null);
      const headPasses = new Map(heads.map((p) => [p.row.clientNumber, p.passId]));
      const headsWithEmail = new Map(heads.map((p) => [p.row.clientNumber, p.row.email !== null]));
      const size = run.chunk_rows;
      for (let n = run.next_chunk; n * size < planned.length; n++) {
        if (signal?.aborted) throw new JobInterrupted();
        const chunk = planned.slice(n * size, (n + 1) * size);
        await this.db
          .transaction()
          .execute((tx) =>
            this.importChunk(tx, tenantId, runId, n, chunk, { validFrom, validUntil }, headPasses, headsWithEmail),
          );
        await this.options.afterChunk?.(n);
      }
      const tenant = await this.db
        .selectFrom('tenants')
        .select('pass_name')
        .where('id', '=', tenantId)
        .executeTakeFirstOrThrow();
      const letters = new Map<string, WelcomeLetter>();
      for (const entry of (await repo.letterEntries(tenantId, runId)).letter_entries) {
        const letter = letters.get(entry.head) ?? { name: entry.name, address: entry.address, passes: [], validUntil };
        letter.passes.push({ name: entry.name, number: entry.number });
        letters.set(entry.head, letter);
      }
      const list = [...letters.values()];
      const pdf = list.length > 0 ? await welcomeLettersPdf(list, tenant.pass_name, this.publicUrl) : null;
      await repo.finishRun(tenantId, runId, { status: 'done', lettersPdf: pdf, lettersCount: list.length });
    } catch (error) {
      if (error instanceof JobInterrupted) throw error;
      await repo.finishRun(tenantId, runId, { status: 'failed', error: (error as Error).message.slice(0, 500) });
    }
  }

  private async importChunk(
    tx: Db,
    tenantId: string,
    runId: string,
    chunkNumber: number,
    chunk: Planned[],
    year: { validFrom: string; validUntil: string },
    headPasses: Map<string, string | null>,
    headsWithEmail: Map<string, boolean>,
  ) {
    const repo = new IncomeImportRepository(tx);
    const today = this.today();
    const holderData = (row: ImportRow) => ({ name: row.name, email: row.email, birthDate: row.birthDate });
    // New holders in one statement (an earlier holder with the same e-mail address is reused).
    const fresh = chunk.filter((p) => p.action === 'create' && p.holderId === null);
    const ids = await createHolders(
      tx,
      tenantId,
      fresh.map((p) => holderData(p.row)),
    );
    fresh.forEach((p, i) => (p.holderId = ids[i]!));
    // Changed names, addresses and e-mail addresses in one statement too.
    await updateHolders(
      tx,
      tenantId,
      chunk
        .filter((p) => p.action === 'update' || p.action === 'renew' || (p.action === 'create' && !fresh.includes(p)))
        .map((p) => ({ id: p.holderId!, ...holderData(p.row) })),
    );
    // Renewed passes replace the old ones, which stop working at the till.
    await blockPasses(
      tx,
      tenantId,
      chunk.filter((p) => p.action === 'renew' && p.passId).map((p) => p.passId!),
    );
    const toIssue = chunk.filter((p) => p.action === 'create' || p.action === 'renew');
    for (const p of toIssue) p.passId = randomUUID();
    for (const p of chunk) if (p.row.householdHead === null) headPasses.set(p.row.clientNumber, p.passId);
    const passes: (NewPass & { id: string })[] = toIssue.map((p) => {
      const child = p.row.householdHead !== null && !adultOn(today, p.row.birthDate);
      const parent = child ? (headPasses.get(p.row.householdHead!) ?? null) : null;
      return {
        id: p.passId!,
        holderId: p.holderId!,
        category: child && parent ? 'child' : p.row.category === 'minimum' ? 'low_income' : 'carer',
        parentPassId: child && parent ? parent : null,
        ...year,
      };
    });
    const issued = await issuePassesInBulk(tx, tenantId, passes);
    const numbers = new Map(issued.map((pass) => [pass.id, pass.number]));
    await repo.upsertClients(
      tenantId,
      runId,
      chunk
        .filter((p) => p.action !== 'unchanged')
        .map((p) => ({
          clientNumber: p.row.clientNumber,
          holderId: p.holderId!,
          passId: p.passId,
          householdHead: p.row.householdHead,
          category: p.row.category,
          address: p.row.address,
          hash: p.row.hash,
        })),
    );
    const letters = await this.welcome(tx, tenantId, toIssue, numbers, headsWithEmail);
    const count = (action: Action) => chunk.filter((p) => p.action === action).length;
    const moved = await repo.finishChunk(
      tenantId,
      runId,
      chunkNumber,
      chunk.length,
      { created: count('create'), renewed: count('renew'), updated: count('update'), unchanged: count('unchanged') },
      letters,
    );
    // Another attempt did this chunk (or the run ended): undo this transaction.
    if (!moved) throw new Error(`chunk ${chunkNumber} of import ${runId} was done by another attempt`);
  }

  /** Accounts and e-mails for residents with an address; letter entries for the households without one. */
  private async welcome(
    tx: Db,
    tenantId: string,
    issued: Planned[],
    numbers: Map<string, string>,
    headsWithEmail: Map<string, boolean>,
  ): Promise<LetterEntry[]> {
    const repo = new IncomeImportRepository(tx);
    const withEmail = issued.filter((p) => p.row.email);
    const known = new Set(
      (
        await repo.residentEmails(
          tenantId,
          withEmail.map((p) => p.row.email!),
        )
      ).map((u) => u.email),
    );
    await createResidentAccounts(
      tx,
      tenantId,
      withEmail
        .filter((p) => !known.has(p.row.email!))
        .map((p) => ({ holderId: p.holderId!, name: p.row.name, email: p.row.email! })),
    );
    const messages: OutgoingMessage[] = withEmail.map((p) => ({
      tenantId,
      to: p.row.email!,
      subject: 'Uw gratis Zaanse Pas is klaar',
      bodyText:
        `Hallo ${p.row.name},\n\nU krijgt de Zaanse Pas gratis van de gemeente Zaanstad. Uw pasnummer is ${formatPassNumber(numbers.get(p.passId!)!)}.\n\n` +
        `Log in op ${this.publicUrl}/inloggen met dit e-mailadres om uw pas te zien.`,
    }));
    await enqueueMessages(tx, messages);
    // A letter goes to a household whose head has no e-mail address; the others got an e-mail.
    return issued
      .filter((p) => !p.row.email && !headsWithEmail.get(p.row.householdHead ?? p.row.clientNumber))
      .map((p) => ({
        head: p.row.householdHead ?? p.row.clientNumber,
        name: p.row.name,
        address: p.row.address,
        number: numbers.get(p.passId!)!,
      }));
  }

  async get(principal: Principal, runId: string) {
    incomeImportPolicy.authorize(principal, 'incomeImport.manage');
    const run = await new IncomeImportRepository(this.db).findRun(principal.tenantId, runId);
    if (!run) throw new DomainError('import-run-not-found', `There is no import ${runId}.`);
    return run;
  }

  async list(principal: Principal) {
    incomeImportPolicy.authorize(principal, 'incomeImport.manage');
    return new IncomeImportRepository(this.db).listRuns(principal.tenantId, 20);
  }

  async letters(principal: Principal, runId: string) {
    incomeImportPolicy.authorize(principal, 'incomeImport.manage');
    const row = await new IncomeImportRepository(this.db).lettersPdf(principal.tenantId, runId);
    if (!row?.letters_pdf) throw new DomainError('import-run-not-found', 'This import has no letters.');
    return row.letters_pdf;
  }
}

export type { ImportProblem };
