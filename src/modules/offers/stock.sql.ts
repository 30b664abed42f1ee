import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Param } from '../../db/prepared.ts';

/**
 * The SQL by which the till uses an offer, owned here and composed into the till's one-statement
 * booking (redemptions/redemptions.repository.ts). On the till's hot path (decision 0004).
 */

export interface OfferBookingParams {
  tenantId: string;
  offerId: string;
  today: string;
  /** The offer has a stock: take one. */
  takeStock: boolean;
}

/** True while the offer is still published and valid today. */
export const offerStillBookable = <P extends OfferBookingParams>(p: Param<P>) =>
  sql`exists (select 1 from offers where tenant_id = ${p('tenantId')} and id = cast(${p('offerId')} as uuid) and status = 'published'
        and cast(${p('today')} as date) between valid_from and valid_until)`;

/** The CTE `stock`: takes one from the offer's stock, if it has one, while there is any, and only `when`. */
export const takeStockCte = <P extends OfferBookingParams>(p: Param<P>, when: RawBuilder<unknown>) => sql`stock as (
    update offers set stock_remaining = stock_remaining - 1
    where cast(${p('takeStock')} as boolean) and tenant_id = ${p('tenantId')} and id = cast(${p('offerId')} as uuid) and stock_remaining > 0
      and ${when}
    returning id)`;

/** Gives one back to the offer's stock (a cancelled redemption), in the caller's transaction. */
export async function returnStock(tx: Db, tenantId: string, offerId: string): Promise<void> {
  await tx
    .updateTable('offers')
    .set({ stock_remaining: sql`least(stock_remaining + 1, stock_total)` })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', offerId)
    .where('stock_remaining', 'is not', null)
    .execute();
}
