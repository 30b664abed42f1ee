import type { DemoContext } from '../../http/module-manifest.ts';

/**
 * The passes module's part of the Zaanstad demo: the pass year's settings (calendar years, one
 * month of grace: the defaults, written out so Beheer → Pasjaar shows a saved state), Fatima's
 * partner in her household, and an invitation waiting for Jan on his "Mijn pas".
 */
export async function passesDemo({ tx, tenantId, anchorDate }: DemoContext) {
  await tx
    .insertInto('pass_year_settings')
    .values({ tenant_id: tenantId, updated_by: 'demo', updated_at: new Date(`${anchorDate}T12:00:00Z`) })
    .execute();
  const holderOf = (email: string) =>
    tx
      .selectFrom('holders')
      .select(['id', 'wijk_code'])
      .where('tenant_id', '=', tenantId)
      .where('email', '=', email)
      .executeTakeFirst();
  /** An adult holder with an active pass in this wijk, without an e-mail address (no demo login of their own). */
  const adultIn = (wijkCode: string | null, notIds: string[]) =>
    tx
      .selectFrom('holders as h')
      .innerJoin('passes as p', (join) =>
        join.onRef('p.tenant_id', '=', 'h.tenant_id').onRef('p.holder_id', '=', 'h.id'),
      )
      .select('h.id')
      .where('h.tenant_id', '=', tenantId)
      .where('h.email', 'is', null)
      .where('p.category', '<>', 'child')
      .where('p.status', '=', 'active')
      .where('h.id', 'not in', notIds)
      .$if(wijkCode !== null, (q) => q.where('h.wijk_code', '=', wijkCode))
      .orderBy('h.id')
      .limit(1)
      .executeTakeFirst();
  const fatima = await holderOf('fatima@voorbeeld.demo');
  const jan = await holderOf('jan@voorbeeld.demo');
  if (!fatima || !jan) return;
  const partner = await adultIn(fatima.wijk_code, [fatima.id, jan.id]);
  if (partner)
    await tx
      .insertInto('household_partners')
      .values({
        tenant_id: tenantId,
        inviter_holder_id: fatima.id,
        invitee_holder_id: partner.id,
        accepted_at: new Date(`${anchorDate}T12:00:00Z`),
      })
      .execute();
  const inviter = await adultIn(jan.wijk_code, [fatima.id, jan.id, ...(partner ? [partner.id] : [])]);
  if (inviter)
    await tx
      .insertInto('household_partners')
      .values({ tenant_id: tenantId, inviter_holder_id: inviter.id, invitee_holder_id: jan.id })
      .execute();
}
