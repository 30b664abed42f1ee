import { createHash, randomUUID } from 'node:crypto';
import { DomainError, type InvalidParam, type ProblemCode } from '../../shared/errors.ts';
import { authorize } from '../access/policy.ts';
import { actorId, providerOf, type Principal } from '../access/principal.ts';
import { priceToChargeCents } from '../offers/pricing.ts';
import { parsePassIdentifier } from '../passes/pass-identifier.ts';
import { normalizePassNumber } from '../passes/pass-number.ts';
import { dutchDate, periodStartDate } from './limit-period.ts';
import {
  cancellableUntil, presentRedemption, presentRedemptionListItem, presentTillOffer, presentTillPass,
  type RedemptionView, type UnavailableReason,
} from './redemptions.presenter.ts';
import type { Tx } from '../ledger/ledger.service.ts';
import { ledgerBookingParams, reimbursableCents, reverseRedemptionInLedger, spreadCredit, type CreditLine } from './redemptions.ledger.ts';
import type { NewRedemption, RedemptionFacts, RedemptionsRepository, SpendableCredit, TillOfferRow, TillPassRow } from './redemptions.repository.ts';

export interface RedeemInput {
  passIdentifier: string;
  offerId: string;
  /** Part of the price the holder pays from pass credit (0 to the price). */
  creditCents?: number | undefined;
}

export interface RedemptionsServiceOptions {
  /** Secret that signs the QR tokens on passes. */
  qrSecret: string;
  /** The clock; tests inject one. */
  now?: () => Date;
  /** Attempts of a transaction that PostgreSQL aborted for a deadlock or serialization failure. */
  maxAttempts?: number;
}

/** A decided redemption, ready for the one booking statement. */
interface Booking {
  view: RedemptionView;
  redemption: NewRedemption;
  ledger: ReturnType<typeof ledgerBookingParams>;
  /** The pass's usage version the rules were checked at. */
  passVersion: number;
  takeStock: boolean;
}

/** A redemption request, parsed once for all its tries. */
interface RedemptionRequest {
  principal: Principal; providerId: string; input: RedeemInput; idempotencyKey: string | undefined; requestHash: string;
  /** The pass number, or null with `invalid` saying why the identifier is not one. */
  number: string | null; invalid: DomainError | null;
}

/** Thrown inside a try's transaction to undo it when the booking lost a race. */
class LostRace extends Error {}

/** What an Idempotency-Key row remembers: the booked redemption, or the refusal. */
type Outcome = { redemption: RedemptionView } | { refusal: { code: ProblemCode; detail: string; invalidParams?: InvalidParam[] } };

const RETRYABLE_SQLSTATES = new Set(['40001', '40P01']);
const QR_PREFIX = 'SP1.';

/**
 * The till: which offers apply to a pass, and redeeming and cancelling them, exactly once.
 *
 * A redemption is two statements: read the facts it is decided on (the key's stored answer, the
 * pass and its usage version, the offer, the dates this pass used it, its credit), then book it in
 * one statement: the key with its answer, a compare-and-set of the pass's usage version, the
 * stock, the credit, the redemption and its ledger entries, each only if the one before happened
 * (redemptions.repository.ts). A booking that lost a race writes nothing and is tried again, the
 * second time in a transaction that queues on the pass row first. See docs/decisions/0002.
 */
export class RedemptionsService {
  private readonly now: () => Date;
  private readonly maxAttempts: number;

  constructor(private readonly repo: RedemptionsRepository, private readonly options: RedemptionsServiceOptions) {
    this.now = options.now ?? (() => new Date());
    this.maxAttempts = options.maxAttempts ?? 5;
  }

  /** The caller's published offers, each with the price to charge this pass now and whether it can be used. */
  async tillOffers(principal: Principal, passIdentifier: string) {
    authorize(principal, 'till.use');
    const providerId = providerOf(principal)!;
    const now = this.now();
    const today = dutchDate(now);
    const number = parsePassIdentifier(passIdentifier, this.options.qrSecret, now.getTime());
    const list = await this.repo.listTillOffers(principal.tenantId, providerId, number, today);
    const pass = usablePass(list.pass ?? undefined, today);
    return {
      pass: presentTillPass(pass),
      items: list.offers.map((row) => {
        const offer = withUsage(row, today, pass);
        return presentTillOffer(offer, priceFor(offer, pass), row.credit_available, unavailableReason(offer, today));
      }),
    };
  }

