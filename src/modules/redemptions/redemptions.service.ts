import { hash, randomUUID } from 'node:crypto';
import type { Static } from '@sinclair/typebox';
import { isAbortedForConcurrency, isConnectionLost } from '../../db/errors.ts';
import { DomainError, type InvalidParam, type ProblemCode } from '../../shared/errors.ts';
import { actorId, providerOf, type Principal } from '../access/principal.ts';
import { isCardCode, parseCardCode } from '../cards/card-code.ts';
import { isQrToken, parseQrToken, parseTypedPassNumber } from '../passes/pass-identifier.ts';
import { normalizePassNumber } from '../passes/pass-number.ts';
import { dutchDate } from './limit-period.ts';
import { dutchClock, isWithinValidHours, type ValidHoursWindow } from '../offers/valid-hours.ts';
import {
  cancellableUntil,
  presentRedemption,
  presentRedemptionListItem,
  presentTillList,
  presentTillOffer,
  type RedemptionView,
} from './redemptions.presenter.ts';
import { ledgerBookingParams, reverseRedemptionInLedger } from '../ledger/redemption-booking.ts';
import { returnStock } from '../offers/stock.sql.ts';
import { bumpPassUsageVersion } from '../passes/till-usage.sql.ts';
import {
  creditAvailableCents,
  creditToSpend,
  decisionOf,
  offerDecision,
  quotedCreditToSpend,
  quotedPass,
  TARGET_GROUP_REFUSAL,
  unavailableReason,
  usablePass,
  withUsage,
  type Decision,
} from './redemption-rules.ts';
import { QUOTE_SECONDS, TillQuotes, type QuotedOffer } from './till-quote.ts';
import type { NewRedemption, RedemptionFacts, RedemptionsRepository } from './redemptions.repository.ts';
import { redemptionsPolicy } from './redemptions.policy.ts';
import type { RedemptionInput } from './redemptions.schemas.ts';

/**
 * What a till sends (the request body): creditCents is the part of the price the holder pays from
 * pass credit (0 to the price); quote, the offer's quote from the till list (till-quote.ts), lets
 * the redemption skip reading again.
 */
export type RedeemInput = Static<typeof RedemptionInput>;

export interface RedemptionsServiceOptions {
  /** Secret that signs the QR tokens on passes. */
  qrSecret: string;
  /** The pass number a QR code's key is for, while its device is not revoked (passes/qr-keys.ts); default: none. */
  passNumberOfQrKey?: (tenantId: string, keyId: string) => Promise<string | undefined>;
  /** The pass number of a physical card's static code id, while the card is in use (cards/card-codes.ts); default: none. */
  passNumberOfCardCode?: (tenantId: string, codeId: string) => Promise<string | undefined>;
  /** Whether a provider's tills take typed pass numbers (providers/till-settings.ts); default: yes. */
  acceptsTypedPassNumbers?: (tenantId: string, providerId: string) => Promise<boolean>;
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
  /** The Dutch date of the booking: pass and offer must still be valid on it. */
  today: string;
}

/** A redemption request, parsed once for all its tries. */
interface RedemptionRequest {
  principal: Principal;
  providerId: string;
  input: RedeemInput;
  idempotencyKey: string | undefined;
  requestHash: string;
  /** The pass number, or null with `invalid` saying why the identifier is not one. */
  number: string | null;
  invalid: DomainError | null;
}

/** Thrown inside a try's transaction to undo it when the booking lost a race. */
class LostRace extends Error {}

