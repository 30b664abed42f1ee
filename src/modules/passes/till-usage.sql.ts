import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Param } from '../../db/prepared.ts';

/**
 * The SQL by which the till changes a pass, owned here and composed into the till's one-statement
 * booking (redemptions/redemptions.repository.ts): a pass's usage version (`redemption_seq`)
 * moves on with every redemption and cancellation, so a redemption decided on an older usage is
 * refused by its compare-and-set and read again (docs/decisions/0002). On the till's hot path:
 * no object spreads followed by properties (decision 0004).
 */

export interface PassUsageParams {
  tenantId: string;
  passId: string;
  /** The usage version the redemption was decided on. */
  seenSeq: number;
  today: string;
}

/**
 * The CTE `version`: one up on the pass's usage version, only if it is still the version the
 * rules were checked at, the pass is still active and valid today, and `guard` holds (the
 * statement's other conditions: the offer still bookable, the Idempotency-Key claimed).
 */
export const passUsageVersionCte = <P extends PassUsageParams>(
  p: Param<P>,
  guard: RawBuilder<unknown>,
) => sql`version as (
    update passes set redemption_seq = redemption_seq + 1
    where tenant_id = ${p('tenantId')} and id = cast(${p('passId')} as uuid) and redemption_seq = cast(${p('seenSeq')} as bigint)
      -- Blocked, ended or the offer withdrawn since the read: not booked; the next read refuses it.
      and status = 'active' and cast(${p('today')} as date) between valid_from and grace_until
      and ${guard}
    returning id)`;

/**
 * One up on the pass's usage version, in the caller's transaction, and the pass row locked until
 * it ends: a cancellation changes the usage, so a redemption checked against the old version is
 * refused by its compare-and-set and read again.
 */
export async function bumpPassUsageVersion(tx: Db, tenantId: string, passId: string): Promise<void> {
  await tx
    .updateTable('passes')
    .set({ redemption_seq: sql`redemption_seq + 1` })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', passId)
    .execute();
}