  /**
   * Books a redemption. With an Idempotency-Key, a retry gets the first answer and books nothing.
   *
   * First try: two round trips and no transaction held open. Read the facts (one statement, no
   * locks), decide with the rules here, then book in one statement that only succeeds if the facts
   * it depends on still hold (the pass's usage version, the stock, the credit). If another till
   * changed one of them in between, nothing was written. Then the next tries queue: in a
   * transaction that first locks the pass row, so a busy pass is served in turn, not starved.
   */
  async redeem(principal: Principal, input: RedeemInput, idempotencyKey?: string): Promise<RedemptionView> {
    authorize(principal, 'till.use');
    const providerId = providerOf(principal)!;
    const now = this.now();
    let number: string | null = null;
    let invalid: DomainError | null = null;
    try {
      number = parsePassIdentifier(input.passIdentifier, this.options.qrSecret, now.getTime());
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      invalid = error;
    }
    const request: RedemptionRequest = { principal, providerId, input, number, invalid, idempotencyKey, requestHash: hashRequest(input) };

    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      try {
        const outcome = attempt === 1
          ? await this.attempt(this.repo, request)
          : await this.repo.transaction(async (tx) => {
            if (number !== null) await tx.lockPass(principal.tenantId, number);
            const result = await this.attempt(tx, request);
            if (!result) throw new LostRace(); // Undo the transaction, then try again.
            return result; // A refusal stored under the key is committed with the transaction.
          });
        if (outcome) return answer(outcome);
      } catch (error) {
        if (!(error instanceof LostRace) && !isRetryable(error)) throw error;
      }
      // Lost a race (the pass was used or a redemption cancelled, the last stock or the credit
      // went, or a request with the same key was answered): nothing was written; read again.
    }
    throw new DomainError('conflict', 'The till is very busy right now. Nothing was booked; please try again.');
  }

  /**
   * One try: read, decide, book. The outcome is the booked redemption or the refusal (stored under
   * the key, if any); null when a guarded step lost a race and nothing was written.
   */
  private async attempt(repo: RedemptionsRepository, request: RedemptionRequest): Promise<Outcome | null> {
    const { principal, providerId, input, idempotencyKey, requestHash } = request;
    const { tenantId } = principal;
    const now = this.now();
    const facts = await repo.readForRedemption({
      tenantId, number: request.number ?? '', offerId: input.offerId, scope: providerId, key: idempotencyKey ?? '',
      today: dutchDate(now), withCredit: (input.creditCents ?? 0) > 0,
    });
    if (idempotencyKey && facts.stored) return replay(facts.stored, requestHash);
    let booking: Booking;
    try {
      if (request.invalid) throw request.invalid;
      booking = this.decide(principal, providerId, input, facts, now);
    } catch (error) {
      // A refusal writes nothing, so it can be the key's answer: a retry gets the same refusal.
      if (!(error instanceof DomainError)) throw error;
      const refusal = { refusal: { code: error.code, detail: error.message, ...(error.invalidParams ? { invalidParams: error.invalidParams } : {}) } } satisfies Outcome;
      if (!idempotencyKey || await repo.storeRefusal(tenantId, providerId, idempotencyKey, requestHash, refusal)) return refusal;
      return null; // Another request with this key was answered first: read its answer.
    }
    const booked = await repo.book({
      ...booking,
      idempotent: idempotencyKey ? { scope: providerId, key: idempotencyKey, requestHash, responseBody: { redemption: booking.view } satisfies Outcome } : undefined,
    });
    return booked ? { redemption: booking.view } : null;
  }

  /** Cancels a redemption of the caller's provider within the cancel window; stock and limit are freed. */
  async cancel(principal: Principal, redemptionId: string): Promise<RedemptionView> {
    authorize(principal, 'till.use');
    const { tenantId } = principal;
    const redemption = await this.repo.findRedemption(tenantId, redemptionId);
    if (!redemption) throw new DomainError('redemption-not-found', 'There is no redemption with this id.');
    authorize(principal, 'redemption.cancel', { providerId: redemption.provider_id });
    if (redemption.cancelled_at) return presentRedemption(redemption);
    const now = this.now();
    if (now > cancellableUntil(redemption.created_at)) {
      throw new DomainError('redemption-not-cancellable', 'A redemption can be cancelled within 30 minutes only. This one is older.');
    }
    const cancelledAt = await this.withRetry(() => this.repo.transaction(async (tx) => {
      await tx.bumpPassVersion(tenantId, redemption.pass_id);
      const cancelled = await tx.cancelRedemption(tenantId, redemptionId, now, actorId(principal));
      // Only the request that actually cancelled gives the stock back and reverses the bookings.
      if (cancelled) {
        await tx.returnStock(tenantId, redemption.offer_id);
        await reverseRedemptionInLedger(tx.executor as Tx, {
          tenantId, redemptionId, creditCents: redemption.credit_cents, reimbursedCents: redemption.reimbursed_cents, recordedBy: actorId(principal),
        });
      }
      return cancelled?.cancelled_at ?? now;
    }));
    return presentRedemption({ ...redemption, cancelled_at: cancelledAt });
  }

  /** A page of redemptions: a provider's own, or all of them for the pass organisation. */
  async list(principal: Principal, page: number, pageSize: number) {
    authorize(principal, 'redemption.list');
    const { rows, totalItems } = await this.repo.listRedemptions(principal.tenantId, providerOf(principal), page, pageSize);
    return { items: rows.map(presentRedemptionListItem), page, pageSize, totalItems };
  }

  /** Checks every rule against the facts read, and prepares the booking: price, credit lines, reimbursement, answer. */
  private decide(principal: Principal, providerId: string, input: RedeemInput, facts: RedemptionFacts, now: Date): Booking {
    const { tenantId } = principal;
    const today = dutchDate(now);
    const pass = usablePass(facts.pass ?? undefined, today);
    if (!facts.offer) throw new DomainError('offer-not-found', 'There is no offer with this id.');
    const offer = withUsage(facts.offer, today, pass);
    if (offer.provider_id !== providerId) throw new DomainError('offer-of-other-provider', 'This offer belongs to another provider. Only its own provider can redeem it.');
    if (offer.status !== 'published') throw new DomainError('offer-not-available', 'This offer is not published.');
    const reason = unavailableReason(offer, today);
    if (reason === 'not-valid-today') throw new DomainError('offer-not-valid-today', `This offer is valid from ${offer.valid_from} until ${offer.valid_until}.`);
    if (reason === 'limit-reached') throw new DomainError('limit-reached', 'This pass has already used this offer as often as the offer allows in this period.');
    if (reason === 'sold-out') throw new DomainError('offer-sold-out', 'This offer is sold out.');
    const priceCents = priceFor(offer, pass);
    const creditCents = input.creditCents ?? 0;
    const credit = creditToSpend(offer, facts.credit, priceCents, creditCents);
    const reimbursedCents = reimbursableCents(offer, priceCents);
    const id = randomUUID();
    const view = presentRedemption({
      id, offer_id: offer.id, offer_title: offer.title, pass_number: pass.number, price_cents: priceCents, credit_cents: creditCents,
      created_at: now, cancelled_at: null,
    });
    return {
      view,
      passVersion: pass.redemption_seq,
      takeStock: offer.stock_remaining !== null,
      redemption: {
        tenantId, id, offerId: offer.id, passId: pass.id, providerId, priceCents, creditCents, reimbursedCents,
        regularPriceCents: offer.regular_price_cents,
        channel: principal.kind === 'till_system' ? 'api' : 'till',
        redeemedBy: actorId(principal),
        redeemedAt: now,
      },
      ledger: ledgerBookingParams({
        tenantId, redemptionId: id, providerId, redeemedAt: now, recordedBy: actorId(principal), credit, reimbursedCents,
        source: offer.discount_borne_by === 'scheme' ? { type: 'scheme_fund', schemeId: offer.discount_scheme_id! }
          : offer.discount_borne_by === 'action_budget' ? { type: 'action_budget' } : null,
      }),
    };
  }

  private async withRetry<T>(work: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await work();
      } catch (error) {
        if (!isRetryable(error)) throw error;
        if (attempt >= this.maxAttempts) {
          throw new DomainError('conflict', 'The till is very busy right now. Nothing was booked; please try again.');
        }
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
      }
    }
  }
}

