import { randomUUID } from 'node:crypto';
import type { Static } from '@sinclair/typebox';
import type { Db } from '../../db/database.ts';
import { formatDutchDate } from '../../shared/dutch-date.ts';
import { DomainError, type InvalidParam } from '../../shared/errors.ts';
import { actorId, type Principal } from '../access/principal.ts';
import { createResidentAccount } from '../identity/identity.service.ts';
import { ensureAccount, municipalityBank, postEntry, type Tx } from '../ledger/ledger.service.ts';
import { withRetry } from '../ledger/retry.ts';
import { todayInNetherlands } from '../offers/catalogue-date.ts';
import { extendPassValidity, lockPassById, lockPassByNumber } from '../passes/desk-renewal.ts';
import { ERASED_NAME } from '../passes/holder-erasure.ts';
import { createHolder, issuePasses } from '../passes/pass-issuing.ts';
import { isValidPassNumber, normalizePassNumber } from '../passes/pass-number.ts';
import { passValidityFor, renewalTerms } from '../passes/pass-year.service.ts';
import { DeskSalesRepository } from './desk-sales.repository.ts';
import { deskSalesPolicy } from './desk-sales.policy.ts';
import type { NewDayClosing, NewDeskSale } from './desk-sales.schemas.ts';
import type { DeskPaymentMethod } from './desk-sales.tables.ts';

/**
 * Desk sales. Staff at a sales point sell a new pass or renew a paid pass, and record how it was
 * paid (pin or cash). Each sale is booked as a pass sale (kind `pass_sale`, reference = the desk
 * sale's id) with the actiebudget's share, exactly as online; the pass, the booking and the desk
 * sale commit together. At the end of the day the desk counts its cash and reads its pin
 * terminal's total; the closing keeps both differences, and no sale is taken on a closed day.
 */

