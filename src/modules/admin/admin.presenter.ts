import type { Static } from '@sinclair/typebox';
import { presentPaymentRules } from '../offers/payment-rules.service.ts';
import type { OfferStatus, PriceType } from '../offers/offers.tables.ts';
import type { PassCategory, PassStatus } from '../passes/passes.tables.ts';
import type { ProviderKind } from '../providers/providers.tables.ts';
import { formatPassNumber } from '../passes/pass-number.ts';
import type { DiscountBorneBy } from '../offers/offers.tables.ts';
import type { AdminHolder, AdminOffer, AdminProvider } from './admin.schemas.ts';

/**
 * The org admin's holder list. This is the one place a holder's category leaves the server:
 * the pass organisation decides it. Provider-facing presenters never show it.
 */
export function presentAdminHolder(row: {
  id: string;
  name: string;
  email: string | null;
  pass_number: string | null;
  category: PassCategory | null;
  status: PassStatus | null;
  valid_until: string | null;
  wijk_code: string | null;
  wijk_name: string | null;
}): Static<typeof AdminHolder> {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    passNumber: row.pass_number ? formatPassNumber(row.pass_number) : null,
    category: row.category,
    status: row.status,
    validUntil: row.valid_until,
    wijk: row.wijk_code && row.wijk_name ? { code: row.wijk_code, name: row.wijk_name } : null,
  };
}

export function presentAdminProvider(row: {
  id: string;
  name: string;
  kind: ProviderKind;
  location_count: number | null;
  offer_count: number | null;
  redemption_count: number | null;
}): Static<typeof AdminProvider> {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    locationCount: Number(row.location_count ?? 0),
    offerCount: Number(row.offer_count ?? 0),
    redemptionCount: Number(row.redemption_count ?? 0),
  };
}

export function presentAdminOffer(row: {
  id: string;
  title: string;
  provider_id: string;
  provider_name: string;
  status: OfferStatus;
  price_type: PriceType;
  valid_from: string;
  valid_until: string;
  stock_total: number | null;
  stock_remaining: number | null;
  payable_from_credit: boolean;
  discount_borne_by: DiscountBorneBy;
  discount_scheme_id: string | null;
  discount_scheme_name: string | null;
}): Static<typeof AdminOffer> {
  return {
    id: row.id,
    title: row.title,
    provider: { id: row.provider_id, name: row.provider_name },
    status: row.status,
    priceType: row.price_type,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    stock: row.stock_total === null ? null : { total: row.stock_total, remaining: row.stock_remaining ?? 0 },
    paymentRules: presentPaymentRules(row),
  };
}
