import { DomainError } from '../../shared/errors.ts';
import { priceToChargeCents } from '../offers/pricing.ts';
import { isWithinValidHours, type DutchClock } from '../offers/valid-hours.ts';
import { periodStartDate } from './limit-period.ts';
import type { UnavailableReason } from './redemptions.presenter.ts';
import type { CreditLine } from '../ledger/redemption-booking.ts';
import type { DiscountBorneBy } from '../offers/offers.tables.ts';
import type { SpendableCredit, TillOfferRow, TillPassRow } from './redemptions.repository.ts';
import type { QuotedOffer, QuotedPass } from './till-quote.ts';

/**
 * The till's rules, without a database or a clock: whether a pass can be used, how often it used
 * an offer in the offer's period, whether the offer is available, the price, the credit that pays
 * and the discount a fund bears. The service reads the facts and books; this decides.
 */

/** What the rules decided for one pass and offer: everything the booking needs except the moment. */
export type Decision = QuotedPass & QuotedOffer & { creditCents: number; credit: CreditLine[] };

export function usablePass<P extends TillPassRow>(pass: P | undefined, today: string): P {
  if (!pass) throw new DomainError('pass-not-found', 'There is no pass with this number.');
  if (pass.status === 'replaced')
    throw new DomainError('pass-replaced', 'This pass was replaced by a new pass. Ask the holder for the new pass.');
  if (pass.status === 'blocked')
    throw new DomainError('pass-blocked', 'This pass is blocked. The holder can contact the pass organisation.');
  if (pass.status === 'expired' || today < pass.valid_from) {
    throw new DomainError(
      'pass-expired',
      'This pass is not valid today. The holder can contact the pass organisation.',
    );
  }
  // After its pass year the till still accepts a pass for a grace period (passes/pass-year.ts):
  // `grace_until` is valid_until plus the municipality's grace, kept on the pass.
  if (today > pass.grace_until)
    throw new DomainError('pass-lapsed', 'This pass is no longer valid. The holder can renew it.');
  return pass;
}

/** An offer with `used`: how often this pass used it in the offer's limit period (limit-period.ts). */
export function withUsage<O extends TillOfferRow>(offer: O, today: string, pass: TillPassRow): O & { used: number } {
  // No limit: nothing to count. 'ever': every use counts (start null).
  const start = offer.limit_period ? periodStartDate(offer.limit_period, today, pass.valid_from) : null;
  // Object.assign, not a spread plus a property: that makes new hidden classes per call (decision 0004).
  return Object.assign({}, offer, { used: offer.used_on.filter((date) => start === null || date >= start).length });
}

/**
 * Why the pass cannot use the offer today, or null. An offer for one target group (a respite day
 * for carers, the food bank for minima) gives 'not-available' for every reason, the group
 * included: the till cannot tell "not for this person" from "used up" or "sold out", so a
 * refusal never reveals the holder's group.
 */
export function unavailableReason(
  offer: TillOfferRow & { used: number },
  today: string,
  pass: TillPassRow,
  clock: DutchClock,
): UnavailableReason | null {
  const reason = commonUnavailableReason(offer, today, clock);
  if (offer.eligible_pass_categories.length === 0) return reason;
  return reason !== null || !offer.eligible_pass_categories.includes(pass.category) ? 'not-available' : null;
}

function commonUnavailableReason(
  offer: TillOfferRow & { used: number },
  today: string,
  clock: DutchClock,
): UnavailableReason | null {
  if (today < offer.valid_from || today > offer.valid_until) return 'not-valid-today';
  // In memory, on the row the till already read: no query of its own (offers/valid-hours.ts).
  if (offer.valid_hours.length > 0 && !isWithinValidHours(offer.valid_hours, clock)) return 'not-valid-now';
  if (offer.limit_per_pass !== null && offer.used >= offer.limit_per_pass) return 'limit-reached';
  if (offer.stock_remaining !== null && offer.stock_remaining <= 0) return 'sold-out';
  return null;
}

/** The one refusal of an offer for one target group, whatever its reason. */
export const TARGET_GROUP_REFUSAL = 'This offer cannot be used with this pass today.';

/** The one number the till sees; why it is this number stays in pricing.ts. */
export function priceFor(offer: TillOfferRow, pass: TillPassRow): number {
  return priceToChargeCents(
    {
      priceType: offer.price_type,
      regularPriceCents: offer.regular_price_cents,
      discountPercent: offer.discount_percent,
      amountOffCents: offer.amount_off_cents,
      fixedPriceCents: offer.fixed_price_cents,
      reducedPriceCents: offer.reduced_price_cents,
    },
    pass.category,
    pass.reduced_tariff_categories,
  );
}

