import type { Db } from '../../db/database.ts';
import './offers.tables.ts';

/**
 * An activity supported from the actiebudget, as an offer on the pass: holders pay the regular
 * price minus the support, and the actiebudget bears the discount (`discount_reimbursement` per
 * redemption, docs/ledger.md). The stock is the number of supported places, so the actiebudget
 * never pays more than was granted: the redemption's own statement takes stock. Called by the
 * partners module when the pass organisation approves an application.
 */
export async function createSupportedOffer(
  tx: Db,
  tenantId: string,
  input: {
    providerId: string;
    title: string;
    summary: string;
    description: string;
    regularPriceCents: number;
    supportPerParticipantCents: number;
    places: number;
    validFrom: string;
    validUntil: string;
  },
): Promise<{ offerId: string }> {
  const offer = await tx
    .insertInto('offers')
    .values({
      tenant_id: tenantId,
      provider_id: input.providerId,
      title: input.title,
      summary: input.summary,
      description: input.description,
      conditions: 'Met steun uit het actiebudget, zolang er plaatsen zijn.',
      price_type: 'amount_off',
      regular_price_cents: input.regularPriceCents,
      amount_off_cents: input.supportPerParticipantCents,
      stock_total: input.places,
      stock_remaining: input.places,
      limit_per_pass: 1,
      limit_period: 'ever',
      valid_from: input.validFrom,
      valid_until: input.validUntil,
      status: 'published',
      discount_borne_by: 'action_budget',
    })
    .returning(['id'])
    .executeTakeFirstOrThrow();
  const locations = await tx
    .selectFrom('locations')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('provider_id', '=', input.providerId)
    .execute();
  if (locations.length > 0)
    await tx
      .insertInto('offer_locations')
      .values(locations.map((l) => ({ tenant_id: tenantId, offer_id: offer.id, location_id: l.id })))
      .execute();
  return { offerId: offer.id };
}