/** The redemption of an outcome, or its refusal thrown again. */
function answer(outcome: Outcome): RedemptionView {
  if ('refusal' in outcome) throw new DomainError(outcome.refusal.code, outcome.refusal.detail, outcome.refusal.invalidParams);
  return outcome.redemption;
}

/** The first request's answer for a retry with the same key, or why there is none yet. */
function replay(stored: { request_hash: string; response_body: unknown } | undefined, requestHash: string): Outcome {
  if (!stored?.response_body) {
    throw new DomainError('idempotency-key-in-use', 'A request with this Idempotency-Key is still running. Try again in a moment.');
  }
  if (stored.request_hash !== requestHash) {
    throw new DomainError('idempotency-key-reused', 'This Idempotency-Key was already used for another pass or offer. Use a new key for a new redemption.');
  }
  const outcome = stored.response_body as Outcome;
  // Answers stored before till credit payments existed have no credit fields.
  if ('redemption' in outcome) {
    const stored = outcome.redemption as Omit<RedemptionView, 'creditCents' | 'toPayCents'> & Partial<RedemptionView>;
    return { redemption: { ...stored, creditCents: stored.creditCents ?? 0, toPayCents: stored.toPayCents ?? stored.priceCents } };
  }
  return outcome;
}

/**
 * Which credit accounts pay `creditCents` of the price: refused (credit-insufficient) when the
 * offer takes no credit or the pass has too little credit that can be spent here. The refusal names amounts only,
 * never a scheme: the till learns nothing about why the holder has credit.
 */