/** What an Idempotency-Key row remembers: the booked redemption, or the refusal. */
type Outcome =
  { redemption: RedemptionView } | { refusal: { code: ProblemCode; detail: string; invalidParams?: InvalidParam[] } };

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
  private readonly quotes: TillQuotes;

  constructor(
    private readonly repo: RedemptionsRepository,
    private readonly options: RedemptionsServiceOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    this.maxAttempts = options.maxAttempts ?? 5;
    this.quotes = new TillQuotes(options.qrSecret);
  }

  /**
   * The caller's published offers, each with the price to charge this pass now and whether it can
   * be used, and one sealed quote for the offers it can use (till-quote.ts).
   */
  async tillOffers(principal: Principal, passIdentifier: string) {
    redemptionsPolicy.authorize(principal, 'till.use');
    const providerId = providerOf(principal)!;
    const now = this.now();
    const today = dutchDate(now);
    const number = await this.passNumberOf(principal.tenantId, providerId, passIdentifier, now.getTime());
    const list = await this.repo.listTillOffers(principal.tenantId, providerId, number, today);
    const pass = usablePass(list.pass ?? undefined, today);
    const clock = dutchClock(now);
    const quoted: QuotedOffer[] = [];
    const items = list.offers.map((row) => {
      const offer = withUsage(row, today, pass);
      const reason = unavailableReason(offer, today, pass, clock);
      const decision = offerDecision(offer, pass, row.credit);
      if (reason === null) quoted.push(decision);
      return presentTillOffer(offer, decision.priceCents, creditAvailableCents(row.credit), reason);
    });
    const quote =
      quoted.length === 0
        ? undefined
        : this.quotes.seal({
            tenantId: principal.tenantId,
            providerId,
            pass: quotedPass(pass),
            offers: quoted,
            expiresAt: now.getTime() + QUOTE_SECONDS * 1000,
          });
    return presentTillList(pass, items, quote);
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
    redemptionsPolicy.authorize(principal, 'till.use');
    const providerId = providerOf(principal)!;
    const now = this.now();
    let number: string | null = null;
    let invalid: DomainError | null = null;
    try {
      number = await this.passNumberOf(principal.tenantId, providerId, input.passIdentifier, now.getTime());
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      invalid = error;
    }
    const request: RedemptionRequest = {
      principal,
      providerId,
      input,
      number,
      invalid,
      idempotencyKey,
      requestHash: hashRequest(input),
    };
    const onQuote = await this.bookOnQuote(request, now);
    if (onQuote) return onQuote;

    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      try {
        const outcome =
          attempt === 1
            ? await this.attempt(this.repo, request)
            : await this.repo.transaction(async (tx) => {
                if (number !== null) await tx.lockPass(principal.tenantId, number);
                const result = await this.attempt(tx, request);
                if (!result) throw new LostRace(); // Undo the transaction, then try again.
                return result; // A refusal stored under the key is committed with the transaction.
              });
        if (outcome) return answer(outcome);
      } catch (error) {
        // A lost connection on the last try goes to the till as it is (503), not as "busy".
        const tryAgain =
          error instanceof LostRace ||
          isAbortedForConcurrency(error) ||
          (canResend(request, error) && attempt < this.maxAttempts);
        if (!tryAgain) throw error;
      }
      // Lost a race (the pass was used or a redemption cancelled, the last stock or the credit
      // went, or a request with the same key was answered): nothing was written; read again.
      // Or the connection broke, and the key tells whether the booking was kept: read again.
    }
    throw new DomainError('conflict', 'The till is very busy right now. Nothing was booked; please try again.');
  }

  /**
   * The pass number the till sent: a QR code (opaque, rotating: its key names the pass), or a
   * number typed at the till, where the provider takes those. Throws the identifier's own
   * refusal: invalid, an expired or revoked QR code, a typed number where only QR codes count.
   */
  private async passNumberOf(tenantId: string, providerId: string, identifier: string, now: number): Promise<string> {
    if (isQrToken(identifier)) {
      const keyId = parseQrToken(identifier, this.options.qrSecret, now);
      const number = await this.options.passNumberOfQrKey?.(tenantId, keyId);
      if (number === undefined)
        throw new DomainError(
          'qr-code-revoked',
          'This QR code comes from a device that was removed from the pass. Ask the holder to show the pass on another device.',
        );
      return number;
    }
    if (isCardCode(identifier)) {
      const number = await this.options.passNumberOfCardCode?.(
        tenantId,
        parseCardCode(identifier, this.options.qrSecret),
      );
      if (number === undefined)
        throw new DomainError(
          'card-not-in-use',
          'This card is not in use: it was not sent yet, or a newer card replaced it. Ask the holder for the pass number or the QR code in the app.',
        );
      return number;
    }
    const number = parseTypedPassNumber(identifier);
    if (this.options.acceptsTypedPassNumbers && !(await this.options.acceptsTypedPassNumbers(tenantId, providerId)))
      throw new DomainError(
        'typed-pass-number-refused',
        'This till takes the QR code of the pass only, not a typed number. Ask the holder to show the QR code.',
      );
    return number;
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
      tenantId,
      number: request.number ?? '',
      offerId: input.offerId,
      scope: providerId,
      key: idempotencyKey ?? '',
      today: dutchDate(now),
      withCredit: (input.creditCents ?? 0) > 0,
    });
    if (idempotencyKey && facts.stored) {
      // The request that stored it may not have been answered yet: its booking may not be durable.
      await this.repo.waitUntilDurable();
      return replay(facts.stored, requestHash);
    }
    let booking: Booking;
    try {
      if (request.invalid) throw request.invalid;
      booking = this.toBooking(principal, providerId, this.decide(providerId, input, facts, now), now);
    } catch (error) {
      // A refusal writes nothing, so it can be the key's answer: a retry gets the same refusal.
      if (!(error instanceof DomainError)) throw error;
      const refusal = {
        refusal: {
          code: error.code,
          detail: error.message,
          ...(error.invalidParams ? { invalidParams: error.invalidParams } : {}),
        },
      } satisfies Outcome;
      if (!idempotencyKey || (await repo.storeRefusal(tenantId, providerId, idempotencyKey, requestHash, refusal)))
        return refusal;
      return null; // Another request with this key was answered first: read its answer.
    }
    const booked = await repo.book(Object.assign({}, booking, { idempotent: keyed(request, booking) }));
    return booked ? { redemption: booking.view } : null;
  }

  /** Cancels a redemption of the caller's provider within the cancel window; stock and limit are freed. */
  async cancel(principal: Principal, redemptionId: string): Promise<RedemptionView> {
    redemptionsPolicy.authorize(principal, 'till.use');
    const { tenantId } = principal;
    const redemption = await this.repo.findRedemption(tenantId, redemptionId);
    if (!redemption) throw new DomainError('redemption-not-found', 'There is no redemption with this id.');
    redemptionsPolicy.authorize(principal, 'redemption.cancel', { providerId: redemption.provider_id });
    if (redemption.cancelled_at) return presentRedemption(redemption);
    const now = this.now();
    if (now > cancellableUntil(redemption.created_at)) {
      throw new DomainError(
        'redemption-not-cancellable',
        'A redemption can be cancelled within 30 minutes only. This one is older.',
      );
    }
    const cancelledAt = await this.withRetry(() =>
      this.repo.transaction(async (repo, tx) => {
        await bumpPassUsageVersion(tx, tenantId, redemption.pass_id);
        const cancelled = await repo.cancelRedemption(tenantId, redemptionId, now, actorId(principal));
        // Only the request that actually cancelled gives the stock back and reverses the bookings.
        if (cancelled) {
          await returnStock(tx, tenantId, redemption.offer_id);
          await reverseRedemptionInLedger(tx, {
            tenantId,
            redemptionId,
            creditCents: redemption.credit_cents,
            reimbursedCents: redemption.reimbursed_cents,
            recordedBy: actorId(principal),
          });
        }
        return cancelled?.cancelled_at ?? now;
      }),
    );
    return presentRedemption(Object.assign({}, redemption, { cancelled_at: cancelledAt }));
  }

  /** A page of redemptions: a provider's own, or all of them for the pass organisation. */
  async list(principal: Principal, page: number, pageSize: number) {
    redemptionsPolicy.authorize(principal, 'redemption.list');
    const { rows, totalItems } = await this.repo.listRedemptions(
      principal.tenantId,
      providerOf(principal),
      page,
      pageSize,
    );
    return { items: rows.map(presentRedemptionListItem), page, pageSize, totalItems };
  }

  /** Checks every rule against the facts read, and prepares the booking: price, credit lines, reimbursement, answer. */
  private decide(providerId: string, input: RedeemInput, facts: RedemptionFacts, now: Date): Decision {
    const today = dutchDate(now);
    const pass = usablePass(facts.pass ?? undefined, today);
    if (!facts.offer) throw new DomainError('offer-not-found', 'There is no offer with this id.');
    const offer = withUsage(facts.offer, today, pass);
    if (offer.provider_id !== providerId)
      throw new DomainError(
        'offer-of-other-provider',
        'This offer belongs to another provider. Only its own provider can redeem it.',
      );
    const reason = unavailableReason(offer, today, pass, dutchClock(now));
    // An offer for one target group: one refusal for every reason (redemption-rules.ts).
    if (reason === 'not-available' || (offer.status !== 'published' && offer.eligible_pass_categories.length > 0))
      throw new DomainError('offer-not-available', TARGET_GROUP_REFUSAL);
    if (offer.status !== 'published') throw new DomainError('offer-not-available', 'This offer is not published.');
    if (reason === 'not-valid-today')
      throw new DomainError(
        'offer-not-valid-today',
        `This offer is valid from ${offer.valid_from} until ${offer.valid_until}.`,
      );
    if (reason === 'limit-reached')
      throw new DomainError(
        'limit-reached',
        'This pass has already used this offer as often as the offer allows in this period.',
      );
    if (reason === 'not-valid-now')
      throw new DomainError(
        'offer-outside-valid-hours',
        `This offer can be used only ${describeValidHours(offer.valid_hours)} (Dutch time).`,
      );
    if (reason === 'sold-out') throw new DomainError('offer-sold-out', 'This offer is sold out.');
    const decided = offerDecision(offer, pass, facts.credit);
    const creditCents = input.creditCents ?? 0;
    return decisionOf(
      quotedPass(pass),
      decided,
      creditCents,
      creditToSpend(offer, facts.credit, decided.priceCents, creditCents),
    );
  }

  /** The booking of a decision now: a new redemption id, the answer, the ledger lines. */
  private toBooking(principal: Principal, providerId: string, decision: Decision, now: Date): Booking {
    const { tenantId } = principal;
    const { priceCents, creditCents, reimbursedCents } = decision;
    const id = randomUUID();
    const view = presentRedemption({
      id,
      offer_id: decision.offerId,
      offer_title: decision.offerTitle,
      pass_number: decision.passNumber,
      price_cents: priceCents,
      credit_cents: creditCents,
      created_at: now,
      cancelled_at: null,
    });
    return {
      view,
      passVersion: decision.passVersion,
      takeStock: decision.takeStock,
      today: dutchDate(now),
      redemption: {
        tenantId,
        id,
        offerId: decision.offerId,
        passId: decision.passId,
        providerId,
        priceCents,
        creditCents,
        reimbursedCents,
        regularPriceCents: decision.regularPriceCents,
        channel: principal.kind === 'till_system' ? 'api' : 'till',
        redeemedBy: actorId(principal),
        redeemedAt: now,
      },
      ledger: ledgerBookingParams({
        tenantId,
        redemptionId: id,
        providerId,
        redeemedAt: now,
        recordedBy: actorId(principal),
        credit: decision.credit,
        reimbursedCents,
        source: decision.source,
      }),
    };
  }

  /**
   * Books on a quote from the till list, if the request carries a valid one for this pass and
   * offer (and, paying from credit, the credit listed covers it); null: read as usual.
   */
  private async bookOnQuote(request: RedemptionRequest, now: Date): Promise<RedemptionView | null> {
    const { principal, providerId, input } = request;
    if (request.number === null) return null;
    const quote = this.quotes.open(input.quote, now.getTime());
    if (
      !quote ||
      quote.tenantId !== principal.tenantId ||
      quote.providerId !== providerId ||
      quote.pass.passNumber !== request.number
    )
      return null;
    const offerId = input.offerId.toLowerCase();
    const offer = quote.offers.find((quoted) => quoted.offerId === offerId);
    // Outside its hours now (the window closed since the list): read, and refuse with the reason.
    if (!offer || (offer.validHours?.length && !isWithinValidHours(offer.validHours, dutchClock(now)))) return null;
    const creditCents = input.creditCents ?? 0;
    const credit = quotedCreditToSpend(offer, creditCents, dutchDate(now));
    if (!credit) return null;
    const booking = this.toBooking(principal, providerId, decisionOf(quote.pass, offer, creditCents, credit), now);
    try {
      return (await this.repo.book(Object.assign({}, booking, { idempotent: keyed(request, booking) })))
        ? booking.view
        : null;
    } catch (error) {
      if (isAbortedForConcurrency(error) || canResend(request, error)) return null;
      throw error;
    }
  }

  private async withRetry<T>(work: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await work();
      } catch (error) {
        if (!isAbortedForConcurrency(error)) throw error;
        if (attempt >= this.maxAttempts) {
          throw new DomainError('conflict', 'The till is very busy right now. Nothing was booked; please try again.');
        }
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
      }
    }
  }
}

