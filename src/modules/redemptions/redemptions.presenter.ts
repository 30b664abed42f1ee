import type { Static } from '@sinclair/typebox';
import { formatPassNumber } from '../passes/pass-number.ts';
import type {
  Redemption,
  RedemptionListItem,
  TillOffer,
  TillOffers,
  TillPass,
  UnavailableReason as UnavailableReasonSchema,
} from './redemptions.schemas.ts';

/**
 * What a till and a provider see of a redemption and of a pass. Privacy lives here: the holder's
 * category, the price type and the reason for a price never leave the server; the till gets
 * the price to charge and nothing else about the person.
 */
export const CANCEL_WINDOW_MINUTES = 30;

/** A redemption as a till, a provider and the stored Idempotency-Key answer see it. */
export type RedemptionView = Static<typeof Redemption>;
export type UnavailableReason = Static<typeof UnavailableReasonSchema>;
export type TillOfferView = Static<typeof TillOffer>;

export const cancellableUntil = (redeemedAt: Date) => new Date(redeemedAt.getTime() + CANCEL_WINDOW_MINUTES * 60_000);

export function presentRedemption(r: {
  id: string;
  offer_id: string;
  offer_title: string;
  pass_number: string;
  price_cents: number;
  credit_cents: number;
  created_at: Date;
  cancelled_at: Date | null;
}): Static<typeof Redemption> {
  return {
    id: r.id,
    offerId: r.offer_id,
    offerTitle: r.offer_title,
    passNumber: formatPassNumber(r.pass_number),
    priceCents: r.price_cents,
    creditCents: r.credit_cents,
    toPayCents: r.price_cents - r.credit_cents,
    redeemedAt: r.created_at.toISOString(),
    cancellableUntil: cancellableUntil(r.created_at).toISOString(),
    status: r.cancelled_at ? 'cancelled' : 'redeemed',
  };
}

export function presentRedemptionListItem(
  r: Parameters<typeof presentRedemption>[0] & { provider_name: string },
): Static<typeof RedemptionListItem> {
  return { ...presentRedemption(r), providerName: r.provider_name };
}

export function presentTillPass(p: { number: string; status: string; valid_until: string }): Static<typeof TillPass> {
  return {
    number: formatPassNumber(p.number),
    status: p.status as Static<typeof TillPass>['status'],
    validUntil: p.valid_until,
  };
}

/** The till list: the pass, its offers, and (when any offer can be used) the list's sealed quote. */
export function presentTillList(
  pass: { number: string; status: string; valid_until: string },
  items: TillOfferView[],
  quote: string | undefined,
): Static<typeof TillOffers> {
  // The quote is sealed: what the till hands back with a redemption of one of the available offers (till-quote.ts).
  const list: Static<typeof TillOffers> = { pass: presentTillPass(pass), items };
  if (quote !== undefined) list.quote = quote;
  return list;
}

export function presentTillOffer(
  o: { id: string; title: string },
  priceCents: number,
  creditCents: number,
  unavailableReason: UnavailableReason | null,
): Static<typeof TillOffer> {
  return {
    offerId: o.id,
    title: o.title,
    priceCents,
    creditAvailableCents: Math.min(priceCents, creditCents),
    available: unavailableReason === null,
    ...(unavailableReason ? { unavailableReason } : {}),
  };
}
