import type { DemoContext } from '../../http/module-manifest.ts';
import { addDays } from '../../seed/dates.ts';
import { createPartnerStaffAccount } from '../identity/identity.service.ts';
import { PartnersRepository } from './partners.repository.ts';
import type { PartnerKind } from './partners.tables.ts';
import { rankTop30 } from './top30.service.ts';

/** The partners' demo password; the e-mail addresses are in README.md ("Partners and support"). */
export const DEMO_PARTNER_PASSWORD = 'Zaanstad-demo-2026';

interface DemoPartner {
  name: string;
  kind: PartnerKind;
  wijkCode: string;
  description: string;
  staff: { name: string; email: string };
  approved: boolean;
  /** The demo provider this partner also is. */
  providerName?: string;
}

const PARTNERS: DemoPartner[] = [
  {
    name: 'Buurthuis De Poelenburcht',
    kind: 'community_centre',
    wijkCode: 'WK047912',
    description: 'Buurthuis in Poelenburg met een kookclub, huiswerkhulp en een inloop voor iedereen.',
    staff: { name: 'Fatma Yilmaz', email: 'poelenburcht@zaansepas.demo' },
    approved: true,
    providerName: 'Buurthuis De Poelenburcht',
  },
  {
    name: 'Zaankanters voor Elkaar',
    kind: 'volunteer_organisation',
    wijkCode: 'WK047914',
    description: 'Vrijwilligerscentrale van Zaanstad: brengt vrijwilligers en hulpvragen bij elkaar.',
    staff: { name: 'Marieke de Boer', email: 'zve@zaansepas.demo' },
    approved: true,
  },
  {
    name: 'Stille Krachten Zaandam',
    kind: 'informal_group',
    wijkCode: 'WK047913',
    description: 'Bewoners die zonder ophef klaarstaan voor hun buren in Pelders- en Hoornseveld.',
    staff: { name: 'Ahmed El Amrani', email: 'stillekrachten@zaansepas.demo' },
    approved: false,
  },
];

/**
 * Three partners (a buurthuis that is also a provider, Zaankanters voor Elkaar, and Stille
 * Krachten still waiting for approval), a round at the opening of the course season, and two
 * applications waiting for review. Nothing is granted, so the demo's money and catalogue stay as
 * the core seed made them; approving in Beheer → Partners en steun shows the rest.
 */
export async function seedPartnersDemo({ tx, tenantId, anchorDate }: DemoContext): Promise<void> {
  const repo = new PartnersRepository(tx);
  const ids = new Map<string, string>();
  for (const p of PARTNERS) {
    const partner = (await repo.insertPartner(tenantId, {
      name: p.name,
      kind: p.kind,
      wijkCode: p.wijkCode,
      description: p.description,
      email: p.staff.email,
      phone: null,
    }))!;
    const user = await createPartnerStaffAccount(tx, tenantId, { ...p.staff, password: DEMO_PARTNER_PASSWORD });
    if (user) await repo.addStaff(tenantId, partner.id, user.id);
    if (p.approved) {
      const provider = p.providerName
        ? await tx
            .selectFrom('providers')
            .select('id')
            .where('tenant_id', '=', tenantId)
            .where('name', '=', p.providerName)
            .executeTakeFirst()
        : undefined;
      await repo.decidePartner(tenantId, partner.id, {
        status: 'approved',
        providerId: provider?.id ?? null,
        decidedBy: 'demo',
      });
    }
    ids.set(p.name, partner.id);
  }

  const round = await repo.insertRound(tenantId, {
    name: 'Opening cursusseizoen',
    eligibleCosts:
      'Trainingen, workshops, cursussen en (persoonlijke) advisering, en activiteiten in de wijk: begeleiding, materiaal en zaalhuur. Geen eten en drinken en geen prijzen.',
    maxAmountCents: 250_000,
    maxPerParticipantCents: 2_500,
    priorityWijkCodes: ['WK047912', 'WK047913'],
    priorityTargetGroups: ['kinderen', 'mantelzorgers', 'ouderen'],
    opensOn: addDays(anchorDate, -30),
    deadline: addDays(anchorDate, 30),
  });

  await repo.insertApplication(tenantId, {
    partnerId: ids.get('Buurthuis De Poelenburcht')!,
    roundId: round.id,
    title: 'Kinderkookclub De Poelenburcht',
    description:
      'Elke woensdagmiddag koken kinderen uit Poelenburg samen een gezonde maaltijd, met een kok uit de buurt.',
    startsOn: addDays(anchorDate, 7),
    endsOn: addDays(anchorDate, 90),
    wijkCode: 'WK047912',
    targetGroup: 'kinderen',
    expectedReach: 40,
    budgetCents: 120_000,
    supportKind: 'per_participant',
    pricePerParticipantCents: 1_500,
    askedCents: 1_000,
  });
  await repo.insertApplication(tenantId, {
    partnerId: ids.get('Zaankanters voor Elkaar')!,
    roundId: round.id,
    title: 'Burendag Rosmolenwijk',
    description: 'Een middag met muziek, spelletjes en een ruilmarkt op het plein, georganiseerd door vrijwilligers.',
    startsOn: addDays(anchorDate, 14),
    endsOn: addDays(anchorDate, 14),
    wijkCode: 'WK047914',
    targetGroup: 'buurtbewoners',
    expectedReach: 200,
    budgetCents: 90_000,
    supportKind: 'lump_sum',
    pricePerParticipantCents: null,
    askedCents: 60_000,
  });

  await seedTop30Demo(tx, tenantId, anchorDate, ids);
}

