import { sql } from 'kysely';
import type { DemoContext } from '../../http/module-manifest.ts';
import { createOrganisationStaffAccount } from '../identity/identity.service.ts';
import { PolicyGoalsRepository } from './policy-goals.repository.ts';
import type { GamePlanPhase, OpportunityStatus, TagSubject, TargetGroup } from './policy-goals.tables.ts';

/** The demo's beleidsmedewerker: kansengelijkheid and sport. */
export const DEMO_POLICY_OFFICER = {
  email: 'beleid@zaansepas.demo',
  password: 'Zaanstad-demo-2026',
  name: 'Noor Bakker',
};

/** The six opgaven that seed 001 §2 names, kansengelijkheid crossing all of them. */
const GOALS: { slug: string; name: string; description: string; targetGroup: TargetGroup; categories: string[] }[] = [
  {
    slug: 'kansengelijkheid',
    name: 'Kansengelijkheid',
    description: 'Iedereen doet mee, ook met weinig geld. De pijler onder alle opgaven.',
    targetGroup: 'low_income',
    categories: [],
  },
  {
    slug: 'participatie',
    name: 'Participatie',
    description: 'Zaankanters doen mee in hun buurt: vrijwilligerswerk, ontmoeting, buurthuizen.',
    targetGroup: 'low_income',
    categories: ['ontmoeting', 'vrijwilligerswerk'],
  },
  {
    slug: 'sport',
    name: 'Sport',
    description: 'Meer Zaankanters bewegen, vooral kinderen uit gezinnen met weinig geld.',
    targetGroup: 'child',
    categories: ['sport'],
  },
  {
    slug: 'cultuur',
    name: 'Cultuur',
    description: 'Musea, theater en muziek voor iedereen in Zaanstad.',
    targetGroup: 'low_income',
    categories: ['cultuur', 'museum'],
  },
  {
    slug: 'citymarketing',
    name: 'Citymarketing',
    description: 'De Zaanse Pas als wegwijzer in de stad, ook voor nieuwe bewoners.',
    targetGroup: 'regular',
    categories: ['uit', 'winkelen'],
  },
  {
    slug: 'burgerzaken-en-veiligheid',
    name: 'Burgerzaken en veiligheid',
    description: 'Een veilige buurt waar inwoners elkaar kennen.',
    targetGroup: 'low_income',
    categories: [],
  },
];

/** Share of residents in a household up to 120% of the social minimum, estimated per wijk. */
const LOW_INCOME_SHARE: Record<string, number> = {
  WK047911: 0.12,
  WK047912: 0.17,
  WK047913: 0.15,
  WK047914: 0.12,
  WK047915: 0.14,
  WK047916: 0.07,
  WK047921: 0.09,
  WK047922: 0.09,
  WK047923: 0.1,
  WK047931: 0.07,
  WK047932: 0.06,
  WK047941: 0.08,
  WK047942: 0.09,
  WK047951: 0.1,
  WK047961: 0.07,
  WK047962: 0.07,
  WK047971: 0.05,
  WK047972: 0.06,
  WK047981: 0.04,
};
const ESTIMATE_SOURCE =
  'Schatting: inwoners per wijk uit CBS Kerncijfers wijken en buurten 2024, maal het geschatte aandeel inwoners in een huishouden tot 120% van het sociaal minimum (Minimamonitor Zaanstad, per wijk afgerond)';
const CHILD_SOURCE =
  'Schatting: kinderen 4-17 jaar per wijk (CBS Kerncijfers wijken en buurten 2024, 14% van de inwoners) in een huishouden met een laag inkomen (1 op 8)';

/** The game plan's actions (seed 000, §5–8), one list per phase. */
const GAME_PLAN: Record<GamePlanPhase, string[]> = {
  starten: [
    'Werken met routes: werving en acquisitie van aanbod per route plannen',
    'Promotiemateriaal over onbenutte kansen voor ondernemers, ambtenaren en buurthuizen',
    'Kennismakingsbezoeken door de stad voor elk van deze groepen',
  ],
  aanzetten: [
    'Per wijk een wijkkaart ontwerpen met wijkmanagers en buurtverenigingen',
    'Een wijkcomponent in publiciteit en marketing; aanbod per wijk op de site',
    'De pas verbinden aan wijkevenementen, met inzet van het actiebudget',
    'Supportgroep Zaanstad en sprintgroep Zaanse Pas starten',
    'Jaarlijks communicatieplan',
  ],
  versnellen: [
    'Een pact met elk buurthuis, voor minimaal een jaar',
    'Top 30 van vrijwilligersactiviteiten met Zaankanters voor Elkaar',
    'Buurthuizen in de supportgroep en de sprintgroep',
    'Dynamische kansenkaart voor alle opgaven en een Jaarplan Opgaven',
    'De pas als pas voor festivals en evenementen: een handleiding',
  ],
  finishen: [
    'Werving verschuift van korting naar bedrijfspromotie',
    'Een akkoord met ondernemers over sociale bijdrage en eigenaarschap',
    'De pas als pas voor solidariteit tussen sociale groepen',
    'Een Zaanse Pas kalender voor de belangrijke momenten in Zaanstad',
  ],
};