const WEEKDAY_NAMES = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** "Mon, Tue 09:00-12:00; Sat 10:00-16:00": the windows for a refusal's detail. */
function describeValidHours(windows: ValidHoursWindow[]): string {
  return windows.map((w) => `${w.days.map((d) => WEEKDAY_NAMES[d]).join(', ')} ${w.from}-${w.until}`).join('; ');
}

/** The redemption of an outcome, or its refusal thrown again. */
function answer(outcome: Outcome): RedemptionView {
  if ('refusal' in outcome)
    throw new DomainError(outcome.refusal.code, outcome.refusal.detail, outcome.refusal.invalidParams);
  return outcome.redemption;
}

/** The first request's answer for a retry with the same key, or why there is none yet. */
function replay(stored: { request_hash: string; response_body: unknown } | undefined, requestHash: string): Outcome {
  if (!stored?.response_body) {
    throw new DomainError(
      'idempotency-key-in-use',
      'A request with this Idempotency-Key is still running. Try again in a moment.',
    );
  }
  if (stored.request_hash !== requestHash) {
    throw new DomainError(
      'idempotency-key-reused',
      'This Idempotency-Key was already used for another pass or offer. Use a new key for a new redemption.',
    );
  }
  return stored.response_body as Outcome;
}

/** With an Idempotency-Key: the key and the answer the booking stores under it. */
function keyed(request: RedemptionRequest, booking: Booking) {
  const { idempotencyKey, providerId, requestHash } = request;
  return idempotencyKey
    ? {
        scope: providerId,
        key: idempotencyKey,
        requestHash,
        responseBody: { redemption: booking.view } satisfies Outcome,
      }
    : undefined;
}

/** sha256 of the canonical request: the same pass and offer give the same hash, however typed. */
export function hashRequest(input: RedeemInput): string {
  const identifier = input.passIdentifier.trim();
  const canonical = JSON.stringify({
    offerId: input.offerId.toLowerCase(),
    passIdentifier: isQrToken(identifier) ? identifier : normalizePassNumber(identifier),
    // Only when paying from credit: no credit and credit 0 are the same request. Changing this form
    // would make a retry of a key stored in the last 7 days look like another request.
    ...(input.creditCents ? { creditCents: input.creditCents } : {}),
  });
  return hash('sha256', canonical, 'hex');
}

/**
 * After a broken connection a booking may have been committed or not. With an Idempotency-Key the
 * next try finds out: it reads the key's stored answer (booked) or books (not booked). Without a
 * key it cannot tell, so the till hears 503 and looks before it sends again.
 */
function canResend(request: RedemptionRequest, error: unknown): boolean {
  return request.idempotencyKey !== undefined && isConnectionLost(error);
}
