import type { PassCategory } from '../passes/passes.tables.ts';
import type { PriceType } from './offers.tables.ts';

export interface PricedOffer {
  priceType: PriceType;
  regularPriceCents: number | null;
  discountPercent: number | null;
  amountOffCents: number | null;
  fixedPriceCents: number | null;
  /** Kansentarief. */
  reducedPriceCents: number | null;
}

/** The price every holder pays, before any kansentarief. `null` when the offer states no price. */
export function passPriceCents(offer: PricedOffer): number | null {
  switch (offer.priceType) {
    case 'free':
      return 0;
    case 'fixed_price':
      return offer.fixedPriceCents;
    case 'percentage_discount':
      return offer.regularPriceCents === null
        ? null
        : Math.round((offer.regularPriceCents * (100 - (offer.discountPercent ?? 0))) / 100);
    case 'amount_off':
      return offer.regularPriceCents === null
        ? null
        : Math.max(0, offer.regularPriceCents - (offer.amountOffCents ?? 0));
  }
}

/**
 * The price to charge this holder now. The kansentarief applies when the holder's category is
 * one of the tenant's reduced-tariff categories and it is lower than the pass price. The result
 * is one number: the reason for it never leaves this function.
 */
export function priceToChargeCents(
  offer: PricedOffer,
  category: PassCategory,
  reducedTariffCategories: readonly PassCategory[],
): number {
  const passPrice = passPriceCents(offer) ?? 0;
  if (offer.reducedPriceCents !== null && reducedTariffCategories.includes(category)) {
    return Math.min(passPrice, offer.reducedPriceCents);
  }
  return passPrice;
}
