import { randomUUID } from 'node:crypto';
import type { Static } from '@sinclair/typebox';
import type { Db } from '../../db/database.ts';
import { DomainError, type InvalidParam } from '../../shared/errors.ts';
import { actorId, type Principal } from '../access/principal.ts';
import { createResidentAccount } from '../identity/identity.service.ts';
import { ensureAccount, municipalityBank, postEntry, type Tx } from '../ledger/ledger.service.ts';
import { withRetry } from '../ledger/retry.ts';
import { todayInNetherlands } from '../offers/catalogue-date.ts';
import { extendPassValidity, lockPassByNumber } from '../passes/desk-renewal.ts';
import { ERASED_NAME } from '../passes/holder-erasure.ts';
import { createHolder, issuePasses } from '../passes/pass-issuing.ts';
import { isValidPassNumber, normalizePassNumber } from '../passes/pass-number.ts';
import { passValidityFor } from '../passes/pass-year.service.ts';
import { DeskSalesRepository } from './desk-sales.repository.ts';
import { deskSalesPolicy } from './desk-sales.policy.ts';
import type { NewDayClosing, NewDeskSale } from './desk-sales.schemas.ts';

/**
 * Desk sales. Staff at a sales point sell a new pass or renew a paid pass, and record how it was
 * paid (pin or cash). Each sale is booked as a pass sale (kind `pass_sale`, reference = the desk
 * sale's id) with the actiebudget's share, exactly as online; the pass, the booking and the desk
 * sale commit together. At the end of the day the desk counts its cash and reads its pin
 * terminal's total; the closing keeps both differences, and no sale is taken on a closed day.
 */

/** A pass can be renewed at the desk in its last 60 days, or once lapsed. */
const RENEWAL_WINDOW_DAYS = 60;

export type DeskDayData = Awaited<ReturnType<DeskSalesService['today']>>;
export type ClosingRow = NonNullable<Awaited<ReturnType<DeskSalesRepository['findClosing']>>>;

