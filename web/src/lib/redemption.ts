/**
 * One redemption as the API gives it to a till or provider (POST and GET /redemptions): never the
 * holder's category or price type. `providerName` only in lists.
 */
export interface Redemption {
  id: string;
  offerId: string;
  offerTitle: string;
  passNumber: string;
  priceCents: number;
  redeemedAt: string;
  cancellableUntil: string;
  status: 'redeemed' | 'cancelled';
  providerName?: string;
}