/** The pass as a decision (and a till quote) names it: with the usage version it was read at. */
export function quotedPass(pass: TillPassRow & { redemption_seq: number }): QuotedPass {
  return { passId: pass.id, passNumber: pass.number, passVersion: pass.redemption_seq };
}

/**
 * A decision from its parts: the pass, what was decided for the offer (read now, or from a till
 * quote), and the credit that pays part of the price (none by default). Object.assign, not a
 * spread plus properties: this runs per sale (decision 0004).
 */
export function decisionOf(pass: QuotedPass, offer: QuotedOffer, creditCents = 0, credit: CreditLine[] = []): Decision {
  return Object.assign({}, pass, offer, { creditCents, credit });
}

/**
 * What the rules decide for an offer they allow, before any credit is spent: price,
 * reimbursement, who bears it, and the credit that could pay (`spendableCredit`, as read).
 */
export function offerDecision(offer: TillOfferRow, pass: TillPassRow, spendableCredit: SpendableCredit[]): QuotedOffer {
  const priceCents = priceFor(offer, pass);
  return {
    offerId: offer.id,
    offerTitle: offer.title,
    priceCents,
    regularPriceCents: offer.regular_price_cents,
    reimbursedCents: reimbursableCents(offer, priceCents),
    source:
      offer.discount_borne_by === 'scheme'
        ? { type: 'scheme_fund', schemeId: offer.discount_scheme_id! }
        : offer.discount_borne_by === 'action_budget'
          ? { type: 'action_budget' }
          : null,
    takeStock: offer.stock_remaining !== null,
    spendableCredit,
    validHours: offer.valid_hours,
  };
}

/** The credit the till list shows: one number, never a scheme. */
export function creditAvailableCents(accounts: SpendableCredit[]): number {
  return accounts.reduce((total, account) => total + Number(account.balanceCents), 0);
}

/**
 * Which credit accounts pay `creditCents` on a till quote, or null when the quote cannot decide
 * it: more than the price, an account whose scheme has ended since the list, or too little credit
 * listed. The redemption then reads again, and the read refuses or books as the facts are now.
 */
export function quotedCreditToSpend(offer: QuotedOffer, creditCents: number, today: string): CreditLine[] | null {
  if (creditCents === 0) return [];
  if (creditCents > offer.priceCents || offer.spendableCredit.some((account) => account.validUntil < today))
    return null;
  return spreadCredit(offer.spendableCredit, creditCents);
}

/**
 * Which credit accounts pay `creditCents` of the price: refused (credit-insufficient) when the
 * offer takes no credit or the pass has too little credit that can be spent here. The refusal names amounts only,
 * never a scheme: the till learns nothing about why the holder has credit.
 */
export function creditToSpend(
  offer: TillOfferRow & { used: number },
  accounts: SpendableCredit[],
  priceCents: number,
  creditCents: number,
): CreditLine[] {
  if (creditCents === 0) return [];
  if (creditCents > priceCents) {
    throw new DomainError('invalid-input', `At most the price (${priceCents} cents) can be paid from credit.`, [
      {
        name: 'body.creditCents',
        code: 'exceeds-price',
        reason: `${creditCents} is more than the price of ${priceCents} cents`,
      },
    ]);
  }
  if (!offer.payable_from_credit)
    throw new DomainError(
      'credit-insufficient',
      'This offer cannot be paid from pass credit: 0 cents of credit can be spent here. Nothing was booked.',
    );
  const lines = spreadCredit(accounts, creditCents);
  if (!lines) {
    const available = creditAvailableCents(accounts);
    throw new DomainError(
      'credit-insufficient',
      `This pass has ${available} cents of credit that can be spent on this offer today; ${creditCents} were asked. Nothing was booked.`,
    );
  }
  return lines;
}

/**
 * Spreads `amountCents` over the spendable accounts in their order (earliest expiry first):
 * each pays what it holds until the amount is covered. Null when they hold too little.
 */
export function spreadCredit(accounts: SpendableCredit[], amountCents: number): CreditLine[] | null {
  const lines: CreditLine[] = [];
  let left = amountCents;
  for (const account of accounts) {
    if (left === 0) break;
    const take = Math.min(left, Number(account.balanceCents));
    if (take > 0) lines.push({ accountId: account.id, amountCents: take });
    left -= take;
  }
  return left === 0 ? lines : null;
}

/** The discount the provider gets back from a fund: 0 when the provider bears it or the offer has no regular price. */
export function reimbursableCents(
  offer: { discount_borne_by: DiscountBorneBy; regular_price_cents: number | null },
  priceCents: number,
) {
  if (offer.discount_borne_by === 'provider' || offer.regular_price_cents === null) return 0;
  return Math.max(0, offer.regular_price_cents - priceCents);
}