function addDays(date: string, days: number) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export class DeskSalesService {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private async desk(principal: Principal) {
    deskSalesPolicy.authorize(principal, 'desk.sell');
    const point =
      principal.kind === 'staff'
        ? await new DeskSalesRepository(this.db).salesPointOfUser(principal.tenantId, principal.userId)
        : undefined;
    if (!point)
      throw new DomainError('desk-not-assigned', 'Ask the pass organisation to link your account to a sales point.');
    return point;
  }

  async today(principal: Principal) {
    const point = await this.desk(principal);
    const repo = new DeskSalesRepository(this.db);
    const day = todayInNetherlands(this.now());
    const [sales, closing, price] = await Promise.all([
      repo.salesOfDay(principal.tenantId, point.id, day),
      repo.findClosing(principal.tenantId, point.id, day),
      repo.adultPrice(principal.tenantId),
    ]);
    return { point, day, sales, closing: closing ? { ...closing, sales_point_name: point.name } : null, price };
  }

  /** What the desk sees of a pass: number, holder's name, status, validity, and whether it can be renewed now. */
  async findPass(principal: Principal, passNumber: string) {
    await this.desk(principal);
    const number = this.parseNumber(passNumber, 'path.passNumber');
    const pass = await lockPassByNumber(this.db, principal.tenantId, number);
    if (!pass) throw new DomainError('pass-not-found', 'We do not know this pass number.');
    return { ...pass, renewable: this.renewable(pass) };
  }

  private parseNumber(typed: string, field: string) {
    const number = normalizePassNumber(typed);
    if (!isValidPassNumber(number))
      throw new DomainError('invalid-input', 'This is not a valid pass number.', [
        { name: field, code: 'pass-number-invalid', reason: 'check the number: the last digit does not match' },
      ]);
    return number;
  }

  private renewable(pass: { category: string; status: string; valid_until: string }) {
    const today = todayInNetherlands(this.now());
    // Free passes (minima, mantelzorgers) are renewed by an import or an application, not at a desk.
    return (
      pass.category === 'regular' &&
      pass.status !== 'blocked' &&
      pass.valid_until <= addDays(today, RENEWAL_WINDOW_DAYS)
    );
  }

  async sell(principal: Principal, input: Static<typeof NewDeskSale>) {
    const point = await this.desk(principal);
    const tenantId = principal.tenantId;
    const repo = new DeskSalesRepository(this.db);
    // The same sale sent again (a double click, a retry): its answer, before anything is checked again.
    const done = input.saleId ? await repo.findSale(tenantId, input.saleId) : undefined;
    if (done) return presentable(input.saleId!, done);
    const problems: InvalidParam[] = [];
    let number: string | null = null;
    if (input.kind === 'new') {
      if (!input.holder)
        problems.push({ name: 'body.holder', code: 'required', reason: "give the holder's name and wijk" });
      else {
        if (input.holder.name.trim().length < 2)
          problems.push({ name: 'body.holder.name', code: 'too-short', reason: "give the holder's full name" });
        if (!(await repo.wijkExists(tenantId, input.holder.wijkCode)))
          problems.push({
            name: 'body.holder.wijkCode',
            code: 'unknown-wijk',
            reason: `there is no wijk ${input.holder.wijkCode}`,
          });
        if (input.holder.email && (await repo.emailKnown(tenantId, input.holder.email.trim())))
          problems.push({
            name: 'body.holder.email',
            code: 'in-use',
            reason: 'this e-mail address is known: renew that pass instead',
          });
        if (input.holder.birthDate && input.holder.birthDate > todayInNetherlands(this.now()))
          problems.push({
            name: 'body.holder.birthDate',
            code: 'in-future',
            reason: 'a birth date cannot be in the future',
          });
      }
      if (input.passNumber)
        problems.push({ name: 'body.passNumber', code: 'not-allowed', reason: 'a new pass gets a new number' });
    } else {
      if (!input.passNumber)
        problems.push({ name: 'body.passNumber', code: 'required', reason: 'give the number of the pass to renew' });
      else {
        number = normalizePassNumber(input.passNumber);
        if (!isValidPassNumber(number))
          problems.push({
            name: 'body.passNumber',
            code: 'pass-number-invalid',
            reason: 'the last digit does not match',
          });
      }
      if (input.holder)
        problems.push({ name: 'body.holder', code: 'not-allowed', reason: 'a renewal keeps the holder' });
    }
    if (problems.length > 0)
      throw new DomainError('invalid-input', `${problems.length} field(s) are invalid; see invalidParams.`, problems);
    const price = await repo.adultPrice(tenantId);
    if (!price) throw new DomainError('pass-sales-unavailable', 'Passes are not sold in this municipality yet.');

    const saleId = input.saleId ?? randomUUID();
    return withRetry(() =>
      this.db.transaction().execute(async (tx) => {
        const txRepo = new DeskSalesRepository(tx);
        const day = todayInNetherlands(this.now());
        await txRepo.lockDay(tenantId, point.id, day);
        const earlier = await txRepo.findSale(tenantId, saleId);
        if (earlier) return presentable(saleId, earlier);
        if (await txRepo.findClosing(tenantId, point.id, day))
          throw new DomainError(
            'desk-day-closed',
            'Today is closed at this desk: a sale now would not be in the count.',
          );
        let pass: { id: string; number: string; holderName: string; validUntil: string };
        if (input.kind === 'new') {
          const holder = input.holder!;
          const { validFrom, validUntil } = await passValidityFor(tx, tenantId, 'regular', day);
          const email = holder.email?.trim() || null;
          const holderId = await createHolder(tx, tenantId, {
            name: holder.name.trim(),
            email,
            birthDate: holder.birthDate ?? null,
            wijkCode: holder.wijkCode,
          });
          if (email) await createResidentAccount(tx, tenantId, { holderId, name: holder.name.trim(), email });
          const [issued] = await issuePasses(tx, tenantId, [
            { holderId, category: 'regular', parentPassId: null, validFrom, validUntil },
          ]);
          pass = { id: issued!.id, number: issued!.number, holderName: holder.name.trim(), validUntil };
        } else {
          const found = await lockPassByNumber(tx, tenantId, number!);
          if (!found) throw new DomainError('pass-not-found', 'We do not know this pass number.');
          if (!this.renewable(found))
            throw new DomainError(
              'desk-renewal-not-possible',
              'This pass cannot be renewed at the desk now. Passes without a price are renewed by the pass organisation; a paid pass in its last 60 days.',
            );
          // The new year starts the day after the old one ends, or today when it has lapsed.
          const start = found.valid_until >= day ? addDays(found.valid_until, 1) : day;
          const { validUntil } = await passValidityFor(tx, tenantId, found.category, start);
          await extendPassValidity(tx, tenantId, found.id, validUntil);
          pass = { id: found.id, number: found.number, holderName: found.holder_name, validUntil };
        }
        const entryId = await bookSale(tx, tenantId, saleId, price.price_cents, price.action_budget_share_cents, {
          point: point.name,
          method: input.paymentMethod,
          by: actorId(principal),
        });
        await txRepo.insertSale({
          id: saleId,
          tenantId,
          salesPointId: point.id,
          day,
          kind: input.kind,
          paymentMethod: input.paymentMethod,
          amountCents: price.price_cents,
          shareCents: price.action_budget_share_cents,
          passId: pass.id,
          entryId,
          soldBy: actorId(principal),
        });
        return {
          saleId,
          kind: input.kind,
          paymentMethod: input.paymentMethod,
          amountCents: price.price_cents,
          passNumber: pass.number,
          holderName: pass.holderName,
          validUntil: pass.validUntil,
        };
      }),
    );
  }

  /** Closes today at this desk: what was recorded per payment method against what was counted. Once. */
  async closeDay(principal: Principal, input: Static<typeof NewDayClosing>) {
    const point = await this.desk(principal);
    const tenantId = principal.tenantId;
    const day = todayInNetherlands(this.now());
    const closing = await withRetry(() =>
      this.db.transaction().execute(async (tx) => {
        const repo = new DeskSalesRepository(tx);
        await repo.lockDay(tenantId, point.id, day);
        if (await repo.findClosing(tenantId, point.id, day))
          throw new DomainError('desk-day-closed', 'Today was already closed at this desk.');
        const sales = await repo.salesOfDay(tenantId, point.id, day);
        const sum = (method: 'pin' | 'cash') =>
          sales.filter((s) => s.payment_method === method).reduce((t, s) => t + s.amount_cents, 0);
        return repo.insertClosing({
          tenantId,
          salesPointId: point.id,
          day,
          salesCount: sales.length,
          recordedCashCents: sum('cash'),
          countedCashCents: input.countedCashCents,
          recordedPinCents: sum('pin'),
          pinTerminalCents: input.pinTerminalCents,
          note: input.note?.trim() ?? '',
          closedBy: principal.kind === 'staff' ? principal.name : actorId(principal),
        });
      }),
    );
    return { ...closing, sales_point_name: point.name };
  }

  async listClosings(principal: Principal) {
    deskSalesPolicy.authorize(principal, 'desk.reconcile');
    return new DeskSalesRepository(this.db).listClosings(principal.tenantId, 100);
  }
}