function creditToSpend(offer: TillOfferRow & { used: number }, accounts: SpendableCredit[], priceCents: number, creditCents: number): CreditLine[] {
  if (creditCents === 0) return [];
  if (creditCents > priceCents) {
    throw new DomainError('invalid-input', `At most the price (${priceCents} cents) can be paid from credit.`, [
      { name: 'body.creditCents', code: 'exceeds-price', reason: `${creditCents} is more than the price of ${priceCents} cents` },
    ]);
  }
  if (!offer.payable_from_credit) throw new DomainError('credit-insufficient', 'This offer cannot be paid from pass credit: 0 cents of credit can be spent here. Nothing was booked.');
  const lines = spreadCredit(accounts, creditCents);
  if (!lines) {
    const available = accounts.reduce((total, a) => total + Number(a.balanceCents), 0);
    throw new DomainError('credit-insufficient', `This pass has ${available} cents of credit that can be spent on this offer today; ${creditCents} were asked. Nothing was booked.`);
  }
  return lines;
}

function usablePass<P extends TillPassRow>(pass: P | undefined, today: string): P {
  if (!pass) throw new DomainError('pass-not-found', 'There is no pass with this number.');
  if (pass.status === 'blocked') throw new DomainError('pass-blocked', 'This pass is blocked. The holder can contact the pass organisation.');
  if (pass.status === 'expired' || today > pass.valid_until || today < pass.valid_from) {
    throw new DomainError('pass-expired', 'This pass is not valid today. The holder can contact the pass organisation.');
  }
  return pass;
}

/** An offer with `used`: how often this pass used it in the offer's limit period (limit-period.ts). */
function withUsage<O extends TillOfferRow>(offer: O, today: string, pass: TillPassRow): O & { used: number } {
  // No limit: nothing to count. 'ever': every use counts (start null).
  const start = offer.limit_period ? periodStartDate(offer.limit_period, today, pass.valid_from) : null;
  return { ...offer, used: offer.used_on.filter((date) => start === null || date >= start).length };
}

function unavailableReason(offer: TillOfferRow & { used: number }, today: string): UnavailableReason | null {
  if (today < offer.valid_from || today > offer.valid_until) return 'not-valid-today';
  if (offer.limit_per_pass !== null && offer.used >= offer.limit_per_pass) return 'limit-reached';
  if (offer.stock_remaining !== null && offer.stock_remaining <= 0) return 'sold-out';
  return null;
}

/** The one number the till sees; why it is this number stays in pricing.ts. */
function priceFor(offer: TillOfferRow, pass: TillPassRow): number {
  return priceToChargeCents({
    priceType: offer.price_type,
    regularPriceCents: offer.regular_price_cents,
    discountPercent: offer.discount_percent,
    amountOffCents: offer.amount_off_cents,
    fixedPriceCents: offer.fixed_price_cents,
    reducedPriceCents: offer.reduced_price_cents,
  }, pass.category, pass.reduced_tariff_categories);
}

/** sha256 of the canonical request: the same pass and offer give the same hash, however typed. */
export function hashRequest(input: RedeemInput): string {
  const identifier = input.passIdentifier.trim();
  const canonical = JSON.stringify({
    offerId: input.offerId.toLowerCase(),
    passIdentifier: identifier.startsWith(QR_PREFIX) ? identifier : normalizePassNumber(identifier),
    // Only when paying from credit, so keys stored before credit payments keep their hash.
    ...(input.creditCents ? { creditCents: input.creditCents } : {}),
  });
  return createHash('sha256').update(canonical).digest('hex');
}

function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && RETRYABLE_SQLSTATES.has(code);
}