const OPPORTUNITIES: {
  goal: string;
  title: string;
  status: OpportunityStatus;
  owner: string;
  description: string;
  link?: 'offer' | 'scheme';
}[] = [
  {
    goal: 'kansengelijkheid',
    title: 'Tegoed voor schoolspullen via de pas',
    status: 'running',
    owner: 'Noor Bakker',
    description: 'Het schoolkostenbudget als tegoed op de pas, te besteden bij Zaanse winkels.',
    link: 'scheme',
  },
  {
    goal: 'kansengelijkheid',
    title: 'Gratis zwemles voor kinderen in Poelenburg',
    status: 'planned',
    owner: 'Noor Bakker',
    description: 'Samen met het zwembad en het Jeugdfonds Sport & Cultuur.',
    link: 'offer',
  },
  {
    goal: 'kansengelijkheid',
    title: 'Pas bij de eerste afspraak van de schuldhulp',
    status: 'idea',
    owner: 'Team Schuldhulpverlening',
    description: 'Wie bij de schuldhulp komt, krijgt meteen de pas uitgelegd.',
  },
  {
    goal: 'sport',
    title: 'Sportweek in de herfstvakantie',
    status: 'evaluated',
    owner: 'Noor Bakker',
    description: 'Een week gratis kennismaken bij sportclubs; 2e editie in voorbereiding.',
    link: 'offer',
  },
  {
    goal: 'sport',
    title: 'Contributie sportclub uit het Jeugdfonds op de pas',
    status: 'idea',
    owner: 'Sportbedrijf Zaanstad',
    description: 'De vergoeding van het Jeugdfonds direct als tegoed op de pas.',
  },
  {
    goal: 'cultuur',
    title: 'Zaans Museum: gezinskaartje op zondag',
    status: 'running',
    owner: 'Afdeling Cultuur',
    description: 'Korting voor het hele gezin op de eerste zondag van de maand.',
    link: 'offer',
  },
  {
    goal: 'participatie',
    title: 'Vrijwilligers bedanken met de waarderingspas',
    status: 'planned',
    owner: 'Zaankanters voor Elkaar',
    description: 'Buurthuizen geven hun vrijwilligers een pas als dank.',
  },
];