type FoundSale = NonNullable<Awaited<ReturnType<DeskSalesRepository['findSale']>>>;
const presentable = (saleId: string, sale: FoundSale) => ({
  saleId,
  kind: sale.kind,
  paymentMethod: sale.payment_method,
  amountCents: sale.amount_cents,
  passNumber: sale.number ?? ERASED_NAME,
  holderName: sale.name ?? ERASED_NAME,
  validUntil: sale.valid_until ?? sale.business_day,
});

/**
 * The desk sale in the ledger, as an online pass sale (docs/ledger.md, kind `pass_sale`): the
 * money reaches the municipality's bank (pin directly, cash when the desk deposits it).
 */
async function bookSale(
  tx: Tx,
  tenantId: string,
  saleId: string,
  amount: number,
  share: number,
  about: { point: string; method: string; by: string },
) {
  const bank = await municipalityBank(tx, tenantId);
  const income = await ensureAccount(tx, tenantId, 'pass_sale_income', {}, 'Pass sales income');
  const lines = [
    { accountId: bank.id, amountCents: amount },
    { accountId: income.id, amountCents: -amount },
  ];
  if (share > 0) {
    const budget = await ensureAccount(tx, tenantId, 'action_budget', {}, 'Actiebudget');
    lines.push({ accountId: budget.id, amountCents: share }, { accountId: bank.id, amountCents: -share });
  }
  const posted = await postEntry(tx, {
    tenantId,
    kind: 'pass_sale',
    reference: saleId,
    recordedBy: about.by,
    description: `Desk sale at ${about.point} (${about.method})`,
    lines,
  });
  return posted.id;
}