export type DeskDayData = Awaited<ReturnType<DeskSalesService['today']>>;
export type ClosingRow = NonNullable<Awaited<ReturnType<DeskSalesRepository['findClosing']>>>;

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
    const [terms] = await renewalTerms(this.db, principal.tenantId, [pass], todayInNetherlands(this.now()));
    return { ...pass, renewable: terms!.refusal === null };
  }

  private parseNumber(typed: string, field: string) {
    const number = normalizePassNumber(typed);
    if (!isValidPassNumber(number))
      throw new DomainError('invalid-input', 'This is not a valid pass number.', [
        { name: field, code: 'pass-number-invalid', reason: 'check the number: the last digit does not match' },
      ]);
    return number;
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
    const saleId = input.saleId ?? randomUUID();
    const soldBy = actorId(principal);
    if (input.kind === 'renewal')
      return withRetry(() =>
        this.db.transaction().execute(async (tx) => {
          try {
            return await renewAtDesk(tx, {
              tenantId,
              point,
              pass: { number: number! },
              paymentMethod: input.paymentMethod,
              saleId,
              soldBy,
              day: todayInNetherlands(this.now()),
            });
          } catch (error) {
            // The desk sees one refusal, whatever its reason: the reason could tell a free pass's category.
            if (error instanceof DomainError && REFUSALS.has(error.code))
              throw new DomainError(
                'desk-renewal-not-possible',
                'This pass cannot be renewed at the desk now. Passes without a price are renewed by the pass organisation; a paid pass in its last 60 days.',
              );
            throw error;
          }
        }),
      );
    const price = await repo.adultPrice(tenantId);
    if (!price) throw new DomainError('pass-sales-unavailable', 'Passes are not sold in this municipality yet.');
    const holder = input.holder!;
    return withRetry(() =>
      this.db.transaction().execute(async (tx) => {
        const txRepo = new DeskSalesRepository(tx);
        const day = todayInNetherlands(this.now());
        const earlier = await openDay(txRepo, tenantId, point.id, day, saleId);
        if (earlier) return presentable(saleId, earlier);
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
        const entryId = await bookSale(tx, tenantId, saleId, price.price_cents, price.action_budget_share_cents, {
          point: point.name,
          method: input.paymentMethod,
          by: soldBy,
        });
        await txRepo.insertSale({
          id: saleId,
          tenantId,
          salesPointId: point.id,
          day,
          kind: 'new',
          paymentMethod: input.paymentMethod,
          amountCents: price.price_cents,
          shareCents: price.action_budget_share_cents,
          passId: issued!.id,
          entryId,
          soldBy,
        });
        return {
          saleId,
          kind: 'new' as const,
          paymentMethod: input.paymentMethod,
          amountCents: price.price_cents,
          passNumber: issued!.number,
          holderName: holder.name.trim(),
          validUntil,
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

/** The refusals of a renewal by paying (`renewalRefusal`, no price): at the desk they read as one. */
const REFUSALS = new Set<string>([
  'pass-replaced',
  'pass-blocked',
  'pass-renewal-free-pass',
  'pass-renewal-too-early',
  'pass-sales-unavailable',
]);

/**
 * Locks the desk's day and answers a sale already made under this id; refuses a closed day (a sale
 * then would not be in the count).
 */
async function openDay(repo: DeskSalesRepository, tenantId: string, salesPointId: string, day: string, saleId: string) {
  await repo.lockDay(tenantId, salesPointId, day);
  const earlier = await repo.findSale(tenantId, saleId);
  if (earlier) return earlier;
  if (await repo.findClosing(tenantId, salesPointId, day))
    throw new DomainError('desk-day-closed', 'Today is closed at this desk: a sale now would not be in the count.');
  return undefined;
}

export interface DeskRenewal {
  saleId: string;
  kind: 'renewal';
  paymentMethod: DeskPaymentMethod;
  amountCents: number;
  passNumber: string;
  holderName: string;
  validUntil: string;
  /** The last day before this renewal; null when the answer is that of an earlier call with the same saleId. */
  validUntilBefore: string | null;
}

/**
 * Renews a paid pass paid by pin or cash at a sales point, in the caller's transaction: the pass's
 * year moves on (`renewalTerms`, the rule of every renewal by paying), the sale is booked as a pass
 * sale with the actiebudget's share, and it is recorded at that desk's day, so the day's closing
 * counts it. The same saleId again answers the earlier sale and changes nothing. Refuses with the
 * specific problem code (`pass-renewal-too-early`, `pass-renewal-free-pass`, `pass-blocked`,
 * `pass-replaced`, `pass-sales-unavailable`, `desk-day-closed`); the desk route folds those into
 * one. Used by the desk and by the holder's file (renewal by the pass organisation).
 */
export async function renewAtDesk(
  tx: Tx,
  input: {
    tenantId: string;
    point: { id: string; name: string };
    pass: { number: string } | { id: string };
    paymentMethod: DeskPaymentMethod;
    saleId: string;
    soldBy: string;
    day: string;
  },
): Promise<DeskRenewal> {
  const { tenantId, point, day, saleId } = input;
  const repo = new DeskSalesRepository(tx);
  const earlier = await openDay(repo, tenantId, point.id, day, saleId);
  if (earlier) {
    if (earlier.kind !== 'renewal')
      throw new DomainError('invalid-input', 'This saleId was used for another sale.', [
        { name: 'body.saleId', code: 'in-use', reason: 'make a new saleId for this renewal' },
      ]);
    return { ...presentable(saleId, earlier), kind: 'renewal', validUntilBefore: null };
  }
  const found =
    'id' in input.pass
      ? await lockPassById(tx, tenantId, input.pass.id)
      : await lockPassByNumber(tx, tenantId, input.pass.number);
  if (!found) throw new DomainError('pass-not-found', 'We do not know this pass.');
  const [terms] = await renewalTerms(tx, tenantId, [found], day);
  const { refusal, priceCents, shareCents, nextValidUntil } = terms!;
  if (refusal !== null || priceCents === null || shareCents === null || nextValidUntil === null)
    throw new DomainError(refusal ?? 'pass-sales-unavailable', refusalDetail(refusal, terms!.renewableFrom));
  await extendPassValidity(tx, tenantId, found.id, nextValidUntil);
  const entryId = await bookSale(tx, tenantId, saleId, priceCents, shareCents, {
    point: point.name,
    method: input.paymentMethod,
    by: input.soldBy,
  });
  await repo.insertSale({
    id: saleId,
    tenantId,
    salesPointId: point.id,
    day,
    kind: 'renewal',
    paymentMethod: input.paymentMethod,
    amountCents: priceCents,
    shareCents,
    passId: found.id,
    entryId,
    soldBy: input.soldBy,
  });
  return {
    saleId,
    kind: 'renewal',
    paymentMethod: input.paymentMethod,
    amountCents: priceCents,
    passNumber: found.number,
    holderName: found.holder_name,
    validUntil: nextValidUntil,
    validUntilBefore: found.valid_until,
  };
}

function refusalDetail(refusal: string | null, from: string) {
  switch (refusal) {
    case 'pass-replaced':
      return 'This pass was replaced: renew its successor.';
    case 'pass-blocked':
      return 'This pass is blocked: lift the block first.';
    case 'pass-renewal-free-pass':
      return 'This pass is free. It is renewed by a new application or by the yearly import, not by paying.';
    case 'pass-renewal-too-early':
      return `This pass can be renewed from ${formatDutchDate(from)}.`;
    default:
      return 'Passes are not sold in this municipality yet.';
  }
}

/** The sales points, by name: where a payment at a desk can be recorded. */
export function salesPointsOf(db: Db, tenantId: string) {
  return new DeskSalesRepository(db).salesPoints(tenantId);
}