export async function seedPolicyGoals({ tx, tenantId, anchorDate }: DemoContext) {
  const repo = new PolicyGoalsRepository(tx);
  const year = Number(anchorDate.slice(0, 4));
  const ids = new Map<string, string>();
  for (const g of GOALS) {
    const row = await repo.insertGoal(tenantId, g);
    if (row) ids.set(g.slug, row.id);
  }

  const officerId = await createOrganisationStaffAccount(tx, tenantId, {
    ...DEMO_POLICY_OFFICER,
    role: 'policy_officer',
  });
  if (officerId) {
    for (const slug of ['kansengelijkheid', 'sport']) {
      await tx
        .insertInto('policy_goal_officers')
        .values({ tenant_id: tenantId, user_id: officerId, goal_id: ids.get(slug)! })
        .execute();
    }
  }

  // Tags: offers by category, published schemes for kansengelijkheid, supported activities for participatie.
  const offers = await tx
    .selectFrom('offers')
    .where('tenant_id', '=', tenantId)
    .where('status', '=', 'published')
    .select(['id', 'categories'])
    .execute();
  const schemes = await tx
    .selectFrom('schemes')
    .where('tenant_id', '=', tenantId)
    .where('status', '=', 'published')
    .select('id')
    .limit(4)
    .execute();
  const activities = await tx
    .selectFrom('support_applications')
    .where('tenant_id', '=', tenantId)
    .select('id')
    .limit(5)
    .execute();
  for (const g of GOALS) {
    const goalId = ids.get(g.slug);
    if (!goalId) continue;
    const tags: { type: TagSubject; id: string }[] = offers
      .filter((o) => o.categories.some((c) => g.categories.some((wanted) => c.includes(wanted))))
      .slice(0, 12)
      .map((o) => ({ type: 'offer' as const, id: o.id }));
    if (g.slug === 'kansengelijkheid')
      tags.push(
        ...schemes.map((s) => ({ type: 'scheme' as const, id: s.id })),
        ...offers.slice(0, 6).map((o) => ({ type: 'offer' as const, id: o.id })),
      );
    if (g.slug === 'participatie')
      tags.push(...activities.map((a) => ({ type: 'support_application' as const, id: a.id })));
    await repo.setTags(tenantId, goalId, tags);
  }

  for (const o of OPPORTUNITIES) {
    const goalId = ids.get(o.goal);
    if (!goalId) continue;
    const link =
      o.link === 'offer' && offers[0]
        ? [{ type: 'offer' as const, id: offers[0].id }]
        : o.link === 'scheme' && schemes[0]
          ? [{ type: 'scheme' as const, id: schemes[0].id }]
          : [];
    await repo.insertOpportunity(tenantId, {
      goalId,
      title: o.title,
      description: o.description,
      ownerName: o.owner,
      status: o.status,
      links: link,
      proposedBy: officerId ?? null,
    });
  }

  let order = 0;
  const statusOf = (phase: GamePlanPhase, i: number) =>
    phase === 'starten'
      ? 'done'
      : phase === 'aanzetten'
        ? i < 3
          ? 'done'
          : 'doing'
        : phase === 'versnellen'
          ? i < 2
            ? 'doing'
            : 'todo'
          : 'todo';
  const phaseYear: Record<GamePlanPhase, number> = {
    starten: year - 1,
    aanzetten: year,
    versnellen: year,
    finishen: year + 1,
  };
  for (const phase of ['starten', 'aanzetten', 'versnellen', 'finishen'] as const) {
    for (const [i, title] of GAME_PLAN[phase].entries()) {
      await repo.insertGamePlanAction(tenantId, {
        phase,
        title,
        ownerName: i % 2 === 0 ? 'Zaanse Pas organisatie' : 'Gemeente Zaanstad',
        status: statusOf(phase, i),
        dueOn: `${phaseYear[phase]}-${String(((i * 3) % 12) + 1).padStart(2, '0')}-01`,
        sortOrder: order++,
      });
    }
  }

  const wijken = (
    await sql<{
      code: string;
      population: number;
    }>`select code, population from wijken where tenant_id = ${tenantId}`.execute(tx)
  ).rows;
  for (const w of wijken) {
    await repo.insertEstimate(tenantId, {
      wijkCode: w.code,
      targetGroup: 'low_income',
      size: Math.round(w.population * (LOW_INCOME_SHARE[w.code] ?? 0.09)),
      source: ESTIMATE_SOURCE,
    });
    await repo.insertEstimate(tenantId, {
      wijkCode: w.code,
      targetGroup: 'child',
      size: Math.round((w.population * 0.14) / 8),
      source: CHILD_SOURCE,
    });
  }

  const plan: Record<
    string,
    { goals: string; onThePass: string; scheme: string; contribution: string; priorities: string }
  > = {
    kansengelijkheid: {
      goals: 'Meer minima gebruiken de pas; het bereik in Poelenburg en Kogerveld stijgt.',
      onThePass: 'Tegoed voor schoolspullen; kortingen bij sport, cultuur en boodschappen.',
      scheme: 'Schoolkostenregeling en Meedoenregeling als tegoed op de pas.',
      contribution: 'Inwoners met weinig geld doen mee zonder dat iemand het ziet: dezelfde pas voor iedereen.',
      priorities: '1. Bereik minima per wijk. 2. Minder aanvragen op papier. 3. Meer aanbod in de wijken met een gat.',
    },
    sport: {
      goals: 'Elk kind kan sporten; meer kinderen van minima bij een club.',
      onThePass: 'Sportweek, gratis kennismaken, korting op contributie.',
      scheme: 'Jeugdfonds Sport & Cultuur.',
      contribution: 'Sport kost dan geen drempel meer voor kinderen uit gezinnen met weinig geld.',
      priorities: '1. Sportweek herhalen. 2. Clubs in Poelenburg werven.',
    },
  };
  for (const [slug, entry] of Object.entries(plan)) {
    const goalId = ids.get(slug);
    if (goalId) await repo.upsertAnnualPlanEntry(tenantId, year, goalId, entry);
  }
}
