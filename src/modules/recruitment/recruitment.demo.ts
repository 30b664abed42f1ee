import type { DemoContext } from '../../http/module-manifest.ts';
import { pointInGeometry, rdToWgs84 } from '../areas/locate.ts';
import { createOrganisationStaffAccount } from '../identity/identity.service.ts';
import { addLead } from './recruitment.service.ts';

/**
 * Where a lead of the demo is: a route and a wijk of Zaanstad, by its CBS name (wijken-2017:
 * buurt Kogerveld lies in Kogerveldwijk, buurt Westerwatering in Nieuw West, the Zaanse Schans in
 * buurt Kalverpolder of Zaandam Noord). A name that is no wijk leaves the lead without one.
 */
const LEADS: {
  name: string;
  kind?: 'business' | 'non_profit' | 'stille_kracht' | 'volunteer_initiative';
  route: string;
  wijk: string;
  stage: 'lead' | 'first_conversation' | 'follow_up' | 'not_now';
  source: string;
  inDays: number | null;
  notes: string;
}[] = [
  {
    name: 'Kapsalon Noor',
    route: 'verwen-route',
    wijk: 'Poelenburg',
    stage: 'first_conversation',
    source: 'wijkmanager',
    inDays: 5,
    notes: 'Wil een middag per week korting geven.',
  },
  {
    name: 'Zwemvereniging De Zaan',
    kind: 'non_profit',
    route: 'route-sport-en-bewegen',
    wijk: 'Kogerveldwijk',
    stage: 'follow_up',
    source: 'board',
    inDays: 12,
    notes: 'Proefles voor kinderen met de pas.',
  },
  {
    name: 'Boksschool Zaandam-Oost',
    route: 'route-sport-en-bewegen',
    wijk: 'Pelders- en Hoornseveld',
    stage: 'lead',
    source: 'support_group',
    inDays: 20,
    notes: 'Tip van de supportgroep.',
  },
  {
    name: 'Molen De Kat (rondleiding)',
    kind: 'non_profit',
    route: 'zaans-erfgoed-route',
    wijk: 'Zaandam Noord',
    stage: 'lead',
    source: 'csv',
    inDays: 30,
    notes: '',
  },
  {
    name: 'Kledingbank Zaanstad',
    kind: 'stille_kracht',
    route: 'gezinsroute',
    wijk: 'Rosmolenwijk',
    stage: 'first_conversation',
    source: 'needs_scan',
    inDays: 3,
    notes: 'Kinderkleding; uit de behoeftescan.',
  },
  {
    name: 'IJssalon Westzijde',
    route: 'gezinsroute',
    wijk: 'Nieuw West',
    stage: 'not_now',
    source: 'board',
    inDays: null,
    notes: 'Na de zomer opnieuw bellen.',
  },
  {
    name: 'Theater De Speeldoos',
    kind: 'non_profit',
    route: 'romantiek-route',
    wijk: 'Oud Koog a/d Zaan',
    stage: 'lead',
    source: 'board',
    inDays: 14,
    notes: '',
  },
];

const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

type Ring = [number, number][];
/** The middle of a wijk's largest ring, when it lies inside the wijk. */
function middleOf(geometry: unknown) {
  const g = (typeof geometry === 'string' ? JSON.parse(geometry) : geometry) as { coordinates: Ring[][] };
  const ring = g.coordinates.map((p) => p[0]!).sort((a, b) => b.length - a.length)[0];
  if (!ring) return null;
  const point = {
    x: ring.reduce((s, c) => s + c[0], 0) / ring.length,
    y: ring.reduce((s, c) => s + c[1], 0) / ring.length,
  };
  return pointInGeometry(point, g as never) ? rdToWgs84(point) : null;
}

