import type { DemoContext } from '../../http/module-manifest.ts';
import { addDays } from '../../seed/dates.ts';
import { receiveContributionTx, sameDayIn } from './sponsors.service.ts';
import { SponsorsRepository } from './sponsors.repository.ts';

const BY = 'seed:demo';

/** The approved partner initiative that the bakery adopts (made by the partners demo, which runs first). */
export const DEMO_ADOPTED_INITIATIVE = 'Buurthuis De Poelenburcht';

/**
 * Three more sponsors, beside the five of the money seed, each showing one way of sponsoring
 * (made-up firms, addresses on .demo):
 *
 * - Houthandel Kaars & Zonen, a Zaanstad firm since 1911: a yearly pledge ("jaarlijks een
 *   bijdrage") from two years before the anchor, the two later years confirmed, and the transfers
 *   of the first two years booked. No publicity: it prefers to give quietly.
 * - Bakkerij Van der Molen adopts one approved initiative (Buurthuis De Poelenburcht): earmarked
 *   support, received, with publicity agreed, so the public sponsor strip names it and says
 *   "Adopteert Buurthuis De Poelenburcht".
 * - Zaanstreek Logistiek, an employer: a pledge expected a month after the anchor, not received yet.
 *
 * Money is booked as the module books a bank statement line (`receiveContributionTx`, once per
 * bank reference), so the ledger stays balanced. No business association (co-owner) is made: the
 * partners module exports no function that can run inside the seed's transaction.
 */
export async function seedSponsorsDemo({ tx, tenantId, anchorDate }: DemoContext): Promise<void> {
  const repo = new SponsorsRepository(tx);
  const firstYear = Number(anchorDate.slice(0, 4)) - 2;

  const pledge = async (
    sponsor: { name: string; contactName: string; contactEmail: string; websiteUrl: string | null },
    values: {
      amountCents: number;
      expectedOn: string;
      publicityText?: string;
      publicityAgreed?: boolean;
      recursYearly?: boolean;
      adoptedPartnerId?: string | null;
    },
  ) => {
    const { id: sponsorId } = await repo.upsertSponsor({
      tenantId,
      ...sponsor,
      providerId: null,
      associationPartnerId: null,
    });
    const row = await repo.insertPledge({
      tenantId,
      sponsorId,
      amountCents: values.amountCents,
      expectedOn: values.expectedOn,
      publicityText: values.publicityText ?? '',
      publicityAgreed: values.publicityAgreed ?? false,
      createdBy: BY,
      recursYearly: values.recursYearly ?? false,
      adoptedPartnerId: values.adoptedPartnerId ?? null,
    });
    return row.id;
  };
  const receive = (pledgeId: string, amountCents: number, receivedOn: string, bankReference: string) =>
    receiveContributionTx(tx, { tenantId, pledgeId, amountCents, receivedOn, bankReference, recordedBy: BY });

  // A long-established Zaanstad firm with a yearly pledge: two more years confirmed, two paid.
  const yearlyOn = `${firstYear}-04-15`;
  const yearly = await pledge(
    {
      name: 'Houthandel Kaars & Zonen',
      contactName: 'Gerrit Kaars',
      contactEmail: 'directie@houthandelkaars.demo',
      websiteUrl: 'https://www.houthandelkaars.demo',
    },
    { amountCents: 250_000, expectedOn: yearlyOn, recursYearly: true },
  );
  for (const year of [firstYear + 1, firstYear + 2])
    await repo.insertYear({
      tenantId,
      pledgeId: yearly,
      year,
      amountCents: 250_000,
      expectedOn: sameDayIn(yearlyOn, year),
      confirmedBy: BY,
    });
  for (const year of [firstYear, firstYear + 1])
    await receive(yearly, 250_000, `${year}-04-22`, `NL-BANK-KAARS-${year}`);

  // A business that adopts one approved initiative: earmarked support, with publicity.
  const initiative = await tx
    .selectFrom('partners')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('name', '=', DEMO_ADOPTED_INITIATIVE)
    .where('status', '=', 'approved')
    .executeTakeFirst();
  const adoptedOn = addDays(anchorDate, -60);
  const adopting = await pledge(
    {
      name: 'Bakkerij Van der Molen',
      contactName: 'Sanne van der Molen',
      contactEmail: 'sanne@bakkerijvandermolen.demo',
      websiteUrl: 'https://www.bakkerijvandermolen.demo',
    },
    {
      amountCents: 120_000,
      expectedOn: adoptedOn,
      publicityText: 'Wij bakken mee aan de kinderkookclub in Poelenburg.',
      publicityAgreed: true,
      adoptedPartnerId: initiative?.id ?? null,
    },
  );
  await receive(adopting, 120_000, addDays(adoptedOn, 9), `NL-BANK-VDMOLEN-${adoptedOn.replace(/-/g, '')}`);

  // An employer: promised, the transfer is expected next month.
  await pledge(
    {
      name: 'Zaanstreek Logistiek B.V.',
      contactName: 'Afdeling HR',
      contactEmail: 'hr@zaanstreeklogistiek.demo',
      websiteUrl: null,
    },
    { amountCents: 75_000, expectedOn: addDays(anchorDate, 30) },
  );
}
