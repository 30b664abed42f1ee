import { createHash } from 'node:crypto';
import { DomainError, type ProblemCode } from '../../shared/errors.ts';
import { authorize } from '../access/policy.ts';
import { actorId, providerOf, type Principal } from '../access/principal.ts';
import { priceToChargeCents } from '../offers/pricing.ts';
import { parsePassIdentifier } from '../passes/pass-identifier.ts';
import { normalizePassNumber } from '../passes/pass-number.ts';
import { dutchDate, periodStarts } from './limit-period.ts';
import {
  cancellableUntil, presentRedemption, presentRedemptionListItem, presentTillOffer, presentTillPass,
  type RedemptionView, type UnavailableReason,
} from './redemptions.presenter.ts';
import type { RedemptionsRepository, TillOfferRow, TillPassRow } from './redemptions.repository.ts';

export interface RedeemInput { passIdentifier: string; offerId: string }

export interface RedemptionsServiceOptions {
  /** Secret that signs the QR tokens on passes. */
  qrSecret: string;
  /** The clock; tests inject one. */
  now?: () => Date;
  /** Attempts of a transaction that PostgreSQL aborted for a deadlock or serialization failure. */
  maxAttempts?: number;
}

/** What an Idempotency-Key row remembers: the booked redemption, or the refusal. */
type Outcome = { redemption: RedemptionView } | { refusal: { code: ProblemCode; detail: string } };

const RETRYABLE_SQLSTATES = new Set(['40001', '40P01']);
const QR_PREFIX = 'SP1.';

/**
 * The till: which offers apply to a pass, and redeeming and cancelling them, exactly once.
 *
 * A redemption is one transaction: claim the Idempotency-Key, lock the pass row, read the offer
 * with this pass's usage, take one from the stock with a conditional update, insert the
 * redemption, store the answer under the key. Locks are always taken in the order key, pass,
 * redemption, offer, so two tills never wait for each other in a circle.
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
    const pass = usablePass(await this.repo.findPass(principal.tenantId, number), today);
    const offers = await this.repo.listTillOffers(principal.tenantId, providerId, pass.id, periodStarts(today, pass.valid_from), today);
    return {
      pass: presentTillPass(pass),
      items: offers.map((offer) => presentTillOffer(offer, priceFor(offer, pass), unavailableReason(offer, today))),
    };
  }

  /** Books a redemption. With an Idempotency-Key, a retry gets the first answer and books nothing. */
  async redeem(principal: Principal, input: RedeemInput, idempotencyKey?: string): Promise<RedemptionView> {
    authorize(principal, 'till.use');
    const providerId = providerOf(principal)!;
    const { tenantId } = principal;
    const requestHash = hashRequest(input);

    const outcome = await this.withRetry(() => this.repo.transaction(async (tx): Promise<Outcome> => {
      if (idempotencyKey) {
        const first = await tx.claimIdempotencyKey(tenantId, providerId, idempotencyKey, requestHash);
        if (!first) {
          const stored = await tx.findIdempotencyKey(tenantId, providerId, idempotencyKey);
          if (!stored?.response_body) {
            throw new DomainError('idempotency-key-in-use', 'A request with this Idempotency-Key is still running. Try again in a moment.');
          }
          if (stored.request_hash !== requestHash) {
            throw new DomainError('idempotency-key-reused', 'This Idempotency-Key was already used for another pass or offer. Use a new key for a new redemption.');
          }
          return stored.response_body as Outcome;
        }
      }
      let result: Outcome;
      try {
        result = { redemption: await this.book(tx, principal, providerId, input) };
      } catch (error) {
        // A refusal happens before anything is written, so the transaction may commit it:
        // the key then remembers the refusal, and a retry gets the same answer.
        if (!idempotencyKey || !(error instanceof DomainError)) throw error;
        result = { refusal: { code: error.code, detail: error.message } };
      }
      if (idempotencyKey) {
        await tx.storeIdempotentResponse(tenantId, providerId, idempotencyKey, 'redemption' in result ? 201 : null, result);
      }
      return result;
    }));

    if ('refusal' in outcome) throw new DomainError(outcome.refusal.code, outcome.refusal.detail);
    return outcome.redemption;
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
      await tx.lockPassById(tenantId, redemption.pass_id);
      const cancelled = await tx.cancelRedemption(tenantId, redemptionId, now, actorId(principal));
      // Only the request that actually cancelled gives the stock back.
      if (cancelled) await tx.returnStock(tenantId, redemption.offer_id);
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

  private async book(tx: RedemptionsRepository, principal: Principal, providerId: string, input: RedeemInput): Promise<RedemptionView> {
    const { tenantId } = principal;
    const now = this.now();
    const today = dutchDate(now);
    const number = parsePassIdentifier(input.passIdentifier, this.options.qrSecret, now.getTime());
    const pass = usablePass(await tx.lockPass(tenantId, number), today);
    // Read after the pass lock: this statement sees every redemption committed before it.
    const offer = await tx.findOfferWithUsage(tenantId, input.offerId, pass.id, periodStarts(today, pass.valid_from));
    if (!offer) throw new DomainError('offer-not-found', 'There is no offer with this id.');
    if (offer.provider_id !== providerId) throw new DomainError('offer-of-other-provider', 'This offer belongs to another provider. Only its own provider can redeem it.');
    if (offer.status !== 'published') throw new DomainError('offer-not-available', 'This offer is not published.');
    const reason = unavailableReason(offer, today);
    if (reason === 'not-valid-today') throw new DomainError('offer-not-valid-today', `This offer is valid from ${offer.valid_from} until ${offer.valid_until}.`);
    if (reason === 'limit-reached') throw new DomainError('limit-reached', 'This pass has already used this offer as often as the offer allows in this period.');
    if (offer.stock_remaining !== null && !(await tx.takeStock(tenantId, offer.id))) {
      throw new DomainError('offer-sold-out', 'This offer is sold out.');
    }
    const priceCents = priceFor(offer, pass);
    const row = await tx.insertRedemption({
      tenantId, offerId: offer.id, passId: pass.id, providerId, priceCents,
      regularPriceCents: offer.regular_price_cents,
      channel: principal.kind === 'till_system' ? 'api' : 'till',
      redeemedBy: actorId(principal),
      redeemedAt: now,
    });
    return presentRedemption({ ...row, offer_id: offer.id, offer_title: offer.title, pass_number: pass.number, price_cents: priceCents });
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

function usablePass(pass: TillPassRow | undefined, today: string): TillPassRow {
  if (!pass) throw new DomainError('pass-not-found', 'There is no pass with this number.');
  if (pass.status === 'blocked') throw new DomainError('pass-blocked', 'This pass is blocked. The holder can contact the pass organisation.');
  if (pass.status === 'expired' || today > pass.valid_until || today < pass.valid_from) {
    throw new DomainError('pass-expired', 'This pass is not valid today. The holder can contact the pass organisation.');
  }
  return pass;
}

function unavailableReason(offer: TillOfferRow, today: string): UnavailableReason | null {
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
  });
  return createHash('sha256').update(canonical).digest('hex');
}

function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && RETRYABLE_SQLSTATES.has(code);
}