/** Leads along the routes, a wijkmanager for Poelenburg, the year's campaigns and Stille Kracht notes. */
export async function seedRecruitmentDemo({ tx, tenantId, anchorDate }: DemoContext) {
  const [routes, wijken] = await Promise.all([
    tx.selectFrom('routes').select(['id', 'slug']).where('tenant_id', '=', tenantId).execute(),
    tx.selectFrom('wijken').select(['code', 'name', 'geometry']).where('tenant_id', '=', tenantId).execute(),
  ]);
  const wijk = (name: string) => wijken.find((w) => w.name === name);
  const route = (slug: string) => routes.find((r) => r.slug === slug);

  for (const lead of LEADS) {
    const w = wijk(lead.wijk);
    const position = w ? middleOf(w.geometry) : null;
    await addLead(tx, tenantId, {
      name: lead.name,
      kind: lead.kind ?? 'business',
      routeId: route(lead.route)?.id ?? null,
      wijkCode: w?.code ?? null,
      position,
      stage: lead.stage,
      nextStepOn: lead.inDays === null ? null : addDays(anchorDate, lead.inDays),
      notes: lead.notes,
      source: lead.source,
      createdBy: 'demo',
      createdByName: 'Beheer Zaanse Pas',
    });
  }

  const poelenburg = wijk('Poelenburg');
  const wijkmanagerId = await createOrganisationStaffAccount(tx, tenantId, {
    name: 'Fatima el Amrani (wijkmanager Poelenburg)',
    email: 'wijkmanager@zaanstad.demo',
    password: 'Wijkmanager-demo-2026',
    role: 'wijkmanager',
  });
  if (wijkmanagerId && poelenburg)
    await tx
      .insertInto('recruitment_wijk_assignments')
      .values({ tenant_id: tenantId, user_id: wijkmanagerId, wijk_code: poelenburg.code })
      .execute();

  const year = anchorDate.slice(0, 4);
  const campaigns = [
    {
      name: 'Verwen Route voor de feestdagen',
      kind: 'recruitment' as const,
      route: 'verwen-route',
      starts: `${year}-11-01`,
      ends: `${year}-12-31`,
      goalProviders: 8,
      goalPassesSold: null,
      description: 'Kappers, schoonheidssalons en lunchrooms werven voor december.',
    },
    {
      name: 'Sport in de zomer',
      kind: 'usage' as const,
      route: 'route-sport-en-bewegen',
      starts: `${year}-06-01`,
      ends: `${year}-08-31`,
      goalProviders: 5,
      goalPassesSold: null,
      description: 'Samen met de Zaanse sportverenigingen, rond de zomerspelen.',
    },
    {
      name: 'Solidariteitspas: geef een pas cadeau',
      kind: 'solidarity' as const,
      route: null,
      starts: `${year}-12-01`,
      ends: `${year}-12-31`,
      goalProviders: null,
      goalPassesSold: 200,
      description: 'Bedrijven en inwoners kopen een pas voor een ander.',
    },
    {
      name: 'Zaanse Schans Festival',
      kind: 'festival' as const,
      route: 'zaans-erfgoed-route',
      starts: `${year}-09-10`,
      ends: `${year}-09-20`,
      goalProviders: 3,
      goalPassesSold: 50,
      description: 'De pas op het festival: stand en flyers.',
    },
  ];
  await tx
    .insertInto('campaigns')
    .values(
      campaigns.map((c) => ({
        tenant_id: tenantId,
        name: c.name,
        kind: c.kind,
        route_id: c.route ? (route(c.route)?.id ?? null) : null,
        target_group: c.kind === 'solidarity' ? 'Bedrijven en inwoners' : null,
        starts_on: c.starts,
        ends_on: c.ends,
        description: c.description,
        goal_providers: c.goalProviders,
        goal_offers: null,
        goal_redemptions: null,
        goal_passes_sold: c.goalPassesSold,
        created_by: 'demo',
      })),
    )
    .execute();

  const stilleKrachten = await tx
    .selectFrom('providers')
    .select(['id', 'name'])
    .where('tenant_id', '=', tenantId)
    .where('kind', '=', 'stille_kracht')
    .execute();
  for (const p of stilleKrachten)
    await tx
      .insertInto('provider_relationship_notes')
      .values([
        {
          tenant_id: tenantId,
          provider_id: p.id,
          kind: 'contact',
          noted_on: addDays(anchorDate, -40),
          body: `Kennismaking met ${p.name}.`,
          created_by: 'demo',
        },
        {
          tenant_id: tenantId,
          provider_id: p.id,
          kind: 'agreement',
          noted_on: addDays(anchorDate, -20),
          body: 'Afspraak: hun aanbod staat bovenaan in de catalogus; wij leveren flyers.',
          created_by: 'demo',
        },
      ])
      .execute();
}
