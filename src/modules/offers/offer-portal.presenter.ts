import type { Static } from '@sinclair/typebox';
import type { OfferEvent, PortalOffer } from './offer-portal.schemas.ts';
import type { OfferPortalRepository, PortalOfferRow } from './offer-portal.repository.ts';
import { parseValidHours } from './valid-hours.ts';

type EventRow = Awaited<ReturnType<OfferPortalRepository['listEvents']>>[number];

const asDate = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
const asObject = (value: unknown): Record<string, unknown> =>
  (typeof value === 'string' ? JSON.parse(value) : (value ?? {})) as Record<string, unknown>;

/** An offer as its provider and the pass organisation see it in the portal (with the kansentarief). */
export function presentPortalOffer(o: PortalOfferRow): Static<typeof PortalOffer> {
  return {
    id: o.id,
    providerId: o.provider_id,
    providerName: o.provider_name,
    status: o.status,
    version: o.version,
    pendingStatus: o.pending_status,
    pendingChanges: o.pending_changes === null ? null : asObject(o.pending_changes),
    reviewComment: o.review_comment,
    title: o.title,
    summary: o.summary,
    description: o.description,
    conditions: o.conditions,
    priceType: o.price_type,
    regularPriceCents: o.regular_price_cents,
    discountPercent: o.discount_percent,
    amountOffCents: o.amount_off_cents,
    fixedPriceCents: o.fixed_price_cents,
    reducedPriceCents: o.reduced_price_cents,
    limitPerPass: o.limit_per_pass,
    limitPeriod: o.limit_period,
    stockTotal: o.stock_total,
    stockRemaining: o.stock_remaining,
    validFrom: asDate(o.valid_from),
    validUntil: asDate(o.valid_until),
    categories: o.categories,
    targetGroups: o.target_groups,
    routes: o.routes ?? [],
    locationIds: o.location_ids ?? [],
    eventDays: (o.event_dates ?? []).map(asDate),
    validHours: parseValidHours(o.valid_hours),
    updatedAt: o.updated_at.toISOString(),
  };
}

export function presentOfferEvent(e: EventRow): Static<typeof OfferEvent> {
  return {
    id: e.id,
    occurredAt: e.occurred_at.toISOString(),
    actorName: e.actor_name,
    action: e.action,
    changes: asObject(e.changes),
    comment: e.comment,
  };
}