/** Nominated activities that are not on the pass yet (an activity need not be, to be ranked). */
const NOT_ON_THE_PASS = [
  {
    title: 'Burendag Rosmolenwijk',
    description: 'Een middag met muziek, spelletjes en een ruilmarkt op het plein, georganiseerd door vrijwilligers.',
    wijkCode: 'WK047914',
    jury: 8,
    org: 9,
  },
  {
    title: 'Taalcafé Pelders- en Hoornseveld',
    description: 'Elke dinsdagavond Nederlands oefenen met vrijwilligers, met koffie en zonder huiswerk.',
    wijkCode: 'WK047913',
    jury: 9,
    org: 8,
  },
  {
    title: 'Repair Café Krommenie',
    description: 'Vrijwilligers repareren samen met bewoners kapotte lampen, fietsen en kleding.',
    wijkCode: 'WK047961',
    jury: 7,
    org: 7,
  },
  {
    title: 'Huiswerkhulp De Poelenburcht',
    description: 'Studenten helpen kinderen van groep 7 tot de brugklas twee middagen per week met hun huiswerk.',
    wijkCode: 'WK047912',
    jury: 9,
    org: 7,
  },
];

/**
 * The top 30 of the demo: activities of buurthuizen and volunteer initiatives on the pass that
 * holders really used (their reach comes from the demo's redemptions), and four not on the pass
 * yet, nominated by Buurthuis De Poelenburcht and Zaankanters voor Elkaar, scored by the jury and
 * by Zaankanters voor Elkaar, and ranked for the anchor month, so /top-30 shows a real ranking.
 */
async function seedTop30Demo(
  tx: DemoContext['tx'],
  tenantId: string,
  anchorDate: string,
  partnerIds: Map<string, string>,
) {
  const nominators = [partnerIds.get('Zaankanters voor Elkaar'), partnerIds.get('Buurthuis De Poelenburcht')].filter(
    (id): id is string => id !== undefined,
  );
  if (nominators.length === 0) return;
  const onThePass = await tx
    .selectFrom('offers as o')
    .innerJoin('providers as p', (j) => j.onRef('p.tenant_id', '=', 'o.tenant_id').onRef('p.id', '=', 'o.provider_id'))
    .innerJoin('locations as l', (j) => j.onRef('l.tenant_id', '=', 'o.tenant_id').onRef('l.provider_id', '=', 'p.id'))
    .innerJoin('redemptions as r', (j) => j.onRef('r.tenant_id', '=', 'o.tenant_id').onRef('r.offer_id', '=', 'o.id'))
    .select(['o.id', 'o.title', 'o.description', 'p.name as provider', 'l.wijk_code'])
    .select(({ fn }) => fn.count<number>('r.id').distinct().as('uses'))
    .where('o.tenant_id', '=', tenantId)
    .where('p.kind', 'in', ['community_centre', 'volunteer_initiative'])
    .groupBy(['o.id', 'o.title', 'o.description', 'p.name', 'l.wijk_code'])
    .orderBy('uses', 'desc')
    .orderBy('o.id')
    .limit(12)
    .execute();
  const seen = new Set<string>();
  const nominations: {
    title: string;
    description: string;
    wijkCode: string;
    offerId: string | null;
    jury: number;
    org: number;
  }[] = [];
  for (const [i, o] of onThePass.entries()) {
    if (seen.has(o.id)) continue;
    seen.add(o.id);
    nominations.push({
      title: `${o.title} (${o.provider})`,
      description: o.description || `Een activiteit van ${o.provider} op de Zaanse Pas.`,
      wijkCode: o.wijk_code,
      offerId: o.id,
      jury: 5 + ((i * 3) % 5),
      org: 4 + ((i * 7) % 6),
    });
  }
  for (const n of NOT_ON_THE_PASS) nominations.push({ ...n, offerId: null });
  for (const [i, n] of nominations.entries())
    await tx
      .insertInto('top30_nominations')
      .values({
        tenant_id: tenantId,
        partner_id: nominators[i % nominators.length]!,
        title: n.title.slice(0, 200),
        description: n.description.slice(0, 2000),
        wijk_code: n.wijkCode,
        offer_id: n.offerId,
        jury_score: n.jury,
        volunteer_org_score: n.org,
      })
      .execute();
  await rankTop30(tx, tenantId, anchorDate.slice(0, 7));
}
