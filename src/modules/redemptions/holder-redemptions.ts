import type { Db } from '../../db/database.ts';

/**
 * Read functions for other modules about a holder's own redemptions (the feedback module asks
 * whether a holder may rate an offer). A holder's redemptions are those of their own passes and
 * of their children's passes. Cancelled redemptions are not counted as used.
 */
export interface HolderRedemption {
  id: string;
  offerId: string;
  providerId: string;
  offerTitle: string;
  providerName: string;
  redeemedAt: Date;
}

function holderRedemptions(db: Db, tenantId: string, holderId: string) {
  return db
    .selectFrom('redemptions as r')
    .innerJoin('passes as p', (j) => j.onRef('p.tenant_id', '=', 'r.tenant_id').onRef('p.id', '=', 'r.pass_id'))
    .leftJoin('passes as parent', (j) =>
      j.onRef('parent.tenant_id', '=', 'p.tenant_id').onRef('parent.id', '=', 'p.parent_pass_id'),
    )
    .innerJoin('offers as o', (j) => j.onRef('o.tenant_id', '=', 'r.tenant_id').onRef('o.id', '=', 'r.offer_id'))
    .innerJoin('providers as pr', (j) =>
      j.onRef('pr.tenant_id', '=', 'r.tenant_id').onRef('pr.id', '=', 'r.provider_id'),
    )
    .select([
      'r.id as id',
      'r.offer_id as offerId',
      'r.provider_id as providerId',
      'o.title as offerTitle',
      'pr.name as providerName',
      'r.created_at as redeemedAt',
    ])
    .where('r.tenant_id', '=', tenantId)
    .where('r.cancelled_at', 'is', null)
    .where((eb) => eb.or([eb('p.holder_id', '=', holderId), eb('parent.holder_id', '=', holderId)]));
}

/** One redemption, if it is the holder's (own or child's pass) and not cancelled. */
export function findHolderRedemption(
  db: Db,
  tenantId: string,
  holderId: string,
  redemptionId: string,
): Promise<HolderRedemption | undefined> {
  return holderRedemptions(db, tenantId, holderId).where('r.id', '=', redemptionId).executeTakeFirst();
}

/** The holder's most recent redemptions, newest first. */
export function listHolderRedemptions(db: Db, tenantId: string, holderId: string, limit: number) {
  return holderRedemptions(db, tenantId, holderId).orderBy('r.created_at', 'desc').limit(limit).execute();
}
