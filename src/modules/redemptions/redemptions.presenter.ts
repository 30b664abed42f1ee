import { formatPassNumber } from '../passes/pass-number.ts';

/**
 * What a till and a provider see of a redemption and of a pass. Privacy lives here: the holder's
 * category, the price type and the reason for a price never leave the server; the till gets
 * the price to charge and nothing else about the person.
 */
export const CANCEL_WINDOW_MINUTES = 30;

export interface RedemptionView {
  id: string;
  offerId: string;
  offerTitle: string;
  passNumber: string;
  priceCents: number;
  /** Part of the price paid from pass credit (never which scheme). */
  creditCents: number;
  /** What the holder pays at the till: price minus credit. */
  toPayCents: number;
  redeemedAt: string;
  cancellableUntil: string;
  status: 'redeemed' | 'cancelled';
}

export interface RedemptionListItem extends RedemptionView {
  providerName: string;
}

export type UnavailableReason = 'limit-reached' | 'sold-out' | 'not-valid-today';

export interface TillOfferView {
  offerId: string;
  title: string;
  priceCents: number;
  /** How much of the price this pass can pay from credit here: one number, no scheme. */
  creditAvailableCents: number;
  available: boolean;
  unavailableReason?: UnavailableReason;
}

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
}): RedemptionView {
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
): RedemptionListItem {
  return { ...presentRedemption(r), providerName: r.provider_name };
}

export function presentTillPass(p: { number: string; status: string; valid_until: string }) {
  return {
    number: formatPassNumber(p.number),
    status: p.status as 'active' | 'blocked' | 'expired',
    validUntil: p.valid_until,
  };
}

export interface TillListView {
  pass: ReturnType<typeof presentTillPass>;
  items: TillOfferView[];
  /** Sealed: what the till hands back with a redemption of one of the available offers (till-quote.ts). */
  quote?: string;
}

/** The till list: the pass, its offers, and (when any offer can be used) the list's sealed quote. */
export function presentTillList(
  pass: { number: string; status: string; valid_until: string },
  items: TillOfferView[],
  quote: string | undefined,
): TillListView {
  const list: TillListView = { pass: presentTillPass(pass), items };
  if (quote !== undefined) list.quote = quote;
  return list;
}

export function presentTillOffer(
  o: { id: string; title: string },
  priceCents: number,
  creditCents: number,
  unavailableReason: UnavailableReason | null,
): TillOfferView {
  return {
    offerId: o.id,
    title: o.title,
    priceCents,
    creditAvailableCents: Math.min(priceCents, creditCents),
    available: unavailableReason === null,
    ...(unavailableReason ? { unavailableReason } : {}),
  };
}
